import type { LocalePack } from '../terms.js';

export const nl: LocalePack = {
  code: 'nl',
  dir: 'ltr',
  terms: {
    indicator: {
      none: 'Alle systemen operationeel',
      minor: 'Kleine storing',
      major: 'Grote storing',
      critical: 'Kritieke storing',
      maintenance: 'Onderhoud in uitvoering',
    },
    impact: {
      none: 'Geen impact',
      minor: 'Klein',
      major: 'Groot',
      critical: 'Kritiek',
      maintenance: 'Onderhoud',
    },
    phase: {
      investigating: 'In onderzoek',
      identified: 'Geïdentificeerd',
      monitoring: 'Wordt gemonitord',
      resolved: 'Opgelost',
      // The loanword Dutch engineers use ("incidentpostmortem", "postmortemrapport"); never a literal "na de dood".
      postmortem: 'Postmortem',
      update: 'Update',
      scheduled: 'Gepland',
      in_progress: 'In uitvoering',
      verifying: 'Wordt geverifieerd',
      completed: 'Voltooid',
    },
    error: {
      network: 'De statusfeed kon niet worden bereikt.',
      timeout: 'De statusfeed reageerde niet op tijd.',
      http: 'De statusfeed antwoordde met een fout.',
      parse: 'De statusfeed is geen geldige JSON.',
      invalid: 'De statusfeed bevat niets om te tonen.',
      aborted: 'Het laden van de statusfeed is geannuleerd.',
    },
    historyHeading: 'Incidentgeschiedenis',
    noIncidentsThisMonth: 'Deze maand geen incidenten gemeld',
    noIncidents: 'Geen incidenten gemeld',
    pagination: "Pagina's van de incidentgeschiedenis",
    previous: 'Vorige',
    next: 'Volgende',
    // "mrt 2026 tot en met mei 2026": both months count, as "t/m" says; spelled out for screen readers.
    monthRange: (from, to) => `${from} tot en met ${to}`,
    retry: 'Opnieuw proberen',
    loading: 'Status wordt geladen…',
    // `when` is "5 minuten geleden": "Laatst bijgewerkt 5 minuten geleden."
    lastUpdated: (when) => `Vernieuwen is mislukt. Laatst bijgewerkt ${when}.`,
    affectedComponents: 'Getroffen',
    started: 'Begin',
    ended: 'Einde',
    duration: 'Duur',
    ongoing: 'Nog gaande',
    maintenance: 'Onderhoud',
    scheduledFor: 'Gepland voor',
    viewStatusPage: 'Statuspagina bekijken',
    statusChanged: (label) => `Status van de dienst gewijzigd: ${label}`,
    noSuchComponents: (names) => `Geen component op deze pagina heet ${names}: dit is de status van de hele pagina.`,
    noSuchIncident: (id) => `Deze statuspagina heeft geen incident ${id}.`,
  },
};

export default nl;
