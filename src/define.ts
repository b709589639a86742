// Registers every element under its default tag. Import `status-elements` instead to register nothing.
import './status-banner/define.js';
import './incident-history/define.js';
import './incident-timeline/define.js';

export * from './index.js';
