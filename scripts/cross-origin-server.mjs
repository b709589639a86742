// A second origin for the browser tests: a plain HTTP server on another port of 127.0.0.1 (the
// test pages load from localhost), so a request to it is cross-origin, as a feed on another site is.
//   GET <origin>/feed.json            a Statuspage summary from the corpus, with no CORS headers (a browser blocks it)
//   GET <origin>/feed.json?cors=1     the same, with Access-Control-Allow-Origin: *
// The test pages learn the origin from GET /__cross-origin__ on their own server.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const FEED = readFileSync(new URL('../test/fixtures/corpus/statuspage/gitdown__summary.json', import.meta.url));

export function crossOriginPlugin() {
  let server;
  let origin;
  return {
    name: 'cross-origin-server',
    async serverStart() {
      server = createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        if (url.pathname !== '/feed.json') {
          res.writeHead(404).end();
          return;
        }
        const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
        if (url.searchParams.has('cors')) headers['Access-Control-Allow-Origin'] = '*';
        res.writeHead(200, headers).end(FEED);
      });
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
      origin = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      await new Promise((resolve) => server?.close(() => resolve()));
    },
    serve(context) {
      if (context.path === '/__cross-origin__') return { body: JSON.stringify({ origin }), type: 'json' };
      return undefined;
    },
  };
}
