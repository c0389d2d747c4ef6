import type { CacheDirective } from '../config/cache-schema.js';
import type { Config } from '../config/schema.js';
import type { ChatRequest } from '../core/types.js';
import type { Plan } from '../routing/resolve.js';

// Whether this request may read and/or write the cache. The route's setting is the operator's
// ceiling: a request header can narrow it (read_only, off, refresh) or opt in where the route says
// nothing, but never widen an explicit read_only or off.

type CachePolicy = { outcome: 'bypass'; reason: string } | { outcome: 'use'; read: boolean; write: boolean; ttlMs: number };

export function cachePolicy(config: Config, plan: Plan, request: ChatRequest, directive: CacheDirective | undefined): CachePolicy | null {
  const route = plan.route ? config.routes[plan.route]?.cache : undefined;
  if (!route && !directive) return null;
  if (route?.mode === 'off') return directive ? { outcome: 'bypass', reason: 'route cache is off' } : null;
  if (directive === 'off') return { outcome: 'bypass', reason: 'request header off' };
  if (!route?.allow_nondeterministic && nondeterministic(request, plan)) {
    return { outcome: 'bypass', reason: 'temperature > 0 (set allow_nondeterministic on the route to cache it)' };
  }
  const ceiling = route?.mode ?? 'read_write';
  const read = directive !== 'refresh';
  const write = ceiling === 'read_write' && directive !== 'read_only';
  if (!read && !write) return { outcome: 'bypass', reason: 'refresh on a read_only route' };
  return { outcome: 'use', read, write, ttlMs: (route?.ttl_s ?? config.cache.ttl_s) * 1000 };
}

function nondeterministic(request: ChatRequest, plan: Plan): boolean {
  const forced = plan.model.targets.some((t) => positive(t.config.params?.temperature));
  return forced || positive(plan.params?.temperature ?? request.temperature);
}

const positive = (t: unknown) => typeof t === 'number' && t > 0;
