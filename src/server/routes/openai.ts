import { ProviderError, SwitchyardError } from '../../core/errors.js';
import type { CompletedInference } from '../../routing/gateway.js';
import type { RouteGroup } from '../context.js';
import { parseChatBody } from '../chat-schema.js';
import { renderChunk, renderCompletion, sse, SSE_DONE } from '../render-openai.js';
import { requestMeta } from '../request-meta.js';
import { abortOnDisconnect, beginSse, setGatewayHeaders, writeSse } from '../reply-helpers.js';
import { guardCompletion, guardStream } from '../../firewall/inline/guard.js';
import type { NativeRequest } from '../../providers/types.js';
import { stampChunk } from '../openai-chat/passthrough.js';

// OpenAI-compatible surface: POST /v1/chat/completions (JSON and SSE) and GET /v1/models.

export const openaiRoutes: RouteGroup = (app, ctx) => {
  app.post('/v1/chat/completions', async (req, reply) => {
    ctx.auth.requireClient(req);
    const { request, metadata, body } = parseChatBody(req.body);
    const native: NativeRequest = { format: 'openai-chat', body, headers: {} };
    const abort = abortOnDisconnect(req, reply);
    const meta = requestMeta(req, metadata, abort.signal);
    const plan = ctx.gateway.plan(request, meta);

    if (!request.stream) {
      const result = await ctx.gateway.complete(request, meta, plan, native);
      setGatewayHeaders(reply, result);
      const firewall = await guardCompletion(ctx, request, meta, result, reply);
      if (result.raw) return { ...result.raw, id: result.inferenceId, switchyard: { ...extension(result), ...firewall } };
      return renderCompletion(result.response, {
        id: result.inferenceId,
        created: Math.floor(Date.now() / 1000),
        model: result.response.model || result.target.provider.model,
        extension: { ...extension(result), ...firewall },
      });
    }

    const streaming = await ctx.gateway.stream(request, meta, plan, native);
    const forwarded = !!streaming.passthrough;
    setGatewayHeaders(reply, streaming);
    guardStream(ctx, request, meta, streaming, reply);
    const res = beginSse(reply);
    const renderMeta = { id: streaming.inferenceId, created: streaming.created, model: streaming.target.provider.model };
    const state = { roleSent: false };
    const includeUsage = request.stream_options?.include_usage === true;
    try {
      for await (const chunk of streaming.chunks) {
        if (forwarded) {
          if (chunk.type === 'raw') await writeSse(res, stampChunk(chunk.data, streaming.inferenceId));
        } else {
          if (chunk.type === 'meta' && chunk.model) renderMeta.model = chunk.model;
          await writeSse(res, renderChunk(chunk, renderMeta, state, includeUsage));
        }
        if (abort.signal.aborted) break;
      }
      // A forwarded stream already carried the upstream's own [DONE].
      if (!abort.signal.aborted) res.end(forwarded ? undefined : SSE_DONE);
    } catch (err) {
      if (!abort.signal.aborted) {
        const e = err instanceof SwitchyardError ? err : new ProviderError(String((err as Error).message), { kind: 'stream_interrupted', provider: 'unknown' });
        res.end(sse(e.toJSON()));
      }
    }
  });

  app.get('/v1/models', async (req) => {
    ctx.auth.requireClient(req);
    const names = ctx.gateway.servedNames();
    // Anthropic clients (anthropic-version header, or x-api-key auth) get the Anthropic shape.
    if (req.headers['anthropic-version'] !== undefined || (req.headers['x-api-key'] !== undefined && req.headers.authorization === undefined)) {
      const createdAt = new Date().toISOString();
      const data = names.map((id) => ({ type: 'model', id, display_name: ctx.config.routes[id]?.description ?? id, created_at: createdAt }));
      return { data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null };
    }
    const created = Math.floor(Date.now() / 1000);
    return {
      object: 'list',
      data: names.map((id) => ({ id, object: 'model', created, owned_by: ctx.config.routes[id] ? 'switchyard-route' : 'switchyard-model' })),
    };
  });
};

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
