import { own } from '../../core/own.js';
import { NotFoundError, ProviderError, SwitchyardError } from '../../core/errors.js';
import type { AppContext, RouteGroup } from '../context.js';
import { fastifyHandler, type HotRoute } from '../lean/hot-route.js';
import { forwardedAnswer } from '../forwarded-answer.js';
import { renderOpenAiError } from '../errors/render-openai.js';
import { chatSkeletonBody, readChatBody } from '../openai-chat/read-body.js';
import { renderChunk, renderCompletion, sse, SSE_DONE } from '../render-openai.js';
import { requestMeta } from '../request-meta.js';
import { abortOnDisconnect, beginSse, SseOut, gatewayExtension, setGatewayHeaders } from '../reply-helpers.js';
import { guardCompletion, guardStream } from '../../firewall/inline/guard.js';
import { chatIdStamp } from '../openai-chat/passthrough.js';

// OpenAI-compatible surface: POST /v1/chat/completions (JSON and SSE) and GET /v1/models.

export const chatCompletionsRoute: HotRoute = {
  url: '/v1/chat/completions',
  render: renderOpenAiError,
  // Scanned, not parsed, on the lean path (src/server/openai-chat/read-body.ts), from 8 KB: below
  // that the skeleton and the deferred request cost more than the parse they save.
  get lazyBody() {
    return chatSkeletonBody.on;
  },
  lazyBodyFrom: 8192,
  handler: (ctx: AppContext) => async (req, reply) => {
    ctx.auth.requireClient(req);
    const { request, metadata, native, userTexts, includeUsage } = readChatBody(req.jsonBody, () => req.body);
    const abort = abortOnDisconnect(req, reply);
    const meta = requestMeta(req, metadata, abort);
    const plan = ctx.gateway.plan(request, meta);

    if (!request.stream) {
      const result = await ctx.gateway.complete(request, meta, plan, native);
      setGatewayHeaders(reply, result);
      const firewall = await guardCompletion(ctx, request, meta, result, reply, userTexts);
      if (result.forwarded) return forwardedAnswer(result, { id: result.inferenceId, switchyard: Object.assign(gatewayExtension(result), firewall) });
      return renderCompletion(result.response, {
        id: result.inferenceId,
        created: Math.floor(Date.now() / 1000),
        model: result.response.model || result.target.provider.model,
        extension: Object.assign(gatewayExtension(result), firewall),
      });
    }

    const streaming = await ctx.gateway.stream(request, meta, plan, native);
    const forwarded = !!streaming.passthrough;
    setGatewayHeaders(reply, streaming);
    guardStream(ctx, request, meta, streaming, reply, userTexts);
    const out = new SseOut(beginSse(reply));
    const renderMeta = { id: streaming.inferenceId, created: streaming.created, model: streaming.target.provider.model };
    const state = { roleSent: false };
    const stamp = chatIdStamp(streaming.inferenceId);
    try {
      for await (const chunk of streaming.chunks) {
        let wait: Promise<void> | undefined;
        if (forwarded) {
          if (chunk.type === 'raw') wait = out.write(stamp(chunk.data));
        } else {
          if (chunk.type === 'meta' && chunk.model) renderMeta.model = chunk.model;
          wait = out.write(renderChunk(chunk, renderMeta, state, includeUsage));
        }
        if (wait) await wait;
        if (abort.aborted) break;
      }
      // A forwarded stream already carried the upstream's own [DONE].
      if (!abort.aborted) out.end(forwarded ? undefined : SSE_DONE);
    } catch (err) {
      if (!abort.aborted) {
        const e = err instanceof SwitchyardError ? err : new ProviderError(String((err as Error).message), { kind: 'stream_interrupted', provider: 'unknown' });
        out.end(ctx.store.redactor.jsonText(sse(e.toJSON())));
      }
    }
  },
};

export const openaiRoutes: RouteGroup = (app, ctx) => {
  app.post(chatCompletionsRoute.url, fastifyHandler(chatCompletionsRoute, ctx));

  const created = Math.floor(Date.now() / 1000); // start-up time: the served names exist since then
  const modelObject = (id: string) => ({ id, object: 'model', created, owned_by: Object.hasOwn(ctx.config.routes, id) ? 'switchyard-route' : 'switchyard-model' });

  app.get('/v1/models', async (req) => {
    ctx.auth.requireClient(req);
    const names = ctx.gateway.servedNames();
    // Anthropic clients (anthropic-version header, or x-api-key auth) get the Anthropic shape.
    if (req.headers['anthropic-version'] !== undefined || (req.headers['x-api-key'] !== undefined && req.headers.authorization === undefined)) {
      const createdAt = new Date(created * 1000).toISOString();
      const data = names.map((id) => ({ type: 'model', id, display_name: own(ctx.config.routes, id)?.description ?? id, created_at: createdAt }));
      return { data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null };
    }
    return { object: 'list', data: names.map(modelObject) };
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
