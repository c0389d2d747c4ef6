import { z } from 'zod';
import { InvalidRequestError } from '../../core/errors.js';
import { firewallService } from '../../firewall/service-of.js';
import type { RouteGroup } from '../context.js';

// Approvals: only approver tokens. The agent's gateway key is refused by requireApprover, so
// the credential that asked for a dangerous call can never wave it through.
const approveBody = z.object({ scope: z.enum(['once', 'session', 'always']).default('once') }).strict();

export const approvalsRoutes: RouteGroup = (app, ctx) => {
  app.get<{ Querystring: { session_id?: string } }>('/v1/approvals', async (req) => {
    ctx.auth.requireApprover(req);
    return { data: await firewallService(ctx).listPending(req.query.session_id) };
  });

  app.get<{ Params: { id: string } }>('/v1/approvals/:id', async (req) => {
    ctx.auth.requireApprover(req);
    return firewallService(ctx).getApproval(req.params.id);
  });

  // Long-poll for the answer (approver token): holds until decided, expired or `timeout_ms`.
  app.get<{ Params: { id: string }; Querystring: { timeout_ms?: string } }>('/v1/approvals/:id/wait', async (req) => {
    ctx.auth.requireApprover(req);
    const svc = firewallService(ctx);
    const timeout = Math.min(Math.max(Number(req.query.timeout_ms ?? 30_000) || 30_000, 1), 120_000);
    const signal = AbortSignal.timeout(timeout);
    try {
      return await svc.waitForDecision(req.params.id, signal);
    } catch (err) {
      if (signal.aborted) return svc.getApproval(req.params.id);
      throw err;
    }
  });

  app.post<{ Params: { id: string } }>('/v1/approvals/:id/approve', async (req) => {
    const who = ctx.auth.requireApprover(req);
    const parsed = approveBody.safeParse(req.body ?? {});
    if (!parsed.success) throw new InvalidRequestError(`scope: must be once, session or always`, 'scope');
    return firewallService(ctx).decide(req.params.id, parsed.data.scope, who);
  });

  app.post<{ Params: { id: string } }>('/v1/approvals/:id/deny', async (req) => {
    const who = ctx.auth.requireApprover(req);
    return firewallService(ctx).decide(req.params.id, 'deny', who);
  });

  app.get<{ Querystring: { include_revoked?: string } }>('/v1/approval-rules', async (req) => {
    ctx.auth.requireApprover(req);
    return { data: await firewallService(ctx).listRules(req.query.include_revoked === 'true') };
  });

  app.delete<{ Params: { id: string } }>('/v1/approval-rules/:id', async (req) => {
    const who = ctx.auth.requireApprover(req);
    await firewallService(ctx).revokeRule(req.params.id, who);
    return { id: req.params.id, revoked: true };
  });
};
