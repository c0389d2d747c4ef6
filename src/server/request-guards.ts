import type { FastifyInstance } from 'fastify';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { InvalidRequestError, PermissionDeniedError, SwitchyardError } from '../core/errors.js';
import type { ServerConfig } from '../config/schema.js';
import { hostAllowed, openWithoutKeys } from './exposure.js';
import { bodyProblem, valueDepthExceeds } from './json-depth.js';
import { JsonBody } from '../core/json-body.js';
import { ScanMemo } from '../core/scan-memo.js';
import type { Redactor } from '../store/redact.js';

// Checks every request passes before any route sees it: the Host of a keyless gateway, how many
// request-body bytes are held at once, and how deep a JSON body nests. One RequestGuards object
// serves both ways in: fastify's hooks (installRequestGuards) and the lean path of the hot routes
// (src/server/lean/), so both share one in-flight count and word every refusal alike.

class OverloadedError extends SwitchyardError {
  constructor(message: string) {
    super(message, { status: 503, type: 'server_error', code: 'overloaded' });
  }
}

// fastify's default JSON parser; it never reads its request argument.
type JsonParse = (req: never, text: string, done: (err: Error | null, value?: unknown) => void) => void;
type BodyDone = (err: Error | null, value?: unknown) => void;

export class RequestGuards {
  #inflight = 0;
  readonly #keyless: boolean;
  readonly #scans = new ScanMemo();
  /** The last Host header found allowed: every request of a client names the same one (~1 µs of parsing each). */
  #allowedHost: string | undefined;

  /** `slowParse`: fastify's own JSON parser, which words the error of a body the fast path refuses. */
  constructor(
    readonly server: ServerConfig,
    readonly redactor: Redactor,
    private readonly slowParse: JsonParse,
  ) {
    this.#keyless = openWithoutKeys(server);
  }

  /** A keyless gateway answers only loopback Host names (DNS rebinding); the refusal, or undefined. */
  hostProblem(url: string, host: string | undefined): PermissionDeniedError | undefined {
    if (!this.#keyless || url === '/health' || (host !== undefined && host === this.#allowedHost)) return undefined;
    if (hostAllowed(this.server, host)) {
      this.#allowedHost = host;
      return undefined;
    }
    return new PermissionDeniedError(
      `Host "${String(host).slice(0, 100)}" is not served: with no server.api_keys this gateway answers only loopback names (localhost, 127.0.0.1, ::1) to stop DNS rebinding; add the name to server.allowed_hosts or configure server.api_keys`,
    );
  }

  /**
   * Bodies take several times their size in memory while parsed; caps what is held at once. Counts
   * the request's declared body until its response closes; the refusal (answer it with
   * `retry-after: 1`), or undefined.
   */
  admitBody(headers: IncomingHttpHeaders, res: ServerResponse): OverloadedError | undefined {
    const declared = Number(headers['content-length']);
    const size = Number.isFinite(declared) && declared > 0 ? declared : headers['transfer-encoding'] ? this.server.max_body_bytes : 0;
    if (size === 0) return undefined;
    const cap = this.server.max_inflight_body_bytes;
    if (this.#inflight > 0 && this.#inflight + size > cap) {
      return new OverloadedError(`the gateway is already holding ${this.#inflight} bytes of request bodies (server.max_inflight_body_bytes = ${cap}); retry shortly`);
    }
    this.#inflight += size;
    let released = false;
    res.once('close', () => {
      if (released) return;
      released = true;
      this.#inflight -= size;
    });
    return undefined;
  }

  /**
   * A JSON body's bytes -> its value. JSON nested thousands of levels deep would overflow the
   * stack of every recursive walker downstream: refused once parsed (JSON.parse itself takes any
   * depth), with a 400 that says so. The common case is JSON.parse and one walk (depth and
   * "__proto__" keys together); a body that does not parse, has such a key or nests too deep goes
   * through fastify's own parser, so it gets the same error as before (its regex scan of the text
   * cost more than the walk).
   */
  parseJson(bytes: Buffer, done: BodyDone): void {
    const text = bytes.toString('utf8');
    const parsed = plainJson(text);
    if (parsed !== NOT_JSON && bodyProblem(parsed, this.server.max_json_depth) === undefined) return done(null, parsed);
    this.slowParse(undefined as never, text, (err, value) => {
      if (err) return done(err, undefined);
      if (valueDepthExceeds(value, this.server.max_json_depth)) {
        return done(new InvalidRequestError(`JSON body nests deeper than ${this.server.max_json_depth} levels (server.max_json_depth)`, 'body', 'json_too_deep'), undefined);
      }
      done(null, value);
    });
  }

  /**
   * A JSON body for a route that reads it lazily (HotRoute.lazyBody): when its syntax checks out
   * (src/core/json-syntax.ts: an object, no "__proto__" key, not too deep) nothing is decoded or
   * built yet; anything else is parsed by parseJson, which gives it the same answer as before.
   * `memoKey` names the conversation the body continues (src/core/scan-memo.ts): only what it
   * changed since the last body of that key is scanned.
   */
  scanJson(bytes: Buffer, memoKey: string, done: (err: Error | null, body?: JsonBody) => void): void {
    const scan = this.#scans.scan(bytes, this.server.max_json_depth, memoKey);
    if (scan) return done(null, JsonBody.scanned(scan));
    this.parseJsonBody(bytes, done);
  }

  /** parseJson, the value kept with its bytes. */
  parseJsonBody(bytes: Buffer, done: (err: Error | null, body?: JsonBody) => void): void {
    this.parseJson(bytes, (err, value) => done(err, err ? undefined : JsonBody.parsed(bytes, value)));
  }

  /** Error texts can quote upstream answers or client input: every error body leaves redacted, whatever wire format rendered it. */
  outgoing(statusCode: number, payload: unknown): unknown {
    return statusCode >= 400 && typeof payload === 'string' ? this.redactor.jsonText(payload) : payload;
  }
}

export function installRequestGuards(app: FastifyInstance, server: ServerConfig, redactor: Redactor): RequestGuards {
  const guards = new RequestGuards(server, redactor, app.getDefaultJsonParser('error', 'ignore'));
  // (Callback-form hooks here: an async hook costs a promise and a microtask turn per request.)
  app.addHook('onSend', (_req, reply, payload, done) => {
    done(null, guards.outgoing(reply.statusCode, payload));
  });

  if (openWithoutKeys(server)) {
    app.addHook('onRequest', (req, _reply, done) => {
      done(guards.hostProblem(req.url, req.headers.host));
    });
  }

  app.addHook('onRequest', (req, reply, done) => {
    const refused = guards.admitBody(req.headers, reply.raw);
    if (refused) reply.header('retry-after', '1');
    done(refused);
  });

  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    const bytes = body as Buffer;
    guards.parseJson(bytes, (err, value) => {
      // Kept for the same-format pass-through, which forwards these bytes (src/providers/json-splice.ts).
      if (!err) req.jsonBody = JsonBody.parsed(bytes, value);
      done(err, value);
    });
  });
  app.decorateRequest('jsonBody', undefined);
  return guards;
}

const NOT_JSON = Symbol('not JSON');

/** JSON.parse, or NOT_JSON when it throws (empty, a byte-order mark, invalid): the caller's slow path words the error. */
function plainJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The JSON body's bytes as they arrived and its value (set when it parsed). */
    jsonBody?: JsonBody;
  }
}
