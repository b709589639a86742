// No flash of English: with the Spanish pack held back 500 ms by the test server
// (scripts/pack-delay-middleware.mjs), a banner on a Spanish page shows nothing until its words are
// there, and never an English one. Every text the banner's shadow root ever holds is recorded from
// the moment it exists. Alone in its file, so the Spanish pack has not loaded in this page before.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { en } from '../../src/i18n/locales/en.js';
import { registerLocaleLoader } from '../../src/i18n/locales.js';
import { visibleText, waitFor } from '../helpers.js';

const feed = {
  page: { name: 'Example', url: 'https://status.example.com' },
  incidents: [{ id: 'a', title: 'API errors', impact: 'major', updates: [{ status: 'identified', at: '2026-05-20T11:00:00Z', body: 'Found it.' }] }],
};

/** Every English word the banner could show: its terms, the phases and the states. */
const ENGLISH = [...Object.values(en.terms.indicator), ...Object.values(en.terms.phase), en.terms.viewStatusPage, en.terms.loading, en.terms.retry];

describe('no flash of English', () => {
  // the shipped pack, served 500 ms late at a URL no cache has seen
  const slowPack = `/__slow-pack__/es.js?delay=500&page=${Math.random().toString(36).slice(2)}`;
  before(() => registerLocaleLoader('es', slowPack));

  it('a Spanish banner whose pack is slow shows no English word, then Spanish', async () => {
    const host = document.createElement('div');
    host.lang = 'es';
    const banner = document.createElement('status-banner') as HTMLElement & { feed?: unknown; now?: Date };
    banner.feed = feed;
    banner.now = new Date('2026-05-20T12:00:00Z');
    host.append(banner);
    document.body.append(host);
    const seen: string[] = [];
    const record = () => seen.push(visibleText(banner));
    // the shadow root exists from the connection on, before anything renders into it
    const observer = new MutationObserver(record);
    observer.observe(banner.shadowRoot!, { childList: true, subtree: true, characterData: true });
    record();
    try {
      await waitFor(() => visibleText(banner).includes('Interrupción grave del servicio'), 4000, 'the Spanish words');
      record();
      expect(seen.filter((text) => text !== '').length, 'the banner rendered').to.be.greaterThan(0);
      // the pack really was held back: the scenario this test is about
      const pack = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/__slow-pack__/es.js'));
      expect(pack?.duration ?? 0, 'the Spanish pack took at least the delay').to.be.at.least(450);
      for (const text of seen) for (const word of ENGLISH) expect(text, `"${word}" shown before the Spanish pack`).not.to.include(word);
    } finally {
      observer.disconnect();
      host.remove();
    }
  });
});
