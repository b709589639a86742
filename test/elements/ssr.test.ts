// The server-rendered page (status-elements/ssr, served by scripts/ssr-page-middleware.mjs) in a
// real browser: with scripts off it reads and its phases toggle; with them on it hydrates without
// touching what the server wrote, and then polls its src.
import { expect } from '@open-wc/testing';
import type { ManualClock } from '../clock.js';
import { expectInOrder, feedLog, scriptFeed, seedFeed, visibleText, waitFor } from '../helpers.js';

const NOW = '2026-05-20T12:00:00.000Z';

/** A page in an iframe, once the server's HTML is parsed (its scripts may still be running). */
async function frame(url: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.src = url;
  document.body.append(iframe);
  await waitFor(() => iframe.contentDocument?.readyState !== 'loading' && iframe.contentDocument?.querySelector('incident-history') != null, 6000, `the page ${url}`);
  return iframe;
}

afterEach(() => {
  for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
});

describe('server-rendered history', () => {
  for (const [lang, expected] of [
    ['es', ['may 2026', 'No se reportaron avisos este mes', 'abr 2026', 'Resuelto', 'Supervisando', 'Investigando']],
    ['en', ['May 2026', 'No incidents reported this month', 'Apr 2026', 'Resolved', 'Monitoring', 'Investigating']],
  ] as const) {
    it(`reads with JavaScript off (${lang}), and its phases open and close`, async () => {
      // a sandbox without allow-scripts: the page runs no script at all
      const iframe = await frame(`/__ssr__/?tag=incident-history&lang=${lang}&now=${NOW}`, 'allow-same-origin');
      const history = iframe.contentDocument!.querySelector('incident-history')!;
      expect(history.shadowRoot, 'declarative shadow DOM attached by the parser').to.not.equal(null);
      expectInOrder(visibleText(history), [...expected]);
      const timeline = history.shadowRoot!.querySelector('incident-timeline')!;
      const details = [...timeline.shadowRoot!.querySelectorAll('details')];
      expect(details.length).to.be.greaterThan(1);
      const closed = details.find((phase) => !phase.open)!;
      closed.querySelector('summary')!.click();
      await waitFor(() => closed.open, 2000, 'the phase to open');
      closed.querySelector('summary')!.click();
      await waitFor(() => !closed.open, 2000, 'the phase to close');
      expect(iframe.contentWindow!.customElements.get('incident-history'), 'no script ran').to.equal(undefined);
    });
  }

  it('hydrates with no change to what the server wrote, then polls its src', async () => {
    const url = await scriptFeed([{ json: await seedFeed(), etag: '"seed"' }]);
    const iframe = await frame(`/__ssr__/?tag=incident-history&lang=es&now=${NOW}&src=${url}&poll=60&module=/test/elements/ssr-hydrate-page.ts`);
    const win = iframe.contentWindow as Window & { __ssr?: { mutations: MutationRecord[]; clock: ManualClock; hydrated: boolean } };
    const errors = () => (win as unknown as { __ssrErrors?: string[] }).__ssrErrors ?? ['the page script did not start'];
    const trace = () => `${errors().join('; ')} | ${iframe.contentDocument?.querySelector('incident-history')?.shadowRoot?.querySelector('[part=range]')?.textContent}`;
    await waitFor(() => win.__ssr?.hydrated === true, 8000, 'hydration').catch((error: Error) => {
      throw new Error(`${error.message}: ${trace()}`);
    });
    const history = iframe.contentDocument!.querySelector('incident-history') as HTMLElement & { hasUpdated: boolean };
    expect(history.hasUpdated).to.equal(true);
    const { mutations, clock } = win.__ssr!;
    const described = mutations.map((record) => `${record.type} ${(record.target as Element).localName ?? record.target.nodeName} ${record.attributeName ?? ''}`);
    // Lit lets nested elements hydrate by removing the marker it rendered on them; nothing else moves.
    const changes = described.filter((entry) => entry !== 'attributes incident-timeline defer-hydration');
    expect(changes).to.deep.equal([]);
    expect(visibleText(history)).to.include('Supervisando');
    // the page had the data: nothing was fetched to hydrate, and the first request is the first poll
    expect(await feedLog(url)).to.have.length(0);
    expect(clock.pending().map(({ delay }) => delay)).to.deep.equal([60_000]);
    clock.advanceToNext();
    await waitFor(async () => (await feedLog(url)).length === 1, 4000, 'the first poll');
  });
});
