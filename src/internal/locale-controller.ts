/**
 * The language of an element: its `lang` (own, inherited through shadow roots, `<html lang>`, or
 * the browser's), the pack of words for it, loaded on demand, and the date formatter for it in
 * the element's time zone. A Lit reactive controller, as Shoelace's LocalizeController is.
 *
 * An element inside another (a timeline in a history) is given its parent's language as it is,
 * `localized`, and resolves and watches nothing. The others share one observer of the page's
 * `lang` attributes, which also tells them when a pack arrives, and empties the shared caches of
 * formatters when the browser's language changes (see lang.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dateFormatter, type DateFormatter } from '../i18n/format.js';
import { observeLang, resolveLang } from '../i18n/lang.js';
import { canLoadLocale, defaultLocale, findLocale, loadLocale } from '../i18n/locales.js';
import { withTerms, type LocalePack, type PartialTerms, type Terms } from '../i18n/terms.js';

/** What an element's language comes to: the words, the tag dates are written in, the formatter. */
export interface Localized {
  readonly pack: LocalePack;
  readonly lang: string;
  readonly dates: DateFormatter;
  /**
   * The direction to stamp on the element's content: the pack's, when the pack is in the reader's
   * language and the element has no `dir` of its own; otherwise none, and the page's holds (an
   * English fallback never turns a right-to-left page left to right).
   */
  readonly dir?: 'ltr' | 'rtl';
}

export type LocaleHost = ReactiveControllerHost & HTMLElement & { timeZone?: string; localized?: Localized; terms?: PartialTerms };

/** The tag dates are written in: the reader's regional form (en-GB, es-MX) when the words are in that language. */
function dateLanguage(lang: string, pack: LocalePack): string {
  try {
    if (lang.toLowerCase().split('-')[0] === pack.code.split('-')[0]) return Intl.getCanonicalLocales(lang)[0] ?? pack.code;
  } catch {
    // not a well-formed tag: the pack's own
  }
  return pack.code;
}

export class LocaleController implements ReactiveController {
  /** The language, resolved before each render; a new object only when something in it changed. */
  value: Localized = { pack: defaultLocale, lang: defaultLocale.code, dates: dateFormatter(defaultLocale.code, undefined), dir: 'ltr' };
  /** A pack on its way; the host's `updateComplete` waits for it. */
  loading?: Promise<unknown>;

  readonly #host: LocaleHost;
  #stop?: () => void;
  /** Brought in step in this update already (by the host's `willUpdate`). */
  #inStep = false;

  constructor(host: LocaleHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The pack of words; English until the one for `lang` has loaded. */
  get pack(): LocalePack {
    return this.value.pack;
  }

  get terms(): Terms {
    return this.value.pack.terms;
  }

  /** Dates in the reader's language and the host's time zone. */
  get dates(): DateFormatter {
    return this.value.dates;
  }

  /**
   * The pack the host's language needs, on its way, if it ships but is not here yet: an element
   * waits for it before its first render, so it never shows in English first (and a server-rendered
   * page hydrates in the language it was rendered in). A pack that fails to load is waited for no more.
   */
  pending(): Promise<unknown> | undefined {
    if (this.#host.localized) return undefined;
    const lang = resolveLang(this.#host);
    return canLoadLocale(lang) ? loadLocale(lang).catch(() => undefined) : undefined;
  }

  hostConnected(): void {
    this.#observe();
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  hostUpdate(): void {
    if (!this.#inStep) this.update();
  }

  hostUpdated(): void {
    this.#inStep = false;
  }

  /**
   * Before each render, once per update, whoever calls it first: the language, the pack (starting
   * to load one that ships), the formatter.
   */
  update(): void {
    this.#inStep = true;
    this.#observe();
    const given = this.#host.localized;
    if (given) {
      this.value = given;
      return;
    }
    const lang = resolveLang(this.#host);
    const found = findLocale(lang) ?? defaultLocale;
    if (found === defaultLocale && canLoadLocale(lang) && !this.loading) {
      const loading = loadLocale(lang).finally(() => {
        if (this.loading === loading) this.loading = undefined;
        this.#host.requestUpdate();
      });
      this.loading = loading;
    }
    const pack = this.#withOverrides(found);
    const dateLang = dateLanguage(lang, pack);
    const dates = dateFormatter(dateLang, this.#host.timeZone);
    const matched = found !== defaultLocale || lang.toLowerCase().split('-')[0] === defaultLocale.code;
    const dir = matched && !this.#host.hasAttribute('dir') ? pack.dir : undefined;
    const current = this.value;
    if (current.pack !== pack || current.lang !== dateLang || current.dates !== dates || current.dir !== dir)
      this.value = { pack, lang: dateLang, dates, dir };
  }

  #overridden?: { base: LocalePack; terms: PartialTerms; pack: LocalePack };

  /** The host's own `terms` over the pack, merged once per pack and terms object. */
  #withOverrides(base: LocalePack): LocalePack {
    const { terms } = this.#host;
    if (!terms) return base;
    const last = this.#overridden;
    if (last?.base === base && last.terms === terms) return last.pack;
    return (this.#overridden = { base, terms, pack: withTerms(base, terms) }).pack;
  }

  /** Watches the page's languages (and packs arriving) unless the host is given its language. */
  #observe(): void {
    if (this.#host.localized || !this.#host.isConnected) this.hostDisconnected();
    else this.#stop ??= observeLang(() => this.#host.requestUpdate());
  }
}
