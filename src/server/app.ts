import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { errorHandler } from './errors/handler.js';
import { collectEndpoints, notFoundHandler } from './errors/not-found.js';
import { renderOpenAiError } from './errors/render-openai.js';
import { requestIdOf } from './errors/request-id.js';
import type { AppContext, RouteGroup } from './context.js';
import { openaiRoutes } from './routes/openai.js';
import { embeddingRoutes } from './routes/embeddings.js';
import { healthRoutes } from './routes/health.js';
import { inferenceRoutes } from './routes/inferences.js';
import { experimentRoutes } from './routes/experiments.js';
import { feedbackRoutes } from './routes/feedback.js';
import { datasetRoutes } from './routes/datasets.js';
import { anthropicRoutes } from './routes/anthropic.js';
import { firewallRoutes } from './routes/firewall.js';
import { approvalsRoutes } from './routes/approvals.js';
import { responsesRoutes } from './routes/responses.js';
import { installRequestGuards } from './request-guards.js';
import { adminRoutes } from './routes/admin.js';
import { uiRoutes } from './routes/ui.js';
import { consoleAuthRoutes } from './routes/console-auth.js';
import { consoleApprovalsRoutes } from './routes/console-approvals.js';
import { consoleFeedbackRoutes } from './routes/console-feedback.js';
import { experimentSeriesRoutes } from './routes/experiment-series.js';
import { consoleDataRoutes } from './routes/console-data.js';
import { firewallSessionRoutes } from './routes/firewall-sessions.js';
import { tracingOf } from '../telemetry/open.js';
import { optimizeRoutes } from './routes/optimize.js';
import { leverRoutes } from './routes/levers.js';

// The HTTP app: one file per route group, each registered here with one line.
const routeGroups: RouteGroup[] = [
  healthRoutes,
  openaiRoutes,
  embeddingRoutes,
  inferenceRoutes,
  experimentRoutes,
  feedbackRoutes,
  datasetRoutes,
  anthropicRoutes,
  responsesRoutes,
  firewallRoutes,
  approvalsRoutes,
  adminRoutes,
  uiRoutes,
  consoleAuthRoutes,
  consoleApprovalsRoutes,
  consoleFeedbackRoutes,
  experimentSeriesRoutes,
  consoleDataRoutes,
  firewallSessionRoutes,
  optimizeRoutes,
  leverRoutes,
];

export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    loggerInstance: ctx.logger as unknown as FastifyBaseLogger,
    // Per-request log lines cost more than the request itself at gateway rates; inferences are recorded instead.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'request_id' }),
    bodyLimit: ctx.config.server.max_body_bytes,
    // Agents hold connections open between turns; keep them longer than typical LB idle timeouts.
    keepAliveTimeout: 75_000,
    return503OnClosing: true,
    genReqId: requestIdOf,
  });

  // Every response carries x-request-id (also in every log line of the request and in its inference record).
  // Hooks on every request take fastify's callback form: an async hook costs a promise and a
  // microtask turn per request each.
  app.addHook('onRequest', (req, reply, done) => {
    reply.header('x-request-id', req.id);
    done();
  });
  // With telemetry on, an inference's span ends when its reply is finished (src/telemetry/tracing.ts).
  const tracing = tracingOf(ctx.services);
  if (tracing) {
    app.addHook('onRequest', async (_req, reply) => {
      reply.raw.once('close', () => tracing.settle(reply.getHeader('x-switchyard-inference-id') as string | undefined));
    });
  }
  app.setErrorHandler(errorHandler(ctx, renderOpenAiError));
  const endpoints = collectEndpoints(app);
  app.setNotFoundHandler(notFoundHandler(ctx, endpoints));

  installRequestGuards(app, ctx.config.server, ctx.store.redactor);
  for (const group of routeGroups) await group(app, ctx);
  return app;
}
