/**
 * One timer for every element on the page: once a minute each re-renders, so "5 minutes ago",
 * a maintenance window that opens or closes, and the current month move on even when polls
 * bring nothing new (a 304 changes nothing on screen by itself).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

export function everyMinute(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => {
    for (const each of listeners) each();
  }, 60_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
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
