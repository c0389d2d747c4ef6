import type { RouteGroup } from '../context.js';

export const healthRoutes: RouteGroup = (app, ctx) => {
  // degraded while store writes fail (rows are queued, spilled and retried); 503 when the
  // gateway is refusing inferences because of it (storage.on_write_failure: reject).
  app.get('/health', async (_req, reply) => {
    const h = ctx.store.writeHealth();
    const degraded = !h.writable || h.counters.dropped > 0 || h.spilled > 0;
    if (!h.writable && ctx.config.storage.on_write_failure === 'reject') reply.status(503);
    return {
      status: degraded ? 'degraded' : 'ok',
      store: ctx.store.kind,
      storage: {
        writable: h.writable,
        pending_rows: h.pending,
        spilled_rows: h.spilled,
        lag_ms: h.lag_ms,
        failing_since: h.failing_since,
        last_error: h.last_error,
        last_error_at: h.last_error_at,
        dropped_rows: h.counters.dropped,
      },
    };
  });

  app.get('/metrics', async (req, reply) => {
    ctx.auth.requireMetrics(req);
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
