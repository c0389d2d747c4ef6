import { createHash } from 'node:crypto';
import { InvalidRequestError } from '../core/errors.js';
import type { RequestMeta } from '../routing/resolve.js';
import type { ClientAbort } from '../routing/client-abort.js';
import { bearerToken } from './auth.js';
import type { CacheDirective } from '../config/cache-schema.js';
import type { HttpRequest } from './http-types.js';
import type { TraceCarrier } from '../telemetry/tracing.js';
import { boundedMemo } from '../core/bounded-memo.js';

const CACHE_DIRECTIVES: CacheDirective[] = ['read_write', 'read_only', 'off', 'refresh'];

const header = (req: HttpRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

// An agent sends the same key on every request: hash each key once (a few keys per gateway; the
// map is emptied if clients send many distinct ones, e.g. when no keys are configured).
const clientOf = boundedMemo(256, (token) => createHash('sha256').update(token).digest('hex'));

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
  return new HttpRequestMeta(
    sessionId,
    req.id,
    header(req, 'x-switchyard-variant'),
    header(req, 'x-switchyard-target'),
    noFallback !== undefined && noFallback !== '0' && noFallback !== 'false',
    abort,
    metadata && Object.keys(metadata).length ? metadata : undefined,
    token ? clientOf(token) : 'anonymous',
    cache as CacheDirective | undefined,
    { traceparent: header(req, 'traceparent'), tracestate: header(req, 'tracestate'), held: true },
  );
}

/**
 * An HTTP request's routing metadata. A class, not an object literal, because of `signal`: a getter
 * written in a literal is defined on each object with a V8 AccessorPair, which V8 always allocates
 * in the old generation, so every request's pair (dead or not) pointed from old space at that
 * request's closure and everything it captured, and each scavenge kept and promoted them until
 * the next mark-compact (docs/performance.md, "Dead requests promoted"). A getter on the
 * prototype is defined once.
 */
class HttpRequestMeta implements RequestMeta {
  constructor(
    public sessionId: string | undefined,
    public requestId: string,
    public forceVariant: string | undefined,
    public pinTarget: string | undefined,
    public noFallback: boolean,
    public abort: ClientAbort,
    public tags: Record<string, string> | undefined,
    public client: string,
    public cache: CacheDirective | undefined,
    public trace: TraceCarrier,
  ) {}

  /** Made on first use: most requests never need a real signal (src/routing/client-abort.ts). */
  get signal(): AbortSignal {
    return this.abort.signal;
  }
}
