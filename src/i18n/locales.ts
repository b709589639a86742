/**
 * Which locale packs exist and how they arrive. English is built in; the others load on demand
 * the first time an element needs them, so a page pays only for the languages it shows.
 * A page may also register a pack of its own (`registerLocale`), e.g. one it wrote itself.
 */
import { notifyLangChange } from './lang.js';
import { en } from './locales/en.js';
import { withTerms, type LocalePack, type PartialLocalePack } from './terms.js';

const packs = new Map<string, LocalePack>([[en.code, en]]);

type LocaleLoader = () => Promise<{ default: LocalePack }>;

/** Packs shipped with the library, by language tag, loaded when first asked for. */
const loaders: Record<string, LocaleLoader> = {
  es: () => import('./locales/es.js'),
  pt: () => import('./locales/pt.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  it: () => import('./locales/it.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  tr: () => import('./locales/tr.js'),
  ja: () => import('./locales/ja.js'),
  'zh-hans': () => import('./locales/zh-Hans.js'),
  ko: () => import('./locales/ko.js'),
  ar: () => import('./locales/ar.js'),
  he: () => import('./locales/he.js'),
};
/** Where each pack loads from, for the warning when it does not; the shipped packs sit beside the module. */
const files: Record<string, string> = Object.fromEntries(
  Object.keys(loaders).map((tag) => [tag, `locales/${tag === 'zh-hans' ? 'zh-Hans' : tag}.js beside the module`]),
);

const pending = new Map<string, Promise<LocalePack | undefined>>();
/** Tags whose pack failed to load (offline, blocked, missing): not asked for again. */
const failed = new Set<string>();

/**
 * Adds a pack, and shows it at once in every element that asked for its language. A partial pack
 * (`{ code, extends, terms }`) takes the terms it does not give from the pack it extends, loaded
 * first if that one ships and is not here yet.
 */
export function registerLocale(pack: LocalePack | PartialLocalePack): void {
  if ('extends' in pack) {
    void loadLocale(pack.extends).then((base) => base && registerLocale(withTerms(base, pack.terms, pack.code, pack.dir)));
    return;
  }
  packs.set(pack.code.toLowerCase(), pack);
  notifyLangChange();
}

/**
 * Adds a pack that loads on demand, the first time an element shows that language: a function
 * that imports it, or the URL of an ES module whose default export is the pack (relative to the page).
 */
export function registerLocaleLoader(tag: string, loader: LocaleLoader | string): void {
  const key = tag.toLowerCase();
  if (typeof loader === 'string') {
    const url = typeof document === 'undefined' ? loader : new URL(loader, document.baseURI).href;
    files[key] = url;
    loaders[key] = () => import(/* @vite-ignore */ url);
  } else {
    delete files[key];
    loaders[key] = loader;
  }
}

/**
 * Candidate tags for a language, most specific first: `es-MX` → `es-mx`, `es`; `pt-PT` → `pt`.
 * Chinese goes by script: Simplified (`zh`, `zh-CN`, `zh-SG`, `zh-Hans-*`) → `zh-hans`;
 * Traditional (`zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant-*`) has no pack yet, so it is English rather
 * than the other script. `iw` is the old tag of Hebrew.
 */
function candidates(lang: string): string[] {
  const tag = lang.toLowerCase();
  const [base = tag, ...rest] = tag.split('-');
  if (base === 'zh') {
    const traditional = rest.some((part) => part === 'hant' || part === 'tw' || part === 'hk' || part === 'mo');
    return traditional || tag === 'zh-hans' ? [tag] : [tag, 'zh-hans'];
  }
  if (base === 'iw') return [tag, 'he'];
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

/** True when a pack for `lang` is not here yet but can load; a load that failed is not retried. */
export function canLoadLocale(lang: string): boolean {
  return !findLocale(lang) && candidates(lang).some((tag) => tag in loaders && !failed.has(tag));
}

/** Loads the shipped pack for `lang` once, however many elements ask. */
export function loadLocale(lang: string): Promise<LocalePack | undefined> {
  const found = findLocale(lang);
  if (found) return Promise.resolve(found);
  const tag = candidates(lang).find((candidate) => candidate in loaders && !failed.has(candidate));
  if (!tag) return Promise.resolve(undefined);
  let loading = pending.get(tag);
  if (!loading) {
    loading = loaders[tag]!().then(
      (module) => (registerLocale(module.default), module.default),
      // The elements stay in English rather than ask again and again, and say so once.
      (error: unknown) => {
        failed.add(tag);
        const file = files[tag] ? ` from ${files[tag]}` : '';
        const why = error instanceof Error ? error.message : String(error);
        console.warn(`status-elements: the "${tag}" locale pack did not load${file} (${why}); showing English`);
        return undefined;
      },
    );
    pending.set(tag, loading);
  }
  return loading;
}

export const defaultLocale = en;
