import type Database from 'better-sqlite3';
import type { CacheRepo } from '../cache-types.js';

/** Primary-key reads on the local file: microseconds, so they run on the request thread. */
export class SqliteCacheRepo implements CacheRepo {
  readonly #get: Database.Statement<[string, number], { value: string }>;
  readonly #set: Database.Statement<[string, string, number, number]>;
  readonly #sweep: Database.Statement<[number]>;

  constructor(db: Database.Database) {
    this.#get = db.prepare('SELECT value FROM response_cache WHERE key = ? AND expires_at > ?');
    this.#set = db.prepare('INSERT INTO response_cache (key, value, created_at, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at, expires_at = excluded.expires_at');
    this.#sweep = db.prepare('DELETE FROM response_cache WHERE expires_at <= ?');
  }

  async get(key: string, now: number): Promise<string | null> {
    return this.#get.get(key, now)?.value ?? null;
  }

  async set(key: string, value: string, expiresAt: number, now: number): Promise<void> {
    this.#set.run(key, value, now, expiresAt);
  }

  async sweep(now: number): Promise<number> {
    return this.#sweep.run(now).changes;
  }
}
