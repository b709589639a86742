import { StatusBannerElement } from './status-banner.js';
// the event typings too (GlobalEventHandlersEventMap), for apps that import only this entry
import '../events.js';

StatusBannerElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'status-banner': StatusBannerElement;
  }
}

export { StatusBannerElement };
