import { parseInput } from '../../core/validate.js';
import { z } from 'zod';
import { attachExperiments } from '../../experiments/attach.js';
import type { ManualAction } from '../../experiments/decide.js';
import type { RouteGroup } from '../context.js';

// Canary experiments over HTTP: reports for everyone holding an admin token, and a person's
// promote / rollback / hold (recorded with who and why). The logic lives in src/experiments/.

const actionBody = z
  .object({
    reason: z.string().trim().min(1, 'say why (it is recorded with the decision)').max(2000),
    by: z.string().trim().min(1).max(100).optional(),
  })
  .strict();

export const experimentRoutes: RouteGroup = async (app, ctx) => {
  const service = await attachExperiments(ctx);
  app.addHook('onClose', () => service.stop());
  const experiments = service.controller;

  app.get('/v1/experiments', async (req) => {
    ctx.auth.requireAdmin(req);
    return { object: 'list', data: await experiments.list() };
  });

  app.get<{ Params: { name: string } }>('/v1/experiments/:name', async (req) => {
    ctx.auth.requireAdmin(req);
    return experiments.report(req.params.name);
  });

  app.post<{ Params: { name: string } }>('/v1/experiments/:name/evaluate', async (req) => {
    ctx.auth.requireAdmin(req);
    return experiments.evaluate(req.params.name);
  });

  for (const action of ['promote', 'rollback', 'hold'] as const satisfies readonly ManualAction[]) {
    app.post<{ Params: { name: string } }>(`/v1/experiments/:name/${action}`, async (req) => {
      const admin = ctx.auth.requireAdmin(req);
      const body = parseInput(actionBody, req.body ?? {});
      const who = body.by ? `${body.by} (${admin})` : admin;
      return experiments.act(req.params.name, action, who, body.reason);
    });
  }
};
