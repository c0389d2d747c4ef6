import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { NotFoundError, ProviderError, SwitchyardError } from '../../core/errors.js';
import { parseInput } from '../../core/validate.js';
import type { RouteGroup, AppContext } from '../context.js';
import { fastifyHandler, type HotRoute } from '../lean/hot-route.js';
import { forwardedAnswer } from '../forwarded-answer.js';
import { renderOpenAiError } from '../errors/render-openai.js';
import { requestMeta } from '../request-meta.js';
import { abortOnDisconnect, beginSse, SseOut, forwardedHeaders, gatewayExtension, setGatewayHeaders } from '../reply-helpers.js';
import type { NativeRequest } from '../../providers/types.js';
import { guardCompletion, guardStream } from '../../firewall/inline/guard.js';
import { hex } from '../responses/items.js';
import { loadHistory } from '../responses/conversation.js';
import { readResponsesBody } from '../responses/read-body.js';
import { ClientNative } from '../../providers/client-native.js';
import { jsonBodyOf, type HttpRequest } from '../http-types.js';
import { renderResponse, responseBase, type ResponseIds } from '../responses/render.js';
import { ResponsesStreamWriter } from '../responses/stream.js';
import type { Item } from '../responses/items.js';
import { forwardedHistory, NATIVE_MARK, NativeStreamStamper, nativeBody, stampResponse } from '../responses/native.js';

// OpenAI Responses API surface: POST /v1/responses (JSON and the typed SSE event stream),
// GET/DELETE /v1/responses/{id} and GET /v1/responses/{id}/input_items. Targets whose upstream
// speaks the Responses API get the client's body forwarded (responses/native.ts); others get it
// translated to the normalized request. Either way routing, fallbacks, variants, recording and
// the inline firewall are the same as for chat completions.


const header = (req: HttpRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

export const responsesRoute: HotRoute = {
  url: '/v1/responses',
  render: renderOpenAiError,
  lazyBody: true,
  sessionHeader: 'session-id',
  handler: (ctx: AppContext) => async (req, reply) => {
    ctx.auth.requireClient(req);
    const json = jsonBodyOf(req);
    const body = readResponsesBody(json);
    const previousId = body.previousResponseId;
    const history = previousId ? await loadHistory(ctx.store.responses, previousId) : undefined;
    const request = body.request(history?.items ?? []);
    const headers = forwardedHeaders(req, ['openai-beta']);
    // The client's own text is forwarded and recorded as it is unless the stored conversation was spliced in.
    const native: NativeRequest = history
      ? { format: 'openai-responses', body: nativeBody(json.value as Record<string, unknown>, forwardedHistory(history.rows)), headers }
      : new ClientNative('openai-responses', json, headers);
    const h = hex();
    const ids: ResponseIds = { hex: h, id: `resp_${h}`, createdAt: Math.floor(Date.now() / 1000) };
    const abort = abortOnDisconnect(req, reply);
    const meta = requestMeta(req, body.metadata, abort);
    // An explicit session (header, metadata) wins; then the chain's; then the client's own
    // session header (Codex sends `session-id`); a stored first turn starts its own episode.
    meta.sessionId ??= history?.sessionId ?? header(req, 'session-id') ?? (body.store ? ids.id : undefined);
    let plan = ctx.gateway.plan(request, meta);
    // Files by id, item references, forced hosted tools: only a Responses upstream can serve them.
    // A body left unparsed that every target of the plan takes as it is has nothing to refuse.
    const refusals = body.deferred && ctx.gateway.forwardsOnly(plan, native) ? [] : body.full().refusals;
    if (refusals.length) plan = ctx.gateway.nativeOnly(plan, native) ?? throwFirst(refusals);
    const save = (response: Record<string, unknown>, inferenceId: string) =>
      body.store
        ? ctx.store.responses.save({
            id: ids.id,
            created_at: new Date(ids.createdAt * 1000).toISOString(),
            previous_response_id: previousId ?? null,
            session_id: meta.sessionId ?? null,
            inference_id: inferenceId,
            input: body.full().input,
            output: response.output as Item[],
            response,
          })
        : Promise.resolve();

    if (!request.stream) {
      const result = await ctx.gateway.complete(request, meta, plan, native);
      setGatewayHeaders(reply, result);
      const firewall = await guardCompletion(ctx, request, meta, result, reply);
      const dropped = result.dropped.length ? { dropped_fields: result.dropped } : {};
      // `forwarded`, not `raw`: reading `raw` parses the answer.
      const switchyard = Object.assign(gatewayExtension(result), result.forwarded ? { [NATIVE_MARK]: true } : {}, dropped, firewall);
      if (result.forwarded) {
        // The upstream's text goes out with the ids spliced in; the object is built only to be stored.
        if (body.store) await save(Object.assign(stampResponse(result.raw!, ids.id, previousId), { switchyard }), result.inferenceId);
        return forwardedAnswer(result, previousId ? { id: ids.id, previous_response_id: previousId, switchyard } : { id: ids.id, switchyard });
      }
      const response = renderResponse(body.full(), ids, result.response, result.response.model || result.target.provider.model);
      response.switchyard = switchyard;
      await save(response, result.inferenceId);
      return response;
    }

    const streaming = await ctx.gateway.stream(request, meta, plan, native);
    setGatewayHeaders(reply, streaming);
    guardStream(ctx, request, meta, streaming, reply);
    const out = new SseOut(beginSse(reply));
    if (streaming.passthrough) {
      const stamper = new NativeStreamStamper(ids.id, previousId);
      try {
        for await (const chunk of streaming.chunks) {
          if (chunk.type === 'raw') await out.write(stamper.stamp(chunk.data));
          if (abort.aborted) break;
        }
        if (abort.aborted) return;
        // The terminal Response is parsed only to be stored.
        if (body.store && stamper.final) {
          const response = { ...stamper.final, switchyard: { inference_id: streaming.inferenceId, [NATIVE_MARK]: true } };
          await save(response, streaming.inferenceId).catch((err) => ctx.logger.error({ err, response_id: ids.id }, 'responses: could not store conversation state'));
        }
        out.end();
      } catch (err) {
        if (!abort.aborted) {
          const e = err instanceof SwitchyardError ? err : new ProviderError(String((err as Error).message), { kind: 'stream_interrupted', provider: 'unknown' });
          out.end(stamper.error(e.code, e.message));
        }
      }
      return;
    }
    const writer = new ResponsesStreamWriter(responseBase(body.full(), ids, streaming.target.provider.model), h, body.full().tools);
    await out.write(writer.start());
    try {
      for await (const chunk of streaming.chunks) {
        if (chunk.type === 'meta' && chunk.model) writer.setModel(chunk.model);
        await out.write(writer.push(chunk));
        if (abort.aborted) break;
      }
      if (abort.aborted) return;
      await out.write(writer.close());
      const response = writer.final();
      await save(response, streaming.inferenceId).catch((err) => ctx.logger.error({ err, response_id: ids.id }, 'responses: could not store conversation state'));
      out.end(writer.terminal(response));
    } catch (err) {
      if (!abort.aborted) {
        const e = err instanceof SwitchyardError ? err : new ProviderError(String((err as Error).message), { kind: 'stream_interrupted', provider: 'unknown' });
        out.end(writer.failed(e.code, e.message));
      }
    }
  },
};

export const responsesRoutes: RouteGroup = (app, ctx) => {
  app.post(responsesRoute.url, fastifyHandler(responsesRoute, ctx));

  app.get('/v1/responses/:id', async (req) => {
    ctx.auth.requireClient(req);
    const q = parseInput(z.object({ stream: z.string().optional() }).passthrough(), req.query, 'query');
    if (q.stream === 'true') throw new SwitchyardError('stream: replaying a stored response as events is not supported; omit stream', { status: 400, type: 'invalid_request_error', code: 'invalid_request', param: 'stream' });
    return (await stored(ctx, req)).response;
  });

  app.delete('/v1/responses/:id', async (req) => {
    ctx.auth.requireClient(req);
    const id = idOf(req);
    if (!(await ctx.store.responses.delete(id))) throw notFound(id);
    return { id, object: 'response', deleted: true };
  });

  app.get('/v1/responses/:id/input_items', async (req) => {
    ctx.auth.requireClient(req);
    const q = parseInput(
      z.object({ limit: z.coerce.number().int().min(1).max(100).default(20), order: z.enum(['asc', 'desc']).default('desc'), after: z.string().optional() }).passthrough(),
      req.query,
      'query',
    );
    const items = [...((await stored(ctx, req)).input as Item[])];
    if (q.order === 'desc') items.reverse();
    const start = q.after ? items.findIndex((i) => i.id === q.after) + 1 : 0;
    if (q.after && start === 0) throw new NotFoundError(`after: no input item "${q.after}" in this response`, 'after');
    const data = items.slice(start, start + q.limit);
    return { object: 'list', data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: start + q.limit < items.length };
  });
};

const idOf = (req: FastifyRequest) => (req.params as { id: string }).id;
const notFound = (id: string) => new NotFoundError(`no stored response "${id}" (responses created with store: false are not kept)`, 'response_id');

async function stored(ctx: AppContext, req: FastifyRequest) {
  const id = idOf(req);
  const row = await ctx.store.responses.get(id);
  if (!row) throw notFound(id);
  return row;
}

function throwFirst(errors: Error[]): never {
  throw errors[0];
}
