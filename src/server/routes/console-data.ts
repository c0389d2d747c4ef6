import { z } from 'zod';
import { InvalidRequestError } from '../../core/errors.js';
import { parseInput } from '../../core/validate.js';
import { compareRuns, listRuns, loadRun } from '../../evals/runner/runs.js';
import type { RouteGroup } from '../context.js';

// Read-only JSON the console needs that no /v1 route exposed yet:
// GET /v1/firewall/traces (approver or admin): traces by session, tool and decision, newest first.
// GET /ui/api/status (any console session, or a gateway key): store health, request rate and
// latency over the last five minutes, uptime; routes, models and breakers stay GET /v1/status.
// GET /v1/eval-runs, /v1/eval-runs/:id, /v1/eval-runs/:a/compare/:b (admin): the stored evaluation
// runs (.switchyard/eval-runs next to the SQLite file, where `switchyard eval` writes them).

const traceQuery = z
  .object({
    session_id: z.string().max(200).optional(),
    tool_name: z.string().max(200).optional(),
    decision: z.enum(['allow', 'ask', 'deny']).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();

const runId = z.string().regex(/^[A-Za-z0-9_-]{4,100}$/, 'a run id (or a unique prefix of at least 4 characters)');

export const consoleDataRoutes: RouteGroup = (app, ctx) => {
  const storage = ctx.config.storage;
  const runsDir = `${storage.kind === 'sqlite' ? storage.path.replace(/[^/\\]*$/, '') || './' : './.switchyard/'}eval-runs`;

  app.get('/v1/firewall/traces', async (req) => {
    ctx.auth.requireApprover(req);
    const q = parseInput(traceQuery, req.query, 'query');
    return { data: await ctx.store.firewall.listTraces({ ...q, session_id: q.session_id || undefined, tool_name: q.tool_name || undefined }) };
  });

  app.get('/ui/api/status', async (req) => {
    ctx.auth.requireClient(req);
    const windowMs = 5 * 60_000;
    const t0 = performance.now();
    let store: { kind: string; ok: boolean; query_ms: number; error?: string };
    let recent: Awaited<ReturnType<typeof ctx.store.queryInferences>>['items'] = [];
    try {
      recent = (await ctx.store.queryInferences({ since: new Date(Date.now() - windowMs).toISOString(), limit: 1000 })).items;
      store = { kind: ctx.store.kind, ok: true, query_ms: Math.round((performance.now() - t0) * 10) / 10 };
    } catch (err) {
      store = { kind: ctx.store.kind, ok: false, query_ms: Math.round(performance.now() - t0), error: (err as Error).name };
    }
    const lat = recent.map((r) => r.latency_ms).sort((a, b) => a - b);
    const q = (p: number) => (lat.length ? Math.round(lat[Math.min(lat.length - 1, Math.floor(p * lat.length))]) : null);
    return {
      uptime_s: Math.round(process.uptime()),
      store,
      recent: {
        window_s: windowMs / 1000,
        requests: recent.length,
        capped: recent.length === 1000,
        errors: recent.filter((r) => r.status !== 'ok').length,
        per_minute: Math.round((recent.length / (windowMs / 60_000)) * 10) / 10,
        latency_ms: { p50: q(0.5), p95: q(0.95) },
      },
    };
  });

  app.get('/v1/eval-runs', async (req) => {
    ctx.auth.requireAdmin(req);
    return { data: listRuns(runsDir).reverse() };
  });

  app.get<{ Params: { id: string } }>('/v1/eval-runs/:id', async (req) => {
    ctx.auth.requireAdmin(req);
    const id = parseInput(runId, req.params.id, 'id');
    const { observations, ...report } = loadRun(runsDir, id);
    return { ...report, observations: observations.length };
  });

  app.get<{ Params: { a: string; b: string } }>('/v1/eval-runs/:a/compare/:b', async (req) => {
    ctx.auth.requireAdmin(req);
    const [a, b] = [loadRun(runsDir, parseInput(runId, req.params.a, 'a')), loadRun(runsDir, parseInput(runId, req.params.b, 'b'))];
    if (a.name !== b.name) throw new InvalidRequestError(`runs of different evals (${a.name}, ${b.name}) cannot be compared item by item`, 'b');
    // The newer run is A: "did the newer run move?"
    const [older, newer] = a.startedAt <= b.startedAt ? [a, b] : [b, a];
    return { older: older.id, newer: newer.id, deltas: compareRuns(older, newer) };
  });
};
