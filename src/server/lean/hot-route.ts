import type { AppContext } from '../context.js';
import type { RenderError } from '../errors/handler.js';
import type { HttpHandler } from '../http-types.js';

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
  /**
   * The header naming the client's conversation (Claude Code's x-claude-code-session-id, Codex's
   * session-id): a lazy body is scanned from where it differs from that conversation's last one.
   */
  readonly sessionHeader?: string;
}
