// Disconnecting cleans up everything an element set up. In a file of its own, so that no element
// connected before the instrumentation (shared timers and observers start with the first element).
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/define.js';
import type { StatusBannerElement } from '../../src/status-banner/status-banner.js';
import { scriptFeed } from '../helpers.js';

const good = (): { json: unknown; delay: number } => ({ json: { page: { name: 'Live' }, status: { indicator: 'none' } }, delay: 20 });
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('live feeds: disconnect cleans up', () => {
  it('200 connect/disconnect cycles leave no timer, request, observer or listener behind', async () => {
    const url = await scriptFeed([good()]);
    const timers = new Set<number>();
    const intervals = new Set<number>();
    const observers = new Set<MutationObserver>();
    const windowListeners = new Map<string, number>();
    const pending = new Set<Promise<unknown>>();
    const listeners = new Map<string, number>();
    const original = {
      setTimeout: window.setTimeout,
      clearTimeout: window.clearTimeout,
      fetch: window.fetch,
      add: document.addEventListener,
      remove: document.removeEventListener,
      setInterval: window.setInterval,
      clearInterval: window.clearInterval,
      windowAdd: window.addEventListener,
      windowRemove: window.removeEventListener,
      observe: MutationObserver.prototype.observe,
      disconnect: MutationObserver.prototype.disconnect,
    };
    window.setInterval = ((callback: () => void, delay?: number) => {
      const id = original.setInterval.call(window, callback, delay) as unknown as number;
      intervals.add(id);
      return id;
    }) as typeof setInterval;
    window.clearInterval = ((id: number) => {
      intervals.delete(id);
      original.clearInterval.call(window, id as unknown as Parameters<typeof clearInterval>[0]);
    }) as typeof clearInterval;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      windowListeners.set(type, (windowListeners.get(type) ?? 0) + 1);
      return (original.windowAdd as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      windowListeners.set(type, (windowListeners.get(type) ?? 0) - 1);
      return (original.windowRemove as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    MutationObserver.prototype.observe = function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
      observers.add(this);
      return original.observe.apply(this, args);
    };
    MutationObserver.prototype.disconnect = function (this: MutationObserver) {
      observers.delete(this);
      return original.disconnect.apply(this);
    };
    window.setTimeout = ((callback: () => void, delay?: number) => {
      const id = original.setTimeout.call(window, () => {
        timers.delete(id);
        callback();
      }, delay) as unknown as number;
      timers.add(id);
      return id;
    }) as typeof setTimeout;
    window.clearTimeout = ((id: number) => {
      timers.delete(id);
      original.clearTimeout.call(window, id as unknown as Parameters<typeof clearTimeout>[0]);
    }) as typeof clearTimeout;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      const request = original.fetch.apply(window, args);
      const tracked = request.finally(() => pending.delete(tracked));
      tracked.catch(() => {});
      pending.add(tracked);
      return request;
    };
    document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
      listeners.set(type, (listeners.get(type) ?? 0) + 1);
      return (original.add as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof document.addEventListener;
    document.removeEventListener = function (this: Document, type: string, ...rest: unknown[]) {
      listeners.set(type, (listeners.get(type) ?? 0) - 1);
      return (original.remove as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof document.removeEventListener;
    try {
      const host = document.createElement('div');
      document.body.append(host);
      let requestsSeen = 0;
      for (let cycle = 0; cycle < 200; cycle += 1) {
        const element = document.createElement(['status-banner', 'incident-history', 'incident-timeline'][cycle % 3]!);
        element.setAttribute('src', url);
        element.setAttribute('poll-interval', '1');
        host.append(element);
        await (element as StatusBannerElement).updateComplete;
        requestsSeen = Math.max(requestsSeen, pending.size);
        if (cycle % 50 === 0) await sleep(40); // now and then let a load finish, so its poll timer is set
        element.remove();
      }
      host.remove();
      await sleep(50);
      expect(requestsSeen, 'the instrumentation saw requests').to.be.greaterThan(0);
      expect(timers.size, 'timers still set').to.equal(0);
      expect(pending.size, 'requests still pending').to.equal(0);
      expect(Object.fromEntries([...listeners].filter(([, count]) => count !== 0)), 'document listeners left').to.deep.equal({});
      expect(intervals.size, 'intervals still set').to.equal(0);
      expect(observers.size, 'mutation observers still observing').to.equal(0);
      expect(Object.fromEntries([...windowListeners].filter(([, count]) => count !== 0)), 'window listeners left').to.deep.equal({});
    } finally {
      Object.assign(window, {
        setTimeout: original.setTimeout,
        clearTimeout: original.clearTimeout,
        setInterval: original.setInterval,
        clearInterval: original.clearInterval,
        fetch: original.fetch,
        addEventListener: original.windowAdd,
        removeEventListener: original.windowRemove,
      });
      MutationObserver.prototype.observe = original.observe;
      MutationObserver.prototype.disconnect = original.disconnect;
      document.addEventListener = original.add;
      document.removeEventListener = original.remove;
      fixtureCleanup();
    }
  });
});
