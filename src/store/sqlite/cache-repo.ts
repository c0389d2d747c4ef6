import type Database from 'better-sqlite3';
import type { CacheRepo } from '../cache-types.js';

/**
 * Primary-key reads on the local file take microseconds, so they run on the request thread.
 * Writes are gathered for one tick and committed in one transaction: one commit per burst of
 * misses instead of one per miss.
 */
export class SqliteCacheRepo implements CacheRepo {
  readonly #get: Database.Statement<[string, number], { value: string }>;
  readonly #sweep: Database.Statement<[number]>;
  readonly #commit: (rows: [string, string, number, number][]) => void;
  #pending: [key: string, value: string, createdAt: number, expiresAt: number][] = [];

  constructor(db: Database.Database) {
    this.#get = db.prepare('SELECT value FROM response_cache WHERE key = ? AND expires_at > ?');
    this.#sweep = db.prepare('DELETE FROM response_cache WHERE expires_at <= ?');
    const set = db.prepare('INSERT INTO response_cache (key, value, created_at, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at, expires_at = excluded.expires_at');
    this.#commit = db.transaction((rows: [string, string, number, number][]) => {
      for (const r of rows) set.run(...r);
    });
  }

  async get(key: string, now: number): Promise<string | null> {
    for (let i = this.#pending.length - 1; i >= 0; i--) {
      const p = this.#pending[i];
      if (p[0] === key) return p[3] > now ? p[1] : null;
    }
    return this.#get.get(key, now)?.value ?? null;
  }

  set(key: string, value: string, expiresAt: number, now: number): Promise<void> {
    if (this.#pending.push([key, value, now, expiresAt]) === 1) {
      return new Promise((resolve, reject) => setImmediate(() => {
        const rows = this.#pending;
        this.#pending = [];
        try {
          this.#commit(rows);
          resolve();
        } catch (err) {
          reject(err);
        }
      }));
    }
    return Promise.resolve();
  }

  async sweep(now: number): Promise<number> {
    return this.#sweep.run(now).changes;
  }
}
