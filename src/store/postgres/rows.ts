import type { AttemptRecord, InferenceRecord } from '../types.js';

// Row <-> record mapping. JSONB columns arrive parsed; timestamps arrive as ISO strings (db.ts).

export function inferenceFromPg(row: Record<string, unknown>): InferenceRecord {
  // The token columns repeat what `usage` holds (they exist for queries); the record keeps usage.
  // No cache outcome (the route had no cache) reads back as an absent field, as it was recorded.
  // PostgreSQL always stores the normalized request (its redaction walks the value, secret-named
  // keys included); request_format and the request base columns (request_bases: a SQLite writer's
  // saving) exist so both schemas stay twins, and are always NULL here.
  const { cached_input_tokens: _c, cache_creation_input_tokens: _w, reasoning_tokens: _r, cache, request_format: _f, request_base: _b, request_head: _h, request_tail: _t, ...r } = row;
  return (cache ? { ...r, cache } : r) as unknown as InferenceRecord;
}

export function attemptFromPg(r: Record<string, unknown>): AttemptRecord {
  return r as unknown as AttemptRecord;
}

export const INFERENCE_COLUMNS = [
  'id', 'created_at', 'session_id', 'route', 'model', 'variant', 'provider', 'upstream_model', 'stream', 'status', 'error',
  'request', 'response', 'usage', 'latency_ms', 'ttft_ms', 'attempts_count', 'routing', 'tags', 'cost_usd', 'kind', 'request_id',
  'cached_input_tokens', 'cache_creation_input_tokens', 'reasoning_tokens', 'dropped', 'cache',
] as const;

export const ATTEMPT_COLUMNS = [
  'id', 'inference_id', 'seq', 'created_at', 'provider', 'upstream_model', 'target_index', 'retry', 'outcome', 'status_code',
  'error_kind', 'error', 'latency_ms', 'ttft_ms', 'next_reason',
] as const;

/** One multi-row INSERT ... ON CONFLICT DO NOTHING for `rows` (each an array in `columns` order). */
export function multiInsert(table: string, columns: readonly string[], rows: unknown[][]): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const tuples = rows.map((row) => `(${row.map((v) => (values.push(v), `$${values.length}`)).join(', ')})`);
  return { text: `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING`, values };
}
