// The elements in a real browser, pointed at the feed proxy running in workerd (Cloudflare's own
// runtime, through miniflare; scripts/proxy-test-plugin.mjs), in front of an Uptime Kuma page that
// sends no CORS header: the browser cannot read the page itself, and reads it through the proxy,
// as native JSON that needs no reader of its own.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { parseFeed } from '../../src/feed/index.js';
import type { FeedLoadEvent } from '../../src/events.js';
import type { StatusBannerElement } from '../../src/status-banner/status-banner.js';
import { en } from '../../src/i18n/locales/en.js';
import { loadJson, settled, visibleText, waitFor } from '../helpers.js';

const { proxy, upstream } = (await loadJson('/__proxy__')) as { proxy: string; upstream: string };

describe('the elements through the feed proxy in workerd', () => {
  it('the Uptime Kuma page itself cannot be read from this origin: it sends no CORS header', async () => {
    let failed: unknown;
    try {
      await fetch(`${upstream}/api/status-page/demo`);
    } catch (error) {
      failed = error;
    }
    expect(failed).to.be.instanceOf(TypeError);
  });

  it('through the proxy, the banner and the history show it, with no reader loaded', async () => {
    const src = `${proxy}/kuma.json`;
    const served = parseFeed(await (await fetch(src)).text());
    if (!served.ok) throw new Error(served.error.message);
    expect(served.format).to.equal('native');
    const monitors = served.feed.components.map((component) => component.name);
    expect(monitors.length).to.be.greaterThan(1);

    const loads: FeedLoadEvent[] = [];
    const host = await fixture<HTMLElement>(html`<div lang="en" @feed-load=${(event: FeedLoadEvent) => loads.push(event)}>
      <status-banner src=${src}></status-banner>
      <incident-history src=${src} start="latest" time-zone="UTC"></incident-history>
    </div>`);
    await waitFor(() => loads.length === 2, 4000, 'both elements to load');
    const [banner, history] = [...host.children] as [StatusBannerElement, HTMLElement];
    await settled(banner);
    await settled(history);
    expect(loads.map((event) => event.detail.format)).to.deep.equal(['native', 'native']);
    expect(banner.shadowRoot!.querySelector('[part~="label"]')!.textContent!.trim()).to.equal(en.terms.indicator[served.feed.status.indicator]);
    // names from the status page endpoint, states from the heartbeat one, merged by the proxy
    expect(loads[0]!.detail.feed.components.map((component) => component.name)).to.deep.equal(monitors);
    for (const incident of served.feed.incidents) expect(visibleText(history)).to.include(incident.title);
    const readers = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/feed/adapters/uptime-kuma'));
    expect(readers, 'no Uptime Kuma reader was loaded').to.deep.equal([]);
  });
});
