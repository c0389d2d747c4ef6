import { SwitchyardError } from '../core/errors.js';

// Refusals by rate limits and budgets. Both are SwitchyardErrors, so every surface's error renderer
// (src/server/errors/) answers them in its own wire format with Retry-After and the headers below.

export type LimitName = 'requests_per_minute' | 'tokens_per_minute' | 'usd_per_day' | 'usd_per_month';

export class RateLimitedError extends SwitchyardError {
  readonly rule: string;
  readonly limit: LimitName;
  readonly retryAfterS: number;

  constructor(message: string, opts: { rule: string; limit: LimitName; retryAfterS: number; headers: Record<string, string> }) {
    super(message, { status: 429, type: 'rate_limit_error', code: 'rate_limited', retryAfterMs: opts.retryAfterS * 1000 });
    this.rule = opts.rule;
    this.limit = opts.limit;
    this.retryAfterS = opts.retryAfterS;
    this.headers = { ...opts.headers, 'x-switchyard-limit': opts.rule, 'x-switchyard-limit-kind': opts.limit };
  }
}

/** The shared limits store (Redis) is unreachable and limits.on_store_error is deny. */
export class LimitsUnavailableError extends SwitchyardError {
  constructor() {
    super('rate limits cannot be checked right now (limits store unreachable); retry shortly', {
      status: 503, type: 'server_error', code: 'limits_unavailable', retryAfterMs: 1000,
    });
  }
}
