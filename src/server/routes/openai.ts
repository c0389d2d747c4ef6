import { NotFoundError, ProviderError, SwitchyardError } from '../../core/errors.js';
import type { RouteGroup } from '../context.js';
import { parseChatBody } from '../chat-schema.js';
import { renderChunk, renderCompletion, sse, SSE_DONE } from '../render-openai.js';
import { requestMeta } from '../request-meta.js';
import { abortOnDisconnect, beginSse, gatewayExtension, setGatewayHeaders, writeSse } from '../reply-helpers.js';
import { guardCompletion, guardStream } from '../../firewall/inline/guard.js';

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
      setGatewayHeaders(reply, result);
      const firewall = await guardCompletion(ctx, request, meta, result, reply);
      return renderCompletion(result.response, {
        id: result.inferenceId,
        created: Math.floor(Date.now() / 1000),
        model: result.response.model || result.target.provider.model,
        extension: { ...gatewayExtension(result), ...firewall },
      });
    }

    const streaming = await ctx.gateway.stream(request, meta, plan);
    setGatewayHeaders(reply, streaming);
    guardStream(ctx, request, meta, streaming, reply);
    const res = beginSse(reply);
    const renderMeta = { id: streaming.inferenceId, created: streaming.created, model: streaming.target.provider.model };
    const state = { roleSent: false };
    const includeUsage = request.stream_options?.include_usage === true;
    try {
      for await (const chunk of streaming.chunks) {
        if (chunk.type === 'meta' && chunk.model) renderMeta.model = chunk.model;
        await writeSse(res, renderChunk(chunk, renderMeta, state, includeUsage));
        if (abort.signal.aborted) break;
      }
      if (!abort.signal.aborted) res.end(SSE_DONE);
    } catch (err) {
      if (!abort.signal.aborted) {
        const e = err instanceof SwitchyardError ? err : new ProviderError(String((err as Error).message), { kind: 'stream_interrupted', provider: 'unknown' });
        res.end(ctx.store.redactor.jsonText(sse(e.toJSON())));
      }
    }
  });

  const created = Math.floor(Date.now() / 1000); // start-up time: the served names exist since then
  const modelObject = (id: string) => ({ id, object: 'model', created, owned_by: Object.hasOwn(ctx.config.routes, id) ? 'switchyard-route' : 'switchyard-model' });

  app.get('/v1/models', async (req) => {
    ctx.auth.requireClient(req);
    return { object: 'list', data: ctx.gateway.servedNames().map(modelObject) };
  });

  // A wildcard, not :id, because served names may contain slashes (openrouter/auto).
  app.get('/v1/models/*', async (req) => {
    ctx.auth.requireClient(req);
    const id = decodeURIComponent((req.params as { '*': string })['*']);
    if (!ctx.gateway.servedNames().includes(id)) {
      throw new NotFoundError(`The model '${id}' does not exist; this gateway serves ${ctx.gateway.servedNames().join(', ') || 'no models'}`, 'model', 'model_not_found');
    }
    return modelObject(id);
  });
};
