import { z } from 'zod';
import { NotFoundError } from '../../core/errors.js';
import { parseInput } from '../../core/validate.js';
import type { RouteGroup } from '../context.js';

// Optimize runs, read-only, for the console and scripts (reader or admin token): list and one run with its
// steps. Runs are made by `switchyard optimize`; nothing here starts or changes one.

const listQuery = z
  .object({
    route: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
  })
  .strict();

export const optimizeRoutes: RouteGroup = (app, ctx) => {
  app.get('/v1/optimize/runs', async (req) => {
    ctx.auth.requireReader(req);
    const q = parseInput(listQuery, req.query ?? {}, 'query');
    return { object: 'list', data: await ctx.store.optimize.listRuns(q) };
  });

  app.get<{ Params: { id: string } }>('/v1/optimize/runs/:id', async (req) => {
    ctx.auth.requireReader(req);
    const run = await ctx.store.optimize.getRun(req.params.id);
    if (!run) throw new NotFoundError(`no optimize run ${req.params.id}`, 'id');
    return run;
  });
};
