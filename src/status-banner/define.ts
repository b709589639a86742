import { StatusBannerElement } from './status-banner.js';

StatusBannerElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'status-banner': StatusBannerElement;
  }
}

export { StatusBannerElement };
