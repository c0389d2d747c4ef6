import type { AppContext } from '../server/context.js';
import type { ConfigSwaps } from '../server/reload/reloader.js';
import { ExperimentController } from './controller.js';
import { ShadowMirror } from './shadow.js';

// Wires experiments into a running gateway: the rollout weights into routing, shadow mirroring into
// the gateway's plan hook, and the controller into ctx.services (the HTTP routes find it there).

export interface ExperimentsService {
  controller: ExperimentController;
  shadow: ShadowMirror;
  stop(): Promise<void>;
}

export async function attachExperiments(ctx: AppContext): Promise<ExperimentsService> {
  const existing = ctx.services.experiments as ExperimentsService | undefined;
  if (existing) return existing;
  const controller = new ExperimentController({ config: ctx.config, store: ctx.store, logger: ctx.logger });
  await controller.init();
  ctx.gateway.weightsFor = controller.weightsFor;
  const shadow = new ShadowMirror(ctx.gateway, { logger: ctx.logger });
  if (Object.values(ctx.config.routes).some((r) => r.shadow)) ctx.gateway.onPlan = shadow.hook;
  controller.start();
  (ctx.services.configSwaps as ConfigSwaps | undefined)?.onSwap(async (config) => {
    await controller.reconfigure(config);
    // The mirror reads routes from the live config; it only needs hooking in once a route shadows.
    if (Object.values(config.routes).some((r) => r.shadow)) ctx.gateway.onPlan = shadow.hook;
  });
  const service: ExperimentsService = {
    controller,
    shadow,
    async stop() {
      controller.stop();
      await shadow.drain();
    },
  };
  ctx.services.experiments = service;
  return service;
}
