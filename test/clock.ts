/**
 * A manual clock for the live layer's tests: time moves only when a test says so, so polls,
 * backoff and timeouts are checked to the millisecond, however loaded the machine is.
 */
import type { Timers } from '../src/feed/timers.js';
import { feedStore } from '../src/feed/store.js';

interface Timer {
  id: number;
  due: number;
  delay: number;
  callback: () => void;
}

/** A timer not yet fired: the delay it was set with, how long until it fires, and its handle. */
export interface PendingTimer {
  delay: number;
  dueIn: number;
  id: number;
}

export class ManualClock implements Timers {
  #now: number;
  #lastId = 0;
  readonly #timers = new Map<number, Timer>();

  /** Starts at a fixed moment, so times shown on screen do not depend on when the test runs. */
  constructor(start = Date.parse('2026-11-28T12:00:00Z')) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, delay: number): number {
    const id = ++this.#lastId;
    const wait = Math.max(0, Number(delay) || 0);
    this.#timers.set(id, { id, due: this.#now + wait, delay: wait, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  /** The timers not yet fired, soonest first. */
  pending(): PendingTimer[] {
    return this.#sorted().map(({ id, delay, due }) => ({ delay, dueIn: due - this.#now, id }));
  }

  /**
   * Moves time on by `ms`, firing every timer that falls due on the way, in order, each at its own
   * moment; timers set by those callbacks fire too if they fall due in the same stretch.
   */
  advance(ms: number): void {
    const end = this.#now + ms;
    for (let timer = this.#soonest(); timer && timer.due <= end; timer = this.#soonest()) {
      this.#timers.delete(timer.id);
      this.#now = timer.due;
      timer.callback();
    }
    this.#now = end;
  }

  /** Moves time to the soonest timer and fires it; returns how far time moved. */
  advanceToNext(): number {
    const timer = this.#soonest();
    if (!timer) throw new Error('no timer is pending');
    const step = timer.due - this.#now;
    this.advance(step);
    return step;
  }

  #sorted(): Timer[] {
    // Equal due times fire in the order they were set, as browsers do.
    return [...this.#timers.values()].sort((a, b) => a.due - b.due || a.id - b.id);
  }

  #soonest(): Timer | undefined {
    return this.#sorted()[0];
  }
}

/**
 * Runs the elements' shared store on a manual clock for each test of the calling `describe`,
 * restoring the real timers after each; `clock()` is the current test's clock.
 */
export function useManualClock(): () => ManualClock {
  let clock: ManualClock | undefined;
  let restore: (() => void) | undefined;
  beforeEach(() => {
    clock = new ManualClock();
    const restoreTimers = feedStore.useTimers(clock);
    // jitter drawn as 0: every planned wait is exact (tests of jitter set their own)
    const restoreRandom = feedStore.useRandom(() => 0);
    restore = () => {
      restoreTimers();
      restoreRandom();
    };
  });
  afterEach(() => {
    restore?.();
    restore = clock = undefined;
  });
  return () => {
    if (!clock) throw new Error('the manual clock is only there inside a test');
    return clock;
  };
}
