import type { AppContext } from '../server/context.js';
import { FirewallService } from './approvals.js';

/** The one FirewallService of a running app, created on first use and kept in ctx.services. */
export function firewallService(ctx: AppContext): FirewallService {
  const existing = ctx.services.firewall;
  if (existing instanceof FirewallService) return existing;
  const fw = ctx.config.firewall;
  const svc = new FirewallService(ctx.store.firewall, fw, { expireAfterMs: fw.approvals.expire_after_ms, storeTraces: fw.store_traces });
  ctx.services.firewall = svc;
  return svc;
}
