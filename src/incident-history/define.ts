import { IncidentHistoryElement } from './incident-history.js';
// the event typings too (GlobalEventHandlersEventMap), for apps that import only this entry
import '../events.js';

IncidentHistoryElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'incident-history': IncidentHistoryElement;
  }
}

export { IncidentHistoryElement };
