import { CODE_FOR_KIND, type ErrorCode } from '../core/error-codes.js';
import { isOverloaded, type ProviderError } from '../core/errors.js';

// What a client is told when a whole fallback chain failed: one code (and so one HTTP status)
// that says what to do, and when to retry. Rate limits and open breakers are "come back later"
// (429/503 with Retry-After) only when every target said so; a mix is a plain 502 naming each.

/** Retry-After when every target was rate-limited but none said for how long. */
export const DEFAULT_RETRY_AFTER_MS = 1000;

interface ChainOutcome {
  code: ErrorCode;
  retryAfterMs?: number;
}

export function chainOutcome(last: ProviderError, failures: readonly ProviderError[]): ChainOutcome {
  if (last.kind === 'bad_request' || last.kind === 'context_length' || last.kind === 'aborted') return { code: CODE_FOR_KIND[last.kind] };
  const all = failures.length ? failures : [last];
  const overloaded = (e: ProviderError) => isOverloaded(e.kind, e.upstreamStatus, e.message);
  const every = (pred: (e: ProviderError) => boolean) => all.every(pred);
  const waits = all.map((e) => e.retryAfterMs).filter((ms): ms is number => ms !== undefined);
  const soonest = waits.length ? Math.min(...waits) : undefined;

  if (every((e) => e.kind === 'rate_limited' || e.kind === 'circuit_open') && all.some((e) => e.kind === 'rate_limited')) {
    return { code: 'rate_limit_exceeded', retryAfterMs: soonest ?? DEFAULT_RETRY_AFTER_MS };
  }
  if (every((e) => overloaded(e) || e.kind === 'circuit_open') && all.some(overloaded)) {
    return { code: 'upstream_overloaded', retryAfterMs: soonest };
  }
  if (every((e) => e.kind === 'circuit_open')) return { code: 'circuit_open', retryAfterMs: soonest };
  if (every((e) => e.kind === 'context_length')) return { code: 'context_length_exceeded' };
  const kind = all[0].kind;
  if (every((e) => e.kind === kind)) return { code: CODE_FOR_KIND[kind] };
  return { code: 'upstream_error' };
}
