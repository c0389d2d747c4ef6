import { ProviderError } from '../../core/errors.js';
import type { NativeRequest } from '../../providers/types.js';
import { ClientNative } from '../../providers/client-native.js';
import type { AppContext, RouteGroup } from '../context.js';
import { fastifyHandler, type HotRoute } from '../lean/hot-route.js';
import { readMessagesBody } from '../anthropic/request.js';
import { AnthropicStreamWriter, renderMessage } from '../anthropic/response.js';
import { MessageStamper } from '../anthropic/passthrough.js';
import { forwardedAnswer } from '../forwarded-answer.js';
import { countTokens } from '../anthropic/count-tokens.js';
import { errorHandler } from '../errors/handler.js';
import { renderAnthropicError } from '../errors/render-anthropic.js';
import { requestMeta } from '../request-meta.js';
import { jsonBodyOf } from '../http-types.js';
import { abortOnDisconnect, beginSse, SseOut, forwardedHeaders, setGatewayHeaders } from '../reply-helpers.js';
import { guardCompletion, guardStream } from '../../firewall/inline/guard.js';

// Anthropic-compatible surface: POST /v1/messages and /v1/messages/count_tokens, so Claude Code
// and the Anthropic SDK can point ANTHROPIC_BASE_URL at Switchyard. Anthropic targets receive
// the client's request unchanged; other targets get it translated. Same routing, recording and
// firewall as the OpenAI surface.

const FORWARDED = ['anthropic-beta', 'anthropic-version'] as const;

export const messagesRoute: HotRoute = {
  url: '/v1/messages',
  render: renderAnthropicError,
  lazyBody: true,
  sessionHeader: 'x-claude-code-session-id',
  handler: (ctx: AppContext) => async (req, reply) => {
    ctx.auth.requireClient(req);
    const json = jsonBodyOf(req);
    const { request, sessionId } = readMessagesBody(json);
    const native: NativeRequest = new ClientNative('anthropic', json, forwardedHeaders(req, FORWARDED));
    const abort = abortOnDisconnect(req, reply);
    // Claude Code also sends its session id as a header; metadata wins when both are present.
    const headerSession = req.headers['x-claude-code-session-id'];
    const session = sessionId ?? (typeof headerSession === 'string' && headerSession ? headerSession : undefined);
    const meta = requestMeta(req, session ? { session_id: session } : undefined, abort);
    const plan = ctx.gateway.plan(request, meta);

    if (!request.stream) {
      const result = await ctx.gateway.complete(request, meta, plan, native);
      setGatewayHeaders(reply, result);
      await guardCompletion(ctx, request, meta, result, reply);
      if (result.forwarded) return forwardedAnswer(result, { id: result.inferenceId });
      return renderMessage(result.response, result.inferenceId, result.response.model || result.target.provider.model);
    }
    const streaming = await ctx.gateway.stream(request, meta, plan, native);
    setGatewayHeaders(reply, streaming);
    guardStream(ctx, request, meta, streaming, reply);
    const out = new SseOut(beginSse(reply));
    const forwarded = !!streaming.passthrough;
    const writer = new AnthropicStreamWriter(streaming.inferenceId, streaming.target.provider.model);
    const stamper = new MessageStamper(streaming.inferenceId);
    if (!forwarded) await out.write(writer.start());
    try {
      for await (const chunk of streaming.chunks) {
        if (forwarded) {
          if (chunk.type === 'raw') await out.write(stamper.stamp(chunk.data));
        } else await out.write(writer.push(chunk));
        if (abort.aborted) break;
      }
      if (!abort.aborted) out.end(forwarded ? undefined : writer.end());
    } catch (err) {
      if (!abort.aborted) {
        const e = err instanceof ProviderError ? err : undefined;
        out.end(writer.error('api_error', e?.message ?? 'stream failed'));
      }
    }
  },
};

export const anthropicRoutes: RouteGroup = (app, ctx) => {
  app.register(async (scope) => {
    scope.setErrorHandler(errorHandler(ctx, renderAnthropicError));
    scope.post(messagesRoute.url, fastifyHandler(messagesRoute, ctx));

    scope.post('/v1/messages/count_tokens', async (req, reply) => {
      ctx.auth.requireClient(req);
      const out = await countTokens(ctx, req.body, forwardedHeaders(req, FORWARDED));
      if (out.estimate) reply.header('x-switchyard-estimate', 'true');
      return out.body;
    });
  });
};
