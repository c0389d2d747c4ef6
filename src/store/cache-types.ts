// Response cache entries in the store (SQLite, PostgreSQL): opaque JSON text under a key, with an
// expiry in epoch milliseconds. Expired entries are never returned and are deleted by sweep().

export interface CacheRepo {
  get(key: string, now: number): Promise<string | null>;
  set(key: string, value: string, expiresAt: number, now: number): Promise<void>;
  /** Deletes expired entries; returns how many. */
  sweep(now: number): Promise<number>;
}
