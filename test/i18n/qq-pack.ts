// A locale pack as a page would self-host one: an ES module whose default export is the pack,
// loaded by URL (registerLocaleLoader('qq', '/test/i18n/qq-pack.ts')) in the robustness tests.
import { en } from '../../src/i18n/locales/en.js';
import type { LocalePack } from '../../src/i18n/terms.js';

const pack: LocalePack = { ...en, code: 'qq', terms: { ...en.terms, indicator: { ...en.terms.indicator, minor: 'Qq: a minor problem' } } };
export default pack;
