// Every format read on demand, in all three elements from `src` (several endpoints where the
// platform splits its data), in both languages: the reader loads, feed-load names the format, the
// banner shows the merged feed's state, the history and the timeline its newest incident, and the
// whole is axe-clean.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { parseFeedAsync, type ReadFormat, type StatusFeed } from '../../src/feed/index.js';
import { mergeFeeds } from '../../src/feed/merge.js';
import type { FeedLoadEvent } from '../../src/events.js';
import en from '../../src/i18n/locales/en.js';
import es from '../../src/i18n/locales/es.js';
import { settled, visibleText, waitFor, warmUpAxe } from '../helpers.js';

const fixtureOf = (format: string, name: string) => `/test/fixtures/handwritten/${format}/${name}.handwritten.json`;
const corpus = (path: string) => `/__corpus__/files/${path}`;

/** The endpoints each format is read from here, as a page would name them in `src`. */
const SOURCES: [ReadFormat, string[]][] = [
  ['instatus', [fixtureOf('instatus', 'summary')]],
  ['cstate', [fixtureOf('cstate', 'index'), fixtureOf('cstate', 'issues')]],
  ['upptime', [corpus('upptime/JetBrains__summary.json'), fixtureOf('upptime', 'issues')]],
  ['uptime-kuma', [fixtureOf('uptime-kuma', 'status-page-2.0'), fixtureOf('uptime-kuma', 'heartbeat-2.0')]],
  ['betterstack', [fixtureOf('betterstack', 'index')]],
  ['statusio', [corpus('statusio/statuscheck__docker_partial.json')]],
  ['cachet', [fixtureOf('cachet', 'components'), fixtureOf('cachet', 'incidents'), fixtureOf('cachet', 'schedules')]],
  ['openstatus', [fixtureOf('openstatus', 'feed')]],
  ['sorry', [fixtureOf('sorry', 'page')]],
  ['gatus', [fixtureOf('gatus', 'statuses'), fixtureOf('gatus', 'config')]],
];

/** What the elements must show: the endpoints read one by one and merged, as the elements do. */
async function expected(urls: string[]): Promise<StatusFeed> {
  const feeds: StatusFeed[] = [];
  for (const url of urls) {
    const result = await parseFeedAsync(await (await fetch(url)).text(), { feedTimeZone: 'Europe/Madrid' });
    if (!result.ok) throw new Error(`${url}: ${result.error.message}`);
    feeds.push(result.feed);
  }
  return mergeFeeds(feeds);
}

/** The hand-written fixtures' "now": the elements' clock, so no maintenance window depends on the day the test runs. */
const NOW = new Date('2026-03-03T10:30:00Z');

before(warmUpAxe);

describe('every format in the three elements', () => {
  for (const [format, urls] of SOURCES) {
    for (const lang of ['en', 'es'] as const) {
      it(`${format} (${urls.length} endpoint${urls.length > 1 ? 's' : ''}), ${lang}: loads its reader, shows the feed, axe-clean`, async () => {
        const feed = await expected(urls);
        const all = [...feed.incidents, ...feed.maintenances].sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1));
        const newest = all[0];
        const src = urls.join(' ');
        const loads: FeedLoadEvent[] = [];
        const host = await fixture<HTMLElement>(html`<div lang=${lang} @feed-load=${(event: FeedLoadEvent) => loads.push(event)}>
          <status-banner .now=${NOW} src=${src} feed-time-zone="Europe/Madrid"></status-banner>
          <incident-history .now=${NOW} src=${src} feed-time-zone="Europe/Madrid" start="latest" time-zone="UTC"></incident-history>
          <incident-timeline .now=${NOW} src=${src} feed-time-zone="Europe/Madrid" incident-id=${newest?.id ?? ''} time-zone="UTC"></incident-timeline>
        </div>`);
        const elements = [...host.children] as HTMLElement[];
        await waitFor(() => loads.length === 3, 4000, 'feed-load from each element');
        for (const element of elements) await settled(element);
        expect(loads.map((event) => event.detail.format)).to.deep.equal([format, format, format]);
        for (const element of elements) expect(element.shadowRoot!.querySelector('[part="error"], [part="loading"]'), element.localName).to.equal(null);

        const terms = (lang === 'en' ? en : es).terms;
        const [banner, history, timeline] = elements as [HTMLElement, HTMLElement, HTMLElement];
        expect(banner.shadowRoot!.querySelector('[part~="label"]')!.textContent!.trim()).to.equal(terms.indicator[(banner as unknown as { indicator: keyof typeof terms.indicator }).indicator]);
        expect((banner as unknown as { indicator: string }).indicator, 'the merged state').to.equal(feed.status.indicator);
        if (newest) {
          const title = newest.title.trim().replace(/\s+/g, ' ');
          expect(visibleText(history), 'the newest incident in the history').to.include(title);
          expect(visibleText(timeline), 'the newest incident in its timeline').to.include(title);
        }
        await expect(host).to.be.accessible();
      });
    }
  }
});
