import type { AppContext } from '../../server/context.js';
import { notificationsOf } from '../../store/notify.js';
import { firewallService, firewallServiceOptions } from '../service-of.js';
import { ReplicaFirewallService } from './replica-service.js';
import { deliver, resolveWebhooks } from './webhooks.js';

// Start-up wiring for the enforcement points, one call from the runtime before routes are built:
// installs the replica-aware approvals service as ctx.services.firewall and starts the webhook
// notifications of pending approvals. Returns a stop function.

/** True when the store's notifications reach other processes (PostgreSQL LISTEN/NOTIFY). */
function crossProcessBus(ctx: AppContext): boolean {
  return typeof (ctx.store as { subscribe?: unknown }).subscribe === 'function';
}

/** A gated call's waiter re-reads the table this often when notifications work, as a safety net. */
const SAFETY_POLL_MS = 10_000;

export async function attachFirewallEnforcement(ctx: AppContext, env: NodeJS.ProcessEnv = process.env, file?: string): Promise<() => void> {
  if (!(ctx.services.firewall instanceof ReplicaFirewallService)) {
    ctx.services.firewall = new ReplicaFirewallService(
      ctx.store.firewall,
      ctx.config.firewall,
      { ...firewallServiceOptions(ctx), pollMs: crossProcessBus(ctx) ? SAFETY_POLL_MS : 1_000 },
      notificationsOf(ctx.store),
    );
  }
  const svc = firewallService(ctx);
  const hooks = resolveWebhooks(ctx.config.firewall.notify, env, file);
  if (hooks.length === 0) return () => undefined;
  const server = ctx.config.server;
  const baseUrl = server.public_url ?? `http://${server.host}:${server.port}`;
  return svc.onPending((approval) => {
    for (const h of hooks) void deliver(h, approval, baseUrl, ctx.logger, ctx.store.redactor);
  });
}
