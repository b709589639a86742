import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { StatusBannerElement } from '../../src/status-banner/status-banner.js';
import type { IncidentHistoryElement } from '../../src/incident-history/incident-history.js';
import { contrastRatio, loadJson, rgba, settled, withForcedColors } from '../helpers.js';

const corpus = (path: string): Promise<unknown> => loadJson(`/__corpus__/files/${path}`);
const NOW = new Date('2026-11-28T12:00:00Z');

/** A corpus feed per state that has a status page to link to (no corpus summary is critical). */
const STATE_FEEDS = {
  none: 'statuspage/gitdown__summary.json',
  minor: 'statuspage/gwen-cli__statuspage_summary.json',
  major: 'statuspage/statuscheck__github_incident.json',
  maintenance: 'statuspage/statuscheck__cloudamqp_maintenance.json',
};

/** The pages a banner is put on: light and dark backgrounds, each under either colour scheme. */
const PAGES = [
  { background: '#ffffff', scheme: 'light' },
  { background: '#ffffff', scheme: 'dark' },
  { background: '#0d1117', scheme: 'light' },
  { background: '#0d1117', scheme: 'dark' },
];

function part(root: Element, name: string): Element {
  const found = root.shadowRoot!.querySelector(`[part~="${name}"]`);
  if (!found) throw new Error(`no part ${name}`);
  return found;
}

describe('theme', () => {
  for (const variant of ['compact', 'full'] as const) {
    it(`a ${variant} banner keeps its contrast on any page: the label link 4.5:1 and the icon 3:1 against its own surface`, async () => {
      const failures: string[] = [];
      for (const [state, file] of Object.entries(STATE_FEEDS)) {
        const feed = await corpus(file);
        for (const page of PAGES) {
          const wrapper = await fixture<HTMLDivElement>(html`
            <div style="background: ${page.background}; color-scheme: ${page.scheme}; padding: 8px">
              <status-banner variant=${variant} poll-interval="0" .feed=${feed} .now=${NOW}></status-banner>
            </div>
          `);
          const banner = wrapper.querySelector<StatusBannerElement>('status-banner')!;
          await settled(banner);
          expect(banner.indicator).to.equal(state);
          const surface = getComputedStyle(banner).backgroundColor;
          const where = `${variant} ${state} on ${page.background} (${page.scheme})`;
          // its own surface, opaque: what is behind it does not matter
          if (rgba(surface)[3] !== 1) failures.push(`${where}: the surface ${surface} is not opaque`);
          const link = part(banner, variant === 'compact' ? 'label' : 'link');
          expect(link.localName).to.equal('a');
          const linkContrast = contrastRatio(getComputedStyle(link).color, surface);
          if (linkContrast < 4.5) failures.push(`${where}: link ${linkContrast.toFixed(2)}:1`);
          const iconContrast = contrastRatio(getComputedStyle(part(banner, 'icon')).color, surface);
          if (iconContrast < 3) failures.push(`${where}: icon ${iconContrast.toFixed(2)}:1`);
        }
      }
      expect(failures.join('; ')).to.equal('');
    });
  }

  it('stacked elements keep a gap between them; a compact banner in a line of text does not', async () => {
    const feed = await corpus(STATE_FEEDS.none);
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <status-banner poll-interval="0" .feed=${feed} .now=${NOW}></status-banner>
        <status-banner variant="compact" poll-interval="0" .feed=${feed} .now=${NOW}></status-banner>
        <status-banner poll-interval="0" .feed=${feed} .now=${NOW}></status-banner>
      </div>
    `);
    const [first, compact, last] = [...page.querySelectorAll('status-banner')];
    await Promise.all([first, compact, last].map((element) => settled(element!)));
    expect(parseFloat(getComputedStyle(first!).marginBlockEnd)).to.be.greaterThan(0);
    expect(getComputedStyle(compact!).marginBlockEnd).to.equal('0px');
    // the last one leaves the page's own spacing alone
    expect(getComputedStyle(last!).marginBlockEnd).to.equal('0px');
  });

  it('a failed load is a box of its own, marked in the critical colour', async () => {
    const element = await fixture<StatusBannerElement>(
      html`<status-banner style="--status-color-critical: rgb(1, 2, 3)" poll-interval="0" .feed=${{ nothing: 'here' }}></status-banner>`,
    );
    await settled(element);
    const error = getComputedStyle(part(element, 'error'));
    expect(parseFloat(error.borderInlineStartWidth)).to.equal(4);
    expect(error.borderInlineStartColor).to.equal('rgb(1, 2, 3)');
    expect(parseFloat(error.paddingInlineStart)).to.be.greaterThan(0);
  });

  describe('in forced colours (Windows high contrast), where the engine can emulate it', () => {
    it('the loading skeleton stays visible and a disabled button is greyed', async function () {
      const feed = {
        incidents: [
          { id: 'new', title: 'Newest', updates: [{ status: 'resolved', at: '2026-05-02T10:00:00Z', body: 'Fixed.' }] },
          { id: 'old', title: 'Oldest', updates: [{ status: 'resolved', at: '2025-05-02T10:00:00Z', body: 'Fixed.' }] },
        ],
      };
      const ran = await withForcedColors(async () => {
        // a request that is never answered keeps the skeleton on screen
        const loading = await fixture<StatusBannerElement>(
          html`<status-banner poll-interval="0" src="https://status.example.com/summary.json" .request=${() => new Promise<Response>(() => {})}></status-banner>`,
        );
        const skeleton = loading.shadowRoot!.querySelector('.skeleton')!;
        expect(skeleton, 'a skeleton').to.not.equal(null);
        const bar = rgba(getComputedStyle(skeleton).backgroundColor);
        const surface = rgba(getComputedStyle(loading).backgroundColor);
        expect(bar.join(), 'the skeleton against the surface').to.not.equal(surface.join());

        const history = await fixture<IncidentHistoryElement>(
          html`<incident-history lang="en" .now=${new Date('2026-05-20T12:00:00Z')} .feed=${feed}></incident-history>`,
        );
        await settled(history);
        const previous = part(history, 'previous');
        const next = part(history, 'next');
        expect(previous.getAttribute('aria-disabled')).to.equal('true');
        expect(next.getAttribute('aria-disabled')).to.equal('false');
        expect(getComputedStyle(previous).color, 'disabled against enabled').to.not.equal(getComputedStyle(next).color);
      });
      if (!ran) this.skip();
    });
  });
});
