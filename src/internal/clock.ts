/**
 * One timer for every element on the page: once a minute each re-renders, so "5 minutes ago",
 * a maintenance window that opens or closes, and the current month move on even when polls
 * bring nothing new (a 304 changes nothing on screen by itself).
 */
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
