import type { FastifyInstance } from 'fastify';
import { InvalidRequestError, PermissionDeniedError, SwitchyardError } from '../core/errors.js';
import type { ServerConfig } from '../config/schema.js';
import { hostAllowed, openWithoutKeys } from './exposure.js';
import { bodyProblem, valueDepthExceeds } from './json-depth.js';
import type { Redactor } from '../store/redact.js';

// Checks every request passes before any route sees it: the Host of a keyless gateway, how many
// request-body bytes are held at once, and how deep a JSON body nests.

export class OverloadedError extends SwitchyardError {
  constructor(message: string) {
    super(message, { status: 503, type: 'server_error', code: 'overloaded' });
  }
}

export function installRequestGuards(app: FastifyInstance, server: ServerConfig, redactor: Redactor): void {
  // Error texts can quote upstream answers or client input: every error body leaves redacted,
  // whatever wire format rendered it.
  // (Callback-form hooks here: an async hook costs a promise and a microtask turn per request.)
  app.addHook('onSend', (_req, reply, payload, done) => {
    done(null, reply.statusCode >= 400 && typeof payload === 'string' ? redactor.jsonText(payload) : payload);
  });

  if (openWithoutKeys(server)) {
    app.addHook('onRequest', (req, _reply, done) => {
      const host = req.headers.host;
      if (req.url === '/health' || hostAllowed(server, host)) return done();
      done(
        new PermissionDeniedError(
          `Host "${String(host).slice(0, 100)}" is not served: with no server.api_keys this gateway answers only loopback names (localhost, 127.0.0.1, ::1) to stop DNS rebinding; add the name to server.allowed_hosts or configure server.api_keys`,
        ),
      );
    });
  }

  // Bodies take several times their size in memory while parsed; cap what is held at once.
  const cap = server.max_inflight_body_bytes;
  let inflight = 0;
  app.addHook('onRequest', (req, reply, done) => {
    const declared = Number(req.headers['content-length']);
    const size = Number.isFinite(declared) && declared > 0 ? declared : req.headers['transfer-encoding'] ? server.max_body_bytes : 0;
    if (size === 0) return done();
    if (inflight > 0 && inflight + size > cap) {
      reply.header('retry-after', '1');
      return done(
        new OverloadedError(`the gateway is already holding ${inflight} bytes of request bodies (server.max_inflight_body_bytes = ${cap}); retry shortly`),
      );
    }
    inflight += size;
    let released = false;
    reply.raw.once('close', () => {
      if (released) return;
      released = true;
      inflight -= size;
    });
    done();
  });

  // JSON nested thousands of levels deep would overflow the stack of every recursive walker
  // downstream; refuse it once parsed (JSON.parse itself takes any depth), with a 400 that says so.
  // The common case is JSON.parse and one walk (depth and "__proto__" keys together); a body that
  // does not parse, has such a key or nests too deep goes through fastify's own parser below, so
  // it gets the same error as before (its regex scan of the text cost more than the walk).
  const parse = app.getDefaultJsonParser('error', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    const bytes = body as Buffer;
    const text = bytes.toString('utf8');
    const parsed = plainJson(text);
    if (parsed !== NOT_JSON && bodyProblem(parsed, server.max_json_depth) === undefined) {
      req.rawJson = bytes;
      return done(null, parsed);
    }
    parse(req, text, (err: Error | null, value?: unknown) => {
      if (err) return done(err, undefined);
      if (valueDepthExceeds(value, server.max_json_depth)) {
        return done(new InvalidRequestError(`JSON body nests deeper than ${server.max_json_depth} levels (server.max_json_depth)`, 'body', 'json_too_deep'), undefined);
      }
      // Kept for the same-format pass-through, which forwards these bytes (src/providers/json-splice.ts).
      req.rawJson = bytes;
      done(null, value);
    });
  });
  app.decorateRequest('rawJson', undefined);
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
    /** The JSON body's bytes as they arrived (set when it parsed). */
    rawJson?: Buffer;
  }
}
