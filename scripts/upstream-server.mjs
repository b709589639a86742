// A status page's server for the proxy's tests: each path answers a scripted list of responses in
// turn (the last one again once the list is used up), sends no CORS header, and logs every request.
//   script(path, responses)   responses: { json?, body?, status?, headers?, hang?, size? }
//   log(path)                 [{ ifNoneMatch, status }]
import { createServer } from 'node:http';

export async function startUpstream() {
  const scripts = new Map();
  const logs = new Map();
  const hanging = new Set();
  const server = createServer((request, reply) => {
    const path = new URL(request.url, 'http://upstream').pathname;
    const list = scripts.get(path);
    const log = logs.get(path) ?? [];
    logs.set(path, log);
    if (!list) {
      log.push({ status: 404 });
      reply.writeHead(404, { 'content-type': 'text/plain' }).end('not scripted');
      return;
    }
    const response = list.length > 1 ? list.shift() : list[0];
    const status = response.status ?? 200;
    log.push({ ifNoneMatch: request.headers['if-none-match'], status: response.hang ? 'hang' : status, headers: request.headers });
    if (response.hang) {
      hanging.add(reply);
      return;
    }
    const headers = { 'content-type': 'application/json', ...response.headers };
    if (response.size) {
      // a body larger than any limit, sent without a length so only counting finds it out
      reply.writeHead(status, headers);
      const chunk = Buffer.alloc(64 * 1024, 32);
      let sent = 0;
      const pump = () => {
        while (sent < response.size) {
          sent += chunk.length;
          if (!reply.write(chunk)) return void reply.once('drain', pump);
        }
        reply.end();
      };
      reply.on('error', () => {});
      pump();
      return;
    }
    const body = response.json !== undefined ? JSON.stringify(response.json) : (response.body ?? '');
    reply.writeHead(status, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    script(path, responses) {
      scripts.set(path, [...responses]);
      logs.set(path, []);
      return `${origin}${path}`;
    },
    log: (path) => logs.get(path) ?? [],
    close: () =>
      new Promise((resolve) => {
        for (const reply of hanging) reply.destroy();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
