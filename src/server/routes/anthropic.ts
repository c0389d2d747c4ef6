import { ProviderError, SwitchyardError } from '../../core/errors.js';
import type { RouteGroup } from '../context.js';
import { parseMessagesBody } from '../anthropic/request.js';
import { AnthropicStreamWriter, anthropicErrorType, renderMessage } from '../anthropic/response.js';
import { requestMeta } from '../request-meta.js';
import { abortOnDisconnect, beginSse, setGatewayHeaders, writeSse } from '../reply-helpers.js';
import { guardCompletion, guardStream } from '../../firewall/inline/guard.js';
import { isLimitRefusal, renderLimitRefusal } from '../../limits/refusal.js';

// Anthropic-compatible surface: POST /v1/messages, so Claude Code and the Anthropic SDK can point
// ANTHROPIC_BASE_URL at Switchyard. Same routing, recording and firewall as the OpenAI surface.

export const anthropicRoutes: RouteGroup = (app, ctx) => {
  app.register(async (scope) => {
    scope.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
      if (isLimitRefusal(err)) return reply.send(renderLimitRefusal(reply, err, 'anthropic'));
      const status = err instanceof SwitchyardError ? err.status : err.statusCode && err.statusCode < 500 ? err.statusCode : 500;
      const message = status === 500 && !(err instanceof SwitchyardError) ? 'internal error' : err.message;
      if (status === 500) ctx.logger.error({ err }, 'unhandled error');
      return reply.status(status).send({ type: 'error', error: { type: anthropicErrorType(status), message } });
    });

    scope.post('/v1/messages', async (req, reply) => {
      ctx.auth.requireClient(req);
      const { request, sessionId } = parseMessagesBody(req.body);
      const abort = abortOnDisconnect(req, reply);
      const meta = requestMeta(req, sessionId ? { session_id: sessionId } : undefined, abort.signal);
      const plan = ctx.gateway.plan(request, meta);

      if (!request.stream) {
        const result = await ctx.gateway.complete(request, meta, plan);
        setGatewayHeaders(reply, result);
        await guardCompletion(ctx, request, meta, result, reply);
        return renderMessage(result.response, result.inferenceId, result.response.model || result.target.provider.model);
      }
      const streaming = await ctx.gateway.stream(request, meta, plan);
      setGatewayHeaders(reply, streaming);
      guardStream(ctx, request, meta, streaming, reply);
      const res = beginSse(reply);
      const writer = new AnthropicStreamWriter(streaming.inferenceId, streaming.target.provider.model);
      await writeSse(res, writer.start());
      try {
        for await (const chunk of streaming.chunks) {
          await writeSse(res, writer.push(chunk));
          if (abort.signal.aborted) break;
        }
        if (!abort.signal.aborted) res.end(writer.end());
      } catch (err) {
        if (!abort.signal.aborted) {
          const e = err instanceof ProviderError ? err : undefined;
          res.end(writer.error('api_error', e?.message ?? 'stream failed'));
        }
      }
    });
  });
};
