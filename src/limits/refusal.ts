import type { FastifyReply } from 'fastify';
import { SwitchyardError } from '../core/errors.js';

// Refusals by rate limits and budgets, and how each client surface receives them. Kept here (one
// small function per surface) so the per-surface error renderers can take them over later.

export type LimitName = 'requests_per_minute' | 'tokens_per_minute' | 'usd_per_day' | 'usd_per_month';

export class RateLimitedError extends SwitchyardError {
  readonly rule: string;
  readonly limit: LimitName;
  readonly retryAfterS: number;
  /** Retry-After, x-ratelimit-* and the rule's name, sent with the 429. */
  readonly headers: Record<string, string>;

  constructor(message: string, opts: { rule: string; limit: LimitName; retryAfterS: number; headers: Record<string, string> }) {
    super(message, { status: 429, type: 'rate_limit_error', code: 'rate_limited' });
    this.rule = opts.rule;
    this.limit = opts.limit;
    this.retryAfterS = opts.retryAfterS;
    this.headers = { ...opts.headers, 'retry-after': String(opts.retryAfterS), 'x-switchyard-limit': opts.rule, 'x-switchyard-limit-kind': opts.limit };
  }
}

/** The shared limits store (Redis) is unreachable and limits.on_store_error is deny. */
export class LimitsUnavailableError extends SwitchyardError {
  constructor() {
    super('rate limits cannot be checked right now (limits store unreachable); retry shortly', { status: 503, type: 'server_error', code: 'limits_unavailable' });
  }
}

export type Surface = 'openai' | 'anthropic' | 'responses';

/** Sets status and headers of a limit refusal and returns the body in the surface's wire format. */
export function renderLimitRefusal(reply: FastifyReply, err: RateLimitedError | LimitsUnavailableError, surface: Surface): unknown {
  reply.status(err.status);
  if (err instanceof RateLimitedError) reply.headers(err.headers);
  else reply.header('retry-after', '1');
  if (surface === 'anthropic') {
    return { type: 'error', error: { type: err.status === 429 ? 'rate_limit_error' : 'api_error', message: err.message } };
  }
  return err.toJSON();
}

export function isLimitRefusal(err: unknown): err is RateLimitedError | LimitsUnavailableError {
  return err instanceof RateLimitedError || err instanceof LimitsUnavailableError;
}
