// Exponential backoff with full jitter, never shorter than what the upstream asked for.
export function backoffDelayMs(retry: number, baseMs: number, maxMs: number, retryAfterMs: number | undefined, random: () => number = Math.random): number {
  const exp = Math.min(maxMs, baseMs * 2 ** retry);
  const jittered = exp / 2 + random() * (exp / 2);
  return Math.min(maxMs, Math.max(jittered, retryAfterMs ?? 0));
}
