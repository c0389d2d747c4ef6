import { Pool } from 'undici';
import type { Config } from '../config/schema.js';
import { PRESETS } from './presets.js';

// One undici Pool per upstream origin, kept for the life of the process: a request goes straight
// to its origin's pool instead of through an Agent that looks the origin up (and parses the URL)
// on every call. Pipelining stays off (one request per connection at a time: an upstream that
// stalls one answer must not stall the next); connections per origin are capped so a burst cannot
// open thousands of sockets to one provider. A pool closed by a reload or shutdown is replaced
// on its next use, so closing one that is still wanted costs a reconnect, never a failure.

const MAX_CONNECTIONS = 256;

// Deadlines belong to routing (it aborts the signal); these are only a safety net against a
// socket that goes silent forever, long enough for slow reasoning models.
const SOCKET_OPTIONS = {
  keepAliveTimeout: 30_000,
  keepAliveMaxTimeout: 600_000,
  headersTimeout: 600_000,
  bodyTimeout: 600_000,
  connect: { timeout: 10_000 },
} as const;
// Adapters' built-in endpoints (no base_url in the config): never closed by a reload.
const BUILT_IN = new Set(
  [...Object.values(PRESETS).map((p) => p.baseUrl), 'https://api.anthropic.com', 'https://generativelanguage.googleapis.com']
    .filter((u): u is string => !!u)
    .map((u) => new URL(u).origin),
);

const pools = new Map<string, Pool>();

export function upstreamPool(origin: string): Pool {
  let pool = pools.get(origin);
  if (!pool || pool.closed || pool.destroyed) {
    pool = new Pool(origin, { ...SOCKET_OPTIONS, connections: MAX_CONNECTIONS, pipelining: 1 });
    pools.set(origin, pool);
  }
  return pool;
}

/** After a reload: closes the pools of origins the new config no longer names (in-flight requests finish first). */
export function retainUpstreams(config: Config): void {
  const keep = new Set(BUILT_IN);
  for (const p of Object.values(config.providers)) {
    const url = 'base_url' in p ? p.base_url : undefined;
    if (typeof url === 'string') {
      try {
        keep.add(new URL(url).origin);
      } catch {
        // an unparsable base_url fails at request time, not here
      }
    }
  }
  for (const [origin, pool] of pools) {
    if (keep.has(origin)) continue;
    pools.delete(origin);
    pool.close().catch(() => undefined);
  }
}

/** Shutdown: every pool, after its in-flight requests. */
export async function closeUpstreams(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((p) => p.close().catch(() => undefined)));
}
