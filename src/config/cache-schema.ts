import { z } from 'zod';
import { ENV_REF } from './secret.js';

// The response cache: `cache:` (where entries live) and `routes.<name>.cache` (who uses it).

const cacheModes = ['read_write', 'read_only', 'off'] as const;

export const routeCacheSchema = z
  .object({
    ttl_s: z.number().positive().max(30 * 86_400).optional().describe('seconds an entry is served; default cache.ttl_s'),
    mode: z.enum(cacheModes).default('read_write').describe('read_only: serve hits, never store; off: never cache, whatever the request header says'),
    allow_nondeterministic: z.boolean().default(false).describe('also cache requests with temperature > 0'),
  })
  .strict();

export const cacheConfigSchema = z
  .object({
    store: z.enum(['store', 'redis', 'memory']).default('store').describe('store: the configured storage (SQLite or PostgreSQL); redis: shared by replicas; memory: this process only'),
    redis_url: z.string().regex(ENV_REF, 'env:VAR').or(z.string().regex(/^rediss?:\/\//, 'a redis:// URL')).optional(),
    key_prefix: z.string().default('switchyard:cache:').describe('Redis key prefix (several gateways can share one Redis)'),
    ttl_s: z.number().positive().max(30 * 86_400).default(300).describe('default time to live of an entry'),
    memory_entries: z.number().int().nonnegative().default(1000).describe('entries kept in the in-process LRU in front of the store (0 = none)'),
    max_entry_bytes: z.number().int().positive().default(1_048_576).describe('responses larger than this are not cached'),
    sweep_interval_s: z.number().positive().default(60).describe('how often expired entries are deleted from SQLite/PostgreSQL'),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.store === 'redis' && !c.redis_url) ctx.addIssue({ code: 'custom', path: ['redis_url'], message: 'cache.store redis needs redis_url' });
  });

export type CacheConfig = z.output<typeof cacheConfigSchema>;
/** x-switchyard-cache request header values. */
export type CacheDirective = 'read_write' | 'read_only' | 'off' | 'refresh';
