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
  /** Set when the request is stored against a base (request-bases.ts); request then holds the middle. */
  request_base?: string | null; request_head?: number | null; request_tail?: number | null;
  /** The request whole again (SELECT_INFERENCES), for rows stored against a base. */
  request_joined?: string | null;
}

/**
 * Inference rows with a request stored against a base joined back together, byte for byte:
 * substr of a BLOB counts bytes, and || and CAST keep them. Filters name inferences' columns.
 */
export const SELECT_INFERENCES = `SELECT inferences.*, CASE WHEN inferences.request_base IS NULL THEN NULL ELSE CAST(
  substr(request_bases.bytes, 1, inferences.request_head) || CAST(inferences.request AS BLOB)
  || substr(request_bases.bytes, length(request_bases.bytes) - inferences.request_tail + 1) AS TEXT) END AS request_joined
FROM inferences LEFT JOIN request_bases ON request_bases.hash = inferences.request_base`;

/** Deletes the bases no inference refers to any more (after a delete of inferences). */
export const DELETE_ORPHAN_BASES = 'DELETE FROM request_bases WHERE NOT EXISTS (SELECT 1 FROM inferences WHERE inferences.request_base = request_bases.hash)';

class MissingRequestBaseError extends Error {
  constructor(id: string, base: string) {
    super(`inference ${id}: its request base ${base} is missing from request_bases`);
    this.name = 'MissingRequestBaseError';
  }
}

const parse = (s: string | null) => (s == null ? null : JSON.parse(s));

export function inferenceFromRow(row: InferenceRow): InferenceRecord {
  // The token columns repeat what `usage` holds (they exist for queries); the record keeps usage.
  // No cache outcome (the route had no cache) reads back as an absent field, as it was recorded.
  const { cached_input_tokens: _c, cache_creation_input_tokens: _w, reasoning_tokens: _r, dropped, cache, request_format, request_base, request_head: _h, request_tail: _t, request_joined, ...r } = row;
  const request = request_base == null ? r.request : request_joined;
  if (request == null) throw new MissingRequestBaseError(r.id, request_base!);
  return {
    ...r,
    ...(cache ? { cache: cache as InferenceRecord['cache'] } : {}),
    kind: r.kind as InferenceRecord['kind'],
    dropped: parse(dropped ?? null),
    stream: r.stream === 1,
    status: r.status as InferenceRecord['status'],
    request: request_format ? requestFromSent(request_format as WireFormat, request) : JSON.parse(request),
    response: parse(r.response),
    usage: parse(r.usage),
    routing: parse(r.routing),
    tags: parse(r.tags),
  };
}

export function attemptFromRow(r: AttemptRecord): AttemptRecord {
  return { ...r, outcome: r.outcome as AttemptRecord['outcome'] };
}
