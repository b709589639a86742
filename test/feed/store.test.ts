// The shared store with an injected fetch, random, document and a manual clock: every wait it
// plans is read off the clock exactly, and time moves only when the test moves it.
import { expect } from '@open-wc/testing';
import { FeedStore, type FeedSnapshot, type FeedStoreOptions, type WatchOptions } from '../../src/feed/store.js';
import { ManualClock } from '../clock.js';
import { waitFor } from '../helpers.js';

const FEED = JSON.stringify({ page: { name: 'Store' }, status: { indicator: 'none' } });
const INTERVAL = 10_000;

type Answer = (signal: AbortSignal) => Response | Promise<Response>;

/** A fetch that answers from a script (the last answer repeats) and counts its calls. */
function scriptedFetch(answers: Answer[]): { fetch: typeof fetch; calls: () => number } {
  let calls = 0;
  const fetch = ((_url: string, init?: RequestInit) => {
    const answer = answers[Math.min(calls, answers.length - 1)]!;
    calls += 1;
    const signal = init!.signal!;
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      Promise.resolve(answer(signal)).then(resolve, reject);
    });
  }) as typeof globalThis.fetch;
  return { fetch, calls: () => calls };
}

const ok = (): Response => new Response(FEED, { status: 200 });
const failing = (): Response => new Response('no', { status: 500 });
const never = (): Promise<Response> => new Promise<Response>(() => {});

/** A page whose visibility the test sets. */
class FakePage extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';

  show(state: DocumentVisibilityState): void {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

function storeWith(answers: Answer[], options: FeedStoreOptions = {}) {
  const clock = new ManualClock();
  const page = new FakePage();
  const { fetch, calls } = scriptedFetch(answers);
  const store = new FeedStore({ fetch, timers: clock, random: () => 0, document: page, ...options });
  // No request timeout unless a test asks for one, so the one timer on the clock is the next poll.
  const start = (url: string, watchOptions: WatchOptions, listener: (snapshot: FeedSnapshot) => void = () => {}) =>
    store.watch(url, { timeout: 0, ...watchOptions }, listener);
  /** The wait of the next poll, once the request under way has ended and planned it. */
  const nextWait = async (): Promise<number> => {
    await waitFor(() => clock.pending().length === 1, 2000, 'the next poll to be planned');
    return clock.pending()[0]!.delay;
  };
  /** Fires the planned poll and returns the wait it planned after its request. */
  const poll = async (): Promise<number> => {
    const before = calls();
    clock.advanceToNext();
    expect(calls(), 'the poll made one request').to.equal(before + 1);
    return nextWait();
  };
  return { store, start, clock, page, calls, nextWait, poll };
}

describe('FeedStore', () => {
  it('polls at the interval, and after failures waits 1×, 2×, 4× … the interval (no jitter), capped', async () => {
    const { start, nextWait, poll } = storeWith([ok, failing], { maxBackoff: 8 });
    const watch = start('/a', { pollInterval: INTERVAL / 1000 }, () => {});
    expect(await nextWait(), 'after a success').to.equal(INTERVAL);
    // "equal jitter" with random() = 0 keeps half of 2^failures × the interval
    const waits = [];
    for (let failure = 1; failure <= 5; failure += 1) waits.push(await poll());
    expect(waits).to.deep.equal([1, 2, 4, 4, 4].map((times) => times * INTERVAL));
    watch.unsubscribe();
  });

  it('with the most jitter waits just under 2×, 4× … the interval: never more', async () => {
    const { start, nextWait, poll } = storeWith([ok, failing], { random: () => 0.999 });
    const watch = start('/a', { pollInterval: INTERVAL / 1000 }, () => {});
    await nextWait();
    for (const limit of [2, 4, 8, 10, 10]) {
      const wait = await poll();
      expect(wait).to.be.within(limit * INTERVAL * 0.99, limit * INTERVAL);
    }
    watch.unsubscribe();
  });

  it('waits as long as Retry-After asks, exactly, and no longer than a day for a huge one', async () => {
    const tooBusy = (seconds: string): Answer => () => new Response('', { status: 503, headers: { 'Retry-After': seconds } });
    const { start, clock, calls, nextWait, poll } = storeWith([ok, tooBusy('60'), tooBusy('3000000')]);
    const watch = start('/b', { pollInterval: INTERVAL / 1000 }, () => {});
    await nextWait();
    expect(await poll()).to.equal(60_000);
    clock.advance(59_999);
    expect(calls(), 'not a moment early').to.equal(2);
    expect(await poll()).to.equal(86_400_000);
    watch.unsubscribe();
  });

  it('times a request out on its own clock and backs off', async () => {
    const { start, clock, calls, nextWait } = storeWith([never]);
    const snapshots: FeedSnapshot[] = [];
    const watch = start('/t', { pollInterval: INTERVAL / 1000, timeout: 5000 }, (snapshot) => snapshots.push(snapshot));
    expect(calls()).to.equal(1);
    expect(clock.pending().map(({ delay, dueIn }) => [delay, dueIn])).to.deep.equal([[5000, 5000]]);
    clock.advance(4999);
    expect(snapshots.at(-1)?.loading).to.equal(true);
    clock.advance(1);
    expect(await nextWait()).to.equal(INTERVAL);
    expect(snapshots.at(-1)?.error?.kind).to.equal('timeout');
    watch.unsubscribe();
    expect(clock.pending()).to.deep.equal([]);
  });

  it('stamps loadedAt from its clock', async () => {
    const { store, start, clock, nextWait } = storeWith([ok]);
    const snapshots: FeedSnapshot[] = [];
    const watch = start('/l', { pollInterval: 1 }, (snapshot) => snapshots.push(snapshot));
    await nextWait();
    expect(snapshots.at(-1)?.loadedAt).to.equal(clock.now());
    expect(store.now()).to.equal(clock.now());
    watch.unsubscribe();
  });

  it('makes no request while the page is hidden, and one at once when it shows again', async () => {
    const { start, clock, page, calls, nextWait } = storeWith([ok]);
    const watch = start('/h', { pollInterval: INTERVAL / 1000 }, () => {});
    await nextWait();
    page.show('hidden');
    clock.advance(100 * INTERVAL);
    expect(calls()).to.equal(1);
    expect(clock.pending(), 'no poll planned while hidden').to.deep.equal([]);
    page.show('visible');
    expect(calls()).to.equal(2);
    expect(await nextWait()).to.equal(INTERVAL);
    watch.unsubscribe();
  });

  it('polls for a watcher that joins after a failed first load', async () => {
    const { start, clock, calls } = storeWith([failing, ok]);
    const firstSaw: FeedSnapshot[] = [];
    const first = start('/c', { pollInterval: 0 }, (snapshot) => firstSaw.push(snapshot));
    await waitFor(() => firstSaw.at(-1)?.error !== undefined, 2000, 'the failed first load');
    expect(clock.pending(), 'nobody polls yet').to.deep.equal([]);
    const snapshots: FeedSnapshot[] = [];
    const second = start('/c', { pollInterval: 20 }, (snapshot) => snapshots.push(snapshot));
    expect(snapshots.at(-1)?.error?.kind, 'the failure is handed over at once').to.equal('http');
    expect(clock.pending().map(({ delay }) => delay), 'one failure: the interval, no jitter').to.deep.equal([20_000]);
    clock.advanceToNext();
    await waitFor(() => snapshots.at(-1)?.feed !== undefined, 2000, 'the feed');
    expect(calls()).to.equal(2);
    first.unsubscribe();
    second.unsubscribe();
  });

  it('aborts the request of the last watcher to leave, and tells nobody afterwards', async () => {
    let signal: AbortSignal | undefined;
    const { start, clock } = storeWith([
      (given) => {
        signal = given;
        return never();
      },
    ]);
    const seen: FeedSnapshot[] = [];
    const watch = start('/d', { pollInterval: 1 }, (snapshot) => seen.push(snapshot));
    expect(signal?.aborted).to.equal(false);
    const before = seen.length;
    watch.unsubscribe();
    expect(signal?.aborted).to.equal(true);
    // the aborted request's promises all settle within this turn of the event loop
    await new Promise((resolve) => setTimeout(resolve));
    expect(seen.length).to.equal(before);
    expect(clock.pending(), 'no timeout or poll left').to.deep.equal([]);
  });

  it('keeps a failed first load on its error while polling, and shows progress only when asked to retry', async () => {
    const { start, nextWait, poll } = storeWith([failing]);
    const states: string[] = [];
    const watch = start('/e', { pollInterval: 1 }, (snapshot) => states.push(snapshot.loading ? 'loading' : snapshot.error ? 'error' : 'data'));
    await nextWait();
    await poll();
    await poll();
    expect(states).to.deep.equal(['loading', 'error', 'error', 'error']);
    watch.refresh();
    expect(states.at(-1)).to.equal('loading');
    watch.unsubscribe();
  });

  it('runs on other timers after useTimers, and on its own again once restored', async () => {
    const { store, start, clock, nextWait } = storeWith([ok]);
    const other = new ManualClock(0);
    const restore = store.useTimers(other);
    expect(store.now()).to.equal(0);
    const watch = start('/u', { pollInterval: 1 }, () => {});
    await waitFor(() => other.pending().length === 1, 2000, 'a poll on the other clock');
    expect(clock.pending()).to.deep.equal([]);
    restore();
    expect(store.now()).to.equal(clock.now());
    // a poll planned on the other clock is still cancelled there
    watch.unsubscribe();
    expect(other.pending()).to.deep.equal([]);
    const again = start('/v', { pollInterval: 1 }, () => {});
    expect(await nextWait()).to.equal(1000);
    again.unsubscribe();
  });
});

describe('FeedStore: timing asked by the server, and spread among pages', () => {
  const withHeaders = (headers: Record<string, string>) => (): Response => new Response(FEED, { status: 200, headers });

  it('never polls sooner than Cache-Control: max-age says the response stays fresh', async () => {
    const { start, nextWait, poll } = storeWith([withHeaders({ 'Cache-Control': 'public, max-age=300' }), ok]);
    start('/fresh', { pollInterval: INTERVAL / 1000 });
    expect(await nextWait(), 'max-age 300 s over a 10 s interval').to.equal(300_000);
    // the next answer says nothing: back to the interval
    expect(await poll()).to.equal(INTERVAL);
  });

  it('reads Expires against the response\'s Date, and no-cache or an invalid Expires as no floor', async () => {
    const sent = 'Sat, 28 Nov 2026 12:00:00 GMT';
    const { start, nextWait, poll } = storeWith([
      withHeaders({ Expires: 'Sat, 28 Nov 2026 12:02:00 GMT', Date: sent }),
      withHeaders({ 'Cache-Control': 'no-cache, max-age=600' }),
      withHeaders({ Expires: '0' }),
    ]);
    start('/expires', { pollInterval: INTERVAL / 1000 });
    expect(await nextWait(), 'Expires two minutes after Date').to.equal(120_000);
    expect(await poll(), 'no-cache').to.equal(INTERVAL);
    expect(await poll(), 'Expires: 0').to.equal(INTERVAL);
  });

  it('spreads the first poll over a quarter of the interval after it, and only the first', async () => {
    for (const [random, first] of [[0, 10_000], [0.5, 11_250], [0.75, 11_875]] as const) {
      const { start, nextWait, poll } = storeWith([ok], { random: () => random });
      start(`/jitter-${random}`, { pollInterval: INTERVAL / 1000 });
      expect(await nextWait(), `first poll with random() = ${random}`).to.equal(first);
      expect(await poll(), 'the polls after it keep the interval').to.equal(INTERVAL);
    }
  });
});
