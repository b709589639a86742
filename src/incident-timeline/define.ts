import { IncidentTimelineElement } from './incident-timeline.js';

IncidentTimelineElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'incident-timeline': IncidentTimelineElement;
  }
}

export { IncidentTimelineElement };
