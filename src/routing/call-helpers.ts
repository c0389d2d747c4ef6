import { SwitchyardError } from '../core/errors.js';
import type { ChatRequest } from '../core/types.js';
import type { NativeRequest, Passthrough, ProviderAdapter } from '../providers/types.js';
import type { RequestAsSent } from '../store/types.js';
import { ClientAbort } from './client-abort.js';
import type { Plan, RequestMeta } from './resolve.js';
import type { RuntimeTarget } from './targets.js';

// Small decisions the Gateway makes per call: pass-through or translate, what was dropped, the
// cancellation to follow, which target a cached answer came from, naming a failure's record.

/**
 * The serving adapter's pass-through when the client's format is its own, else undefined (translate).
 * Retrieved examples are inserted as messages by requestForTarget, so a plan with shots translates.
 */
export function passthroughFor(adapter: ProviderAdapter, native: NativeRequest | undefined, plan: Plan, target: RuntimeTarget): Passthrough | undefined {
  if (plan.shots?.length || !native) return undefined;
  return adapter.passthroughFor?.(native.format, target.provider);
}

export function lossOf(adapter: ProviderAdapter, target: RuntimeTarget, request: ChatRequest): string[] {
  const lost = [...(request.untranslatable ?? []), ...(adapter.translationLoss?.(target.provider, request) ?? [])];
  return [...new Set(lost)];
}

/** The failed inference was recorded: let the error reply name it (x-switchyard-inference-id). */
export function named(err: unknown, inferenceId: string): unknown {
  if (err instanceof SwitchyardError) err.inferenceId = inferenceId;
  return err;
}

/** What neither the inbound surface nor the serving target's wire format could carry: recorded and sent as a header, never dropped silently. */
export function droppedOf(meta: RequestMeta, byTarget: string[]): string[] {
  return meta.droppedFields?.length ? [...meta.droppedFields, ...byTarget] : byTarget;
}

/** The request's cancellation: the route's, else one following the caller's signal, else one that never fires. */
export function clientOf(meta: RequestMeta): ClientAbort {
  return meta.abort ?? new ClientAbort(meta.signal);
}

/** The client's own bytes of the request, when the surface says the request is those bytes converted (NativeRequest.recordRaw). */
export function asSentOf(native: NativeRequest | undefined): RequestAsSent | undefined {
  return native?.recordRaw && native.raw ? { format: native.format, bytes: native.raw, plainEscapes: native.json?.plainEscapes } : undefined;
}

/** The target that produced a cached response (the first one if the config no longer has it). */
export function cachedTarget(plan: Plan, key: string): RuntimeTarget {
  return plan.model.targets.find((t) => t.key === key) ?? plan.model.targets[0];
}
