import type { LocalePack } from '../terms.js';

// French typography: a no-break space (\u00a0) before a colon.
export const fr: LocalePack = {
  code: 'fr',
  dir: 'ltr',
  terms: {
    indicator: {
      none: 'Tous les systèmes sont opérationnels',
      minor: 'Perturbation mineure du service',
      major: 'Panne majeure du service',
      critical: 'Panne critique du service',
      maintenance: 'Maintenance en cours',
    },
    impact: {
      none: 'Aucun impact',
      minor: 'Mineur',
      major: 'Majeur',
      critical: 'Critique',
      maintenance: 'Maintenance',
    },
    phase: {
      investigating: 'Analyse en cours',
      identified: 'Identifié',
      monitoring: 'Sous surveillance',
      resolved: 'Résolu',
      // The loanword French engineers use ("post-mortem", "rapport post-incident"); never a literal "après la mort".
      postmortem: 'Post-mortem',
      update: 'Mise à jour',
      // The maintenance phases agree with "la maintenance" (feminine).
      scheduled: 'Programmée',
      in_progress: 'En cours',
      verifying: 'Vérification en cours',
      completed: 'Terminée',
    },
    error: {
      network: 'Impossible de récupérer l’état du service.',
      timeout: 'Le serveur d’état a mis trop de temps à répondre.',
      http: 'Le serveur d’état a répondu par une erreur.',
      parse: 'L’état du service n’est pas un JSON valide.',
      invalid: 'L’état du service ne contient rien à afficher.',
      aborted: 'Le chargement de l’état du service a été annulé.',
    },
    historyHeading: 'Historique des incidents',
    noIncidentsThisMonth: 'Aucun incident signalé ce mois-ci',
    noIncidents: 'Aucun incident signalé',
    pagination: 'Pages de l’historique des incidents',
    previous: 'Précédent',
    next: 'Suivant',
    // "De mars 2026 à mai 2026", elided before a vowel: "D’avr. 2026 à juin 2026".
    monthRange: (from, to) => `${/^[aeiouâéêîôû]/i.test(from) ? 'D’' : 'De '}${from} à ${to}`,
    retry: 'Réessayer',
    loading: 'Chargement de l’état…',
    lastUpdated: (when) => `Impossible d’actualiser. Dernière mise à jour ${when}.`,
    affectedComponents: 'Composants concernés',
    started: 'Début',
    ended: 'Fin',
    duration: 'Durée',
    ongoing: 'En cours',
    maintenance: 'Maintenance',
    scheduledFor: 'Début prévu',
    viewStatusPage: 'Voir la page d’état',
    statusChanged: (label) => `L’état du service a changé\u00a0: ${label}`,
    noSuchComponents: (names) =>
      `Aucun composant de cette page ne s’appelle ${names}\u00a0: voici l’état de toute la page.`,
    noSuchIncident: (id) => `Cette page d’état ne contient pas l’incident ${id}.`,
  },
};

export default fr;
