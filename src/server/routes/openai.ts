import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProviderError, SwitchyardError } from '../../core/errors.js';
import type { CompletedInference, StreamingInference } from '../../routing/gateway.js';
import type { RouteGroup } from '../context.js';
import { parseChatBody } from '../chat-schema.js';
import { renderChunk, renderCompletion, sse, SSE_DONE } from '../render-openai.js';
import { requestMeta } from '../request-meta.js';

// OpenAI-compatible surface: POST /v1/chat/completions (JSON and SSE) and GET /v1/models.

export const openaiRoutes: RouteGroup = (app, ctx) => {
  app.post('/v1/chat/completions', async (req, reply) => {
    ctx.auth.requireClient(req);
    const { request, metadata } = parseChatBody(req.body);
    const abort = abortOnDisconnect(req, reply);
    const meta = requestMeta(req, metadata, abort.signal);
    const plan = ctx.gateway.plan(request, meta);

    if (!request.stream) {
      const result = await ctx.gateway.complete(request, meta, plan);
      setHeaders(reply, result);
      return renderCompletion(result.response, {
        id: result.inferenceId,
        created: Math.floor(Date.now() / 1000),
        model: result.response.model || result.target.provider.model,
        extension: extension(result),
      });
    }

    const streaming = await ctx.gateway.stream(request, meta, plan);
    setHeaders(reply, streaming);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      ...(reply.getHeaders() as Record<string, string>),
    });
    const renderMeta = { id: streaming.inferenceId, created: streaming.created, model: streaming.target.provider.model };
    const state = { roleSent: false };
    const includeUsage = request.stream_options?.include_usage === true;
    try {
      for await (const chunk of streaming.chunks) {
        if (chunk.type === 'meta' && chunk.model) renderMeta.model = chunk.model;
        const out = renderChunk(chunk, renderMeta, state, includeUsage);
        if (out && !res.write(out)) await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve));
        if (abort.signal.aborted) break;
      }
      if (!abort.signal.aborted) res.end(SSE_DONE);
    } catch (err) {
      if (!abort.signal.aborted) {
        const e = err instanceof SwitchyardError ? err : new ProviderError(String((err as Error).message), { kind: 'stream_interrupted', provider: 'unknown' });
        res.end(sse(e.toJSON()));
      }
    }
  });

  app.get('/v1/models', async (req) => {
    ctx.auth.requireClient(req);
    const created = Math.floor(Date.now() / 1000);
    return {
      object: 'list',
      data: ctx.gateway.servedNames().map((id) => ({ id, object: 'model', created, owned_by: ctx.config.routes[id] ? 'switchyard-route' : 'switchyard-model' })),
    };
  });
};

function abortOnDisconnect(req: FastifyRequest, reply: FastifyReply): AbortController {
  const controller = new AbortController();
  // 'close' on the response fires when the socket goes away before we finished: the client left.
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  req.raw.once('aborted', () => controller.abort());
  return controller;
}

function setHeaders(reply: FastifyReply, r: CompletedInference | StreamingInference): void {
  reply.header('x-switchyard-inference-id', r.inferenceId);
  reply.header('x-switchyard-model', r.plan.model.name);
  reply.header('x-switchyard-provider', r.target.provider.providerName);
  if (r.plan.route) reply.header('x-switchyard-route', r.plan.route);
  if (r.plan.variant) reply.header('x-switchyard-variant', r.plan.variant);
}

function extension(r: CompletedInference): Record<string, unknown> {
  return {
    inference_id: r.inferenceId,
    route: r.plan.route,
    model: r.plan.model.name,
    variant: r.plan.variant,
    provider: r.target.provider.providerName,
    attempts: r.attempts.length,
    routing: r.plan.routing,
  };
}
