// The shared store with an injected fetch, random and document: timing rules checked exactly.
import { expect } from '@open-wc/testing';
import { FeedStore, type FeedSnapshot } from '../../src/feed/store.js';

const FEED = JSON.stringify({ page: { name: 'Store' }, status: { indicator: 'none' } });
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A fetch that answers from a script (the last answer repeats) and notes when it was called. */
function scriptedFetch(answers: (() => Response | Promise<Response>)[]): { fetch: typeof fetch; calls: number[] } {
  const calls: number[] = [];
  const fetch = ((_url: string, init?: RequestInit) => {
    calls.push(performance.now());
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    return new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      Promise.resolve(answer()).then(resolve, reject);
    });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const ok = (): Response => new Response(FEED, { status: 200 });
const failing = (): Response => new Response('no', { status: 500 });
const visiblePage = { visibilityState: 'visible' as DocumentVisibilityState, addEventListener() {}, removeEventListener() {} };

describe('FeedStore', () => {
  it('doubles the wait after each failure (with no jitter: 1×, 2×, 4× the interval)', async () => {
    const { fetch, calls } = scriptedFetch([ok, failing, failing, failing, ok]);
    const store = new FeedStore({ fetch, random: () => 0, document: visiblePage });
    const watch = store.watch('/a', { pollInterval: 0.05 }, () => {});
    while (calls.length < 5) await sleep(10);
    watch.unsubscribe();
    const gaps = calls.slice(1).map((at, index) => at - calls[index]!);
    expect(gaps[0]).to.be.at.least(45); // the interval, after a success
    expect(gaps[1]).to.be.at.least(45); // 2¹ × 50 ms × ½ (no jitter) after the first failure
    expect(gaps[2]).to.be.at.least(95); // 2² × 50 × ½
    expect(gaps[3]).to.be.at.least(195); // 2³ × 50 × ½: without backoff it would be 50
  });

  it('never lets a huge Retry-After become an immediate retry', async () => {
    const { fetch, calls } = scriptedFetch([() => new Response('', { status: 503, headers: { 'Retry-After': '3000000' } })]);
    const store = new FeedStore({ fetch, document: visiblePage });
    const watch = store.watch('/b', { pollInterval: 0.01 }, () => {});
    await sleep(200);
    watch.unsubscribe();
    expect(calls).to.have.length(1);
  });

  it('polls for a watcher that joins after a failed first load', async () => {
    const { fetch, calls } = scriptedFetch([failing, ok]);
    const store = new FeedStore({ fetch, random: () => 0, document: visiblePage });
    const snapshots: FeedSnapshot[] = [];
    const first = store.watch('/c', { pollInterval: 0 }, () => {});
    while (calls.length < 1) await sleep(5);
    await sleep(20);
    const second = store.watch('/c', { pollInterval: 0.02 }, (snapshot) => snapshots.push(snapshot));
    expect(snapshots.at(-1)?.error?.kind, 'the failure is handed over at once').to.equal('http');
    while (!snapshots.at(-1)?.feed) await sleep(5);
    expect(calls.length).to.be.at.least(2);
    first.unsubscribe();
    second.unsubscribe();
  });

  it('aborts the request of the last watcher to leave, and tells nobody afterwards', async () => {
    let signal: AbortSignal | undefined;
    const fetch = ((_url: string, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>((_resolve, reject) => signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }) as typeof globalThis.fetch;
    const store = new FeedStore({ fetch, document: visiblePage });
    const seen: FeedSnapshot[] = [];
    const watch = store.watch('/d', { pollInterval: 1 }, (snapshot) => seen.push(snapshot));
    await sleep(10);
    const before = seen.length;
    watch.unsubscribe();
    await sleep(20);
    expect(signal?.aborted).to.equal(true);
    expect(seen.length).to.equal(before);
  });

  it('keeps a failed first load on its error while polling, and shows progress only when asked to retry', async () => {
    const { fetch, calls } = scriptedFetch([failing]);
    const store = new FeedStore({ fetch, random: () => 0, document: visiblePage });
    const states: string[] = [];
    const watch = store.watch('/e', { pollInterval: 0.02 }, (snapshot) => states.push(snapshot.loading ? 'loading' : snapshot.error ? 'error' : 'data'));
    while (calls.length < 3) await sleep(5);
    await sleep(5);
    expect(states.slice(0, 2)).to.deep.equal(['loading', 'error']);
    expect(states.slice(2).every((state) => state === 'error'), states.join()).to.equal(true);
    await sleep(30);
    const before = states.length;
    watch.refresh();
    expect(states[before]).to.equal('loading');
    watch.unsubscribe();
  });
});
