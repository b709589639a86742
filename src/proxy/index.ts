/**
 * `status-elements/proxy`: a feed proxy written only against the Fetch API (`Request` in,
 * `Response` out), so it runs unchanged as a Cloudflare Worker (`export default proxy`), in Deno,
 * Bun, Node (`status-elements/proxy/node`) and behind any framework that takes a fetch handler.
 *
 * Each configured route names one page's upstream endpoints. The proxy fetches them at most once
 * per interval however many viewers ask (one request in flight per route; the platform's Cache
 * API shares the result between a Worker's isolates), reads them with the library's readers,
 * merges them, and answers with the native JSON of the merged feed, so the elements pointed at it
 * need no reader of their own. Viewers get an ETag and a 304 for it, and `Cache-Control` with
 * `stale-while-revalidate` and `stale-if-error`.
 *
 * When an upstream fails or sends something unreadable, the last good feed is served, marked
 * stale (the `X-Feed-Stale` header, and `page.updatedAt` at the time it was last read). An
 * upstream's own error page is never passed on as data.
 *
 * It is not an open proxy: only the configured routes are served, and nothing in a request can
 * name or change an upstream URL. Upstream bodies, times and redirects are bounded, a redirect is
 * followed only to a host the route names, loopback, private and link-local addresses are refused
 * unless the route allows them, and no header of a viewer's request is ever sent upstream: the
 * proxy sends its own `Accept`, `User-Agent` and validators, and the route's configured headers.
 */
import type { StatusFeed } from '../feed/model.js';
import { FEED_FORMATS, parseFeedAsync, type FeedFormat } from '../feed/parse.js';
import { mergeFeeds } from '../feed/merge.js';
import { addressKind } from './addresses.js';

export interface ProxyRoute {
  /** The page's endpoint, or several endpoints of one page (merged as a space-separated `src` is). */
  upstream: string | readonly string[];
  /** The upstream's format; default `auto`. */
  format?: FeedFormat;
  /** The zone of the upstream's times without an offset (Cachet), as `feed-time-zone`. */
  feedTimeZone?: string;
  /** Seconds a feed read from the upstream is served before it is read again. Default 60. */
  interval?: number;
  /** Lets this route reach loopback, private and link-local addresses (a self-hosted page on your network). */
  allowPrivate?: boolean;
  /** Headers sent with every upstream request of this route (an API token), as configured. */
  headers?: Readonly<Record<string, string>>;
}

export interface FeedProxyOptions {
  /** Path (`/status.json`) → route. Only these paths are served. */
  routes: Readonly<Record<string, ProxyRoute>>;
  /** Origins allowed to read the feeds from a browser: `*` (the default) or a list (`https://example.com`). */
  allowOrigins?: '*' | readonly string[];
  /** The largest upstream body read, in bytes. Default 5 MB. */
  maxBytes?: number;
  /** Milliseconds an upstream has to answer in full. Default 10 000. */
  timeout?: number;
  /** Redirects followed per upstream request, each to a host the route names. Default 3. */
  maxRedirects?: number;
  /** Seconds a browser or CDN may serve an old copy while it revalidates. Default 60. */
  staleWhileRevalidate?: number;
  /** Seconds a browser or CDN may serve an old copy when the proxy fails. Default 86 400. */
  staleIfError?: number;
  /** Where upstream requests go; default the global `fetch`. */
  fetch?: typeof fetch;
  /** The clock (ms since the epoch); default `Date.now`. */
  now?: () => number;
  /** `auto` (default): share feeds through the platform's Cache API where there is one; `memory`: this process only. */
  cache?: 'auto' | 'memory';
}

export interface FeedProxy {
  fetch(request: Request): Promise<Response>;
}

const SCHEMA = 'https://status-elements.dev/status-feed.schema.json';
const ROUTE_PATH = /^\/[A-Za-z0-9._~!$&'()*+,;=:@/-]*$/;

interface Upstream {
  url: string;
  etag?: string;
  lastModified?: string;
  feed?: StatusFeed;
}

interface RouteState {
  path: string;
  route: ProxyRoute;
  interval: number;
  hosts: Set<string>;
  upstreams: Upstream[];
  /** The answer served now, and when it was made. */
  body?: string;
  etag?: string;
  checkedAt?: number;
  /** When every upstream was last read without a failure. */
  goodAt?: number;
  stale?: string;
  refreshing?: Promise<void>;
}

/** Why a configuration cannot be served, in one sentence a person can act on. */
function configError(message: string): Error {
  return new Error(`status-elements proxy: ${message}`);
}

function checkUpstream(path: string, route: ProxyRoute, text: unknown): URL {
  let url: URL;
  try {
    url = new URL(String(text));
  } catch {
    throw configError(`route ${path}: upstream ${JSON.stringify(text)} is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw configError(`route ${path}: upstream ${url.href} is not http or https`);
  if (url.username || url.password)
    throw configError(`route ${path}: upstream ${url.origin} carries credentials in its URL; send them in the route's headers`);
  const kind = addressKind(url.hostname);
  if (kind && !route.allowPrivate)
    throw configError(`route ${path}: upstream ${url.href} is a ${kind} address; set allowPrivate: true on the route if you mean it`);
  return url;
}

function routeStates(options: FeedProxyOptions): Map<string, RouteState> {
  const { routes } = options;
  if (!routes || typeof routes !== 'object' || Object.keys(routes).length === 0)
    throw configError('no routes: give routes, e.g. { "/status.json": { "upstream": "https://status.example.com/api/v2/summary.json" } }');
  const states = new Map<string, RouteState>();
  for (const [path, route] of Object.entries(routes)) {
    if (!ROUTE_PATH.test(path) || path.includes('//') || path.split('/').some((part) => part === '.' || part === '..'))
      throw configError(`route ${JSON.stringify(path)}: a path starts with "/" and has no "//", "." or ".." parts, no "%", "?" or "#"`);
    if (!route || typeof route !== 'object') throw configError(`route ${path}: expected an object with an upstream`);
    const list = typeof route.upstream === 'string' ? [route.upstream] : route.upstream;
    if (!Array.isArray(list) || list.length === 0) throw configError(`route ${path}: upstream must be a URL or a list of URLs`);
    const urls = list.map((text) => checkUpstream(path, route, text));
    if (route.format !== undefined && !FEED_FORMATS.includes(route.format))
      throw configError(`route ${path}: format ${JSON.stringify(route.format)} is not one of ${FEED_FORMATS.join(', ')}`);
    const interval = route.interval ?? 60;
    if (typeof interval !== 'number' || !(interval > 0)) throw configError(`route ${path}: interval must be a number of seconds above 0`);
    for (const [name, value] of Object.entries(route.headers ?? {}))
      if (typeof value !== 'string' || !/^[A-Za-z0-9-]+$/.test(name)) throw configError(`route ${path}: header ${JSON.stringify(name)} must be a name with a text value`);
    states.set(path, { path, route, interval, hosts: new Set(urls.map((url) => url.host)), upstreams: urls.map((url) => ({ url: url.href })) });
  }
  return states;
}

function checkOrigins(origins: FeedProxyOptions['allowOrigins']): '*' | Set<string> {
  if (origins === undefined || origins === '*') return '*';
  if (!Array.isArray(origins)) throw configError('allowOrigins must be "*" or a list of origins');
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    if (!parsed || parsed.origin !== origin)
      throw configError(`allowOrigins: ${JSON.stringify(origin)} is not an origin (scheme, host and port only, e.g. "https://example.com")`);
  }
  return new Set(origins);
}

/** A body read whole, refused past `limit` bytes. */
async function readLimited(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) throw new Error(`the body is over ${limit} bytes (${declared})`);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`the body is over ${limit} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) bytes.set(chunk, (at += chunk.byteLength) - chunk.byteLength);
  return new TextDecoder().decode(bytes);
}

async function digest(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(hash).slice(0, 12)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

const platformCache = (): Cache | undefined =>
  (globalThis as { caches?: { default?: Cache } }).caches?.default;

export function createFeedProxy(options: FeedProxyOptions): FeedProxy {
  const states = routeStates(options);
  const origins = checkOrigins(options.allowOrigins);
  const maxBytes = options.maxBytes ?? 5_000_000;
  const timeout = options.timeout ?? 10_000;
  const maxRedirects = options.maxRedirects ?? 3;
  const swr = options.staleWhileRevalidate ?? 60;
  const sie = options.staleIfError ?? 86_400;
  const now = options.now ?? Date.now;
  const upstreamFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const useCache = options.cache !== 'memory';

  /** One upstream request, redirects followed only to the route's hosts and allowed addresses. */
  async function request(state: RouteState, upstream: Upstream): Promise<Response> {
    let url = new URL(upstream.url);
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': 'status-elements-proxy',
      ...state.route.headers,
    };
    if (upstream.feed && upstream.etag) headers['if-none-match'] = upstream.etag;
    if (upstream.feed && upstream.lastModified) headers['if-modified-since'] = upstream.lastModified;
    for (let redirects = 0; ; redirects++) {
      const response = await upstreamFetch(url.href, { headers, redirect: 'manual', signal: AbortSignal.timeout(timeout) });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status > 399 || response.status === 304 || !location) return response;
      await response.body?.cancel();
      const next = new URL(location, url);
      if (redirects >= maxRedirects) throw new Error(`more than ${maxRedirects} redirects`);
      if ((next.protocol !== 'https:' && next.protocol !== 'http:') || !state.hosts.has(next.host))
        throw new Error(`a redirect to ${next.origin}, which is not a host of this route, was refused`);
      const kind = addressKind(next.hostname);
      if (kind && !state.route.allowPrivate) throw new Error(`a redirect to a ${kind} address was refused`);
      url = next;
    }
  }

  /** Reads one upstream; its last good feed stays when this read fails. */
  async function readUpstream(state: RouteState, upstream: Upstream): Promise<string | undefined> {
    try {
      const response = await request(state, upstream);
      if (response.status === 304 && upstream.feed) return undefined;
      if (!response.ok) {
        await response.body?.cancel();
        return `HTTP ${response.status} from ${upstream.url}`;
      }
      const text = await readLimited(response, maxBytes);
      const result = await parseFeedAsync(text, { format: state.route.format, feedTimeZone: state.route.feedTimeZone });
      if (!result.ok) return `${upstream.url}: ${result.error.message}`;
      upstream.feed = result.feed;
      upstream.etag = response.headers.get('etag') ?? undefined;
      upstream.lastModified = response.headers.get('last-modified') ?? undefined;
      return undefined;
    } catch (error) {
      const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeout} ms` : error instanceof Error ? error.message : String(error);
      return `${upstream.url}: ${reason}`;
    }
  }

  const cacheKey = (state: RouteState) => `https://status-elements-proxy.invalid${state.path}`;

  /** Another isolate's answer for this route, if it is younger than the interval (Workers' Cache API). */
  async function fromCache(state: RouteState): Promise<boolean> {
    const cache = useCache ? platformCache() : undefined;
    const cached = await cache?.match(cacheKey(state));
    const checkedAt = Number(cached?.headers.get('x-feed-checked-at'));
    if (!cached || !(now() - checkedAt < state.interval * 1000)) return false;
    state.body = await cached.text();
    state.etag = cached.headers.get('etag') ?? undefined;
    state.stale = cached.headers.get('x-feed-stale') ?? undefined;
    state.checkedAt = checkedAt;
    return true;
  }

  async function refresh(state: RouteState): Promise<void> {
    if (await fromCache(state)) return;
    const failures = (await Promise.all(state.upstreams.map((upstream) => readUpstream(state, upstream)))).filter(
      (failure): failure is string => failure !== undefined,
    );
    state.checkedAt = now();
    const feeds = state.upstreams.flatMap((upstream) => (upstream.feed ? [upstream.feed] : []));
    state.stale = failures.length > 0 ? failures.join('; ') : undefined;
    if (feeds.length === 0) {
      state.body = state.etag = undefined;
      return;
    }
    if (!state.stale) state.goodAt = state.checkedAt;
    const merged = mergeFeeds(feeds);
    const page = { ...merged.page };
    // stale: what is served is the feed as it was when last read whole
    if (state.stale && state.goodAt !== undefined) page.updatedAt = new Date(state.goodAt).toISOString();
    const body = JSON.stringify({ $schema: SCHEMA, ...merged, page });
    if (body !== state.body) {
      state.body = body;
      state.etag = `"${await digest(body)}"`;
    }
    const cache = useCache ? platformCache() : undefined;
    if (cache) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'cache-control': `max-age=${state.interval}`,
        etag: state.etag!,
        'x-feed-checked-at': String(state.checkedAt),
      };
      if (state.stale) headers['x-feed-stale'] = state.stale;
      await cache.put(cacheKey(state), new Response(body, { headers })).catch(() => undefined);
    }
  }

  /** The route's answer, read again first if it is older than the interval: once, however many ask. */
  async function current(state: RouteState): Promise<void> {
    if (state.checkedAt !== undefined && now() - state.checkedAt < state.interval * 1000) return;
    state.refreshing ??= refresh(state).finally(() => (state.refreshing = undefined));
    await state.refreshing;
  }

  function corsHeaders(request: Request): Record<string, string> {
    const origin = request.headers.get('origin');
    if (origins === '*') return { 'access-control-allow-origin': '*' };
    const headers: Record<string, string> = { vary: 'Origin' };
    if (origin && origins.has(origin)) headers['access-control-allow-origin'] = origin;
    return headers;
  }

  const json = (status: number, body: unknown, headers: Record<string, string>) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers } });

  return {
    async fetch(request: Request): Promise<Response> {
      const cors = corsHeaders(request);
      const url = new URL(request.url);
      const state = states.get(url.pathname);
      if (request.method === 'OPTIONS') {
        const allowed = 'access-control-allow-origin' in cors && state;
        return new Response(null, {
          status: allowed ? 204 : 403,
          headers: allowed
            ? {
                ...cors,
                'access-control-allow-methods': 'GET, HEAD, OPTIONS',
                'access-control-allow-headers': 'if-none-match, if-modified-since, cache-control',
                'access-control-max-age': '86400',
              }
            : cors,
        });
      }
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return json(405, { error: `${request.method} is not served: GET, HEAD or OPTIONS` }, { ...cors, allow: 'GET, HEAD, OPTIONS' });
      if (!state) return json(404, { error: `No feed is served at ${url.pathname}` }, cors);

      await current(state);
      if (!state.body)
        return json(502, { error: `The upstream of ${state.path} could not be read: ${state.stale ?? 'no data yet'}` }, cors);
      const age = Math.max(0, Math.floor((now() - state.checkedAt!) / 1000));
      const headers: Record<string, string> = {
        ...cors,
        'content-type': 'application/json; charset=utf-8',
        'cache-control': `public, max-age=${Math.max(0, state.interval - age)}, stale-while-revalidate=${swr}, stale-if-error=${sie}`,
        etag: state.etag!,
        'access-control-expose-headers': 'etag, x-feed-stale',
      };
      // an error message may hold characters a header cannot
      if (state.stale) headers['x-feed-stale'] = state.stale.replace(/[^\x20-\x7e]/g, '?').slice(0, 500);
      const match = request.headers.get('if-none-match');
      if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === state.etag))
        return new Response(null, { status: 304, headers });
      return new Response(request.method === 'HEAD' ? null : state.body, { status: 200, headers });
    },
  };
}
