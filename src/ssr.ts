/**
 * Server rendering: `status-elements/ssr` renders the elements in Node (or any server runtime Lit
 * SSR supports) from a feed you already have, into declarative shadow DOM. The HTML reads with
 * JavaScript off, and its phases open and close, being `<details>`; in the browser, load
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` before the elements and they hydrate,
 * then go live (a `src` starts polling once they are on the page).
 *
 * Needs `@lit-labs/ssr` installed beside this package (a peer dependency).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { parseOnce } from './internal/parse-once.js';
import { loadFeedFormat } from './feed/formats.js';
import { loadLocale } from './i18n/locales.js';
import './define.js';

export type ServerRenderedTag = 'status-banner' | 'incident-history' | 'incident-timeline';
const TAGS: readonly ServerRenderedTag[] = ['status-banner', 'incident-history', 'incident-timeline'];

export interface ServerRenderOptions {
  /** The feed, raw JSON text or a parsed object in any supported format, or a normalized feed. */
  feed: unknown;
  /** The reader's language (`lang` of the element); default English. */
  lang?: string;
  /** IANA time zone of the times shown; default UTC, since a server has no viewer's zone. */
  timeZone?: string;
  /** The moment rendered (the current month, "5 minutes ago"); default now. */
  now?: Date;
  /**
   * Where the live element keeps the feed fresh after hydration: its `src` (and `poll-interval`).
   * The server never fetches it; it renders `feed`.
   */
  src?: string;
  pollInterval?: number;
  /** Other attributes of the element, written as given (escaped): `months-per-page`, `variant`… */
  attributes?: Record<string, string | number | boolean>;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The element's HTML with its shadow root, e.g. to put in a page a server sends. */
export async function renderToString(tag: ServerRenderedTag, options: ServerRenderOptions): Promise<string> {
  if (!TAGS.includes(tag)) throw new TypeError(`renderToString: "${String(tag)}" is not one of ${TAGS.join(', ')}`);
  // Written into the tag itself, so names are checked and values escaped here.
  const attributes = Object.entries(options.attributes ?? {})
    .filter(([name, value]) => ATTRIBUTE_NAME.test(name) && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
    .join('');
  // The normalized feed goes into the page with the HTML, for the element to hydrate from. As
  // JSON in a script block no browser runs, with every `<` escaped so no text can end the block.
  // read once: the element rendered below finds this result by the feed's identity
  let parsed = parseOnce(options.feed, 'auto');
  // a format whose reader loads on demand: loaded here, then read (and cached) as the element will
  if (!parsed.ok && parsed.error.format && (await loadFeedFormat(parsed.error.format))) parsed = parseOnce(options.feed, 'auto');
  const data = parsed.ok
    ? `<script type="application/json" data-status-feed>${JSON.stringify(parsed.feed).replace(/</g, '\\u003c')}</script>`
    : '';
  // the element is one of three names and its attributes are checked and escaped (above)
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  // a pack that loads on demand in a browser is loaded before rendering here
  await loadLocale(options.lang ?? 'en');
  const name = unsafeStatic(tag);
  const template = html`<${name}
    lang=${options.lang ?? 'en'}
    time-zone=${options.timeZone ?? 'UTC'}
    src=${options.src ?? nothing}
    poll-interval=${options.pollInterval ?? nothing}
    .feed=${options.feed}
    .now=${options.now}
    ${unsafeStatic(attributes)}
  ></${name}>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  const rendered = await collectResult(render(template));
  // The data goes last inside the element, in its light DOM, which hydration leaves alone.
  const end = rendered.lastIndexOf(`</${tag}>`);
  return `${rendered.slice(0, end)}${data}${rendered.slice(end)}`;
}
