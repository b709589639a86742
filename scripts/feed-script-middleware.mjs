// A scripted feed server for the live-data tests: real HTTP, real headers, real timing.
//   PUT  /__feed__/<name>   body: {"responses":[{status?, body?, json?, delay?, etag?, lastModified?, headers?}], "repeatLast"?: true}
//        Replaces the script of feed <name>. Each GET takes the next response; the last one repeats.
//   GET  /__feed__/<name>   the next scripted response. A response with `etag` (or `lastModified`)
//        answers 304 with no body when the request's If-None-Match (If-Modified-Since) matches it.
//        A `delay` (ms) holds the answer back; `"hang": true` never answers until the client gives up;
//        `"destroy": true` drops the connection in the middle of the body.
//   GET  /__feed__/<name>/log   the requests seen so far: [{at, ifNoneMatch, ifModifiedSince, status}]
// Names are chosen by each test (with a random part), so engines running side by side never share one.
const feeds = new Map();

function readBody(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

export function feedScriptMiddleware() {
  return async function feedScript(ctx, next) {
    const match = /^\/__feed__\/([\w-]+)(\/log)?$/.exec(ctx.path);
    if (!match) return next();
    const [, name, log] = match;
    if (ctx.method === 'PUT') {
      const script = JSON.parse(await readBody(ctx.req));
      feeds.set(name, { responses: script.responses, next: 0, log: [] });
      ctx.status = 204;
      return;
    }
    const feed = feeds.get(name);
    if (!feed) {
      ctx.status = 404;
      ctx.body = `no script for feed ${name}`;
      return;
    }
    if (log) {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(feed.log);
      return;
    }
    const response = feed.responses[Math.min(feed.next, feed.responses.length - 1)] ?? { status: 404 };
    feed.next += 1;
    const entry = {
      at: Date.now(),
      ifNoneMatch: ctx.get('If-None-Match') || undefined,
      ifModifiedSince: ctx.get('If-Modified-Since') || undefined,
      status: 0,
    };
    feed.log.push(entry);
    if (response.destroy) {
      // The connection drops halfway through the answer. (Dropping it before any answer is not
      // a failure a page sees: browsers quietly retry the request on a new connection.)
      ctx.status = 200;
      ctx.respond = false;
      const socket = ctx.req.socket;
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{"page": {');
      setTimeout(() => socket.destroy(), 20);
      return;
    }
    if (response.hang) {
      await new Promise((resolve) => ctx.req.on('close', resolve));
      // The client gave up: nothing more to send. (A status keeps the server from logging Koa's default 404.)
      ctx.status = 204;
      ctx.respond = false;
      return;
    }
    if (response.delay) await new Promise((resolve) => setTimeout(resolve, response.delay));
    ctx.set('Cache-Control', 'no-store');
    for (const [header, value] of Object.entries(response.headers ?? {})) ctx.set(header, String(value));
    if (response.etag) ctx.set('ETag', response.etag);
    if (response.lastModified) ctx.set('Last-Modified', response.lastModified);
    const fresh =
      (response.etag && entry.ifNoneMatch === response.etag) ||
      (response.lastModified && !response.etag && entry.ifModifiedSince === response.lastModified);
    if (fresh) {
      ctx.status = 304;
      entry.status = 304;
      return;
    }
    ctx.status = response.status ?? 200;
    entry.status = ctx.status;
    ctx.type = 'application/json';
    ctx.body = response.json !== undefined ? JSON.stringify(response.json) : (response.body ?? '');
  };
}
