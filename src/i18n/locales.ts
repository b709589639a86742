/**
 * Which locale packs exist and how they arrive. English is built in; the others load on demand
 * the first time an element needs them, so a page pays only for the languages it shows.
 * A page may also register a pack of its own (`registerLocale`), e.g. one it wrote itself.
 */
import { en } from './locales/en.js';
import type { LocalePack } from './terms.js';

const packs = new Map<string, LocalePack>([[en.code, en]]);

/** Packs shipped with the library, by language tag, loaded when first asked for. */
const loaders: Record<string, () => Promise<{ default: LocalePack }>> = {
  es: () => import('./locales/es.js'),
};

const pending = new Map<string, Promise<LocalePack | undefined>>();

export function registerLocale(pack: LocalePack): void {
  packs.set(pack.code.toLowerCase(), pack);
}

/** Candidate tags for a language, most specific first: `es-MX` → `es-mx`, `es`. */
function candidates(lang: string): string[] {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0] ?? tag;
  return base === tag ? [tag] : [tag, base];
}

/** The pack for `lang` if it is already here; `undefined` if it must load first or does not exist. */
export function findLocale(lang: string): LocalePack | undefined {
  for (const tag of candidates(lang)) {
    const pack = packs.get(tag);
    if (pack) return pack;
  }
  return undefined;
}

/** True when a pack for `lang` ships with the library but has not loaded yet. */
export function canLoadLocale(lang: string): boolean {
  return !findLocale(lang) && candidates(lang).some((tag) => tag in loaders);
}

/** Loads the shipped pack for `lang` once, however many elements ask. */
export function loadLocale(lang: string): Promise<LocalePack | undefined> {
  const found = findLocale(lang);
  if (found) return Promise.resolve(found);
  const tag = candidates(lang).find((candidate) => candidate in loaders);
  if (!tag) return Promise.resolve(undefined);
  let loading = pending.get(tag);
  if (!loading) {
    loading = loaders[tag]!().then(
      (module) => (registerLocale(module.default), module.default),
      () => undefined,
    );
    pending.set(tag, loading);
  }
  return loading;
}

export const defaultLocale = en;
