import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { IncidentTimelineElement } from '../../src/incident-timeline/incident-timeline.js';
import { parseFeedAsync } from '../../src/feed/parse.js';
import { en } from '../../src/i18n/locales/en.js';
import { accessibilityTree, afterPendingLoads, corpusFiles, deepElements, expectInOrder, loadJson, loadText, scriptFeed, seedFeed, settled, shadowRoots, visibleText, waitFor, warmUpAxe } from '../helpers.js';

const corpus = await corpusFiles();

async function renderTimeline(template: ReturnType<typeof html>): Promise<IncidentTimelineElement> {
  const element = await fixture<IncidentTimelineElement>(template);
  await settled(element);
  return element;
}

function phases(element: IncidentTimelineElement): HTMLDetailsElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details[part="phase"]')];
}

const GITHUB_INCIDENT = '/__corpus__/files/statuspage/ghincidenthistory__zjchv3zvfg50.json';

describe('<incident-timeline>', () => {
  it('shows one incident of a feed picked by incident-id, with title, impact, meta and phases', async () => {
    const feed = await seedFeed();
    const element = await renderTimeline(
      html`<incident-timeline lang="es" time-zone="UTC" .feed=${feed} incident-id="m3x8b5tq2vzk"></incident-timeline>`,
    );
    const incident = element.shownIncident!;
    expect(incident.title).to.equal('Delayed Delivery of WhatsApp Messages');
    const text = visibleText(element);
    expectInOrder(text, ['Delayed Delivery of WhatsApp Messages', 'Inicio', '17 abr 2026, 13:00 UTC', 'Fin', '17:15', 'Duración', '4 horas 15 minutos']);
    expectInOrder(text, ['Análisis post mortem', 'Resuelto', 'Supervisando', 'Investigando']);
    const title = element.shadowRoot!.querySelector('[part="title"]')!;
    expect(title.localName).to.equal('h3');
    expect(title.querySelector('[part="icon"]')).to.exist;
    expect(title.querySelector('[part="impact"]')!.textContent).to.equal('Menor');
    expect(element.shadowRoot!.querySelector('[part="incident"]')!.getAttribute('data-level')).to.equal('minor');
    const times = element.shadowRoot!.querySelectorAll('time[part="time"]');
    expect(times).to.have.length(4);
    for (const time of times) expect(Number.isNaN(Date.parse(time.getAttribute('datetime')!))).to.equal(false);
  });

  it('loads a Statuspage single-incident endpoint from src', async () => {
    let loaded: Event | undefined;
    const element = await fixture<IncidentTimelineElement>(
      html`<incident-timeline lang="en" src=${GITHUB_INCIDENT} @feed-load=${(event: Event) => (loaded = event)}></incident-timeline>`,
    );
    await waitFor(() => element.shownIncident !== undefined);
    await settled(element);
    const raw = (await loadJson(GITHUB_INCIDENT)) as { incident: { name: string; incident_updates: unknown[] } };
    expect(visibleText(element)).to.include(raw.incident.name);
    expect(phases(element)).to.have.length(raw.incident.incident_updates.length);
    expect(loaded).to.exist;
  });

  it('opens the newest phase only, or all with `open`', async () => {
    const feed = await seedFeed();
    const element = await renderTimeline(html`<incident-timeline lang="en" .feed=${feed}></incident-timeline>`);
    expect(phases(element).map((details) => details.open)).to.deep.equal([true, false, false, false]);
    element.open = true;
    await settled(element);
    expect(phases(element).every((details) => details.open)).to.equal(true);
  });

  it('expands and collapses phases by mouse and keyboard, natively', async () => {
    const element = await renderTimeline(html`<incident-timeline lang="en" .feed=${await seedFeed()}></incident-timeline>`);
    const second = phases(element)[1]!;
    const summary = second.querySelector('summary')!;
    expect(second.open).to.equal(false);
    expect(visibleText(element)).not.to.include('This incident has been resolved.');
    summary.click();
    await settled(element);
    expect(second.open).to.equal(true);
    expect(visibleText(element)).to.include('This incident has been resolved.');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !second.open);
    await sendKeys({ press: ' ' });
    await waitFor(() => second.open);
    // the state is the platform's: `open` on <details>, which browsers expose as expanded/collapsed
    expect(second.hasAttribute('open')).to.equal(true);
  });

  describe('is accessible', () => {
    before(warmUpAxe);
    afterEach(() => {
      document.documentElement.style.colorScheme = '';
    });
    for (const scheme of ['light', 'dark']) {
      for (const lang of ['en', 'es']) {
        it(`in ${lang}, ${scheme}, every phase open`, async () => {
          document.documentElement.style.colorScheme = scheme;
          const element = await renderTimeline(html`<incident-timeline lang=${lang} open .feed=${await seedFeed()}></incident-timeline>`);
          await expect(element).to.be.accessible();
        });
      }
    }

    it('while loading', async () => {
      const loading = await renderTimeline(html`<incident-timeline lang="en" src=${await scriptFeed([{ hang: true }])}></incident-timeline>`);
      expect(loading.shadowRoot!.querySelector('[part="loading"]')).to.exist;
      await expect(loading).to.be.accessible();
    });

    it('when the feed is broken', async () => {
      const failing = await renderTimeline(html`<incident-timeline lang="es" .feed=${'not json'}></incident-timeline>`);
      expect(visibleText(failing)).to.include('no es JSON válido');
      await expect(failing).to.be.accessible();
    });
  });

  // Each file as it is: one that is not JSON, is the element's error; every other is shown, whatever its format.
  for (const file of corpus) {
    it(`renders ${file.path}: its first incident, that there is none, or the feed's error`, async () => {
      const text = await loadText(file.url);
      const parsed = await parseFeedAsync(text); // loads its format's reader first, as the element would
      const element = await renderTimeline(html`<incident-timeline lang="en" .feed=${text}></incident-timeline>`);
      const error = element.shadowRoot!.querySelector('[part="error"]');
      if (!parsed.ok) {
        expect(error && visibleText(error), file.path).to.equal(en.terms.error[parsed.error.kind]);
        return;
      }
      expect(error, file.path).to.equal(null);
      const incident = element.shownIncident;
      if (incident) expect(visibleText(element), file.path).to.include(incident.title.trim().replace(/\s+/g, ' '));
      else expect(visibleText(element), file.path).to.equal('No incidents reported');
    });
  }
});

describe('<incident-timeline> with hostile bodies', () => {
  const tripwire = { count: 0 };
  before(() => {
    (window as unknown as { __tripwire: () => void }).__tripwire = () => (tripwire.count += 1);
  });

  const bodies = [
    '<script>window.__tripwire()</script>',
    '<img src=x onerror="window.__tripwire()">',
    '<a href="javascript:window.__tripwire()">click</a>',
    '[click](javascript:window.__tripwire())',
    '<svg onload="window.__tripwire()"><circle r="5"/></svg>',
    '<iframe srcdoc="<script>parent.__tripwire()</script>"></iframe>',
    '<object data="javascript:window.__tripwire()"></object>',
    '<a href="data:text/html,<script>parent.__tripwire()</script>">data</a>',
    '<a href="JaVaScRiPt:window.__tripwire()">mixed</a>',
    '<a href="java&#x09;script:window.__tripwire()">entity</a>',
    '&lt;script&gt;window.__tripwire()&lt;/script&gt; &amp; &#60;b&#62;',
    '<style>*{display:none}</style><div onclick="window.__tripwire()">x</div>',
    `${'<b>'.repeat(2000)}deep`,
    'x'.repeat(1024 * 1024),
  ];

  it('renders them as inert text: nothing runs, no active content exists', async () => {
    const incident = {
      id: 'evil',
      title: '<img src=x onerror="window.__tripwire()">',
      impact: 'major',
      status: 'investigating',
      startedAt: '2026-05-01T10:00:00.000Z',
      componentIds: [],
      updates: bodies.map((body, index) => ({ status: 'update', at: `2026-05-01T10:${String(index).padStart(2, '0')}:00.000Z`, body })),
    };
    const element = await renderTimeline(html`<incident-timeline lang="en" open .incident=${incident}></incident-timeline>`);
    await afterPendingLoads();
    expect(tripwire.count).to.equal(0);
    for (const root of shadowRoots(element)) {
      expect(root.querySelectorAll('script, iframe, object, embed, img, style, svg:not([part="icon"]), div[onclick]').length).to.equal(0);
    }
    for (const node of deepElements(element)) {
      for (const attribute of node.attributes) expect(attribute.name.startsWith('on'), `${node.localName}[${attribute.name}]`).to.equal(false);
      if (node.localName === 'a' && node.hasAttribute('href')) {
        expect(['http:', 'https:', 'mailto:']).to.include(new URL((node as HTMLAnchorElement).href).protocol);
      }
    }
    const text = visibleText(element);
    expect(text).to.include('<script>window.__tripwire()</script>');
    expect(text).to.include('<img src=x onerror="window.__tripwire()">');
  });
});

describe('<incident-timeline> parts', () => {
  it('renders exactly the content parts <incident-history> exports, and no other but its states', async () => {
    const { TIMELINE_PARTS } = await import('../../src/incident-timeline/incident-timeline.js');
    const body = 'Fixed in `v2`, see [the notes](https://example.com/notes):\n- one\n- two';
    const element = await fixture<IncidentTimelineElement>(html`<incident-timeline lang="en" open .feed=${{
      page: { name: 'P' },
      components: [{ id: 'api', name: 'API' }],
      incidents: [{ id: 'i', title: 'T', componentIds: ['api'], updates: [{ status: 'resolved', at: '2026-04-17T13:00:00Z', body }] }],
    }}></incident-timeline>`);
    await settled(element);
    const rendered = new Set([...element.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/)));
    expect([...rendered].sort()).to.deep.equal([...TIMELINE_PARTS].sort());
    const history = await fixture<HTMLElement>(html`<incident-history lang="en" .now=${new Date('2026-04-20T12:00:00Z')} .feed=${{
      page: { name: 'P' },
      incidents: [{ id: 'i', title: 'T', updates: [{ status: 'resolved', at: '2026-04-17T13:00:00Z', body }] }],
    }}></incident-history>`);
    await settled(history);
    const nested = history.shadowRoot!.querySelector('incident-timeline')!;
    expect(nested.getAttribute('exportparts')!.split(', ')).to.deep.equal([...TIMELINE_PARTS]);
  });
});

describe('<incident-timeline> in the accessibility tree', () => {
  it('names its article by the incident title', async () => {
    const feed = {
      page: { name: 'T' },
      incidents: [
        { id: 'a', title: 'Slow API', impact: 'minor', updates: [{ status: 'resolved', at: '2026-05-02T10:00:00Z', body: 'ok' }] },
        { id: 'b', title: 'Login down', impact: 'major', updates: [{ status: 'resolved', at: '2026-05-01T10:00:00Z', body: 'ok' }] },
      ],
    };
    const element = await renderTimeline(html`<incident-timeline lang="en" incident-id="b" .feed=${feed}></incident-timeline>`);
    expect(element.shadowRoot!.querySelector('article')!.getAttribute('aria-labelledby')).to.equal('title');
    expect(element.shadowRoot!.getElementById('title')!.textContent).to.equal('Login down');
    const tree = await accessibilityTree('pierce/article');
    if (!tree) return; // only Chromium shows the tree to the test runner
    expect([tree.role, tree.name]).to.deep.equal(['article', 'Login down']);
  });
});
