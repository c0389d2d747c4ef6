import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '../src/core/ids.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { AttemptRecord, InferenceRecord } from '../src/store/types.js';
import { median } from './harness.js';

// What the order of generated request ids costs the SQLite writer (inferences.request_id is
// indexed): the json case's inference rows recorded through the real store (writer thread), in
// batches of BATCH rows (default 85: a 50 ms flush at ~1,700 requests a second) with request ids
// random (`req_` + a random UUID's hex) or time-ordered (`req_` + a UUIDv7's hex), blocks of OPS
// rows (default 3400) alternating the two. The store first holds PREFILL rows (default 20,000,
// random ids). Process CPU per row (writer thread included), medians of BENCH_ROUNDS pairs
// (default 9) and the paired difference's range.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const OPS = Number(process.env.BENCH_OPS ?? 3400);
const BATCH = Number(process.env.BATCH ?? 85);
const PREFILL = Number(process.env.PREFILL ?? 20_000);
const request = { model: 'bench', messages: [{ role: 'system' as const, content: 'You are terse.' }, { role: 'user' as const, content: 'Say something about foxes.' }] };
const response = { id: 'chatcmpl-bench', model: 'bench-model', created: 1, message: { role: 'assistant', content: 'The quick brown fox jumps over the lazy dog.' }, finish_reason: 'stop', usage: { prompt_tokens: 12, completion_tokens: 10, total_tokens: 22 } };

const dir = mkdtempSync(join(tmpdir(), 'switchyard-reqid-'));
const store = new SqliteStore({ path: join(dir, 'bench.db') });
const randomReq = () => `req_${randomUUID().replace(/-/g, '')}`;
const orderedReq = () => `req_${newId().replace(/-/g, '')}`;

function recordOne(requestId: string): void {
  const id = newId();
  const now = new Date().toISOString();
  const attempt: AttemptRecord = { id: newId(), inference_id: id, seq: 0, created_at: now, provider: 'mock', upstream_model: 'bench-model', target_index: 0, retry: 0, outcome: 'ok', status_code: 200, error_kind: null, error: null, latency_ms: 1.3, ttft_ms: null, next_reason: null };
  const record: InferenceRecord = {
    id, kind: 'chat', created_at: now, session_id: null, request_id: requestId, route: 'bench', model: 'bench-model', variant: null, provider: 'mock', upstream_model: 'bench-model',
    stream: false, status: 'ok', error: null, request, response, usage: response.usage, latency_ms: 1.5, ttft_ms: null, attempts_count: 1, routing: null, tags: null,
    cost_usd: null, dropped: null, storage_content: 'full',
  };
  store.recordInference(record, [attempt]);
}

async function block(ids: () => string, n: number): Promise<number> {
  const t0 = process.cpuUsage();
  for (let i = 0; i < n; i += BATCH) {
    for (let k = 0; k < BATCH && i + k < n; k++) recordOne(ids());
    await store.flush();
  }
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / n;
}

try {
  await block(randomReq, PREFILL);
  const times = { random: [] as number[], ordered: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? (['random', 'ordered'] as const) : (['ordered', 'random'] as const);
    for (const way of order) times[way].push(await block(way === 'random' ? randomReq : orderedReq, OPS));
  }
  const d = times.random.map((x, i) => x - times.ordered[i]);
  const f = (x: number) => x.toFixed(1);
  const range = (xs: number[]) => `${f(median(xs))} (${f(Math.min(...xs))}…${f(Math.max(...xs))})`;
  console.log(`CPU µs per row, ${ROUNDS} pairs x ${OPS} rows in batches of ${BATCH}, after ${PREFILL} rows:`);
  console.log(`  random request ids: ${range(times.random)}\n  time-ordered request ids: ${range(times.ordered)}\n  random - ordered: ${range(d)}`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
