import { IncidentHistoryElement } from './incident-history.js';

IncidentHistoryElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'incident-history': IncidentHistoryElement;
  }
}

export { IncidentHistoryElement };
