import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorCodes, type FastifyBaseLogger } from 'fastify';
import { lever } from '../../core/levers.js';
import type { AppContext } from '../context.js';
import { errorReply } from '../errors/handler.js';
import { requestIdOf } from '../errors/request-id.js';
import type { HttpHandler } from '../http-types.js';
import type { RequestGuards } from '../request-guards.js';
import type { Tracing } from '../../telemetry/tracing.js';
import { settleOnClose } from '../reply-helpers.js';
import type { HotRoute } from './hot-route.js';
import type { JsonBody } from '../../core/json-body.js';
import { LeanReply, LeanRequest } from './exchange.js';
import { JsonBytes } from '../json-bytes.js';

// The model routes (chat completions, messages, responses) served on the raw HTTP server ahead
// of fastify: fastify's routing, hooks, request/reply objects, child logger, content-type parser
// and reply pipeline cost more per request than the route itself on a small JSON request. The
// lean path runs the same checks in the same order through the same code (RequestGuards, the
// route's handler, the error path of src/server/errors/handler.ts), and takes only requests it
// answers exactly as fastify would: a POST to exactly the route's path (a query string allowed),
// `content-type: application/json` (or with `; charset=utf-8`), a content-length of 1 to
// server.max_body_bytes and no transfer-encoding, while the server is not closing. Anything else
// (other methods, other paths, other or missing content types, chunked or empty or oversized
// bodies, the 503 of a closing server) goes to fastify, which words it as before.
// The `leanHttp` lever (src/core/levers.ts) switches it off inside a running gateway so the bench
// can measure it; SWITCHYARD_LEAN_HTTP=off never installs it.

const JSON_TYPES = new Set(['application/json', 'application/json; charset=utf-8']);
const leanHttp = lever('leanHttp');

interface Served {
  readonly route: HotRoute;
  readonly handler: HttpHandler;
  readonly options: { readonly url: string };
}

export class LeanPath {
  readonly #routes = new Map<string, Served>();
  #closing = false;

  constructor(
    private readonly ctx: AppContext,
    private readonly guards: RequestGuards,
    routes: readonly HotRoute[],
    private readonly tracing: Tracing | undefined,
  ) {
    for (const route of routes) this.#routes.set(route.url, { route, handler: route.handler(ctx), options: { url: route.url } });
  }

  /** From now on every request goes to fastify (which answers 503 while it closes). */
  close(): void {
    this.#closing = true;
  }

  /** Serves the request and returns true, or returns false and leaves it untouched for fastify. */
  take(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'POST' || this.#closing || !leanHttp.on) return false;
    const url = req.url!;
    const q = url.indexOf('?');
    const served = this.#routes.get(q < 0 ? url : url.slice(0, q));
    if (served === undefined) return false;
    const h = req.headers;
    if (!JSON_TYPES.has(h['content-type'] as string) || h['transfer-encoding'] !== undefined) return false;
    const length = Number(h['content-length']);
    if (!(length > 0 && length <= this.guards.server.max_body_bytes)) return false;
    this.#serve(served, req, res, length);
    return true;
  }

  #serve(served: Served, raw: IncomingMessage, res: ServerResponse, length: number): void {
    const req = new LeanRequest(raw, requestIdOf(raw), served.options, this.ctx.logger as unknown as FastifyBaseLogger);
    const reply = new LeanReply(res);
    // The order of fastify's onRequest hooks (src/server/app.ts, request-guards.ts).
    reply.header('x-request-id', req.id);
    if (this.tracing) settleOnClose(this.tracing, reply);
    const refused = this.guards.hostProblem(raw.url!, raw.headers.host) ?? this.guards.admitBody(raw.headers, res);
    if (refused) {
      if (refused.code === 'overloaded') reply.header('retry-after', '1');
      return this.#fail(served, req, reply, refused);
    }
    readBody(raw, length, (err, bytes) => {
      if (err) return this.#failBody(served, req, reply, err);
      const onBody = (parseErr: Error | null, body?: JsonBody) => {
        if (parseErr) return this.#failBody(served, req, reply, parseErr);
        // The bytes are kept for the same-format pass-through, which forwards them (src/providers/json-splice.ts).
        req.jsonBody = body;
        served.handler(req, reply).then(
          (payload) => {
            if (reply.sent) return;
            try {
              this.#send(reply, reply.statusCode, payload);
            } catch (err) {
              // A value JSON cannot carry or a header Node refuses: an error reply, not an unhandled rejection.
              this.#fail(served, req, reply, err);
            }
          },
          (thrown) => this.#fail(served, req, reply, thrown),
        );
      };
      if (served.route.lazyBody && length >= (served.route.lazyBodyFrom ?? 0)) this.guards.scanJson(bytes!, memoKey(served.route, raw.headers), onBody);
      else this.guards.parseJsonBody(bytes!, onBody);
    });
  }

  /** A body that could not be read or parsed: fastify closes the connection, as the client may send more. */
  #failBody(served: Served, req: LeanRequest, reply: LeanReply, err: Error): void {
    reply.header('connection', 'close');
    this.#fail(served, req, reply, err);
  }

  #fail(served: Served, req: LeanRequest, reply: LeanReply, err: unknown): void {
    if (reply.sent) {
      req.log.error({ err }, 'Promise errored, but reply.sent = true was set');
      return;
    }
    try {
      const out = errorReply(this.ctx, served.route.render, err, req, reply);
      this.#send(reply, out.status, out.body);
    } catch (sendErr) {
      // Nothing more can be said to this client; the process must not go down with it.
      req.log.error({ err: sendErr }, 'could not send the error reply');
      reply.raw.destroy();
    }
  }

  #send(reply: LeanReply, statusCode: number, payload: unknown): void {
    const body = payload instanceof JsonBytes ? payload.bytes : JSON.stringify(payload);
    reply.send(statusCode, this.guards.outgoing(statusCode, body) as string | Buffer);
  }
}

/** The conversation a lazy body continues: its session header's value on this route, else the route. */
function memoKey(route: HotRoute, headers: IncomingMessage['headers']): string {
  const session = route.sessionHeader === undefined ? undefined : headers[route.sessionHeader];
  return typeof session === 'string' && session.length <= 200 ? `${route.url} ${session}` : route.url;
}

/** The whole body (its length already checked against the limit); a stream error is a 400, as fastify makes it. */
function readBody(raw: IncomingMessage, length: number, done: (err: Error | null, bytes?: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let received = 0;
  const onData = (chunk: Buffer) => {
    chunks.push(chunk);
    received += chunk.length;
  };
  const onEnd = (err?: Error & { statusCode?: number }) => {
    raw.removeListener('data', onData);
    raw.removeListener('end', onEnd);
    raw.removeListener('error', onEnd);
    if (err != null) {
      if (!(typeof err.statusCode === 'number' && err.statusCode >= 400)) err.statusCode = 400;
      return done(err);
    }
    if (received !== length) return done(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH());
    done(null, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received));
  };
  raw.on('data', onData);
  raw.on('end', onEnd);
  raw.on('error', onEnd);
}
