/**
 * The formats a feed can be read as, and where each reader comes from. Native and Statuspage are
 * built in; every other reader is a module of its own, loaded the first time a feed of its format
 * is met (in the CDN build, a file beside the module), so a page pays only for the formats it reads.
 * In Node or a bundler, importing `status-elements/feed/formats/<name>` registers one at once.
 */
import type { FeedResult } from './result.js';

/** Every format read; `auto` tells them apart by shape (detect.ts). */
export const READ_FORMATS = [
  'native',
  'statuspage',
  'instatus',
  'cstate',
  'upptime',
  'uptime-kuma',
  'betterstack',
  'statusio',
  'cachet',
  'openstatus',
  'sorry',
  'gatus',
] as const;

/** The format a feed was read as: what `format="auto"` found, or the one named. */
export type ReadFormat = (typeof READ_FORMATS)[number];

/** What a reader is given besides the JSON. */
export interface AdaptOptions {
  /**
   * The IANA zone in which times without an offset are read when the feed does not say its own
   * (Cachet and Uptime Kuma write SQL times with no zone); without it, UTC, with an issue saying so.
   */
  feedTimeZone?: string;
}

/** A format's reader: raw JSON (already parsed) to the normalized feed. Pure; never throws on bad data. */
export type FeedAdapter = (input: unknown, options: AdaptOptions) => FeedResult;

const adapters = new Map<ReadFormat, FeedAdapter>();

type AdapterModule = { adapter: FeedAdapter };

/** The readers that load on demand. */
const loaders: Partial<Record<ReadFormat, () => Promise<AdapterModule>>> = {
  instatus: () => import('./adapters/instatus.js'),
  cstate: () => import('./adapters/cstate.js'),
  upptime: () => import('./adapters/upptime.js'),
  'uptime-kuma': () => import('./adapters/uptime-kuma.js'),
  betterstack: () => import('./adapters/betterstack.js'),
  statusio: () => import('./adapters/statusio.js'),
  cachet: () => import('./adapters/cachet.js'),
  openstatus: () => import('./adapters/openstatus.js'),
  sorry: () => import('./adapters/sorry.js'),
  gatus: () => import('./adapters/gatus.js'),
};

const pending = new Map<ReadFormat, Promise<boolean>>();

export function registerFeedAdapter(format: ReadFormat, adapter: FeedAdapter): void {
  adapters.set(format, adapter);
}

export function feedAdapter(format: ReadFormat): FeedAdapter | undefined {
  return adapters.get(format);
}

/**
 * Loads the reader of a format once, however many feeds ask; true once it is here. A reader that
 * does not load (offline, a self-hosted copy without its `formats/` folder) is tried again by the
 * next feed that needs it.
 */
export function loadFeedFormat(format: ReadFormat): Promise<boolean> {
  if (adapters.has(format)) return Promise.resolve(true);
  const load = loaders[format];
  if (!load) return Promise.resolve(false);
  let loading = pending.get(format);
  if (!loading) {
    loading = load().then(
      (module) => (registerFeedAdapter(format, module.adapter), true),
      () => (pending.delete(format), false),
    );
    pending.set(format, loading);
  }
  return loading;
}
