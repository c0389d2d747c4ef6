import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { errorHandler } from './errors/handler.js';
import { collectEndpoints, notFoundHandler } from './errors/not-found.js';
import { renderOpenAiError } from './errors/render-openai.js';
import { requestIdOf } from './errors/request-id.js';
import type { AppContext, RouteGroup } from './context.js';
import { chatCompletionsRoute, openaiRoutes } from './routes/openai.js';
import { embeddingRoutes } from './routes/embeddings.js';
import { healthRoutes } from './routes/health.js';
import { inferenceRoutes } from './routes/inferences.js';
import { experimentRoutes } from './routes/experiments.js';
import { feedbackRoutes } from './routes/feedback.js';
import { datasetRoutes } from './routes/datasets.js';
import { anthropicRoutes, messagesRoute } from './routes/anthropic.js';
import { firewallRoutes } from './routes/firewall.js';
import { approvalsRoutes } from './routes/approvals.js';
import { responsesRoute, responsesRoutes } from './routes/responses.js';
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
import { settleOnClose } from './reply-helpers.js';
import { LeanPath } from './lean/lean-path.js';

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

// The model routes the lean path serves ahead of fastify (src/server/lean/lean-path.ts).
const hotRoutes = [chatCompletionsRoute, messagesRoute, responsesRoute];

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Puts the lean path ahead of fastify's request listener on the server fastify made. (A host name
 * with several addresses, e.g. localhost, gets more servers when it listens; those stay fastify's
 * alone: the same answers, without the lean path's saving.)
 */
function putAhead(app: FastifyInstance, lean: LeanPath): void {
  const [fastify] = app.server.listeners('request') as RequestListener[];
  app.server.removeListener('request', fastify);
  app.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!lean.take(req, res)) fastify(req, res);
  });
}

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
    app.addHook('onRequest', async (_req, reply) => settleOnClose(tracing, reply));
  }
  app.setErrorHandler(errorHandler(ctx, renderOpenAiError));
  const endpoints = collectEndpoints(app);
  app.setNotFoundHandler(notFoundHandler(ctx, endpoints));

  const guards = installRequestGuards(app, ctx.config.server, ctx.store.redactor);
  // The hot routes skip fastify unless SWITCHYARD_LEAN_HTTP=off (then they are served as every other route).
  const lean = process.env.SWITCHYARD_LEAN_HTTP === 'off' ? undefined : new LeanPath(ctx, guards, hotRoutes, tracing);
  if (lean) {
    // Fastify marks itself closing just before the preClose hooks run (this one first: it is
    // registered before any route group's) and answers 503 from then on; so does the lean path.
    app.addHook('preClose', (done) => {
      lean.close();
      done();
    });
  }
  for (const group of routeGroups) await group(app, ctx);
  if (lean) putAhead(app, lean);
  return app;
}
