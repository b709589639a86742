// A feed of a format whose reader loads on demand, read by the elements from `src`: the reader
// loads, the feed shows, and feed-load names the format.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { StatusBannerElement } from '../../src/status-banner/status-banner.js';
import type { IncidentHistoryElement } from '../../src/incident-history/incident-history.js';
import type { FeedLoadEvent } from '../../src/events.js';
import { visibleText, waitFor } from '../helpers.js';

const SUMMARY = '/test/fixtures/handwritten/instatus/summary.handwritten.json';

describe('an Instatus feed in the elements', () => {
  it('the banner loads the reader, shows the state and names the format', async () => {
    const loads: FeedLoadEvent[] = [];
    const element = await fixture<StatusBannerElement>(
      html`<status-banner src=${SUMMARY} @feed-load=${(event: FeedLoadEvent) => loads.push(event)}></status-banner>`,
    );
    await waitFor(() => loads.length > 0, 4000, 'feed-load');
    expect(loads[0]!.detail.format).to.equal('instatus');
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.include('Elevated error rates on the public API');
  });

  it('the history lists its incidents, in Spanish too', async () => {
    const element = await fixture<IncidentHistoryElement>(html`<incident-history lang="es" start="latest" src=${SUMMARY}></incident-history>`);
    const text = () => visibleText(element);
    await waitFor(() => text().includes('Delays in outbound email notifications'), 4000, 'incidents shown');
    expect(text()).to.include('Elevated error rates on the public API').and.include('mar 2026');
  });
});
