// Fixes found in review: each scenario once broke an element.
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { registerLocale, registerLocaleLoader } from '../../src/i18n/locales.js';
import { en } from '../../src/i18n/locales/en.js';
import type { IncidentTimelineElement } from '../../src/incident-timeline/incident-timeline.js';
import type { StatusBannerElement } from '../../src/status-banner/status-banner.js';
import type { FeedErrorEvent, StatusChangeEvent } from '../../src/events.js';
import { loadJson, scriptFeed, settled, visibleText, waitFor } from '../helpers.js';

const label = (element: Element): string | undefined => element.shadowRoot!.querySelector('[part~="label"]')?.textContent?.trim();

/** What `run` passed to console.warn, which is put back afterwards. */
async function warningsOf(run: (seen: readonly string[]) => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (message: string) => warnings.push(message);
  try {
    await run(warnings);
  } finally {
    console.warn = warn;
  }
  return warnings;
}

describe('robustness', () => {
  it('stays in English, and responsive, when a locale pack fails to load', async () => {
    let attempts = 0;
    registerLocaleLoader('xx', () => {
      attempts += 1;
      return Promise.reject(new Error('offline'));
    });
    const warnings = await warningsOf(async (seen) => {
      const element = await fixture<StatusBannerElement>(
        html`<status-banner lang="xx" .feed=${{ page: { name: 'A' }, status: { indicator: 'minor' } }}></status-banner>`,
      );
      await waitFor(() => seen.length > 0, 5000, 'the warning');
      await settled(element);
      // Every update looks for the pack: a failed load that were retried would load again here.
      element.requestUpdate();
      await settled(element);
      expect(label(element)).to.equal('Minor service disruption');
    });
    expect(attempts).to.equal(1);
    expect(warnings).to.deep.equal(['status-elements: the "xx" locale pack did not load (offline); showing English']);
  });

  it('says once, naming the file, when a locale pack given by URL does not load; a URL that loads is shown', async () => {
    registerLocaleLoader('zz', '/__missing__/locales/zz.js');
    const feed = { page: { name: 'A' }, status: { indicator: 'minor' } };
    const warnings = await warningsOf(async (seen) => {
      const first = await fixture<StatusBannerElement>(html`<status-banner lang="zz" .feed=${feed}></status-banner>`);
      const second = await fixture<StatusBannerElement>(html`<status-banner lang="zz-ZZ" .feed=${feed}></status-banner>`);
      await waitFor(() => seen.length > 0, 5000, 'the warning');
      await settled(first);
      await settled(second);
      expect([label(first), label(second)]).to.deep.equal(['Minor service disruption', 'Minor service disruption']);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      new RegExp(`^status-elements: the "zz" locale pack did not load from ${location.origin}/__missing__/locales/zz\\.js \\(.+\\); showing English$`),
    );

    registerLocaleLoader('qq', '/test/i18n/qq-pack.ts');
    const shown = await fixture<StatusBannerElement>(html`<status-banner lang="qq" .feed=${feed}></status-banner>`);
    await waitFor(() => label(shown) === 'Qq: a minor problem', 5000, 'the pack from its URL');
  });

  it('shows a pack registered later at once', async () => {
    const element = await fixture<StatusBannerElement>(
      html`<status-banner lang="yy" .feed=${{ page: { name: 'A' }, status: { indicator: 'none' } }}></status-banner>`,
    );
    expect(label(element)).to.equal('All systems operational');
    registerLocale({ ...en, code: 'yy', terms: { ...en.terms, indicator: { ...en.terms.indicator, none: 'Yy: all good' } } });
    await waitFor(() => label(element) === 'Yy: all good', 2000, 'the new pack');
  });

  it('says why a feed on another origin cannot be read (CORS), once in the console and in feed-error', async () => {
    const { origin } = (await loadJson('/__cross-origin__')) as { origin: string };
    const errors: string[] = [];
    const warnings = await warningsOf(async () => {
      const element = await fixture<StatusBannerElement>(
        html`<status-banner lang="en" src=${`${origin}/feed.json`} @feed-error=${(event: FeedErrorEvent) => errors.push(event.detail.error.message)}></status-banner>`,
      );
      await waitFor(() => errors.length === 1, 5000, 'the feed error');
      await settled(element);
      expect(element.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.include('could not be reached');
      // Retry fails the same way: the console is told once
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="error"] button')!.click();
      await waitFor(() => errors.length === 2, 5000, 'the second feed error');
      await settled(element);
    });
    expect(errors[0]).to.include(`may not allow requests from ${location.origin} (CORS)`);
    expect(errors[1]).to.equal(errors[0]);
    expect(warnings).to.deep.equal([`status-banner: ${errors[0]}`]);
  });

  it('reports a src that is not a URL as an error, without throwing', async () => {
    const errors: Event[] = [];
    const element = await fixture<StatusBannerElement>(
      html`<status-banner src="http://[" @feed-error=${(event: Event) => errors.push(event)}></status-banner>`,
    );
    await settled(element);
    expect(element.shadowRoot!.querySelector('[part="error"]')).to.exist;
    expect(errors).to.have.length(1);
    expect((errors[0] as Event & { error: { message: string } }).error.message).to.include('http://[');
  });

  it('does not call a switch to another service a change of state: each service\'s first state has no previous', async () => {
    const major = await scriptFeed([{ json: { page: { name: 'A' }, status: { indicator: 'major' } } }]);
    const none = await scriptFeed([{ json: { page: { name: 'B' }, status: { indicator: 'none' } } }]);
    const changes: StatusChangeEvent['detail'][] = [];
    const element = await fixture<StatusBannerElement>(
      html`<status-banner src=${major} poll-interval="0" @status-change=${(event: StatusChangeEvent) => changes.push(event.detail)}></status-banner>`,
    );
    await waitFor(() => label(element) === 'Major service outage', 3000, 'the first service');
    element.src = none;
    await waitFor(() => label(element) === 'All systems operational', 3000, 'the second service');
    await settled(element);
    expect(changes).to.deep.equal([
      { previous: undefined, current: 'major' },
      { previous: undefined, current: 'none' },
    ]);
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
  });

  it('filters by a group name, and warns about a name that matches nothing', async () => {
    const feed = {
      page: { name: 'G' },
      components: [
        { id: 'rest', name: 'REST', group: 'API', status: 'major_outage' },
        { id: 'web', name: 'Web', status: 'operational' },
      ],
    };
    const warnings = await warningsOf(async () => {
      const byGroup = await fixture<StatusBannerElement>(html`<status-banner components="api" .feed=${feed}></status-banner>`);
      expect(label(byGroup)).to.equal('Major service outage');
      const typo = await fixture<StatusBannerElement>(html`<status-banner components="Webb" .feed=${feed}></status-banner>`);
      // never a green state it cannot know: the whole page's, with a note
      expect(label(typo)).to.equal('Major service outage');
      expect(typo.shadowRoot!.querySelector('[part="note"]')!.textContent).to.equal(
        'No component of this page is called “Webb”: this is the status of the whole page.',
      );
      expect(byGroup.shadowRoot!.querySelector('[part="note"]')).to.equal(null);
    });
    expect(warnings).to.deep.equal(['status-banner: components="webb" matches no component of the feed']);
  });

  it('keeps the phases the reader opened when a new update arrives', async () => {
    const update = (id: string, status: string, at: string) => ({ id, status, at, body: `${status} text` });
    const incident = {
      id: 'i',
      title: 'Slow',
      updates: [update('u2', 'monitoring', '2026-05-01T11:00:00Z'), update('u1', 'identified', '2026-05-01T10:00:00Z')],
    };
    const element = await fixture<IncidentTimelineElement>(html`<incident-timeline lang="en" .feed=${{ page: { name: 'P' }, incidents: [incident] }}></incident-timeline>`);
    await settled(element);
    const phases = () => [...element.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details')];
    // `toggle` comes in a task of its own, after the change: each one is waited for.
    const toggled = new Set<EventTarget>();
    element.shadowRoot!.addEventListener('toggle', (event) => toggled.add(event.target!), true);
    const identified = phases()[1]!;
    identified.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' }); // the reader opens "Identified"
    await waitFor(() => toggled.has(identified), 2000, 'the reader\'s toggle');
    const [monitoring] = phases();
    element.feed = { page: { name: 'P' }, incidents: [{ ...incident, updates: [update('u3', 'resolved', '2026-05-01T12:00:00Z'), ...incident.updates] }] };
    await settled(element);
    // Each update keeps its node: the one the reader opened is the same object, still open.
    expect(phases()).to.have.length(3);
    expect(phases()[1]).to.equal(monitoring);
    expect(phases()[2]).to.equal(identified);
    // The new update is the newest, open; the one that was newest closes, as it was only open by default.
    expect(phases().map((details) => details.open)).to.deep.equal([true, false, true]);
    element.requestUpdate();
    await settled(element);
    expect(phases().map((details) => details.open)).to.deep.equal([true, false, true]);
    expect(phases()[2]).to.equal(identified);
    expect(visibleText(element)).to.include('identified text');
    // The page's `open` opens every phase, and unsetting it leaves the newest open.
    element.open = true;
    await settled(element);
    expect(phases().map((details) => details.open)).to.deep.equal([true, true, true]);
    element.open = false;
    await settled(element);
    expect(phases().map((details) => details.open)).to.deep.equal([true, false, false]);
    expect(element.shadowRoot!.querySelector('[data-key]')).to.equal(null);
  });

  it('writes dates in the regional form of the element\'s language', async () => {
    const incident = { id: 'i', title: 'T', updates: [{ status: 'resolved', at: '2026-04-17T17:15:00Z', body: 'Done.' }] };
    const element = await fixture<IncidentTimelineElement>(
      html`<incident-timeline lang="en-GB" time-zone="UTC" .incident=${{ ...incident, impact: 'minor', status: 'resolved', startedAt: '2026-04-17T17:15:00.000Z', componentIds: [], updates: [{ ...incident.updates[0], at: '2026-04-17T17:15:00.000Z' }] }}></incident-timeline>`,
    );
    await settled(element);
    expect(visibleText(element.shadowRoot!.querySelector('time[part="time"]')!)).to.equal('17 Apr 2026, 17:15 UTC');
  });

  it('resolves a relative href against the page, and names each incident\'s impact in text', async () => {
    const feed = {
      page: { name: 'H', url: 'https://status.example.com' },
      incidents: [{ id: 'i', title: 'Down', impact: 'major', updates: [{ status: 'investigating', at: '2026-05-01T10:00:00Z', body: 'x' }] }],
    };
    const element = await fixture<StatusBannerElement>(html`<status-banner href="/status" .feed=${feed}></status-banner>`);
    await settled(element);
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!;
    expect(link.href).to.equal(new URL('/status', document.baseURI).href);
    const incident = element.shadowRoot!.querySelector('[part="incident"]')!;
    expect(incident.textContent!.replace(/\s+/g, ' ')).to.include('Major: Down');
  });
});

describe('a component in a group', () => {
  const feed = {
    page: { name: 'G' },
    components: [
      { id: 'east', name: 'US-East', group: 'API', status: 'major_outage' },
      { id: 'web', name: 'Web', group: 'Site', status: 'operational' },
    ],
    incidents: [
      { id: 'i', title: 'Down', impact: 'major', componentIds: ['east'], updates: [{ status: 'investigating', at: '2026-05-01T10:00:00Z', body: 'x' }] },
    ],
  };

  it('is named "Group – Name" by the timeline', async () => {
    const element = await fixture<IncidentTimelineElement>(html`<incident-timeline lang="en" .feed=${feed}></incident-timeline>`);
    await settled(element);
    expect(visibleText(element.shadowRoot!.querySelector('[part="meta"] dd')!)).to.equal('API – US-East');
  });

  for (const name of ['API – US-East', 'API - US-East', 'api — us-east', ' API  –  US-East ']) {
    it(`is matched by the banner's components filter as "${name}"`, async () => {
      const element = await fixture<StatusBannerElement>(html`<status-banner components=${name} .feed=${feed}></status-banner>`);
      expect(label(element)).to.equal('Major service outage');
      expect(element.shadowRoot!.querySelectorAll('[part="incident"]')).to.have.length(1);
    });
  }

  it('is not matched under another group', async () => {
    const warnings = await warningsOf(async () => {
      const element = await fixture<StatusBannerElement>(html`<status-banner components="Site - US-East" .feed=${feed}></status-banner>`);
      expect(label(element)).to.equal('Major service outage');
      expect(element.shadowRoot!.querySelector('[part="note"]')).to.exist;
    });
    expect(warnings).to.deep.equal(['status-banner: components="site – us-east" matches no component of the feed']);
  });
});

describe('<incident-timeline> with no incident to show', () => {
  const empty = { page: { name: 'E' }, incidents: [] };
  const oneIncident = {
    page: { name: 'E' },
    incidents: [{ id: 'a', title: 'Slow', updates: [{ status: 'investigating', at: '2026-05-01T10:00:00Z', body: 'x' }] }],
  };
  const stale = (element: Element): Element | null => element.shadowRoot!.querySelector('[part="stale"]');

  for (const [what, feed, incidentId, says] of [
    ['an empty feed', empty, undefined, 'No incidents reported'],
    ['an incident-id not in the feed', oneIncident, 'missing', 'This status page has no incident “missing”.'],
  ] as const) {
    it(`says so, and that it is stale, when a refresh of ${what} fails`, async () => {
      const src = await scriptFeed([{ json: feed }, { status: 500 }]);
      const element = await fixture<IncidentTimelineElement>(
        html`<incident-timeline lang="en" src=${src} incident-id=${incidentId ?? nothing}></incident-timeline>`,
      );
      await waitFor(() => visibleText(element) === says, 4000, 'the first load');
      expect(stale(element)).to.equal(null);
      element.refresh();
      await waitFor(() => stale(element) !== null, 4000, 'the stale notice');
      expect(visibleText(element)).to.match(/^Could not refresh\. Last updated .* ago\. /);
      expect(visibleText(element).endsWith(says)).to.equal(true);
    });
  }

  it('warns once about an incident-id not in the feed', async () => {
    const warnings = await warningsOf(async () => {
      const element = await fixture<IncidentTimelineElement>(html`<incident-timeline lang="es" incident-id="nope" .feed=${oneIncident}></incident-timeline>`);
      await settled(element);
      expect(visibleText(element)).to.equal('Esta página de estado no tiene el incidente “nope”.');
      element.now = new Date();
      await settled(element);
    });
    expect(warnings).to.deep.equal(['incident-timeline: incident-id="nope" is not in the feed']);
  });

  it('says it is stale when a broken feed replaces an empty one', async () => {
    const element = await fixture<IncidentTimelineElement>(html`<incident-timeline lang="en" .feed=${empty}></incident-timeline>`);
    expect(stale(element)).to.equal(null);
    element.feed = '{"page": ';
    await settled(element);
    expect(visibleText(element)).to.match(/^Could not refresh\. Last updated .* ago\. No incidents reported$/);
  });
});

describe('heading-level', () => {
  const feed = {
    page: { name: 'H' },
    incidents: [{ id: 'i', title: 'Down', updates: [{ status: 'resolved', at: '2026-05-01T10:00:00Z', body: 'x' }] }],
  };
  const now = new Date('2026-05-20T12:00:00Z');
  const levels = (element: Element): string[] => {
    const root = element.shadowRoot!;
    const month = root.querySelector('[part="month-heading"]');
    const timeline = root.querySelector('incident-timeline');
    const title = (timeline ?? element).shadowRoot!.querySelector('[part="title"]');
    return [month?.localName, title?.localName].filter((name): name is string => name !== undefined);
  };

  for (const [given, expected, warned] of [
    ['abc', ['h2', 'h3'], true],
    ['0', ['h2', 'h3'], true],
    ['2.5', ['h2', 'h3'], true],
    ['6', ['h2', 'h3'], true],
    ['7', ['h2', 'h3'], true],
    ['1', ['h1', 'h2'], false],
    ['5', ['h5', 'h6'], false],
  ] as const) {
    it(`of the history: "${given}" gives months ${expected[0]} and titles ${expected[1]}${warned ? ', with a warning' : ''}`, async () => {
      const warnings = await warningsOf(async () => {
        const element = await fixture(html`<incident-history lang="en" heading-level=${given} .now=${now} .feed=${feed}></incident-history>`);
        await settled(element);
        await settled(element.shadowRoot!.querySelector('incident-timeline')!);
        expect(levels(element)).to.deep.equal(expected);
        // a re-render does not warn again
        (element as HTMLElement & { now: Date }).now = new Date(now);
        await settled(element);
      });
      expect(warnings).to.deep.equal(
        warned ? [`incident-history: heading-level="${given === 'abc' ? 'NaN' : given}" is not a whole number from 1 to 5; using 2`] : [],
      );
    });
  }

  for (const [given, expected, warned] of [
    ['abc', 'h3', true],
    ['0', 'h3', true],
    ['7', 'h3', true],
    ['6', 'h6', false],
    ['1', 'h1', false],
  ] as const) {
    it(`of a timeline: "${given}" gives a title ${expected}${warned ? ', with a warning' : ''}`, async () => {
      const warnings = await warningsOf(async () => {
        const element = await fixture(html`<incident-timeline lang="en" heading-level=${given} .now=${now} .feed=${feed}></incident-timeline>`);
        await settled(element);
        expect(levels(element)).to.deep.equal([expected]);
      });
      expect(warnings).to.have.length(warned ? 1 : 0);
    });
  }
});
