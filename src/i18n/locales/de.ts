import type { LocalePack } from '../terms.js';

export const de: LocalePack = {
  code: 'de',
  dir: 'ltr',
  terms: {
    indicator: {
      none: 'Alle Systeme betriebsbereit',
      minor: 'Geringfügige Dienststörung',
      major: 'Schwerwiegender Dienstausfall',
      critical: 'Kritischer Dienstausfall',
      maintenance: 'Wartungsarbeiten laufen',
    },
    impact: {
      none: 'Keine Auswirkung',
      minor: 'Gering',
      major: 'Schwerwiegend',
      critical: 'Kritisch',
      maintenance: 'Wartung',
    },
    phase: {
      investigating: 'Wird untersucht',
      identified: 'Identifiziert',
      monitoring: 'Unter Beobachtung',
      resolved: 'Behoben',
      // The loanword German engineers use ("Post-Mortem", "Nachbetrachtung"); never a literal "Nach dem Tod".
      postmortem: 'Post-Mortem',
      update: 'Update',
      scheduled: 'Geplant',
      in_progress: 'In Bearbeitung',
      verifying: 'Wird überprüft',
      completed: 'Abgeschlossen',
    },
    error: {
      network: 'Der Dienststatus konnte nicht abgerufen werden.',
      timeout: 'Der Statusserver hat nicht rechtzeitig geantwortet.',
      http: 'Der Statusserver hat mit einem Fehler geantwortet.',
      parse: 'Der Dienststatus ist kein gültiges JSON.',
      invalid: 'Der Dienststatus enthält nichts, was angezeigt werden kann.',
      aborted: 'Das Laden des Dienststatus wurde abgebrochen.',
    },
    historyHeading: 'Vorfallsverlauf',
    noIncidentsThisMonth: 'Keine Vorfälle in diesem Monat gemeldet',
    noIncidents: 'Keine Vorfälle gemeldet',
    pagination: 'Seiten des Vorfallsverlaufs',
    previous: 'Zurück',
    next: 'Weiter',
    monthRange: (from, to) => `${from} bis ${to}`,
    retry: 'Erneut versuchen',
    loading: 'Status wird geladen …',
    lastUpdated: (when) => `Aktualisierung fehlgeschlagen. Zuletzt aktualisiert ${when}.`,
    affectedComponents: 'Betroffene Komponenten',
    started: 'Beginn',
    ended: 'Ende',
    duration: 'Dauer',
    ongoing: 'Dauert noch an',
    maintenance: 'Wartung',
    scheduledFor: 'Geplanter Beginn',
    viewStatusPage: 'Statusseite anzeigen',
    statusChanged: (label) => `Dienststatus geändert: ${label}`,
    noSuchComponents: (names) =>
      `Keine Komponente dieser Seite heißt ${names}: Angezeigt wird der Status der gesamten Seite.`,
    noSuchIncident: (id) => `Diese Statusseite enthält keinen Vorfall ${id}.`,
  },
};

export default de;
