import { Redis } from 'ioredis';
import type { CacheRepo } from '../store/cache-types.js';

// Where cache entries live beyond the in-process LRU. Values are opaque JSON text.

export interface CacheBackend {
  readonly name: 'store' | 'redis' | 'memory';
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  close(): Promise<void>;
}

/** SQLite or PostgreSQL (the configured store), with a periodic sweep of expired rows. */
export class StoreBackend implements CacheBackend {
  readonly name = 'store';
  readonly #repo: CacheRepo;
  readonly #timer: NodeJS.Timeout;

  constructor(repo: CacheRepo, sweepEveryMs: number, onError: (err: unknown) => void) {
    this.#repo = repo;
    this.#timer = setInterval(() => void repo.sweep(Date.now()).catch(onError), sweepEveryMs).unref();
  }

  get(key: string): Promise<string | null> {
    return this.#repo.get(key, Date.now());
  }

  set(key: string, value: string, ttlMs: number): Promise<void> {
    const now = Date.now();
    return this.#repo.set(key, value, now + ttlMs, now);
  }

  async close(): Promise<void> {
    clearInterval(this.#timer);
  }
}

/** Shared by replicas. Commands fail fast when Redis is away (a miss), instead of queueing behind a reconnect. */
export class RedisBackend implements CacheBackend {
  readonly name = 'redis';
  readonly #redis: Redis;
  readonly #prefix: string;

  constructor(url: string, prefix: string, onError: (err: unknown) => void) {
    this.#prefix = prefix;
    this.#redis = new Redis(url, { enableOfflineQueue: true, maxRetriesPerRequest: 1, commandTimeout: 500, lazyConnect: false });
    this.#redis.on('error', onError);
  }

  get(key: string): Promise<string | null> {
    return this.#redis.get(this.#prefix + key);
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.#redis.set(this.#prefix + key, value, 'PX', Math.max(1, Math.round(ttlMs)));
  }

  async close(): Promise<void> {
    await this.#redis.quit().catch(() => this.#redis.disconnect());
  }
}

/** This process only: the LRU in front is the whole cache. */
export class MemoryBackend implements CacheBackend {
  readonly name = 'memory';
  async get(): Promise<string | null> {
    return null;
  }
  async set(): Promise<void> {}
  async close(): Promise<void> {}
}
