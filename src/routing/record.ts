import { newId } from '../core/ids.js';
import { withKeys } from '../core/with-keys.js';
import type { ChatRequest, EmbeddingRequest, Usage } from '../core/types.js';
import type { Config } from '../config/schema.js';
import type { AttemptRecord, InferenceKind, InferenceRecord, InferenceStatus, RequestAsSent } from '../store/types.js';
import type { AttemptLog } from './attempts.js';
import type { AdmissionTicket, CacheOutcome } from './gateway-types.js';
import type { Plan, RequestMeta } from './resolve.js';
import type { RuntimeTarget } from './targets.js';

// What the gateway records about one model call: the inference row and its attempt rows, built
// once, shared as they are by the store (which serializes them for its writer) and the observers
// (metrics, telemetry). Nothing here copies the request or the response.

export interface RecordInput {
  id: string; kind?: InferenceKind; createdAt: string; meta: RequestMeta; plan: Plan; request: ChatRequest | EmbeddingRequest; stream: boolean;
  status: InferenceStatus; error: string | null; response: unknown; usage: Usage | null;
  latencyMs: number; ttftMs: number | null; target: RuntimeTarget | null; attempts: AttemptLog[]; costUsd: number | null;
  dropped?: string[]; ticket?: AdmissionTicket; cache?: CacheOutcome;
  /** The client's own bytes of `request` (NativeRequest.recordRaw), kept by the store instead of serializing `request`. */
  asSent?: RequestAsSent;
}

export function buildRecord(r: RecordInput, config: Config): { record: InferenceRecord; attempts: AttemptRecord[] } {
  const record: InferenceRecord = {
    id: r.id,
    kind: r.kind ?? 'chat',
    created_at: r.createdAt,
    session_id: r.meta.sessionId ?? null,
    request_id: r.meta.requestId ?? null,
    route: r.plan.route,
    model: r.plan.model.name,
    variant: r.plan.variant,
    provider: r.target?.provider.providerName ?? null,
    upstream_model: r.target?.provider.model ?? null,
    stream: r.stream,
    status: r.status,
    error: r.error,
    request: r.request,
    ...(r.asSent ? { request_as_sent: r.asSent } : {}),
    response: r.response,
    usage: r.usage,
    latency_ms: r.latencyMs,
    ttft_ms: r.ttftMs,
    attempts_count: r.attempts.length,
    routing: hasKeys(r.plan.routing) ? r.plan.routing : null,
    tags: r.meta.tags ?? null,
    cost_usd: r.costUsd,
    dropped: r.dropped?.length ? r.dropped : r.meta.droppedFields?.length ? r.meta.droppedFields : null,
    ...(r.cache ? { cache: r.cache } : {}),
    storage_content: (r.plan.route ? config.routes[r.plan.route]?.storage_content : undefined) ?? config.storage.content,
  };
  const attempts = r.attempts.map((a, seq): AttemptRecord => withKeys(a, { id: newId(), inference_id: r.id, seq }));
  return { record, attempts };
}

/** Object.keys(o).length without building the array (most plans carry no routing facts). */
function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}
