import { InvalidRequestError, NotFoundError } from '../core/errors.js';
import { own } from '../core/own.js';
import type { ChatRequest } from '../core/types.js';
import type { Config, RouteConfig } from '../config/schema.js';
import type { DemonstrationConfig, ExamplesConfig } from '../config/optimize-schema.js';
import type { Shot } from '../core/examples.js';
import { assignmentUnit, pickVariant } from './assignment.js';
import { chooseCheapOrStrong } from './cheap-rule.js';
import { DEFAULT_CHEAP_RULE } from './defaults.js';
import { aliasResolver } from './aliases.js';
import type { RuntimeModel } from './targets.js';

// Turns the name a client asked for into the model (provider chain) that serves this request,
// and says why: route -> variant (sticky per session) -> cheap/strong -> model.

export interface RequestMeta {
  sessionId?: string;
  /** x-request-id of the HTTP request (kept in the inference record to join logs and records). */
  requestId?: string;
  /** x-switchyard-variant: force a variant (recorded as forced). */
  forceVariant?: string;
  /** x-switchyard-target: pin a target by index, provider name or provider/model. */
  pinTarget?: string;
  /** x-switchyard-no-fallback */
  noFallback?: boolean;
  /** Cancelled when the client goes away; in-process callers may pass only a signal instead. */
  abort?: import('./client-abort.js').ClientAbort;
  signal?: AbortSignal;
  tags?: Record<string, string>;
  /** Request fields the inbound surface could not translate (recorded as routing.dropped_fields). */
  droppedFields?: string[];
  /** HTTP callers only: sha256 hex of the gateway key, or "anonymous" (never the key). Limits apply when set. */
  client?: string;
  /** x-switchyard-cache: the request's wish for the response cache (src/cache/policy.ts). */
  cache?: import('../config/cache-schema.js').CacheDirective;
  /** W3C trace context of the HTTP request (continued by src/telemetry/ when it is on). */
  trace?: import('../telemetry/tracing.js').TraceCarrier;
}

export interface Plan {
  route: string | null;
  variant: string | null;
  model: RuntimeModel;
  systemPrompt?: string;
  params?: Record<string, unknown>;
  /** Dynamic in-context examples to retrieve for this request (the variant's `examples`). */
  examples?: ExamplesConfig;
  /** Fixed demonstrations of the variant, then the retrieved examples: added by requestForTarget. */
  shots?: Shot[];
  only?: number[];
  routing: Record<string, unknown>;
}

/** Current weights of a route's variants when an experiment has changed them (rollout state). */
export type WeightSource = (route: string) => Record<string, number> | undefined;

export function resolvePlan(
  config: Config,
  models: Map<string, RuntimeModel>,
  request: ChatRequest,
  meta: RequestMeta,
  weightsFor?: WeightSource,
): Plan {
  const routing: Record<string, unknown> = {};
  let name = request.model;
  if (!Object.hasOwn(config.routes, name) && !models.has(name)) {
    const alias = aliasResolver(config.model_aliases)(name);
    if (alias) {
      routing.requested_model = name;
      routing.alias = alias.alias;
      name = alias.target;
    }
  }
  const route = own(config.routes, name);
  let plan: Plan;
  if (route) {
    plan = planForRoute(name, route, models, request, meta, routing, weightsFor);
  } else {
    const model = models.get(name);
    if (!model) {
      const known = [...Object.keys(config.routes), ...models.keys(), ...Object.keys(config.model_aliases)];
      throw new NotFoundError(`unknown model or route "${name}"; known: ${known.join(', ') || 'none'} (add a model_aliases entry to map other names)`, 'model', 'model_not_found');
    }
    plan = { route: null, variant: null, model, routing };
  }
  const only = meta.pinTarget !== undefined ? [pinnedIndex(plan.model, meta.pinTarget)] : undefined;
  if (only) routing.pinned_target = meta.pinTarget;
  if (meta.noFallback) routing.fallback_disabled = true;
  // Added to the plan, not `{ ...plan, only }`: on Node 20 an object made by a leading spread gets a
  // hidden class of its own, and each key added after the spread makes a new one, allocated in the
  // old generation: one per request, promoted with its descriptors (docs/performance.md, "Dead
  // requests promoted").
  plan.only = only;
  return plan;
}

function planForRoute(
  name: string,
  route: RouteConfig,
  models: Map<string, RuntimeModel>,
  request: ChatRequest,
  meta: RequestMeta,
  routing: Record<string, unknown>,
  weightsFor?: WeightSource,
): Plan {
  const model = (m: string) => models.get(m)!; // references are checked when the config loads
  if (route.variants) {
    const variants = route.variants;
    let variant: string;
    if (meta.forceVariant !== undefined) {
      if (!own(variants, meta.forceVariant)) {
        throw new InvalidRequestError(`unknown variant "${meta.forceVariant}" for route ${name}; variants: ${Object.keys(variants).join(', ')}`, 'x-switchyard-variant');
      }
      variant = meta.forceVariant;
      routing.variant_forced = true;
    } else {
      const weights = weightsFor?.(name);
      const candidate = route.rollout?.candidate;
      const ordered = Object.entries(variants)
        .map(([v, cfg]) => [v, weights?.[v] ?? cfg.weight] as const)
        .sort((a, b) => (a[0] === candidate ? -1 : b[0] === candidate ? 1 : 0));
      const u = meta.sessionId ? assignmentUnit(name, meta.sessionId) : Math.random();
      variant = pickVariant(u, ordered);
      routing.assignment = meta.sessionId ? 'session' : 'request';
    }
    const v = variants[variant];
    routing.variant = variant;
    return {
      route: name, variant, model: model(v.model), systemPrompt: v.system_prompt ?? route.system_prompt, params: v.params, routing,
      ...(v.examples ? { examples: v.examples } : {}),
      ...(v.demonstrations?.length ? { shots: v.demonstrations.map(shotOf) } : {}),
    };
  }
  if (route.strong && route.cheap) {
    const decision = chooseCheapOrStrong(request.messages, route.cheap_rule ?? DEFAULT_CHEAP_RULE);
    routing.tier = decision.choice;
    routing.tier_reason = decision.reason;
    return { route: name, variant: null, model: model(decision.choice === 'cheap' ? route.cheap : route.strong), systemPrompt: route.system_prompt, routing };
  }
  return { route: name, variant: null, model: model(route.model!), systemPrompt: route.system_prompt, routing };
}

function pinnedIndex(model: RuntimeModel, pin: string): number {
  const byIndex = /^\d+$/.test(pin) ? model.targets[Number(pin)] : undefined;
  const found = byIndex ?? model.targets.find((t) => t.key === pin || t.provider.providerName === pin);
  if (!found) {
    throw new InvalidRequestError(
      `x-switchyard-target "${pin}" matches no target of model ${model.name}; targets: ${model.targets.map((t, i) => `${i}=${t.key}`).join(', ')}`,
      'x-switchyard-target',
    );
  }
  return found.index;
}

function shotOf(d: DemonstrationConfig): Shot {
  return { input: d.input, output: d.output, ...(d.source_inference_id ? { source_inference_id: d.source_inference_id } : {}) };
}
