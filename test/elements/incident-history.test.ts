import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { IncidentHistoryElement } from '../../src/incident-history/incident-history.js';
import type { IncidentTimelineElement } from '../../src/incident-timeline/incident-timeline.js';
import { parseFeedAsync } from '../../src/feed/index.js';
import { en } from '../../src/i18n/locales/en.js';
import { registerLocale } from '../../src/i18n/locales.js';
import { corpusFiles, expectInOrder, loadText, seedFeed, settled, visibleText, waitFor, warmUpAxe } from '../helpers.js';

const corpus = await corpusFiles();

const MAY_2026 = new Date('2026-05-20T12:00:00Z');

async function renderHistory(feed: unknown, lang: string, now = MAY_2026): Promise<IncidentHistoryElement> {
  const element = await fixture<IncidentHistoryElement>(
    html`<incident-history lang=${lang} time-zone="America/Guayaquil" .now=${now} .feed=${feed}></incident-history>`,
  );
  await settled(element);
  return element;
}

function part(element: Element, name: string): HTMLElement {
  const found = element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part ${name}`);
  return found;
}

function monthHeadings(element: IncidentHistoryElement): string[] {
  return [...element.shadowRoot!.querySelectorAll('[part="month-heading"]')].map((heading) => heading.textContent!.trim());
}

describe('<incident-history> with the seed feed', () => {
  it('renders the seed page in Spanish, in the seed\'s order', async () => {
    const element = await renderHistory(await seedFeed(), 'es');
    const text = visibleText(element);
    const phases = ['Análisis post mortem', 'Resuelto', 'Supervisando', 'Investigando'];
    expectInOrder(text, [
      'may 2026',
      'No se reportaron avisos este mes',
      'abr 2026',
      'Operator Connection Status Issues',
      ...phases,
      'Delayed Delivery of WhatsApp Messages',
      ...phases,
      'mar 2026',
      '🚨 Platform Service Interruption',
      ...phases,
      'mar 2026 a may 2026',
      'Siguiente',
    ]);
    expect(monthHeadings(element)).to.deep.equal(['may 2026', 'abr 2026', 'mar 2026']);
    expect(text).not.to.include('Después de la muerte');
    expect(part(element, 'range').textContent!.trim()).to.equal('mar 2026 a may 2026');
  });

  it('renders the same page in English', async () => {
    const element = await renderHistory(await seedFeed(), 'en');
    const phases = ['Postmortem', 'Resolved', 'Monitoring', 'Investigating'];
    expectInOrder(visibleText(element), [
      'May 2026',
      'No incidents reported this month',
      'Apr 2026',
      'Operator Connection Status Issues',
      ...phases,
      'Delayed Delivery of WhatsApp Messages',
      ...phases,
      'Mar 2026',
      '🚨 Platform Service Interruption',
      ...phases,
      'Mar 2026 to May 2026',
      'Next',
    ]);
  });

  it('shows times in the time zone it is given, with the zone', async () => {
    const element = await renderHistory(await seedFeed(), 'en');
    const timelines = [...element.shadowRoot!.querySelectorAll<IncidentTimelineElement>('incident-timeline')];
    const whatsapp = timelines.find((timeline) => timeline.incident?.title.includes('WhatsApp'))!;
    const meta = visibleText(part(whatsapp, 'meta'));
    expect(meta).to.include('Apr 17, 2026, 8:00 AM GMT-5');
    expect(meta).to.include('4 hours 15 minutes');
  });

  describe('is accessible', () => {
    before(warmUpAxe);
    afterEach(() => {
      document.documentElement.style.colorScheme = '';
    });
    for (const scheme of ['light', 'dark']) {
      for (const lang of ['es', 'en']) {
        it(`in ${lang}, ${scheme}`, async () => {
          document.documentElement.style.colorScheme = scheme;
          await expect(await renderHistory(await seedFeed(), lang)).to.be.accessible();
        });
      }
    }
  });
});

describe('<incident-history> paging', () => {
  // Two incidents a year apart: 13 months, 5 pages of 3.
  const feed = {
    page: { name: 'Paging' },
    incidents: [
      { id: 'new', title: 'Newest', updates: [{ status: 'resolved', at: '2026-05-02T10:00:00Z', body: 'Fixed.' }] },
      { id: 'old', title: 'Oldest', updates: [{ status: 'resolved', at: '2025-05-02T10:00:00Z', body: 'Fixed.' }] },
    ],
  };

  it('reaches every month by mouse and comes back, with the ends disabled', async () => {
    const element = await renderHistory(feed, 'en');
    const previous = part(element, 'previous');
    const next = part(element, 'next');
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    const seen: string[] = [];
    for (let page = 0; page < 5; page += 1) {
      seen.push(...monthHeadings(element));
      expect(next.getAttribute('aria-disabled')).to.equal(page === 4 ? 'true' : 'false');
      part(element, 'next').click();
      await settled(element);
    }
    expect(seen).to.have.length(13);
    expect(seen[0]).to.equal('May 2026');
    expect(seen[12]).to.equal('May 2025');
    expect(visibleText(element)).to.include('Oldest');
    expect(part(element, 'range').textContent!.trim()).to.equal('May 2025 to May 2025');
    for (let page = 0; page < 6; page += 1) {
      part(element, 'previous').click();
      await settled(element);
    }
    expect(monthHeadings(element)).to.deep.equal(['May 2026', 'Apr 2026', 'Mar 2026']);
    expect(part(element, 'previous').getAttribute('aria-disabled')).to.equal('true');
  });

  it('pages by keyboard, keeping focus on the button', async () => {
    const element = await renderHistory(feed, 'en');
    part(element, 'next').focus();
    for (let page = 0; page < 4; page += 1) {
      await sendKeys({ press: page % 2 ? 'Enter' : ' ' });
      await settled(element);
    }
    expect(monthHeadings(element)).to.deep.equal(['May 2025']);
    expect(element.shadowRoot!.activeElement).to.equal(part(element, 'next'));
    await sendKeys({ press: 'Enter' }); // at the end: nothing happens
    await settled(element);
    expect(monthHeadings(element)).to.deep.equal(['May 2025']);
    part(element, 'previous').focus();
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect(monthHeadings(element)).to.deep.equal(['Aug 2025', 'Jul 2025', 'Jun 2025']);
  });

  it('starts at the newest incident\'s month with start="latest", at the current month by default', async () => {
    const quiet = {
      page: { name: 'Quiet' },
      incidents: [
        { id: 'a', title: 'Slow API', impact: 'minor', updates: [{ status: 'resolved', at: '2025-11-03T10:00:00Z', body: 'Fixed.' }] },
        { id: 'b', title: 'Login errors', impact: 'major', updates: [{ status: 'resolved', at: '2025-09-14T10:00:00Z', body: 'Fixed.' }] },
      ],
    };
    const element = await fixture<IncidentHistoryElement>(
      html`<incident-history lang="en" time-zone="UTC" months-per-page="2" .now=${MAY_2026} .feed=${quiet}></incident-history>`,
    );
    await settled(element);
    expect(monthHeadings(element)).to.deep.equal(['May 2026', 'Apr 2026']);
    element.setAttribute('start', 'latest');
    await settled(element);
    expect(monthHeadings(element)).to.deep.equal(['Nov 2025', 'Oct 2025']);
    expect(part(element, 'range').textContent!.trim()).to.equal('Oct 2025 to Nov 2025');
    element.nextPage();
    await settled(element);
    expect(monthHeadings(element)).to.deep.equal(['Sep 2025']);
    expect(visibleText(element)).to.include('Login errors');
    // a feed with nothing in it still shows the current month
    element.feed = { page: { name: 'Quiet' }, incidents: [] };
    await settled(element);
    expect(monthHeadings(element)).to.deep.equal(['May 2026']);
    element.start = 'now';
    await settled(element);
    expect(monthHeadings(element)).to.deep.equal(['May 2026']);
  });

  it('follows months-per-page and heading-level', async () => {
    const element = await fixture<IncidentHistoryElement>(
      html`<incident-history lang="en" months-per-page="6" heading-level="3" .now=${MAY_2026} .feed=${feed}></incident-history>`,
    );
    await settled(element);
    const headings = element.shadowRoot!.querySelectorAll('[part="month-heading"]');
    expect(headings).to.have.length(6);
    expect(headings[0]!.localName).to.equal('h3');
    const timeline = element.shadowRoot!.querySelector('incident-timeline')!;
    expect(timeline.shadowRoot!.querySelector('[part="title"]')!.localName).to.equal('h4');
  });
});

describe('<incident-history> language and time zone', () => {
  it('re-renders when <html lang>, the element\'s lang or time-zone changes', async () => {
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'en';
      const element = await fixture<IncidentHistoryElement>(
        html`<incident-history .now=${MAY_2026} .feed=${await seedFeed()} time-zone="UTC"></incident-history>`,
      );
      await settled(element);
      expect(monthHeadings(element)[0]).to.equal('May 2026');
      document.documentElement.lang = 'es';
      await new Promise((resolve) => setTimeout(resolve));
      await settled(element);
      expect(monthHeadings(element)[0]).to.equal('may 2026');
      element.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await settled(element);
      expect(visibleText(element)).to.include('No incidents reported this month');
      const whatsapp = () =>
        [...element.shadowRoot!.querySelectorAll<IncidentTimelineElement>('incident-timeline')].find((timeline) =>
          timeline.incident?.title.includes('WhatsApp'),
        )!;
      expect(visibleText(part(whatsapp(), 'meta'))).to.include('1:00 PM UTC');
      element.timeZone = 'Asia/Tokyo';
      await settled(element);
      expect(visibleText(part(whatsapp(), 'meta'))).to.include('10:00 PM GMT+9');
    } finally {
      document.documentElement.lang = before;
    }
  });
});

describe('<incident-history> with real feeds', () => {
  it('has corpus feeds in the formats it reads', () => {
    expect(corpus.filter((file) => /^(statuspage|incidentio)\//.test(file.path)).length).to.be.greaterThan(10);
  });

  // Each file as it is: one that is not JSON, is the element's error; every other is shown, whatever its format.
  for (const file of corpus) {
    it(`${file.path}: every incident title across the pages, or the feed's error`, async () => {
      const text = await loadText(file.url);
      const parsed = await parseFeedAsync(text); // loads its format's reader first, as the element would
      const all = parsed.ok ? [...parsed.feed.incidents, ...parsed.feed.maintenances] : [];
      const newest = all.reduce((latest, incident) => (incident.startedAt > latest ? incident.startedAt : latest), '2000-01-01');
      const element = await fixture<IncidentHistoryElement>(
        html`<incident-history lang="en" .now=${new Date(newest)} .feed=${text}></incident-history>`,
      );
      await settled(element);
      if (!parsed.ok) {
        expect(visibleText(part(element, 'error')), file.path).to.equal(en.terms.error[parsed.error.kind]);
        return;
      }
      expect(element.shadowRoot!.querySelector('[part="error"]'), file.path).to.equal(null);
      let shown = '';
      for (let page = 0; page < 500; page += 1) {
        shown += visibleText(element);
        if (part(element, 'next').getAttribute('aria-disabled') === 'true') break;
        element.nextPage();
        await settled(element);
      }
      for (const incident of all) expect(shown, `${file.path}: ${incident.title}`).to.include(incident.title.trim().replace(/\s+/g, ' '));
    });
  }
});

describe('<incident-history> states', () => {
  it('shows an error with Retry for a bad feed, and fires feed-error', async () => {
    let fired: unknown;
    const element = await fixture<IncidentHistoryElement>(
      html`<incident-history lang="es" .feed=${[1, 2]} @feed-error=${(event: Event) => (fired = event)}></incident-history>`,
    );
    await settled(element);
    expect(visibleText(part(element, 'error'))).to.include('no contiene nada que mostrar');
    expect(fired).to.have.nested.property('error.kind', 'invalid');
    await expect(element).to.be.accessible();
  });

  it('keeps focus after Retry: on the loading message, on Retry after a second failure, on the content after a success', async () => {
    // the requests wait until the test answers them
    const answers: ((response: Response) => void)[] = [];
    const request = (): Promise<Response> => new Promise((resolve) => answers.push(resolve));
    const element = await fixture<IncidentHistoryElement>(
      html`<incident-history lang="en" poll-interval="0" src="https://status.example.com/history.json" .now=${MAY_2026} .request=${request}></incident-history>`,
    );
    // what has focus inside the element, as text: a failed check of elements is slow to print
    const focused = (): string => {
      const active = element.shadowRoot!.activeElement;
      return active ? `${active.localName} ${active.getAttribute('part') ?? ''} ${active.textContent!.trim()}`.trim() : 'nothing';
    };
    const retry = () => element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]');
    await waitFor(() => answers.length === 1, 3000, 'the first request');
    answers[0]!(new Response('down', { status: 500 }));
    await waitFor(() => retry() !== null, 3000, 'the error state');
    retry()!.focus();
    retry()!.click();
    await waitFor(() => answers.length === 2, 3000, 'the retried request');
    await settled(element);
    expect(focused()).to.equal('div loading Loading status…');
    answers[1]!(new Response('down', { status: 503 }));
    await waitFor(() => retry() !== null, 3000, 'the second error');
    await settled(element);
    expect(focused()).to.equal('button retry Retry');
    retry()!.click();
    await waitFor(() => answers.length === 3, 3000, 'the third request');
    answers[2]!(new Response(await loadText('/demo/feeds/jelou.json'), { headers: { 'content-type': 'application/json' } }));
    await waitFor(() => monthHeadings(element).length > 0, 3000, 'the history');
    await settled(element);
    expect(`${document.activeElement?.localName} ${element.shadowRoot!.activeElement?.getAttribute('part')}`).to.equal('incident-history history');
  });

  it('keeps good data on screen when a broken feed replaces it, and says it is stale', async () => {
    const element = await renderHistory(await seedFeed(), 'en');
    const errors: Event[] = [];
    element.addEventListener('feed-error', (event) => errors.push(event));
    element.feed = '{"page": ';
    await settled(element);
    expect(monthHeadings(element)).to.deep.equal(['May 2026', 'Apr 2026', 'Mar 2026']);
    expect(visibleText(part(element, 'stale'))).to.match(/^Could not refresh\. Last updated .* ago\.$/);
    expect(errors).to.have.length(1);
    expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    element.feed = await seedFeed();
    await settled(element);
    expect(element.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
  });

  it('says so when the feed has no incidents at all', async () => {
    const element = await renderHistory({ page: { name: 'Quiet' } }, 'en');
    expect(monthHeadings(element)).to.deep.equal(['May 2026']);
    expect(visibleText(element)).to.include('No incidents reported this month');
    await expect(element).to.be.accessible();
  });
});

describe('<incident-history> gives its timelines the reader\'s language', () => {
  const feed = {
    page: { name: 'P' },
    incidents: [{ id: 'i', title: 'Slow', updates: [{ status: 'resolved', at: '2026-03-25T16:32:00Z', body: 'Done.' }] }],
  };
  const APRIL = new Date('2026-04-20T12:00:00Z');

  async function nestedAndStandalone(lang: string): Promise<[string, string, IncidentTimelineElement]> {
    const host = await fixture<HTMLElement>(html`<div lang=${lang}>
      <incident-history time-zone="UTC" .now=${APRIL} .feed=${feed}></incident-history>
      <incident-timeline time-zone="UTC" .feed=${feed}></incident-timeline>
    </div>`);
    const history = host.querySelector('incident-history')!;
    const standalone = host.querySelector('incident-timeline')!;
    await settled(history);
    await settled(standalone);
    const nested = history.shadowRoot!.querySelector<IncidentTimelineElement>('incident-timeline')!;
    await settled(nested);
    const time = (timeline: Element) => visibleText(timeline.shadowRoot!.querySelector('time[part="time"]')!);
    return [time(nested), time(standalone), nested];
  }

  for (const [lang, expected] of [
    ['en-GB', '25 Mar 2026, 16:32 UTC'],
    ['en-US', 'Mar 25, 2026, 4:32 PM UTC'],
    ['es-MX', new Intl.DateTimeFormat('es-MX', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse('2026-03-25T16:32:00Z'))],
    ['pt-BR', new Intl.DateTimeFormat('pt-BR', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse('2026-03-25T16:32:00Z'))],
  ] as const) {
    it(`writes ${lang} dates in nested timelines, as a standalone timeline does`, async () => {
      if (lang === 'pt-BR') registerLocale({ ...en, code: 'pt', terms: { ...en.terms, started: 'Início' } });
      const [nested, standalone, timeline] = await nestedAndStandalone(lang);
      expect(nested.startsWith(expected), `${nested} starts with ${expected}`).to.equal(true);
      expect(nested).to.equal(standalone);
      // the nested timeline is given its language: no attribute, no lookup of its own
      expect(timeline.hasAttribute('lang')).to.equal(false);
      if (lang === 'pt-BR') expect(visibleText(timeline)).to.include('Início');
    });
  }
});
