import type { RouteGroup } from '../context.js';

export const healthRoutes: RouteGroup = (app, ctx) => {
  app.get('/health', async () => ({ status: 'ok', store: ctx.store.kind }));

  app.get('/metrics', async (_req, reply) => {
    reply.header('content-type', ctx.metrics.registry.contentType);
    return ctx.metrics.registry.metrics();
  });

  app.get('/v1/status', async (req) => {
    ctx.auth.requireClient(req);
    return {
      status: 'ok',
      routes: Object.keys(ctx.config.routes),
      models: [...ctx.gateway.models.values()].map((m) => ({ name: m.name, targets: m.targets.map((t) => t.key) })),
      breakers: ctx.gateway.breakers.snapshot(),
    };
  });
};
