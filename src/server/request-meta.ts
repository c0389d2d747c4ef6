import { createHash } from 'node:crypto';
import { InvalidRequestError } from '../core/errors.js';
import type { RequestMeta } from '../routing/resolve.js';
import type { ClientAbort } from '../routing/client-abort.js';
import { bearerToken } from './auth.js';
import type { CacheDirective } from '../config/cache-schema.js';
import type { HttpRequest } from './http-types.js';

const CACHE_DIRECTIVES: CacheDirective[] = ['read_write', 'read_only', 'off', 'refresh'];

const header = (req: HttpRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

// An agent sends the same key on every request: hash each key once (a few keys per gateway; the
// map is emptied if clients send many distinct ones, e.g. when no keys are configured).
const hashed = new Map<string, string>();

function clientOf(token: string): string {
  let h = hashed.get(token);
  if (h === undefined) {
    if (hashed.size >= 256) hashed.clear();
    h = createHash('sha256').update(token).digest('hex');
    hashed.set(token, h);
  }
  return h;
}

/** Switchyard's request headers (and OpenAI `metadata`) -> routing metadata. */
export function requestMeta(req: HttpRequest, metadata: Record<string, string> | undefined, abort: ClientAbort): RequestMeta {
  const sessionId = header(req, 'x-switchyard-session-id') ?? metadata?.session_id ?? metadata?.episode_id;
  if (sessionId !== undefined && (sessionId.length === 0 || sessionId.length > 256)) {
    throw new InvalidRequestError('session id must be 1-256 characters', 'x-switchyard-session-id');
  }
  const noFallback = header(req, 'x-switchyard-no-fallback');
  const token = bearerToken(req);
  const cache = header(req, 'x-switchyard-cache');
  if (cache !== undefined && !CACHE_DIRECTIVES.includes(cache as CacheDirective)) {
    throw new InvalidRequestError(`x-switchyard-cache must be one of ${CACHE_DIRECTIVES.join(', ')}; got "${cache.slice(0, 40)}"`, 'x-switchyard-cache');
  }
  return {
    sessionId,
    requestId: req.id,
    forceVariant: header(req, 'x-switchyard-variant'),
    pinTarget: header(req, 'x-switchyard-target'),
    noFallback: noFallback !== undefined && noFallback !== '0' && noFallback !== 'false',
    abort,
    // Made on first use: most requests never need a real signal (src/routing/client-abort.ts).
    get signal() {
      return abort.signal;
    },
    tags: metadata && Object.keys(metadata).length ? metadata : undefined,
    client: token ? clientOf(token) : 'anonymous',
    cache: cache as CacheDirective | undefined,
    trace: { traceparent: header(req, 'traceparent'), tracestate: header(req, 'tracestate'), held: true },
  };
}
