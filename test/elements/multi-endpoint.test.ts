// A feed from several endpoints of one page (`src="summary.json components.json"`), against the
// real test server (scripts/feed-script-middleware.mjs), with the store on a manual clock: the
// endpoints are merged; one that fails leaves the others' data on screen, marked stale, and the
// feed recovers when it answers again.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { StatusBannerElement } from '../../src/status-banner/status-banner.js';
import type { IncidentHistoryElement } from '../../src/incident-history/incident-history.js';
import type { FeedErrorEvent, FeedLoadEvent } from '../../src/events.js';
import { useManualClock } from '../clock.js';
import { feedLog, scriptFeed, settled, visibleText, waitFor, warmUpAxe, type ScriptedResponse } from '../helpers.js';

const POLL = 60;
const clock = useManualClock();
before(warmUpAxe);

// Instatus's two public endpoints: the page's state and open incidents, and its components
const summary: ScriptedResponse = {
  json: {
    page: { name: 'Example Cloud', url: 'https://status.example.com', status: 'HASISSUES' },
    activeIncidents: [
      { id: 'slow-api', name: 'Slow API responses', started: '2026-11-28T11:00:00.000Z', status: 'INVESTIGATING', impact: 'MINOROUTAGE', url: 'https://status.example.com/slow-api' },
    ],
  },
};
const components = (status: string): ScriptedResponse => ({
  json: { components: [{ id: 'api', name: 'API', status }, { id: 'web', name: 'Website', status: 'OPERATIONAL' }] },
});

const label = (element: Element) => element.shadowRoot!.querySelector('[part~="label"]')?.textContent?.trim();
const titles = (element: Element) => [...element.shadowRoot!.querySelectorAll('[part~="incident-link"]')].map((node) => node.textContent!.trim());
const stale = (element: Element) => element.shadowRoot!.querySelector('[part="stale"]');

/** Lets the polls planned now fall due, and waits until each URL has had one more request. */
async function pollAll(urls: string[]): Promise<void> {
  const before = await Promise.all(urls.map(async (url) => (await feedLog(url)).length));
  clock().advance(POLL * 1000);
  await waitFor(
    async () => (await Promise.all(urls.map(async (url) => (await feedLog(url)).length))).every((count, index) => count === before[index]! + 1),
    4000,
    'one more request to each endpoint',
  );
}

describe('a feed from several endpoints', () => {
  it('merges them; one failing keeps the others on screen, stale-marked, and the feed recovers', async () => {
    const a = await scriptFeed([summary, summary, summary, summary]);
    const b = await scriptFeed([components('MAJOROUTAGE'), { status: 500, body: 'oops' }, components('OPERATIONAL')]);
    const element = await fixture<StatusBannerElement>(html`<status-banner lang="en" src="${a}  ${b}" poll-interval=${POLL}></status-banner>`);
    const loads: FeedLoadEvent[] = [];
    element.addEventListener('feed-load', (event) => loads.push(event));
    // the state from the worst source (the components), the incident from the summary
    await waitFor(() => label(element) === 'Major service outage', 4000, 'the merged feed');
    await settled(element);
    expect(titles(element)).to.deep.equal(['Slow API responses']);
    expect(stale(element)).to.equal(null);

    // the components endpoint fails: everything stays, marked stale
    await pollAll([a, b]);
    await waitFor(() => stale(element) !== null, 4000, 'the stale notice');
    await settled(element);
    expect(label(element)).to.equal('Major service outage');
    expect(titles(element)).to.deep.equal(['Slow API responses']);
    expect(visibleText(stale(element)!)).to.equal('Could not refresh. Last updated 1 minute ago.');
    await expect(element).to.be.accessible();

    // it answers again: fresh, and the state follows it
    await pollAll([a, b]);
    await waitFor(() => label(element) === 'Minor service disruption', 4000, 'the recovered feed');
    await settled(element);
    expect(stale(element)).to.equal(null);
    expect(titles(element)).to.deep.equal(['Slow API responses']);
    expect(loads.at(-1)!.detail.format).to.equal('instatus');
    expect(loads.at(-1)!.detail.feed.components.map((item) => [item.id, item.status])).to.deep.equal([
      ['api', 'operational'],
      ['web', 'operational'],
    ]);
  });

  it('waits for every endpoint before it shows anything, and shows the error when all fail', async () => {
    const a = await scriptFeed([{ status: 503, body: 'down' }]);
    const b = await scriptFeed([{ status: 502, body: 'bad gateway' }]);
    const element = await fixture<IncidentHistoryElement>(html`<incident-history lang="en" src="${a} ${b}"></incident-history>`);
    await waitFor(() => element.shadowRoot!.querySelector('[part="error"]') !== null, 4000, 'the error state');
    expect(visibleText(element.shadowRoot!.querySelector('[part="error"]')!)).to.include('(HTTP 503)');
  });

  it('one endpoint that is not a URL is named in the error', async () => {
    const element = await fixture<StatusBannerElement>(html`<status-banner lang="en" src="/a.json http://[bad"></status-banner>`);
    await waitFor(() => element.shadowRoot!.querySelector('[part="error"]') !== null, 4000, 'the error state');
    const errors: string[] = [];
    element.addEventListener('feed-error', (event: FeedErrorEvent) => errors.push(event.detail.error.message));
    element.src = '/b.json http://[worse';
    await waitFor(() => errors.length > 0, 4000, 'a feed-error for the new src');
    expect(errors[0]).to.equal('src names "http://[worse", which is not a URL');
  });
});
