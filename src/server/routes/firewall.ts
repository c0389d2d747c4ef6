import { parseInput } from '../../core/validate.js';
import { jsonlInputSchema } from '../../firewall/jsonl.js';
import { firewallService } from '../../firewall/service-of.js';
import type { RouteGroup } from '../context.js';

// POST /v1/firewall/assess: the agent-facing check (gateway key). Returns the Assessment, the
// trace id and, when a human must answer, the pending approval the caller can wait on.
// GET /v1/firewall/traces/:id: one stored trace (approver token).
export const firewallRoutes: RouteGroup = (app, ctx) => {
  app.post('/v1/firewall/assess', async (req) => {
    ctx.auth.requireClient(req);
    const { tool, args, annotations, context } = parseInput(jsonlInputSchema, req.body);
    const r = await firewallService(ctx).gate({ tool, args, annotations }, context);
    return { ...r.assessment, trace_id: r.trace_id, status: r.status, approval_id: r.approval?.id ?? null, expires_at: r.approval?.expires_at ?? null, rule_id: r.rule_id };
  });

  // The agent side of a gated call: wait (gateway key) until a human answers or it expires.
  // It can only read the outcome; answering needs an approver token.
  app.get<{ Params: { id: string }; Querystring: { timeout_ms?: string } }>('/v1/firewall/approvals/:id/wait', async (req) => {
    ctx.auth.requireClient(req);
    const svc = firewallService(ctx);
    const timeout = Math.min(Math.max(Number(req.query.timeout_ms ?? 30_000) || 30_000, 1), 120_000);
    const signal = AbortSignal.timeout(timeout);
    let a;
    try {
      a = await svc.waitForDecision(req.params.id, signal);
    } catch (err) {
      if (!signal.aborted) throw err;
      a = await svc.getApproval(req.params.id);
    }
    return { id: a.id, status: a.status, answer: a.answer, decided_at: a.decided_at, expires_at: a.expires_at, run: a.status === 'approved' };
  });

  app.get<{ Params: { id: string } }>('/v1/firewall/traces/:id', async (req) => {
    ctx.auth.requireApprover(req);
    return firewallService(ctx).getTrace(req.params.id);
  });
};
