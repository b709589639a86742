/** Finds an element's language the way the platform would, across shadow roots. */
import { clearFormatCaches } from './format.js';

/** Own `lang`, else the closest ancestor's (through shadow hosts), else `<html lang>`, else the browser's. */
export function resolveLang(element: Element): string {
  // Rendered on a server there is no tree to walk: the element's own attribute is all there is.
  if (typeof element.closest !== 'function') return element.getAttribute?.('lang') || 'en';
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    const lang = withLang?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument.documentElement.lang || globalThis.navigator?.language || 'en';
}

/**
 * One observer for the whole document: any `lang` attribute change, or the browser's language
 * changing, asks every connected element to render again. Elements re-resolve their language
 * on render, so the cost is one cheap lookup each.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** The browser's language changed: what `Intl` resolved before may resolve differently now. */
function onLanguageChange(): void {
  clearFormatCaches();
  notifyLangChange();
}

/** Asks every connected element to render in its language again (a lang changed, a pack arrived). */
export function notifyLangChange(): void {
  for (const listener of listeners) listener();
}

export function observeLang(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(notifyLangChange);
    observer.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
    globalThis.addEventListener('languagechange', onLanguageChange);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && observer) {
      observer.disconnect();
      observer = undefined;
      globalThis.removeEventListener('languagechange', onLanguageChange);
    }
  };
}
