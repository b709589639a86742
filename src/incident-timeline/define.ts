import { IncidentTimelineElement } from './incident-timeline.js';
// the event typings too (GlobalEventHandlersEventMap), for apps that import only this entry
import '../events.js';

IncidentTimelineElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'incident-timeline': IncidentTimelineElement;
  }
}

export { IncidentTimelineElement };
