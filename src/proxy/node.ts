/// <reference types="node" />
/**
 * `status-elements/proxy/node`: the feed proxy on Node's own `node:http`, for a server without an
 * edge platform. Each request becomes a Fetch `Request`, each answer is written back as it is.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { FeedProxy } from './index.js';

export interface ServeOptions {
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1; `0.0.0.0` to serve other machines. */
  host?: string;
}

export interface ServedProxy {
  /** Where it listens, e.g. `http://127.0.0.1:8787`. */
  url: string;
  close(): Promise<void>;
}

function toRequest(message: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  // The path as sent, after the origin: resolved as a URL, "//host/x" would name another host.
  // The proxy serves reads only: a body is never read, so none is passed on.
  return new Request(`${origin}${message.url?.startsWith('/') ? message.url : '/'}`, { method: message.method, headers });
}

async function send(response: Response, reply: ServerResponse): Promise<void> {
  reply.writeHead(response.status, Object.fromEntries(response.headers));
  reply.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}

export function serveFeedProxy(proxy: FeedProxy, options: ServeOptions = {}): Promise<ServedProxy> {
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    let origin = '';
    const server = createServer((message, reply) => {
      proxy
        .fetch(toRequest(message, origin))
        .then((response) => send(response, reply))
        .catch((error: unknown) => {
          // the proxy answers every request itself; this is a bug, said once per request
          reply.writeHead(500, { 'content-type': 'text/plain' });
          reply.end(`status-elements proxy: ${error instanceof Error ? error.message : String(error)}`);
        });
    });
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
      resolve({
        url: origin,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
