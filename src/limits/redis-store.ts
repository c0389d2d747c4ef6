import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { ACQUIRE, SETTLE } from './redis-scripts.js';
import type { AcquireResult, BudgetRow, LimitCheck, LimitStore, Settlement } from './store.js';

// Counters shared by every replica pointing at one Redis. Each admission is one script call
// (EVALSHA after the first), so a request costs one round trip.

type ScriptClient = Redis & {
  swAcquire(numKeys: number, ...args: (string | number)[]): Promise<number[]>;
  swSettle(numKeys: number, ...args: (string | number)[]): Promise<number>;
};

const keysOf = (key: string): [string, string, string] => [`${key}:z`, `${key}:a`, `${key}:s`];

export class RedisLimitStore implements LimitStore {
  readonly kind = 'redis' as const;
  readonly #redis: ScriptClient;

  constructor(url: string, opts: { timeoutMs: number; logger?: Logger }) {
    const redis = new Redis(url, {
      // Fail fast instead of queueing: a request must not wait for Redis to come back.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: opts.timeoutMs,
      connectTimeout: 2_000,
      retryStrategy: (n) => Math.min(100 * 2 ** n, 5_000),
    });
    let warned = false;
    redis.on('error', (err) => {
      if (!warned) opts.logger?.warn({ err: err.message }, 'limits: redis connection error (see on_store_error)');
      warned = true;
    });
    redis.on('ready', () => (warned = false));
    redis.defineCommand('swAcquire', { lua: ACQUIRE });
    redis.defineCommand('swSettle', { lua: SETTLE });
    this.#redis = redis as ScriptClient;
  }

  /** Resolves once connected, or after `ms` (the gateway starts either way). */
  ready(ms: number): Promise<boolean> {
    if (this.#redis.status === 'ready') return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(false), ms);
      const done = (v: boolean) => {
        clearTimeout(timer);
        this.#redis.off('ready', onReady);
        resolve(v);
      };
      const onReady = () => done(true);
      this.#redis.once('ready', onReady);
    });
  }

  async acquire(checks: LimitCheck[], id: string, now: number): Promise<AcquireResult> {
    const keys: string[] = [];
    const args: (string | number)[] = [now, id];
    for (const c of checks) {
      keys.push(...keysOf(c.key));
      if (c.kind === 'window') args.push('w', c.limit, c.amount, c.windowMs);
      else args.push('b', c.limit, 0, c.expiresAt);
    }
    const r = await this.#redis.swAcquire(keys.length, ...keys, ...args);
    if (r[0] === 0) {
      const failed = r[1] - 1;
      const used = checks.map((_, i) => (i === failed ? r[2] : 0));
      const resetMs = checks.map((_, i) => (i === failed ? r[3] : 0));
      return { ok: false, failed, used, resetMs };
    }
    return { ok: true, failed: -1, used: checks.map((_, i) => r[2 + i * 2]), resetMs: checks.map((_, i) => r[3 + i * 2]) };
  }

  async settle(settlements: Settlement[], id: string): Promise<void> {
    if (!settlements.length) return;
    const keys: string[] = [];
    const args: (string | number)[] = [id];
    for (const s of settlements) {
      keys.push(...keysOf(s.key));
      args.push(s.kind === 'window' ? 'w' : 'b', Math.round(s.amount), s.kind === 'budget' ? s.expiresAt : 0);
    }
    await this.#redis.swSettle(keys.length, ...keys, ...args);
  }

  async listBudgets(prefix: string): Promise<BudgetRow[]> {
    const rows: BudgetRow[] = [];
    for await (const batch of this.#redis.scanStream({ match: `${prefix}*:z`, count: 500 }) as AsyncIterable<string[]>) {
      if (!batch.length) continue;
      const values = await this.#redis.mget(...batch);
      batch.forEach((k, i) => {
        if (values[i] !== null) rows.push({ key: k.slice(0, -2), used: Number(values[i]) });
      });
    }
    return rows;
  }

  async deleteKeys(keys: string[]): Promise<void> {
    if (keys.length) await this.#redis.del(...keys.flatMap(keysOf));
  }

  async close(): Promise<void> {
    await this.#redis.quit().catch(() => this.#redis.disconnect());
  }
}
