import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyError } from 'fastify';
import { SwitchyardError } from '../core/errors.js';
import type { AppContext, RouteGroup } from './context.js';
import { openaiRoutes } from './routes/openai.js';
import { healthRoutes } from './routes/health.js';
import { inferenceRoutes } from './routes/inferences.js';
import { experimentRoutes } from './routes/experiments.js';
import { feedbackRoutes } from './routes/feedback.js';
import { datasetRoutes } from './routes/datasets.js';
import { anthropicRoutes } from './routes/anthropic.js';
import { firewallRoutes } from './routes/firewall.js';
import { approvalsRoutes } from './routes/approvals.js';
import { firewallSessionRoutes } from './routes/firewall-sessions.js';

// The HTTP app: one file per route group, each registered here with one line.
const routeGroups: RouteGroup[] = [
  healthRoutes,
  openaiRoutes,
  inferenceRoutes,
  experimentRoutes,
  feedbackRoutes,
  datasetRoutes,
  anthropicRoutes,
  firewallRoutes,
  approvalsRoutes,
  firewallSessionRoutes,
];

export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    loggerInstance: ctx.logger as unknown as FastifyBaseLogger,
    // Per-request log lines cost more than the request itself at gateway rates; inferences are recorded instead.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: ctx.config.server.max_body_bytes,
    // Agents hold connections open between turns; keep them longer than typical LB idle timeouts.
    keepAliveTimeout: 75_000,
    return503OnClosing: true,
  });

  app.setErrorHandler((err: FastifyError | SwitchyardError | Error, req, reply) => {
    if (err instanceof SwitchyardError) {
      if (err.status >= 500 && err.code !== 'aborted') req.log.warn({ code: err.code }, err.message);
      return reply.status(err.status).send(err.toJSON());
    }
    const status = (err as FastifyError).statusCode;
    if (status && status < 500) {
      ctx.metrics.httpErrors.inc({ status: String(status) });
      const message =
        status === 413
          ? `request body is larger than server.max_body_bytes (${ctx.config.server.max_body_bytes} bytes)`
          : (err as FastifyError).code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
            ? 'Content-Type must be application/json'
            : `malformed request: ${err.message}`;
      return reply.status(status).send({ error: { message, type: 'invalid_request_error', code: (err as FastifyError).code ?? 'invalid_request', param: 'body' } });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: { message: 'internal error', type: 'server_error', code: 'internal_error', param: null } });
  });

  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send({ error: { message: `no route ${req.method} ${req.url}`, type: 'not_found_error', code: 'not_found', param: null } });
  });

  for (const group of routeGroups) await group(app, ctx);
  return app;
}
