import { firewallService } from '../../firewall/service-of.js';
import type { RouteGroup } from '../context.js';

// A session's remembered crisis risk (approver token only). Once a session shows risk, every call
// in it that reaches out or cannot be undone waits for a human; clearing is a human decision, so
// the agent's gateway key is refused here like on every approval endpoint.
export const firewallSessionRoutes: RouteGroup = (app, ctx) => {
  app.get<{ Params: { id: string } }>('/v1/firewall/sessions/:id/risk', async (req) => {
    ctx.auth.requireApprover(req);
    return firewallService(ctx).getSessionRisk(req.params.id);
  });

  app.post<{ Params: { id: string } }>('/v1/firewall/sessions/:id/clear-risk', async (req) => {
    const who = ctx.auth.requireApprover(req);
    return firewallService(ctx).clearSessionRisk(req.params.id, who);
  });
};
