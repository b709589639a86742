// Classes, types and the feed API. Importing this module registers no element.
export * from './feed/index.js';
export { FeedErrorEvent, FeedLoadEvent, StatusChangeEvent } from './events.js';
export { StatusBannerElement } from './status-banner/status-banner.js';
export { IncidentHistoryElement } from './incident-history/incident-history.js';
export { IncidentTimelineElement } from './incident-timeline/incident-timeline.js';
export { registerLocale, registerLocaleLoader, loadLocale } from './i18n/locales.js';
export type { LocalePack, PartialLocalePack, PartialTerms, Terms } from './i18n/terms.js';
export type { RequestHook } from './feed/store.js';
export type { Localized } from './internal/locale-controller.js';
