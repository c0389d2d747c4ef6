import { NotFoundError } from '../../core/errors.js';
import type { RouteGroup } from '../context.js';

export const inferenceRoutes: RouteGroup = (app, ctx) => {
  app.get<{ Params: { id: string } }>('/v1/inferences/:id', async (req) => {
    ctx.auth.requireClient(req);
    // A just-finished inference may still sit in the write batch: flush once before saying 404.
    const inference = (await ctx.store.getInference(req.params.id)) ?? (await ctx.store.flush(), await ctx.store.getInference(req.params.id));
    if (!inference) throw new NotFoundError(`no inference ${req.params.id}`, 'id');
    return { ...inference, attempts: await ctx.store.listAttempts(inference.id) };
  });
};
