// Disconnecting cleans up everything an element set up. In a file of its own, so that no element
// connected before the instrumentation (shared timers and observers start with the first element).
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/define.js';
import type { StatusBannerElement } from '../../src/status-banner/status-banner.js';
import { scriptFeed, waitFor } from '../helpers.js';

const good = (): { json: unknown; delay: number } => ({ json: { page: { name: 'Live' }, status: { indicator: 'none' } }, delay: 20 });

/** Replaced methods, put back by `restore()`. */
const originals: (() => void)[] = [];
function replace<T extends object, K extends keyof T>(target: T, key: K, make: (original: T[K]) => T[K]): void {
  const original = target[key];
  target[key] = make(original);
  originals.push(() => (target[key] = original));
}
function restore(): void {
  while (originals.length) originals.pop()!();
}

/** Listeners added minus removed on `target`, by event type. */
function countListeners(target: EventTarget): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [key, step] of [['addEventListener', 1], ['removeEventListener', -1]] as const) {
    replace(target, key, (original) =>
      function (this: EventTarget, type: string, ...rest: unknown[]) {
        counts.set(type, (counts.get(type) ?? 0) + step);
        return (original as (...args: unknown[]) => void).call(this, type, ...rest);
      },
    );
  }
  return counts;
}

/** Timers set and neither cleared nor (for one-shot timers) run. */
function countTimers(set: 'setTimeout' | 'setInterval', clear: 'clearTimeout' | 'clearInterval'): Set<number> {
  const live = new Set<number>();
  const win = window as unknown as Record<string, (...args: unknown[]) => number>;
  replace(win, set, (original) => (callback: unknown, delay: unknown) => {
    const run = (): void => {
      if (set === 'setTimeout') live.delete(id);
      (callback as () => void)();
    };
    const id = original.call(window, run, delay);
    live.add(id);
    return id;
  });
  replace(win, clear, (original) => (id: unknown) => {
    live.delete(id as number);
    return original.call(window, id);
  });
  return live;
}

const leftOver = (counts: Map<string, number>): Record<string, number> =>
  Object.fromEntries([...counts].filter(([, count]) => count !== 0));

describe('live feeds: disconnect cleans up', () => {
  it('200 connect/disconnect cycles leave no timer, request, observer or listener behind', async () => {
    const loads = await scriptFeed([good()]);
    // never answers: only an abort ends a request for it
    const hangs = await scriptFeed([{ hang: true }]);
    const timers = countTimers('setTimeout', 'clearTimeout');
    const intervals = countTimers('setInterval', 'clearInterval');
    const documentListeners = countListeners(document);
    const windowListeners = countListeners(window);
    const pending = new Set<Promise<unknown>>();
    replace(window, 'fetch', (original) => (...args: Parameters<typeof fetch>) => {
      const request = original.apply(window, args);
      const tracked = request.finally(() => pending.delete(tracked));
      tracked.catch(() => {});
      pending.add(tracked);
      return request;
    });
    const observers = new Set<MutationObserver>();
    replace(MutationObserver.prototype, 'observe', (original) =>
      function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
        observers.add(this);
        return original.apply(this, args);
      },
    );
    replace(MutationObserver.prototype, 'disconnect', (original) =>
      function (this: MutationObserver) {
        observers.delete(this);
        return original.apply(this);
      },
    );
    try {
      const host = document.createElement('div');
      document.body.append(host);
      let requestsSeen = 0;
      for (let cycle = 0; cycle < 200; cycle += 1) {
        const element = document.createElement(['status-banner', 'incident-history', 'incident-timeline'][cycle % 3]!);
        // now and then a load finishes, so that a poll timer is set
        const finishes = cycle % 50 === 0;
        element.setAttribute('src', finishes ? loads : hangs);
        element.setAttribute('poll-interval', '1');
        host.append(element);
        await (element as StatusBannerElement).updateComplete;
        requestsSeen = Math.max(requestsSeen, pending.size);
        if (finishes) {
          await waitFor(async () => {
            await (element as StatusBannerElement).updateComplete;
            return element.shadowRoot!.querySelector('[part="loading"]') === null;
          }, 4000, 'a load to finish');
        }
        element.remove();
      }
      host.remove();
      await waitFor(() => pending.size === 0, 4000, 'every request to be aborted');
      expect(requestsSeen, 'the instrumentation saw requests').to.be.greaterThan(0);
      expect(timers.size, 'timers still set').to.equal(0);
      expect(intervals.size, 'intervals still set').to.equal(0);
      expect(observers.size, 'mutation observers still observing').to.equal(0);
      expect(leftOver(documentListeners), 'document listeners left').to.deep.equal({});
      expect(leftOver(windowListeners), 'window listeners left').to.deep.equal({});
    } finally {
      restore();
      fixtureCleanup();
    }
  });
});
