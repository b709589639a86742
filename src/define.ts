// Registers every element under its default tag. Import `status-elements` instead to register nothing.
export { StatusBannerElement } from './status-banner/define.js';
export { IncidentHistoryElement } from './incident-history/define.js';
export { IncidentTimelineElement } from './incident-timeline/define.js';
