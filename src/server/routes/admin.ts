import { z } from 'zod';
import { ConfigError, ConflictError, InvalidRequestError, SwitchyardError } from '../../core/errors.js';
import { parseInput } from '../../core/validate.js';
import type { Limiter } from '../../limits/limiter.js';
import type { RouteGroup } from '../context.js';
import { NoConfigFileError, type Reloader } from '../reload/reloader.js';

// Operator endpoints (admin token only; a gateway key is refused): config reload, and reading and
// resetting spend budgets. Keys appear by their label (env:VAR), never by value.

const period = z.enum(['day', 'month']);
const budgetQuery = z.object({ key: z.string().min(1).optional(), rule: z.string().min(1).optional(), period: period.optional() }).strict();
const resetBody = z
  .object({ key: z.string().min(1).optional(), rule: z.string().min(1).optional(), period: period.optional(), all: z.literal(true).optional() })
  .strict()
  .refine((b) => b.key !== undefined || b.rule !== undefined || b.all === true, { message: 'name a key or a rule, or send all: true to reset every budget', path: ['key'] });

class InvalidConfigError extends SwitchyardError {
  constructor(readonly config: ConfigError) {
    super(config.message, { status: 422, type: 'invalid_request_error', code: 'invalid_config' });
  }
  override toJSON() {
    return { error: { ...super.toJSON().error, file: this.config.file, issues: this.config.issues } };
  }
}

export const adminRoutes: RouteGroup = (app, ctx) => {
  const reloader = ctx.services.reloader as Reloader;
  const limiter = ctx.services.limiter as Limiter;

  app.post('/v1/admin/reload', async (req) => {
    ctx.auth.requireAdmin(req);
    try {
      return await reloader.reload('admin');
    } catch (err) {
      if (err instanceof ConfigError) throw new InvalidConfigError(err);
      if (err instanceof NoConfigFileError) throw new ConflictError(err.message);
      throw err;
    }
  });

  app.get('/v1/admin/config/version', async (req) => {
    ctx.auth.requireAdmin(req);
    return { version: reloader.version, reloadable: reloader.canReload };
  });

  app.get('/v1/admin/budgets', async (req) => {
    ctx.auth.requireAdmin(req);
    const filter = parseInput(budgetQuery, req.query ?? {}, 'query');
    const rules = limiter.rules.filter((r) => r.usd_per_day !== undefined || r.usd_per_month !== undefined);
    return {
      object: 'list',
      store: limiter.store.kind,
      rules: rules.map((r) => ({ name: r.name, match: r.match, usd_per_day: r.usd_per_day ?? null, usd_per_month: r.usd_per_month ?? null })),
      data: await limiter.budgets(filter),
    };
  });

  app.post('/v1/admin/budgets/reset', async (req) => {
    const admin = ctx.auth.requireAdmin(req);
    const body = parseInput(resetBody, req.body ?? {});
    if (body.rule && !limiter.rules.some((r) => r.name === body.rule)) throw new InvalidRequestError(`unknown limit rule "${body.rule}"`, 'rule');
    const reset = await limiter.resetBudgets({ key: body.key, rule: body.rule, period: body.period });
    ctx.logger.info({ by: admin, key: body.key, rule: body.rule, period: body.period, count: reset.length }, 'limits: budgets reset');
    return { object: 'list', reset: reset.length, data: reset };
  });
};
