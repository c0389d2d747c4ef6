import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { Counter, type Registry } from 'prom-client';
import type { LimitRule, LimitsConfig } from '../config/limits-schema.js';
import { envRefName } from '../config/secret.js';
import { ConfigError } from '../core/errors.js';
import type { ChatRequest, Usage } from '../core/types.js';
import type { Admission, AdmissionTicket } from '../routing/gateway.js';
import type { Plan, RequestMeta } from '../routing/resolve.js';
import { estimateTokens } from './estimate.js';
import { formatDuration, periodOf, type Period } from './periods.js';
import { LimitsUnavailableError, RateLimitedError, type LimitName } from './refusal.js';
import { describeSubject, parseSubject, subjectOf, type Who } from './rules.js';
import { MemoryLimitStore } from './memory-store.js';
import { RedisLimitStore } from './redis-store.js';
import type { LimitCheck, LimitStore, Settlement } from './store.js';

// Rate limits and budgets as the gateway's admission control: before a call, every matching
// rule's counters are checked and taken together (all or nothing); after it, the token
// reservation is corrected from the usage and the cost is added to the budgets.

const MINUTE = 60_000;
const NANO = 1e9;

interface CheckMeta {
  rule: LimitRule;
  limit: LimitName;
  subject: string;
  /** Budgets: when the period ends. */
  end?: number;
}

interface BudgetEntry {
  rule: string;
  key: string | null;
  route: string | null;
  model: string | null;
  period: Period;
  period_start: string;
  resets_at: string;
  spent_usd: number;
  limit_usd: number | null;
  remaining_usd: number | null;
}

interface BudgetFilter {
  key?: string;
  rule?: string;
  period?: Period;
}

interface LimiterDeps {
  /** Gateway keys as (label, value): the value is only hashed, to name the key by its label. */
  clients: { label: string; value: string }[];
  logger: Logger;
  registry: Registry;
  env?: NodeJS.ProcessEnv;
  /** The config file, for error messages. */
  file?: string;
}

export class Limiter implements Admission {
  readonly store: LimitStore;
  readonly #prefix: string;
  readonly #logger: Logger;
  readonly #labels: Map<string, string>;
  readonly #rejections: Counter<'rule' | 'limit'>;
  readonly #storeErrors: Counter<'op' | 'outcome'>;
  #config: LimitsConfig;

  constructor(config: LimitsConfig, deps: LimiterDeps) {
    this.#config = config;
    this.#prefix = config.key_prefix;
    this.#logger = deps.logger;
    this.#labels = new Map(deps.clients.map((c) => [createHash('sha256').update(c.value).digest('hex'), c.label]));
    if (config.store === 'redis') {
      const ref = envRefName(config.redis_url!);
      const url = ref ? (deps.env ?? process.env)[ref] : config.redis_url;
      if (!url) throw new ConfigError(deps.file ?? '(config)', [{ path: 'limits.redis_url', message: `environment variable ${ref} is not set`, hint: 'store: redis needs the URL' }]);
      this.store = new RedisLimitStore(url, { timeoutMs: config.store_timeout_ms, logger: deps.logger });
    } else {
      this.store = new MemoryLimitStore();
    }
    this.#rejections = new Counter({ name: 'switchyard_limit_rejections_total', help: 'Requests refused by a rate limit or budget', labelNames: ['rule', 'limit'], registers: [deps.registry] });
    this.#storeErrors = new Counter({ name: 'switchyard_limit_store_errors_total', help: 'Limits store failures (outcome: what on_store_error did)', labelNames: ['op', 'outcome'], registers: [deps.registry] });
  }

  get rules(): LimitRule[] {
    return this.#config.rules;
  }

  /** Takes new rules (reload); counters of rules whose name is unchanged carry over. */
  reconfigure(config: LimitsConfig): void {
    this.#config = config;
  }

  async ready(ms = 2_000): Promise<boolean> {
    return this.store instanceof RedisLimitStore ? this.store.ready(ms) : true;
  }

  labelOf(client: string): string {
    return client === 'anonymous' ? client : (this.#labels.get(client) ?? `key-${client.slice(0, 12)}`);
  }

  async admit(request: ChatRequest, meta: RequestMeta, plan: Plan): Promise<AdmissionTicket | undefined> {
    const rules = this.#config.rules;
    if (meta.client === undefined || rules.length === 0) return undefined; // in-process callers are not limited
    const who: Who = { key: this.labelOf(meta.client), route: plan.route, model: plan.model.name };
    const now = Date.now();
    const checks: LimitCheck[] = [];
    const metas: CheckMeta[] = [];
    let estimate: number | undefined;
    for (const rule of rules) {
      const subject = subjectOf(rule, who);
      if (subject === null) continue;
      if (rule.requests_per_minute !== undefined) {
        checks.push({ kind: 'window', key: `${this.#prefix}w:${rule.name}:rpm:${subject}`, limit: rule.requests_per_minute, amount: 1, windowMs: MINUTE });
        metas.push({ rule, limit: 'requests_per_minute', subject });
      }
      if (rule.tokens_per_minute !== undefined) {
        estimate ??= estimateTokens(request, this.#config.output_tokens_estimate);
        checks.push({ kind: 'window', key: `${this.#prefix}w:${rule.name}:tpm:${subject}`, limit: rule.tokens_per_minute, amount: estimate, windowMs: MINUTE });
        metas.push({ rule, limit: 'tokens_per_minute', subject });
      }
      for (const [limit, period] of [['usd_per_day', 'day'], ['usd_per_month', 'month']] as const) {
        const usd = rule[limit];
        if (usd === undefined) continue;
        const p = periodOf(period, now);
        checks.push({ kind: 'budget', key: this.#budgetKey(rule.name, period, p.id, subject), limit: Math.round(usd * NANO), expiresAt: p.end });
        metas.push({ rule, limit, subject, end: p.end });
      }
    }
    if (checks.length === 0) return undefined;

    const id = randomUUID();
    let result;
    try {
      result = await this.store.acquire(checks, id, now);
    } catch (err) {
      return this.#storeFailure('acquire', err);
    }
    if (!result.ok) throw this.#refusal(checks, metas, result.failed, result.used[result.failed], result.resetMs[result.failed], now);

    const headers = allowanceHeaders(checks, metas, result.used, result.resetMs);
    let settled = false;
    return {
      headers,
      settle: (usage: Usage | null, costUsd: number | null) => {
        if (settled) return;
        settled = true;
        const settlements: Settlement[] = [];
        checks.forEach((c, i) => {
          if (c.kind === 'window') {
            if (metas[i].limit === 'tokens_per_minute') settlements.push({ kind: 'window', key: c.key, amount: usage?.total_tokens ?? 0 });
          } else if (costUsd) {
            settlements.push({ kind: 'budget', key: c.key, amount: Math.round(costUsd * NANO), expiresAt: c.expiresAt });
          }
        });
        if (!settlements.length) return;
        try {
          const done = this.store.settle(settlements, id);
          if (done) done.catch((err) => this.#settleFailure(err));
        } catch (err) {
          this.#settleFailure(err);
        }
      },
    };
  }

  /** Current-period budgets (spent so far), optionally for one key, rule or period. */
  async budgets(filter: BudgetFilter = {}): Promise<BudgetEntry[]> {
    return (await this.#budgetRows(filter)).map((r) => r.entry);
  }

  /** Sets matching current-period budgets back to zero; returns them as they were. */
  async resetBudgets(filter: BudgetFilter): Promise<BudgetEntry[]> {
    const rows = await this.#budgetRows(filter);
    await this.store.deleteKeys(rows.map((r) => r.key));
    return rows.map((r) => r.entry);
  }

  async #budgetRows(filter: BudgetFilter): Promise<{ key: string; entry: BudgetEntry }[]> {
    const now = Date.now();
    const rows = await this.store.listBudgets(`${this.#prefix}b:`);
    const out: { key: string; entry: BudgetEntry }[] = [];
    for (const row of rows) {
      const [rule, period, periodId, subject] = row.key.slice(this.#prefix.length + 2).split(':');
      if (period !== 'day' && period !== 'month') continue;
      const p = periodOf(period, now);
      if (periodId !== p.id) continue; // a past period, waiting for its expiry
      const who = parseSubject(subject ?? 'all');
      if ((filter.rule && filter.rule !== rule) || (filter.period && filter.period !== period) || (filter.key && filter.key !== who.key)) continue;
      const def = this.#config.rules.find((r) => r.name === rule);
      const limit = def?.[period === 'day' ? 'usd_per_day' : 'usd_per_month'] ?? null;
      const spent = row.used / NANO;
      const entry: BudgetEntry = {
        rule, key: who.key ?? null, route: who.route ?? null, model: who.model ?? null,
        period, period_start: new Date(p.start).toISOString(), resets_at: new Date(p.end).toISOString(),
        spent_usd: spent, limit_usd: limit, remaining_usd: limit === null ? null : Math.max(0, limit - spent),
      };
      out.push({ key: row.key, entry });
    }
    return out.sort((a, b) => a.entry.rule.localeCompare(b.entry.rule) || String(a.entry.key).localeCompare(String(b.entry.key)) || a.entry.period.localeCompare(b.entry.period));
  }

  close(): Promise<void> {
    return this.store.close();
  }

  #budgetKey(rule: string, period: Period, periodId: string, subject: string): string {
    return `${this.#prefix}b:${rule}:${period}:${periodId}:${subject}`;
  }

  #refusal(checks: LimitCheck[], metas: CheckMeta[], i: number, used: number, resetMs: number, now: number): RateLimitedError {
    const c = checks[i];
    const m = metas[i];
    this.#rejections.inc({ rule: m.rule.name, limit: m.limit });
    const whom = describeSubject(m.subject);
    if (c.kind === 'budget') {
      const retryAfterS = Math.max(1, Math.ceil((m.end! - now) / 1000));
      const message =
        `budget "${m.rule.name}" exhausted: ${m.limit} is $${m.rule[m.limit]} and $${(used / NANO).toFixed(6)} is spent${whom}; ` +
        `it resets at ${new Date(m.end!).toISOString()}`;
      return new RateLimitedError(message, { rule: m.rule.name, limit: m.limit, retryAfterS, headers: {} });
    }
    const retryAfterS = Math.max(1, Math.ceil(resetMs / 1000));
    const what = m.limit === 'requests_per_minute' ? 'requests' : 'tokens';
    const tooBig = c.amount > c.limit;
    const message = tooBig
      ? `rate limit "${m.rule.name}": this request's estimated ${c.amount} tokens exceed ${m.limit} (${c.limit})${whom}; lower max_tokens or the prompt`
      : `rate limit "${m.rule.name}" exceeded: ${m.limit} is ${c.limit}${whom} (${used} ${what} in the last minute); retry after ${retryAfterS}s`;
    const headers = {
      [`x-ratelimit-limit-${what}`]: String(c.limit),
      [`x-ratelimit-remaining-${what}`]: String(Math.max(0, c.limit - used)),
      [`x-ratelimit-reset-${what}`]: formatDuration(resetMs),
    };
    return new RateLimitedError(message, { rule: m.rule.name, limit: m.limit, retryAfterS, headers });
  }

  #storeFailure(op: string, err: unknown): undefined {
    const deny = this.#config.on_store_error === 'deny';
    this.#storeErrors.inc({ op, outcome: deny ? 'denied' : 'allowed' });
    this.#logger.warn({ err: (err as Error).message, on_store_error: this.#config.on_store_error }, `limits: store ${op} failed; request ${deny ? 'refused' : 'allowed'}`);
    if (deny) throw new LimitsUnavailableError();
    return undefined;
  }

  #settleFailure(err: unknown): void {
    this.#storeErrors.inc({ op: 'settle', outcome: 'lost' });
    this.#logger.warn({ err: (err as Error).message }, 'limits: could not record usage/spend in the store');
  }
}

/** OpenAI-style allowance headers: per dimension, the rule with the least left. */
function allowanceHeaders(checks: LimitCheck[], metas: CheckMeta[], used: number[], resetMs: number[]): Record<string, string> {
  const headers: Record<string, string> = {};
  const best: Record<string, number> = {};
  checks.forEach((c, i) => {
    const remaining = c.limit - used[i];
    if (c.kind === 'window') {
      const what = metas[i].limit === 'requests_per_minute' ? 'requests' : 'tokens';
      if (best[what] !== undefined && best[what] <= remaining) return;
      best[what] = remaining;
      headers[`x-ratelimit-limit-${what}`] = String(c.limit);
      headers[`x-ratelimit-remaining-${what}`] = String(Math.max(0, remaining));
      headers[`x-ratelimit-reset-${what}`] = formatDuration(resetMs[i]);
    } else if (best.usd === undefined || remaining < best.usd) {
      best.usd = remaining;
      headers['x-switchyard-budget-remaining-usd'] = String(Math.max(0, remaining) / NANO);
    }
  });
  return headers;
}
