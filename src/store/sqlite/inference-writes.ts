import type Database from 'better-sqlite3';
import type { AttemptRecord, InferenceRecord } from '../types.js';
import type { Redactor } from '../redact.js';
import { PiiRedactor } from '../redact-pii.js';
import { withoutContent } from '../content-mode.js';

// Inference rows as the SQLite writer receives them: JSON columns already serialized (cheap,
// native JSON.stringify on the request thread), redaction and inserts done by the writer.

export interface InferenceWrite {
  row: Omit<InferenceRecord, 'request' | 'response' | 'usage' | 'routing' | 'tags' | 'stream' | 'dropped'> & {
    stream: number;
    request: string;
    response: string | null;
    usage: string | null;
    routing: string | null;
    tags: string | null;
    cached_input_tokens: number | null;
    cache_creation_input_tokens: number | null;
    reasoning_tokens: number | null;
    dropped: string | null;
  };
  attempts: AttemptRecord[];
}

const json = (v: unknown) => (v == null ? null : JSON.stringify(v));

export function toInferenceWrite(record: InferenceRecord, attempts: AttemptRecord[]): InferenceWrite {
  const row = record.storage_content === 'metadata_only' ? withoutContent(record) : record;
  return {
    row: {
      ...row,
      kind: row.kind ?? 'chat',
      request_id: row.request_id ?? null,
      cache: row.cache ?? null,
      stream: row.stream ? 1 : 0,
      request: JSON.stringify(row.request),
      response: json(row.response),
      usage: json(row.usage),
      routing: json(row.routing),
      tags: json(row.tags),
      cached_input_tokens: row.usage?.cached_input_tokens ?? null,
      cache_creation_input_tokens: row.usage?.cache_creation_input_tokens ?? null,
      reasoning_tokens: row.usage?.reasoning_tokens ?? null,
      dropped: row.dropped?.length ? JSON.stringify(row.dropped) : null,
    },
    attempts,
  };
}

/** Prepares the inserts on `db` and returns a function writing one batch in one transaction. */
export function inferenceBatchWriter(db: Database.Database, redactor: Redactor, pii = new PiiRedactor()): (batch: InferenceWrite[]) => void {
  const insertInference = db.prepare(`INSERT OR IGNORE INTO inferences (id, created_at, kind, request_id, cache, session_id, route, model, variant, provider, upstream_model, stream, status, error, request, response, usage, latency_ms, ttft_ms, attempts_count, routing, tags, cost_usd, cached_input_tokens, cache_creation_input_tokens, reasoning_tokens, dropped)
    VALUES (@id, @created_at, @kind, @request_id, @cache, @session_id, @route, @model, @variant, @provider, @upstream_model, @stream, @status, @error, @request, @response, @usage, @latency_ms, @ttft_ms, @attempts_count, @routing, @tags, @cost_usd, @cached_input_tokens, @cache_creation_input_tokens, @reasoning_tokens, @dropped)`);
  const insertAttempt = db.prepare(`INSERT OR IGNORE INTO attempts (id, inference_id, seq, created_at, provider, upstream_model, target_index, retry, outcome, status_code, error_kind, error, latency_ms, ttft_ms, next_reason)
    VALUES (@id, @inference_id, @seq, @created_at, @provider, @upstream_model, @target_index, @retry, @outcome, @status_code, @error_kind, @error, @latency_ms, @ttft_ms, @next_reason)`);
  return db.transaction((batch: InferenceWrite[]) => {
    for (const { row, attempts } of batch) {
      // Personal data goes for `redacted` and from what `metadata_only` keeps (error text).
      const personal = row.storage_content === 'redacted' || row.storage_content === 'metadata_only';
      const text = (s: string) => (personal ? pii.text(redactor.text(s)) : redactor.text(s));
      const json = (s: string) => (personal ? pii.jsonText(redactor.jsonText(s)) : redactor.jsonText(s));
      insertInference.run({
        ...row,
        error: row.error && text(row.error),
        session_id: row.session_id && redactor.text(row.session_id),
        request: json(row.request),
        response: row.response && json(row.response),
        // metadata from the client (tags) and routing facts are client input too
        routing: row.routing && redactor.jsonText(row.routing),
        tags: row.tags && redactor.jsonText(row.tags),
      });
      for (const a of attempts) insertAttempt.run({ ...a, error: a.error && text(a.error) });
    }
  });
}
