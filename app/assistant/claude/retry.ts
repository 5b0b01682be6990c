// Backoff between attempts: exponential with jitter, never shorter than what the server asked for
// (retry-after), and never past the turn's time budget (the caller checks that).

export const BACKOFF_BASE_MS = 500;
export const BACKOFF_MAX_MS = 8_000;

/** Delay before retry number `attempt` (0 for the first retry). `random` in [0, 1). */
export function backoffDelayMs(attempt: number, retryAfterMs: number | undefined, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** attempt);
  // "Equal jitter": half the step is fixed, half random, so concurrent turns spread out but still back off.
  const jittered = ceiling / 2 + random() * (ceiling / 2);
  return Math.round(Math.max(retryAfterMs ?? 0, jittered));
}

/** setTimeout as a promise that rejects when `signal` aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
