/**
 * The clock and timers the live layer runs on. The real ones by default; a test hands the store
 * a manual clock, so polling, backoff and timeouts are checked without waiting for them.
 */
export interface Timers {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(callback: () => void, delay: number): unknown;
  clearTimeout(handle: unknown): void;
}

// Looked up at each call, so a page that replaces the globals later is still the one asked.
export const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, delay) => setTimeout(callback, delay),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
