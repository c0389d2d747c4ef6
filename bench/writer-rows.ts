import { newCompactId, newId } from '../src/core/ids.js';
import type { AttemptRecord, InferenceRecord } from '../src/store/types.js';

// The json case's inference and attempt rows, as the writer benches record them.

const request = { model: 'bench', messages: [{ role: 'system' as const, content: 'You are terse.' }, { role: 'user' as const, content: 'Say something about foxes.' }] };
const response = { id: 'chatcmpl-bench', model: 'bench-model', created: 1, message: { role: 'assistant', content: 'The quick brown fox jumps over the lazy dog.' }, finish_reason: 'stop', usage: { prompt_tokens: 12, completion_tokens: 10, total_tokens: 22 } };

/** One json request's rows; `usageOnce` leaves the usage column empty (the usage only in the response). */
export function jsonCaseRows(usageOnce = false): { record: InferenceRecord; attempts: AttemptRecord[] } {
  const id = newId();
  const now = new Date().toISOString();
  const attempt: AttemptRecord = { id: newId(), inference_id: id, seq: 0, created_at: now, provider: 'mock', upstream_model: 'bench-model', target_index: 0, retry: 0, outcome: 'ok', status_code: 200, error_kind: null, error: null, latency_ms: 1.3, ttft_ms: null, next_reason: null };
  const record: InferenceRecord = {
    id, kind: 'chat', created_at: now, session_id: null, request_id: `req_${newCompactId()}`, route: 'bench', model: 'bench-model', variant: null, provider: 'mock', upstream_model: 'bench-model',
    stream: false, status: 'ok', error: null, request, response, usage: usageOnce ? null : response.usage, latency_ms: 1.5, ttft_ms: null, attempts_count: 1, routing: null, tags: null,
    cost_usd: null, dropped: null, storage_content: 'full',
  };
  return { record, attempts: [attempt] };
}
