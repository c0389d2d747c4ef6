import type pg from 'pg';
import type { CacheRepo } from '../cache-types.js';
import { exec, one } from './db.js';

export class PgCacheRepo implements CacheRepo {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async get(key: string, now: number): Promise<string | null> {
    return (await one<{ value: string }>(this.#pool, 'SELECT value FROM response_cache WHERE key = ? AND expires_at > ?', [key, now]))?.value ?? null;
  }

  async set(key: string, value: string, expiresAt: number, now: number): Promise<void> {
    await exec(
      this.#pool,
      'INSERT INTO response_cache (key, value, created_at, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at, expires_at = excluded.expires_at',
      [key, value, now, expiresAt],
    );
  }

  async sweep(now: number): Promise<number> {
    return exec(this.#pool, 'DELETE FROM response_cache WHERE expires_at <= ?', [now]);
  }
}
