import type { LocalePack } from '../terms.js';

export const it: LocalePack = {
  code: 'it',
  dir: 'ltr',
  terms: {
    indicator: {
      none: 'Tutti i sistemi sono operativi',
      minor: 'Disservizio lieve',
      major: 'Disservizio grave',
      critical: 'Disservizio critico',
      maintenance: 'Manutenzione in corso',
    },
    impact: {
      none: 'Nessun impatto',
      minor: 'Lieve',
      major: 'Grave',
      critical: 'Critico',
      maintenance: 'Manutenzione',
    },
    phase: {
      investigating: 'In analisi',
      identified: 'Identificato',
      monitoring: 'In monitoraggio',
      resolved: 'Risolto',
      // "Post-mortem" as Italian engineers say it; "Dopo la morte" is a literal mistranslation.
      postmortem: 'Analisi post-mortem',
      update: 'Aggiornamento',
      // The maintenance phases agree with "la manutenzione" (feminine).
      scheduled: 'Programmata',
      in_progress: 'In corso',
      verifying: 'In verifica',
      completed: 'Completata',
    },
    error: {
      network: 'Impossibile recuperare lo stato del servizio.',
      timeout: 'Il server di stato non ha risposto in tempo.',
      http: 'Il server di stato ha risposto con un errore.',
      parse: 'Lo stato del servizio non è un JSON valido.',
      invalid: 'Lo stato del servizio non contiene nulla da mostrare.',
      aborted: 'Il caricamento dello stato del servizio è stato annullato.',
    },
    historyHeading: 'Storico degli incidenti',
    noIncidentsThisMonth: 'Nessun incidente segnalato questo mese',
    noIncidents: 'Nessun incidente segnalato',
    pagination: 'Pagine dello storico degli incidenti',
    previous: 'Precedente',
    next: 'Successivo',
    // "Da mar 2026 a mag 2026"; "ad" before a month that starts with "a": "Da giu 2026 ad ago 2026".
    monthRange: (from, to) => `Da ${from} ${/^a/i.test(to) ? 'ad' : 'a'} ${to}`,
    retry: 'Riprova',
    loading: 'Caricamento dello stato…',
    lastUpdated: (when) => `Impossibile aggiornare. Ultimo aggiornamento ${when}.`,
    affectedComponents: 'Componenti interessati',
    started: 'Inizio',
    ended: 'Fine',
    duration: 'Durata',
    ongoing: 'In corso',
    maintenance: 'Manutenzione',
    scheduledFor: 'Inizio previsto',
    viewStatusPage: 'Visualizza la pagina di stato',
    statusChanged: (label) => `Lo stato del servizio è cambiato: ${label}`,
    noSuchComponents: (names) =>
      `Nessun componente di questa pagina si chiama ${names}: questo è lo stato dell’intera pagina.`,
    noSuchIncident: (id) => `Questa pagina di stato non contiene l’incidente ${id}.`,
  },
};

export default it;
