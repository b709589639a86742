import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { StatusBannerElement } from '../../src/status-banner/status-banner.js';
import { FeedLoadEvent, type StatusChangeEvent } from '../../src/events.js';
import { accessibilityTree, accessibleNodes, loadJson, scriptFeed, settled, visibleText, waitFor, warmUpAxe } from '../helpers.js';

const corpus = (path: string): Promise<unknown> => loadJson(`/__corpus__/files/${path}`);

async function renderBanner(feed: unknown, lang = 'en', extra: Partial<StatusBannerElement> = {}): Promise<StatusBannerElement> {
  const element = await fixture<StatusBannerElement>(
    html`<status-banner lang=${lang} poll-interval="0" .feed=${feed} .now=${new Date('2026-11-28T12:00:00Z')}></status-banner>`,
  );
  Object.assign(element, extra);
  await settled(element);
  return element;
}

function part(element: Element, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Critical appears in no corpus summary, so GitHub's critical incident (resolved in the corpus)
 * is taken as still open, with the indicator that implies. */
async function openCriticalIncident(): Promise<unknown> {
  const critical = structuredClone((await corpus('statuspage/gitdown__incident-actions-critical.json')) as Record<string, unknown>);
  critical.status = 'investigating';
  critical.resolved_at = null;
  critical.incident_updates = (critical.incident_updates as { status: string }[]).filter((update) => update.status !== 'resolved');
  return { incidents: [critical] };
}

/** A corpus feed per overall state, and the status page it links to. */
const STATE_FEEDS = {
  none: { feed: () => corpus('statuspage/gitdown__summary.json'), href: 'https://www.githubstatus.com/' },
  minor: { feed: () => corpus('statuspage/gwen-cli__statuspage_summary.json'), href: 'https://www.cloudflarestatus.com/' },
  major: { feed: () => corpus('statuspage/statuscheck__github_incident.json'), href: 'https://www.githubstatus.com/' },
  maintenance: { feed: () => corpus('statuspage/statuscheck__cloudamqp_maintenance.json'), href: 'https://status.cloudamqp.com/' },
  critical: { feed: openCriticalIncident, href: '' },
};

const LABELS = {
  en: {
    none: 'All systems operational',
    minor: 'Minor service disruption',
    major: 'Major service outage',
    critical: 'Critical service outage',
    maintenance: 'Maintenance in progress',
  },
  es: {
    none: 'Sistemas funcionando con normalidad',
    minor: 'Interrupción menor del servicio',
    major: 'Interrupción grave del servicio',
    critical: 'Caída crítica del servicio',
    maintenance: 'Mantenimiento en curso',
  },
} as const;

describe('<status-banner> overall states', () => {
  before(warmUpAxe);
  afterEach(() => {
    document.documentElement.style.colorScheme = '';
  });
  for (const lang of ['en', 'es'] as const) {
    for (const [state, { feed, href }] of Object.entries(STATE_FEEDS)) {
      for (const scheme of ['light', 'dark']) {
        it(`shows the ${state} state's label, icon and link in ${lang}, ${scheme}, and is accessible`, async () => {
          document.documentElement.style.colorScheme = scheme;
          const element = await renderBanner(await feed(), lang);
          expect(part(element, 'banner')!.dataset.level).to.equal(state);
          expect(part(element, 'label')!.textContent!.trim()).to.equal(LABELS[lang][state as keyof (typeof LABELS)['en']]);
          expect(part(element, 'icon')).to.exist;
          if (href) expect((part(element, 'link') as HTMLAnchorElement | null)?.href).to.equal(href);
          await expect(element).to.be.accessible();
        });
      }
    }
  }

  it('lists open incidents with their latest phase and how long ago, and maintenances under way', async () => {
    const element = await renderBanner(await corpus('statuspage/statuscheck__github_incident.json'), 'en', {
      now: new Date('2020-07-12T09:00:00Z'),
    });
    const text = visibleText(element);
    expect(text).to.include('Unplanned Database Outage');
    expect(text).to.match(/Identified · .* ago/);
    expect(text).to.match(/Maintenance\s*:\s*Web Tier Recycle/);
    expect(text).not.to.include('Network Maintenance'); // scheduled for later, not under way
    const link = part(element, 'incident-link') as HTMLAnchorElement;
    expect(link.href).to.match(/^http:\/\/stspg\.co:5000\/Q0E/);
  });

  it('links to its href, relative to the page, and to no page with href="" or no-link', async () => {
    const feed = await corpus('statuspage/gitdown__summary.json');
    for (const variant of ['full', 'compact'] as const) {
      const element = await renderBanner(feed, 'en', { variant, href: '/status' });
      expect((part(element, 'link') as HTMLAnchorElement).href).to.equal(new URL('/status', document.baseURI).href);
      element.href = '';
      await settled(element);
      expect(part(element, 'link'), `${variant}, href=""`).to.equal(null);
      expect(part(element, 'label')?.textContent).to.equal('All systems operational');
      element.removeAttribute('href');
      element.href = undefined;
      await settled(element);
      expect((part(element, 'link') as HTMLAnchorElement).href).to.equal('https://www.githubstatus.com/');
      element.setAttribute('no-link', '');
      await settled(element);
      expect(part(element, 'link'), `${variant}, no-link`).to.equal(null);
    }
  });

  it('shows a compact dot and label', async () => {
    const element = await renderBanner(await corpus('statuspage/gwen-cli__statuspage_summary.json'), 'es', { variant: 'compact' });
    expect(visibleText(element)).to.equal('Interrupción menor del servicio');
    expect(part(element, 'icon')).to.exist;
    await expect(element).to.be.accessible();
  });
});

describe('<status-banner> hide-when-operational and components', () => {
  it('renders nothing while all is well, and shows itself when not', async () => {
    const element = await renderBanner(await corpus('statuspage/gitdown__summary.json'), 'en', { hideWhenOperational: true });
    expect(part(element, 'banner')).to.equal(null);
    expect(element.getBoundingClientRect().height).to.equal(0);
    element.feed = await corpus('statuspage/statuspage-exporter__example.json');
    await settled(element);
    expect(part(element, 'banner')).to.exist;
    expect(visibleText(element)).to.include('Incident with Packages and Pages');
  });

  it('counts only incidents and components that touch the named components', async () => {
    const feed = await corpus('statuspage/statuspage-exporter__example.json');
    const unrelated = await renderBanner(feed, 'en', { components: 'API Requests, webhooks' });
    expect(part(unrelated, 'banner')!.dataset.level).to.equal('none');
    expect(visibleText(unrelated)).not.to.include('Incident with Packages');
    unrelated.hideWhenOperational = true;
    await settled(unrelated);
    expect(part(unrelated, 'banner')).to.equal(null);

    const related = await renderBanner(feed, 'en', { components: 'Packages' });
    expect(part(related, 'banner')!.dataset.level).to.equal('major');
    expect(visibleText(related)).to.include('Incident with Packages and Pages');

    const byId = await renderBanner(feed, 'en', { components: 'vg70hn9s2tyj' }); // Pages, by id
    expect(visibleText(byId)).to.include('Incident with Packages and Pages');
  });
});

describe('<status-banner> events from the first load', () => {
  it('fires feed-load, then status-change with no previous state, once the banner shows the feed', async () => {
    const feed = {
      page: { name: 'P' },
      components: [
        { id: 'api', name: 'API', status: 'major_outage' },
        { id: 'web', name: 'Web', status: 'operational' },
      ],
    };
    const url = await scriptFeed([{ json: feed }]);
    const seen: { type: string; detail: unknown; indicator: unknown; shown: string | undefined }[] = [];
    const formats: unknown[] = [];
    const record = (event: Event) => {
      const element = event.target as StatusBannerElement;
      if (event instanceof FeedLoadEvent) formats.push(event.detail.format);
      seen.push({
        type: event.type,
        detail: event.type === 'feed-load' ? (event as FeedLoadEvent).detail.indicator : (event as StatusChangeEvent).detail,
        indicator: element.indicator,
        shown: part(element, 'label')?.textContent ?? undefined,
      });
    };
    const element = await fixture<StatusBannerElement>(
      html`<status-banner lang="en" poll-interval="0" components="web" src=${url} @feed-load=${record} @status-change=${record}></status-banner>`,
    );
    await waitFor(() => seen.length === 2, 3000, 'two events');
    expect(seen).to.deep.equal([
      { type: 'feed-load', detail: 'none', indicator: 'none', shown: 'All systems operational' },
      { type: 'status-change', detail: { previous: undefined, current: 'none' }, indicator: 'none', shown: 'All systems operational' },
    ]);
    // a new filter is not a change of the service's state; the next feed-load carries the new one
    element.components = 'api';
    await settled(element);
    expect(element.indicator).to.equal('major');
    expect(seen).to.have.length(2);
    element.feed = { ...feed };
    await settled(element);
    expect(seen.slice(2).map(({ type, detail }) => [type, detail])).to.deep.equal([['feed-load', 'major']]);
    // the format the feed was read as: found by its shape, or the one named
    element.format = 'native';
    element.feed = { ...feed };
    await settled(element);
    expect(formats).to.deep.equal(['statuspage', 'statuspage', 'native']);
  });
});

describe('<status-banner> in the accessibility tree', () => {
  it('names a maintenance once, and an incident with its impact', async () => {
    await renderBanner(await corpus('statuspage/statuscheck__github_incident.json'), 'es', { now: new Date('2020-07-12T09:00:00Z') });
    const tree = await accessibilityTree();
    if (!tree) return; // only Chromium shows the tree to the test runner
    // what a screen reader reads, in order: the text nodes
    const text = accessibleNodes(tree)
      .filter((node) => node.role === 'StaticText')
      .map((node) => node.name)
      .join(' ')
      .replace(/\s+/g, ' ')
      // a template's text comes in pieces: "Mantenimiento" ":"
      .replace(/ :/g, ':');
    expect(text).to.include('Mantenimiento: Web Tier Recycle');
    expect(text).not.to.include('Mantenimiento: Mantenimiento');
    expect(text).to.include('Crítico: Unplanned Database Outage');
  });
});
