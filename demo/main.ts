import '../src/define.js';
import type { IncidentHistoryElement } from '../src/incident-history/incident-history.js';

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

// The seed page was captured at the end of May 2026; the real feed's last incident is in March 2026.
byId<IncidentHistoryElement>('seed').now = new Date('2026-05-31T12:00:00Z');
byId<IncidentHistoryElement>('real').now = new Date('2026-03-31T12:00:00Z');

const state = byId<HTMLSelectElement>('state');
const showState = (): void => {
  for (const id of ['header-banner', 'footer-banner']) byId(id).setAttribute('src', state.value);
};
state.addEventListener('change', showState);
showState();

const lang = byId<HTMLSelectElement>('lang');
const showLang = (): void => {
  document.documentElement.lang = lang.value;
  for (const span of document.querySelectorAll<HTMLElement>('[data-es]')) span.textContent = span.dataset[lang.value] ?? '';
};
lang.addEventListener('change', showLang);
showLang();

byId<HTMLSelectElement>('theme').addEventListener('change', (event) => {
  document.documentElement.style.colorScheme = (event.target as HTMLSelectElement).value;
});
