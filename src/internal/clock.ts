/**
 * One timer for every element on the page: once a minute each re-renders, so "5 minutes ago",
 * a maintenance window that opens or closes, and the current month move on even when polls
 * bring nothing new (a 304 changes nothing on screen by itself).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { realTimers, type Timers } from '../feed/timers.js';

const MINUTE = 60_000;
const listeners = new Set<() => void>();
let timers: Timers = realTimers;
/** The pending minute's handle, while any element listens. */
let pending: { handle: unknown } | undefined;

function start(): void {
  pending = {
    handle: timers.setTimeout(() => {
      start();
      for (const each of listeners) each();
    }, MINUTE),
  };
}

function stop(): void {
  if (pending) timers.clearTimeout(pending.handle);
  pending = undefined;
}

export function everyMinute(listener: () => void): () => void {
  listeners.add(listener);
  if (!pending) start();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) stop();
  };
}

/** Runs the page's minute on other timers (a test's manual clock); returns what restores the previous ones. */
export function useMinuteTimers(next: Timers): () => void {
  const swap = (to: Timers): void => {
    const running = pending !== undefined;
    stop();
    timers = to;
    if (running) start();
  };
  const previous = timers;
  swap(next);
  return () => swap(previous);
}

/**
 * Re-renders its host on the page's minute, for elements whose text moves on with time (how long
 * ago, the current month); not while the host is given a clock (`now`), which moves only when set.
 */
export class ClockController implements ReactiveController {
  readonly #host: ReactiveControllerHost & { now?: Date };
  #stop?: () => void;

  constructor(host: ReactiveControllerHost & { now?: Date }) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop ??= everyMinute(() => this.#host.now || this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}
