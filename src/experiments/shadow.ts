import type { Logger } from 'pino';
import type { ChatRequest } from '../core/types.js';
import type { Gateway } from '../routing/gateway.js';
import type { Plan, RequestMeta } from '../routing/resolve.js';

// Shadow traffic: a share of a route's requests is also sent to its shadow variant. The copy runs
// after the current tick, is never awaited, never returned, and is recorded like any inference but
// with routing.shadow = true (so analyses of live traffic leave it out). A cap on copies in flight
// keeps a slow shadow from piling up work behind live traffic.

interface ShadowOptions {
  maxInFlight?: number;
  random?: () => number;
  logger?: Logger;
}

export class ShadowMirror {
  readonly #gateway: Gateway;
  readonly #maxInFlight: number;
  readonly #random: () => number;
  readonly #logger?: Logger;
  #inFlight = 0;
  #pending = new Set<Promise<unknown>>();
  mirrored = 0;
  dropped = 0;

  constructor(gateway: Gateway, options: ShadowOptions = {}) {
    this.#gateway = gateway;
    this.#maxInFlight = options.maxInFlight ?? 16;
    this.#random = options.random ?? Math.random;
    this.#logger = options.logger;
  }

  /** For Gateway.onPlan: called with every planned request; returns at once. */
  readonly hook = (request: ChatRequest, meta: RequestMeta, plan: Plan): void => {
    try {
      this.#maybeMirror(request, meta, plan);
    } catch (err) {
      this.#logger?.warn({ err }, 'shadow: could not mirror a request');
    }
  };

  /** Resolves when every shadow copy started so far has finished (tests, shutdown). */
  async drain(): Promise<void> {
    while (this.#pending.size) await Promise.allSettled([...this.#pending]);
  }

  #maybeMirror(request: ChatRequest, meta: RequestMeta, plan: Plan): void {
    if (!plan.route || plan.routing.shadow) return;
    const route = this.#gateway.config.routes[plan.route];
    const shadow = route?.shadow;
    if (!shadow || !route.variants || plan.variant === shadow.variant) return;
    if (this.#random() >= shadow.share) return;
    if (this.#inFlight >= this.#maxInFlight) {
      this.dropped++;
      return;
    }
    const variant = route.variants[shadow.variant];
    const model = this.#gateway.models.get(variant.model);
    if (!model) return;
    const shadowPlan: Plan = {
      route: plan.route, variant: shadow.variant, model, systemPrompt: variant.system_prompt ?? route.system_prompt, params: variant.params,
      routing: { shadow: true, variant: shadow.variant, mirrors_variant: plan.variant, ...(meta.sessionId ? { session_id: meta.sessionId } : {}) },
    };
    // No session id and no client signal: the copy must not join the client's episode or die with its connection.
    const shadowMeta: RequestMeta = { tags: { ...meta.tags, switchyard_shadow: 'true' } };
    const copy: ChatRequest = { ...request, stream: false, stream_options: undefined };
    this.#inFlight++;
    this.mirrored++;
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.#gateway.complete(copy, shadowMeta, shadowPlan))
      .catch(() => undefined) // recorded as an error inference already; nobody is waiting for it
      .finally(() => {
        this.#inFlight--;
        this.#pending.delete(run);
      });
    this.#pending.add(run);
  }
}
