import type { AppContext } from '../server/context.js';
import { FirewallService } from './approvals.js';
import { gatewayCrisisScreen } from './crisis/model-screen.js';
import { applyLearnedLayers } from './learned/switches.js';
import { gatewayJudge } from './second-opinion.js';
import { redact } from './redact.js';

/** What every FirewallService of an app is built with: expiry, traces, the optional judge and crisis screen. */
export function firewallServiceOptions(ctx: AppContext) {
  const fw = ctx.config.firewall;
  const judge = fw.second_opinion
    ? gatewayJudge(
        async (request, signal) => ({ content: (await ctx.gateway.complete(request, { signal })).response.message.content }),
        fw.second_opinion.model,
        fw.second_opinion.timeout_ms,
      )
    : undefined;
  const redactor = ctx.store.redactor;
  const complete = async (request: Parameters<typeof ctx.gateway.complete>[0], signal?: AbortSignal) => ({ content: (await ctx.gateway.complete(request, { signal })).response.message.content });
  // The learned layers are process-wide: the engine that assesses every call of this app reads them.
  applyLearnedLayers(fw);
  const crisisScreen = fw.crisis.screen_model ? gatewayCrisisScreen(complete, fw.crisis.screen_model, fw.crisis.screen_timeout_ms) : undefined;
  return {
    expireAfterMs: fw.approvals.expire_after_ms,
    storeTraces: fw.store_traces,
    judge,
    crisisScreen,
    redactValue: <T>(v: T): T => redactor.value(redact(v) as T),
  };
}

/** The one FirewallService of a running app, created on first use and kept in ctx.services. */
export function firewallService(ctx: AppContext): FirewallService {
  const existing = ctx.services.firewall;
  if (existing instanceof FirewallService) return existing;
  const svc = new FirewallService(ctx.store.firewall, ctx.config.firewall, firewallServiceOptions(ctx));
  ctx.services.firewall = svc;
  return svc;
}
