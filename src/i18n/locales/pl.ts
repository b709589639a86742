import type { LocalePack } from '../terms.js';

export const pl: LocalePack = {
  code: 'pl',
  dir: 'ltr',
  terms: {
    indicator: {
      none: 'Wszystkie systemy działają poprawnie',
      minor: 'Drobne zakłócenia w działaniu usługi',
      major: 'Poważna awaria usługi',
      critical: 'Krytyczna awaria usługi',
      maintenance: 'Trwają prace serwisowe',
    },
    // Masculine, as they qualify "incydent" (and "wpływ").
    impact: {
      none: 'Brak wpływu',
      minor: 'Niewielki',
      major: 'Poważny',
      critical: 'Krytyczny',
      maintenance: 'Prace serwisowe',
    },
    // Ongoing phases as nouns, finished ones as impersonal verbs ("Rozwiązano"): no gender to agree with.
    phase: {
      investigating: 'Badanie problemu',
      identified: 'Zidentyfikowano',
      monitoring: 'Monitorowanie',
      resolved: 'Rozwiązano',
      // As Polish engineers say it ("analiza post-mortem incydentu"); never a literal "po śmierci".
      postmortem: 'Analiza post-mortem',
      update: 'Aktualizacja',
      scheduled: 'Zaplanowano',
      in_progress: 'W toku',
      verifying: 'Weryfikacja',
      completed: 'Zakończono',
    },
    error: {
      network: 'Nie udało się pobrać danych o statusie.',
      timeout: 'Serwer statusu nie odpowiedział na czas.',
      http: 'Serwer statusu odpowiedział błędem.',
      parse: 'Dane o statusie nie są w poprawnym formacie JSON.',
      invalid: 'Brak danych o statusie do wyświetlenia.',
      aborted: 'Anulowano wczytywanie danych o statusie.',
    },
    historyHeading: 'Historia incydentów',
    noIncidentsThisMonth: 'Brak zgłoszonych incydentów w tym miesiącu',
    noIncidents: 'Brak zgłoszonych incydentów',
    pagination: 'Strony historii incydentów',
    // Feminine: "strona".
    previous: 'Poprzednia',
    next: 'Następna',
    // The months arrive in the nominative ("maj 2026"); "od … do …" would want the genitive, a dash does not.
    monthRange: (from, to) => `${from} – ${to}`,
    retry: 'Spróbuj ponownie',
    loading: 'Wczytywanie statusu…',
    // `when` is "5 minut temu" / "1 minutę temu": after a colon it needs no case of its own.
    lastUpdated: (when) => `Nie udało się odświeżyć. Ostatnia aktualizacja: ${when}.`,
    affectedComponents: 'Dotyczy',
    started: 'Początek',
    ended: 'Koniec',
    duration: 'Czas trwania',
    ongoing: 'Nadal trwa',
    maintenance: 'Prace serwisowe',
    scheduledFor: 'Planowany początek',
    viewStatusPage: 'Zobacz stronę statusu',
    statusChanged: (label) => `Zmiana statusu: ${label}`,
    // "o nazwie …" and the bare identifier leave the quoted values uninflected.
    noSuchComponents: (names) =>
      `Na tej stronie nie ma komponentu o nazwie ${names}. Wyświetlany jest status całej strony.`,
    noSuchIncident: (id) => `Na tej stronie statusu nie ma incydentu ${id}.`,
  },
};

export default pl;
