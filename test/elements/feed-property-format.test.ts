// A raw feed given as `.feed`, of a format whose reader is not loaded yet: the element loads the
// reader itself and then shows the feed. Alone in its file, so that no other test has loaded it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { parseFeed } from '../../src/feed/index.js';
import type { StatusBannerElement } from '../../src/status-banner/status-banner.js';
import { loadJson, visibleText, waitFor } from '../helpers.js';

describe('a raw .feed of a format read on demand', () => {
  it('loads its reader, then shows it', async () => {
    const raw = await loadJson('/test/fixtures/handwritten/instatus/summary.handwritten.json');
    // not loaded yet: what a page has before the element asks for it
    const before = parseFeed(raw);
    expect(before.ok || before.error.format).to.equal('instatus');
    const element = await fixture<StatusBannerElement>(html`<status-banner lang="en" .feed=${raw}></status-banner>`);
    await waitFor(() => visibleText(element).includes('Elevated error rates on the public API'), 4000, 'the feed shown');
    expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part~="label"]')!.textContent!.trim()).to.equal('Major service outage');
  });
});
