import type { AppContext } from '../context.js';
import type { RenderError } from '../errors/handler.js';
import type { HttpHandler } from '../http-types.js';
import { JsonBytes } from '../json-bytes.js';
import { JSON_CONTENT_TYPE } from './exchange.js';

// A model route served both by fastify and by the lean path (lean-path.ts): one handler, one
// error renderer, registered with fastify by its route group and taken over by the lean path.

export interface HotRoute {
  /** POST only; the path exactly (no parameters). */
  readonly url: string;
  /** The error body of this surface (the error handler fastify uses for the route). */
  readonly render: RenderError;
  readonly handler: (ctx: AppContext) => HttpHandler;
  /**
   * The handler reads the body through `req.jsonBody` a few fields at a time and parses it whole
   * only when it must (a forwarded 50 KB agent request): the lean path checks its syntax instead of
   * parsing it (RequestGuards.scanJson).
   */
  readonly lazyBody?: boolean;
  /** A lazy body shorter than this many bytes is parsed whole all the same (cheaper than deferring it). */
  readonly lazyBodyFrom?: number;
  /**
   * The header naming the client's conversation (Claude Code's x-claude-code-session-id, Codex's
   * session-id): a lazy body is scanned from where it differs from that conversation's last one.
   */
  readonly sessionHeader?: string;
}

/** The handler as fastify serves it (the lean path's fallback): answers already written as JSON go out as their bytes. */
export function fastifyHandler(route: HotRoute, ctx: AppContext): HttpHandler {
  const handler = route.handler(ctx);
  return async (req, reply) => {
    const out = await handler(req, reply);
    if (!(out instanceof JsonBytes)) return out;
    reply.header('content-type', JSON_CONTENT_TYPE);
    return out.bytes;
  };
}
