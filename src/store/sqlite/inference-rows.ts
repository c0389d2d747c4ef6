import type { AttemptRecord, InferenceRecord } from '../types.js';
import type { WireFormat } from '../../providers/types.js';
import { requestFromSent } from '../../server/wire-request.js';

// Row <-> record mapping for inferences and attempts (JSON columns are TEXT in SQLite).

export interface InferenceRow {
  id: string; created_at: string; kind: string; request_id: string | null; session_id: string | null; route: string | null; model: string | null;
  variant: string | null; provider: string | null; upstream_model: string | null; stream: number; status: string;
  error: string | null; request: string; response: string | null; usage: string | null; latency_ms: number;
  ttft_ms: number | null; attempts_count: number; routing: string | null; tags: string | null; cost_usd: number | null;
  cached_input_tokens?: number | null; cache_creation_input_tokens?: number | null; reasoning_tokens?: number | null; dropped?: string | null; cache?: string | null;
  request_format?: string | null;
}

const parse = (s: string | null) => (s == null ? null : JSON.parse(s));

export function inferenceFromRow(row: InferenceRow): InferenceRecord {
  // The token columns repeat what `usage` holds (they exist for queries); the record keeps usage.
  // No cache outcome (the route had no cache) reads back as an absent field, as it was recorded.
  const { cached_input_tokens: _c, cache_creation_input_tokens: _w, reasoning_tokens: _r, dropped, cache, request_format, ...r } = row;
  return {
    ...r,
    ...(cache ? { cache: cache as InferenceRecord['cache'] } : {}),
    kind: r.kind as InferenceRecord['kind'],
    dropped: parse(dropped ?? null),
    stream: r.stream === 1,
    status: r.status as InferenceRecord['status'],
    request: request_format ? requestFromSent(request_format as WireFormat, r.request) : JSON.parse(r.request),
    response: parse(r.response),
    usage: parse(r.usage),
    routing: parse(r.routing),
    tags: parse(r.tags),
  };
}

export function attemptFromRow(r: AttemptRecord): AttemptRecord {
  return { ...r, outcome: r.outcome as AttemptRecord['outcome'] };
}
