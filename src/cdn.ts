// The CDN builds' entry: every element registered under its default tag, and what a page needs
// from a script tag: the feed API, the event classes and the locale functions. The classic script
// puts them all on `window.StatusElements`.
export * from './define.js';
export { FeedErrorEvent, FeedLoadEvent, StatusChangeEvent } from './events.js';
export { parseFeed, parseFeedAsync, FEED_FORMATS } from './feed/parse.js';
export { loadFeedFormat } from './feed/formats.js';
export { loadLocale, registerLocale, registerLocaleLoader } from './i18n/locales.js';
