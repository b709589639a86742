// Pages rendered on the server with status-elements/ssr, for the tests that read them with
// JavaScript off and hydrate them with it on (test/elements/ssr.test.ts), and for the demo.
//   GET /__ssr__/?tag=incident-history&lang=es&now=ISO&src=URL&poll=S&module=/test/<path>.ts
// The feed rendered is the seed's; `module`, if given, is the page's only script.
import { readFile } from 'node:fs/promises';
import { loadSrc } from './load-src.mjs';

let ssr;
const TAGS = new Set(['status-banner', 'incident-history', 'incident-timeline']);

export function ssrPageMiddleware() {
  return async function ssrPage(ctx, next) {
    if (ctx.path !== '/__ssr__/') return next();
    const { tag = 'incident-history', lang = 'en', now, src, poll, module, zone = 'America/Guayaquil' } = ctx.query;
    if (!TAGS.has(tag) || (module && !/^\/test\/[\w/-]+\.ts$/.test(module)) || (src && !/^\/__feed__\/[\w-]+$/.test(src))) {
      ctx.status = 400;
      ctx.body = 'tag must be an element of this package, module a path like /test/x.ts, src a scripted feed';
      return;
    }
    ssr ??= loadSrc('src/ssr.ts');
    const { renderToString } = await ssr;
    const feed = JSON.parse(await readFile(new URL('../demo/feeds/jelou.json', import.meta.url), 'utf8'));
    const body = await renderToString(tag, {
      feed,
      lang: String(lang),
      timeZone: String(zone),
      now: now ? new Date(String(now)) : new Date(),
      src: src ? String(src) : undefined,
      pollInterval: poll ? Number(poll) : undefined,
    });
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    ctx.body =
      `<!doctype html><html lang="${lang === 'es' ? 'es' : 'en'}"><head><meta charset="utf-8"><title>server-rendered</title></head>` +
      `<body>${body}${module ? `<script type="module" src="${module}"></script>` : ''}</body></html>`;
  };
}
