import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SwitchyardError } from '../../core/errors.js';
import type { HttpReply, HttpRequest } from '../http-types.js';
import type { AppContext } from '../context.js';
import { toSwitchyardError } from './normalize.js';

// The one error path of every surface: normalize, set the headers a client acts on, log and count,
// then let the surface's renderError shape the body (OpenAI, Anthropic, Responses...).

export interface ErrorReply {
  status: number;
  body: unknown;
}

export type RenderError = (err: SwitchyardError) => ErrorReply;

export function errorHandler(ctx: AppContext, render: RenderError) {
  return (raw: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const out = errorReply(ctx, render, raw, req, reply);
    return reply.status(out.status).send(out.body);
  };
}

/** Everything of the error path but sending: the error normalized and rendered, its headers set, logged and counted. */
export function errorReply(ctx: AppContext, render: RenderError, raw: unknown, req: HttpRequest, reply: HttpReply): ErrorReply {
  const err = toSwitchyardError(raw, ctx.config.server.max_body_bytes);
  const out = render(err);
  setErrorHeaders(reply, err);
  reportError(ctx, req, out.status, err, raw);
  return out;
}

/** Retry-After (whole seconds, as HTTP says) plus retry-after-ms (OpenAI's finer one), and the stored inference. */
function setErrorHeaders(reply: HttpReply, err: SwitchyardError): void {
  if (err.inferenceId) reply.header('x-switchyard-inference-id', err.inferenceId);
  if (err.headers) reply.headers(err.headers);
  if (err.retryAfterMs !== undefined) {
    reply.header('retry-after', String(Math.max(1, Math.ceil(err.retryAfterMs / 1000))));
    reply.header('retry-after-ms', String(Math.max(0, Math.round(err.retryAfterMs))));
  }
}

/** One log line per error reply (no content, no credentials) and one count by status and code. */
export function reportError(ctx: AppContext, req: HttpRequest, status: number, err: SwitchyardError, raw?: unknown): void {
  ctx.metrics.httpErrors.inc({ status: String(status), code: err.code });
  const line = { route: req.routeOptions?.url ?? null, method: req.method, status, code: err.code, param: err.param, inference_id: err.inferenceId };
  if (status >= 500) {
    if (err.code === 'internal_error') req.log.error({ ...line, err: raw }, 'unhandled error');
    else req.log.warn(line, err.message);
  } else {
    req.log.info(line, 'request rejected');
  }
}
