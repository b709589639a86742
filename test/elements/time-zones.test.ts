import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { IncidentHistoryElement } from '../../src/incident-history/incident-history.js';
import type { IncidentTimelineElement } from '../../src/incident-timeline/incident-timeline.js';
import type { StatusBannerElement } from '../../src/status-banner/status-banner.js';
import { expectInOrder, seedFeed, settled, visibleText, waitFor } from '../helpers.js';

interface FeedIncident {
  id: string;
  title: string;
  updates: { status: string; at: string; body: string }[];
}

/** An incident of the native format that began at `start` and, with `end`, was resolved then. */
function incident(id: string, start: string, end?: string): FeedIncident {
  const opened = { status: 'investigating', at: start, body: 'Looking into it.' };
  return { id, title: `Incident ${id}`, updates: end ? [{ status: 'resolved', at: end, body: 'Fixed.' }, opened] : [opened] };
}

const feedOf = (...incidents: FeedIncident[]) => ({ page: { name: 'Zones' }, incidents });

async function renderHistory(feed: unknown, timeZone: string, now: string, monthsPerPage = 3): Promise<IncidentHistoryElement> {
  const element = await fixture<IncidentHistoryElement>(
    html`<incident-history lang="en-US" time-zone=${timeZone} months-per-page=${monthsPerPage} .now=${new Date(now)} .feed=${feed}></incident-history>`,
  );
  await settled(element);
  return element;
}

/** Each month shown, as its heading and the titles of the incidents under it. */
function monthsShown(element: IncidentHistoryElement): [string, string[]][] {
  return [...element.shadowRoot!.querySelectorAll('[part="month"]')].map((month) => [
    month.querySelector('[part="month-heading"]')!.textContent!.trim(),
    [...month.querySelectorAll<IncidentTimelineElement>('incident-timeline')].map((timeline) => timeline.incident!.title),
  ]);
}

const range = (element: IncidentHistoryElement): string => element.shadowRoot!.querySelector('[part="range"]')!.textContent!.trim();

const meta = (root: Element): string => visibleText(root.shadowRoot!.querySelector('[part="meta"]')!);

describe('<incident-history> in the display time zone', () => {
  it('puts the last evening of April in UTC under May in Kiritimati (+14)', async () => {
    const feed = feedOf(incident('a', '2026-04-30T10:30:00Z', '2026-04-30T11:00:00Z'));
    const kiritimati = await renderHistory(feed, 'Pacific/Kiritimati', '2026-05-10T00:00:00Z');
    expect(monthsShown(kiritimati)).to.deep.equal([['May 2026', ['Incident a']]]);
    expect(range(kiritimati)).to.equal('May 2026 to May 2026');
    expect(meta(kiritimati.shadowRoot!.querySelector('incident-timeline')!)).to.include('May 1, 2026, 12:30 AM GMT+14');

    const utc = await renderHistory(feed, 'UTC', '2026-05-10T00:00:00Z');
    expect(monthsShown(utc)).to.deep.equal([
      ['May 2026', []],
      ['Apr 2026', ['Incident a']],
    ]);
    expect(range(utc)).to.equal('Apr 2026 to May 2026');
  });

  it('starts at the month it still is in Pago Pago (−11) when UTC has moved on to June', async () => {
    const feed = feedOf(incident('june-in-utc', '2026-06-01T05:00:00Z', '2026-06-01T06:00:00Z'), incident('april', '2026-04-10T12:00:00Z', '2026-04-10T13:00:00Z'));
    const pagoPago = await renderHistory(feed, 'Pacific/Pago_Pago', '2026-06-01T08:00:00Z');
    expect(monthsShown(pagoPago)).to.deep.equal([
      ['May 2026', ['Incident june-in-utc']],
      ['Apr 2026', ['Incident april']],
    ]);
    expect(range(pagoPago)).to.equal('Apr 2026 to May 2026');

    const utc = await renderHistory(feed, 'UTC', '2026-06-01T08:00:00Z');
    expect(monthsShown(utc)).to.deep.equal([
      ['Jun 2026', ['Incident june-in-utc']],
      ['May 2026', []],
      ['Apr 2026', ['Incident april']],
    ]);
    expect(range(utc)).to.equal('Apr 2026 to Jun 2026');
  });

  // The first minute of April on each zone's wall clock, still March in UTC.
  for (const [zone, start, shown] of [
    ['Asia/Kolkata', '2026-03-31T18:30:00Z', 'Apr 1, 2026, 12:00 AM GMT+5:30'],
    ['Asia/Kathmandu', '2026-03-31T18:15:00Z', 'Apr 1, 2026, 12:00 AM GMT+5:45'],
    ['Pacific/Chatham', '2026-03-31T10:15:00Z', 'Apr 1, 2026, 12:00 AM GMT+13:45'],
  ] as const) {
    it(`puts midnight on 1 April in ${zone} under April, and the minute before under March`, async () => {
      const before = new Date(Date.parse(start) - 60_000).toISOString();
      const feed = feedOf(incident('april', start, '2026-04-02T00:00:00Z'), incident('march', before, '2026-04-02T00:00:00Z'));
      const element = await renderHistory(feed, zone, '2026-04-15T00:00:00Z');
      expect(monthsShown(element)).to.deep.equal([
        ['Apr 2026', ['Incident april']],
        ['Mar 2026', ['Incident march']],
      ]);
      expect(meta(element.shadowRoot!.querySelector('incident-timeline')!)).to.include(shown);

      const utc = await renderHistory(feed, 'UTC', '2026-04-15T00:00:00Z');
      expect(monthsShown(utc)).to.deep.equal([
        ['Apr 2026', []],
        ['Mar 2026', ['Incident april', 'Incident march']],
      ]);
    });
  }

  it('shows an incident spanning months once, under the month it began, with its whole duration', async () => {
    const feed = feedOf(incident('long', '2026-01-31T22:00:00Z', '2026-03-02T01:00:00Z'));
    const utc = await renderHistory(feed, 'UTC', '2026-03-10T00:00:00Z');
    expect(monthsShown(utc)).to.deep.equal([
      ['Mar 2026', []],
      ['Feb 2026', []],
      ['Jan 2026', ['Incident long']],
    ]);
    expectInOrder(meta(utc.shadowRoot!.querySelector('incident-timeline')!), ['Jan 31, 2026, 10:00 PM UTC', 'Mar 2, 2026, 1:00 AM UTC', 'Duration', '29 days 3 hours']);

    // Noon on 1 February in Kiritimati
    const kiritimati = await renderHistory(feed, 'Pacific/Kiritimati', '2026-03-10T00:00:00Z');
    expect(monthsShown(kiritimati)).to.deep.equal([
      ['Mar 2026', []],
      ['Feb 2026', ['Incident long']],
    ]);
    expect(meta(kiritimati.shadowRoot!.querySelector('incident-timeline')!)).to.include('29 days 3 hours');
  });

  it('pages the seed in America/Guayaquil by its months, still May there when UTC is in June', async () => {
    const feed = await seedFeed();
    // 22:00 on 31 May in Guayaquil
    const guayaquil = await renderHistory(feed, 'America/Guayaquil', '2026-06-01T03:00:00Z');
    expect(monthsShown(guayaquil)).to.deep.equal([
      ['May 2026', []],
      ['Apr 2026', ['Operator Connection Status Issues', 'Delayed Delivery of WhatsApp Messages']],
      ['Mar 2026', ['🚨 Platform Service Interruption']],
    ]);
    expect(range(guayaquil)).to.equal('Mar 2026 to May 2026');
    // it began at 03:44 UTC on the 16th: the evening before in Guayaquil
    const interruption = [...guayaquil.shadowRoot!.querySelectorAll<IncidentTimelineElement>('incident-timeline')].find((timeline) => timeline.incident!.title.includes('Interruption'))!;
    expectInOrder(meta(interruption), ['Mar 15, 2026, 10:44 PM GMT-5', 'Mar 16, 2026, 2:45 AM GMT-5', 'Duration', '4 hours 1 minute']);

    const utc = await renderHistory(feed, 'UTC', '2026-06-01T03:00:00Z');
    expect(monthsShown(utc).map(([heading]) => heading)).to.deep.equal(['Jun 2026', 'May 2026', 'Apr 2026']);
    expect(range(utc)).to.equal('Apr 2026 to Jun 2026');
  });
});

describe('<incident-timeline> durations across a DST change', () => {
  async function renderTimeline(feed: unknown, timeZone: string): Promise<IncidentTimelineElement> {
    const element = await fixture<IncidentTimelineElement>(
      html`<incident-timeline lang="en-US" time-zone=${timeZone} .now=${new Date('2026-12-01T00:00:00Z')} .feed=${feed}></incident-timeline>`,
    );
    await settled(element);
    return element;
  }

  it('counts the elapsed day in Madrid when the clocks go forward, not the 25 hours on the wall', async () => {
    const element = await renderTimeline(feedOf(incident('spring', '2026-03-28T11:00:00Z', '2026-03-29T11:00:00Z')), 'Europe/Madrid');
    expectInOrder(meta(element), ['Started', 'Mar 28, 2026, 12:00 PM GMT+1', 'Ended', 'Mar 29, 2026, 1:00 PM GMT+2', 'Duration', '1 day']);
    expect(meta(element)).not.to.include('hour');
  });

  it('counts the two elapsed hours in New York when the clocks go back, not the one on the wall', async () => {
    const element = await renderTimeline(feedOf(incident('fall', '2026-11-01T04:30:00Z', '2026-11-01T06:30:00Z')), 'America/New_York');
    expectInOrder(meta(element), ['Nov 1, 2026, 12:30 AM EDT', 'Nov 1, 2026, 1:30 AM EST', 'Duration', '2 hours']);
  });

  it('says the same duration in every zone', async () => {
    const feed = feedOf(incident('fall', '2026-10-31T16:00:00Z', '2026-11-01T18:30:00Z'));
    for (const zone of ['America/New_York', 'Europe/Madrid', 'Asia/Kathmandu', 'Pacific/Pago_Pago']) {
      expect(meta(await renderTimeline(feed, zone)), zone).to.include('1 day 2 hours 30 minutes');
    }
  });
});

describe('<status-banner> how long ago across a DST change', () => {
  it('says a day ago at the same time yesterday on Madrid\'s clock, 23 hours ago in UTC', async () => {
    // Saturday 12:00 CET; Sunday 12:00 CEST
    const feed = feedOf(incident('open', '2026-03-28T11:00:00Z'));
    const render = async (timeZone: string) => {
      const element = await fixture<StatusBannerElement>(
        html`<status-banner lang="en-US" time-zone=${timeZone} .now=${new Date('2026-03-29T10:00:00Z')} .feed=${feed}></status-banner>`,
      );
      await settled(element);
      return visibleText(element.shadowRoot!.querySelector('[part~="phase"]')!);
    };
    expect(await render('Europe/Madrid')).to.equal('Investigating · 1 day ago');
    expect(await render('UTC')).to.equal('Investigating · 23 hours ago');
  });
});

describe('feed-time-zone: times a feed writes without an offset', () => {
  // Cachet writes "2026-03-03 09:40:00", in the zone its server is set to
  const CACHET = '/test/fixtures/handwritten/cachet/incidents.handwritten.json';
  const start = (element: Element) => visibleText(element).match(/Started ([^]*?UTC)/)?.[1];

  it('reads them in the zone given, else as UTC with an issue, and a new zone reads the feed again', async () => {
    const issues: string[][] = [];
    const element = await fixture<IncidentTimelineElement>(
      html`<incident-timeline lang="en-GB" time-zone="UTC" incident-id="23" src=${CACHET}
        @feed-load=${(event: Event) => issues.push((event as CustomEvent<{ issues: { message: string }[] }>).detail.issues.map((issue) => issue.message))}
      ></incident-timeline>`,
    );
    await waitFor(() => issues.length === 1, 4000, 'the feed read as UTC');
    await settled(element);
    expect(start(element)).to.equal('3 Mar 2026, 09:40 UTC');
    expect(issues[0]!.join('\n')).to.include('set feed-time-zone');

    element.setAttribute('feed-time-zone', 'Europe/Madrid');
    await waitFor(() => issues.length === 2, 4000, 'the feed read in Madrid time');
    await settled(element);
    // 09:40 in Madrid (CET, UTC+1) is 08:40 UTC
    expect(start(element)).to.equal('3 Mar 2026, 08:40 UTC');
    expect(issues[1]!.join('\n')).not.to.include('feed-time-zone');
  });
});
