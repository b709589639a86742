// Every shipped language on one page: ?lang=ar&theme=dark picks them (the screenshots of
// docs/locales/ are taken from here by `npm run screenshot -- --locales`).
import '../src/define.js';
import type { IncidentHistoryElement } from '../src/incident-history/incident-history.js';
import type { StatusBannerElement } from '../src/status-banner/status-banner.js';

const LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'ja', 'zh-Hans', 'ko', 'ar', 'he'];
const params = new URLSearchParams(location.search);
const lang = document.getElementById('lang') as HTMLSelectElement;
const theme = document.getElementById('theme') as HTMLSelectElement;
for (const code of LANGUAGES) lang.append(new Option(code, code));

// the seed was captured at the end of May 2026; the critical feed's outage is on 28 November
document.querySelector<IncidentHistoryElement>('#seed')!.now = new Date('2026-04-30T12:00:00Z');
document.querySelector<StatusBannerElement>('status-banner')!.now = new Date('2026-11-28T10:30:00Z');

const show = (): void => {
  document.documentElement.lang = lang.value;
  document.documentElement.style.colorScheme = theme.value;
};
lang.value = LANGUAGES.includes(params.get('lang') ?? '') ? params.get('lang')! : 'en';
theme.value = params.get('theme') ?? '';
lang.addEventListener('change', show);
theme.addEventListener('change', show);
show();
