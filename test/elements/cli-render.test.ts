// The page `status-elements render` writes (the seed in Spanish, committed by
// scripts/render-seed-page.mjs and checked against a fresh render by test/node/cli.test.mjs), read
// in a browser with JavaScript off: a frame sandboxed without allow-scripts runs no script at all.
import { expect } from '@open-wc/testing';
import { expectInOrder, visibleText, waitFor } from '../helpers.js';

const PAGE = '/test/fixtures/seed-page.es.html';

/** The page in a sandboxed frame that runs nothing, once its parser is done. */
async function scriptlessFrame(url: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  // allow-same-origin only, so the test can read the frame's DOM
  iframe.setAttribute('sandbox', 'allow-same-origin');
  iframe.src = url;
  document.body.append(iframe);
  await waitFor(() => iframe.contentDocument?.readyState === 'complete' && iframe.contentDocument.querySelector('incident-history') != null, 6000, `the page ${url}`);
  return iframe;
}

afterEach(() => {
  for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
});

describe('the page status-elements render writes', () => {
  it('reads in Spanish, in the seed\'s order, with JavaScript off, and its phases open and close', async () => {
    const iframe = await scriptlessFrame(PAGE);
    const page = iframe.contentDocument!;
    expect(page.documentElement.lang).to.equal('es');
    expect(page.title).to.equal('Jelou');
    const history = page.querySelector('incident-history')!;
    expect(history.shadowRoot, 'declarative shadow DOM attached by the parser').to.not.equal(null);
    expectInOrder(visibleText(page.body), [
      'Jelou',
      'may 2026',
      'No se reportaron avisos este mes',
      'abr 2026',
      'Operator Connection Status Issues',
      'Resuelto',
      'Supervisando',
      'Investigando',
    ]);

    const timeline = history.shadowRoot!.querySelector('incident-timeline')!;
    const phases = [...timeline.shadowRoot!.querySelectorAll('details')];
    expect(phases.length).to.be.greaterThan(1);
    const closed = phases.find((phase) => !phase.open)!;
    const summary = closed.querySelector('summary')!;
    expect(visibleText(closed)).to.equal(visibleText(summary));
    summary.click();
    await waitFor(() => closed.open, 2000, 'the phase to open');
    expect(visibleText(closed).length).to.be.greaterThan(visibleText(summary).length);
    summary.click();
    await waitFor(() => !closed.open, 2000, 'the phase to close');

    // nothing ran: the elements were never defined in the frame, and the only script is the feed's data
    expect(iframe.contentWindow!.customElements.get('incident-history'), 'no script ran').to.equal(undefined);
    // the test server adds a script of its own to every page it serves (it cannot run here either)
    const scripts = [...page.querySelectorAll('script')].filter((script) => !script.src.includes('/__web-dev-server'));
    expect(scripts.map((script) => script.type)).to.deep.equal(['application/json']);
  });
});
