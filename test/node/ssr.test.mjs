// Server rendering in Node with @lit-labs/ssr: the seed feed in Spanish and in English, its text in
// the seed's order, in declarative shadow DOM, with nothing of the browser needed.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { loadSrc } from '../../scripts/load-src.mjs';
import { expectInOrder, text } from './html-text.mjs';

const { renderToString } = await loadSrc('src/ssr.ts');
const { parseFeed } = await loadSrc('src/feed/parse.ts');
const seed = JSON.parse(await readFile(new URL('../../demo/feeds/jelou.json', import.meta.url), 'utf8'));
const MAY_2026 = new Date('2026-05-20T12:00:00Z');


describe('status-elements/ssr', () => {
  it('renders a raw feed of a format read on demand (the seed as Instatus) as it renders the native seed', async () => {
    const instatus = await readFile(new URL('../fixtures/seed-instatus.json', import.meta.url), 'utf8');
    const options = { lang: 'es', timeZone: 'America/Guayaquil', now: MAY_2026 };
    const fromInstatus = text(await renderToString('incident-history', { ...options, feed: instatus }));
    expectInOrder(fromInstatus, ['abr 2026', 'Operator Connection Status Issues', 'Análisis post mortem', 'Resuelto']);
    assert.equal(fromInstatus, text(await renderToString('incident-history', { ...options, feed: seed })));
  });

  it('renders the seed history in Spanish, in the seed\'s order, into declarative shadow DOM', async () => {
    const html = await renderToString('incident-history', { feed: seed, lang: 'es', timeZone: 'America/Guayaquil', now: MAY_2026 });
    assert.match(html, /<incident-history[^>]*lang="es"/);
    assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
    expectInOrder(text(html), ['may 2026', 'No se reportaron avisos este mes', 'abr 2026', 'Resuelto', 'Supervisando', 'Investigando']);
    // phases are <details>: they open and close with no script
    assert.match(html, /<details part="phase" open/);
  });

  it('renders the seed history in English', async () => {
    const html = await renderToString('incident-history', { feed: seed, lang: 'en', timeZone: 'America/Guayaquil', now: MAY_2026 });
    expectInOrder(text(html), ['May 2026', 'No incidents reported this month', 'Apr 2026', 'Resolved', 'Monitoring', 'Investigating']);
  });

  it('renders a banner and a timeline, and leaves the feed for hydration in a block no browser runs', async () => {
    const hostile = { page: { name: 'P' }, status: { indicator: 'minor' }, incidents: [{ id: 'x', title: '</script><img src=x onerror=alert(1)>', updates: [{ status: 'investigating', at: '2026-05-20T11:00:00Z', body: '<!-- <script>alert(2)</script>' }] }] };
    const banner = await renderToString('status-banner', { feed: hostile, now: MAY_2026, src: '/feed.json', pollInterval: 30 });
    assert.match(banner, /src="\/feed.json"/);
    assert.match(banner, /poll-interval="30"/);
    assert.ok(text(banner).includes('Minor service disruption'));
    const [, json] = banner.match(/<script type="application\/json" data-status-feed>([\s\S]*?)<\/script>/);
    assert.ok(!json.includes('<'), 'no < inside the JSON block');
    assert.equal(JSON.parse(json).incidents[0].title, hostile.incidents[0].title);
    assert.ok(!/<img/i.test(banner.replace(/&lt;img/g, '')), 'the title is text, never an element');

    const timeline = await renderToString('incident-timeline', { feed: hostile, now: MAY_2026, attributes: { open: true } });
    assert.match(timeline, /<incident-timeline[^>]*\sopen\s/);
    assert.ok(text(timeline).includes('Investigating'));
  });

  it('writes attributes escaped, and drops names that are not attribute names', async () => {
    const html = await renderToString('status-banner', { feed: seed, attributes: { variant: '"><script>alert(1)</script>', 'on click': 'x', hidden: false } });
    assert.match(html, /variant="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
    assert.ok(!html.includes('on click'));
    assert.ok(!/<status-banner[^>]*\shidden/.test(html));
  });

  it('reads the feed once: the element it renders finds the parse the data block was made from', async () => {
    // a feed that counts how often its incidents are read
    const counted = () => {
      const copy = structuredClone(seed);
      const incidents = copy.incidents;
      let reads = 0;
      Object.defineProperty(copy, 'incidents', { enumerable: true, get: () => (reads++, incidents) });
      return { feed: copy, reads: () => reads };
    };
    const once = counted();
    assert.ok(parseFeed(once.feed).ok);
    assert.ok(once.reads() > 0);
    const rendered = counted();
    await renderToString('incident-history', { feed: rendered.feed, now: MAY_2026 });
    assert.equal(rendered.reads(), once.reads(), 'as many reads as one parse');
  });

  it('writes the banner link: a relative href as given, none for an unsafe one, href="" or no-link', async () => {
    const link = async (attributes) => {
      const html = await renderToString('status-banner', { feed: seed, attributes });
      return html.match(/<a part="link"[^>]*href="([^"]*)"/)?.[1];
    };
    assert.equal(await link({ href: '/status' }), '/status');
    assert.equal(await link({ href: 'https://status.example.com/' }), 'https://status.example.com/');
    assert.equal(await link({}), new URL(seed.page.url).href);
    assert.equal(await link({ href: 'javascript:alert(1)' }), undefined);
    assert.equal(await link({ href: 'java\nscript:alert(1)' }), undefined);
    assert.equal(await link({ href: '' }), undefined);
    assert.equal(await link({ 'no-link': true }), undefined);
  });

  it('refuses a tag it does not render', async () => {
    await assert.rejects(renderToString('script', { feed: seed }), /not one of status-banner, incident-history, incident-timeline/);
  });
});
