import { z } from 'zod';
import { InvalidRequestError } from '../../core/errors.js';
import { parseInput } from '../../core/validate.js';
import { compareRuns, listRuns, loadRun } from '../../evals/runner/runs.js';
import type { RouteGroup } from '../context.js';

// Read-only JSON the console needs that no /v1 route exposed yet:
// GET /v1/firewall/traces (approver or admin): traces by session, tool and decision, newest first.
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
