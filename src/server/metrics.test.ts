import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttemptLog } from '../routing/attempts.js';
import type { InferenceRecord } from '../store/types.js';
import { Metrics } from './metrics.js';

// The aggregated path (tally per request, prom-client at scrape time) must expose exactly what
// updating prom-client on every request exposes: same names, labels, order and values.

const NAMES = ['switchyard_requests_total', 'switchyard_request_duration_seconds', 'switchyard_time_to_first_token_seconds', 'switchyard_tokens_total', 'switchyard_errors_total', 'switchyard_attempts_total'];

function record(over: Partial<InferenceRecord>): InferenceRecord {
  return {
    id: 'i', created_at: '2026-01-01T00:00:00.000Z', session_id: null, route: 'r', model: 'm', variant: null, provider: 'p', upstream_model: 'u',
    stream: false, status: 'ok', error: null, request: { model: 'r', messages: [] }, response: null, usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 },
    latency_ms: 250, ttft_ms: null, attempts_count: 1, routing: null, tags: null, cost_usd: null, ...over,
  } as InferenceRecord;
}
const attempt = (provider: string, outcome: AttemptLog['outcome'], error_kind: string | null = null) => ({ provider, outcome, error_kind }) as AttemptLog;

// Latencies are exact binary fractions so sums compare exactly however they are added up.
const first: Array<[InferenceRecord, AttemptLog[]]> = [
  [record({}), [attempt('p', 'ok')]],
  [record({ stream: true, ttft_ms: 125, latency_ms: 500 }), [attempt('p', 'ok')]],
  [record({ status: 'error', provider: null, usage: null, latency_ms: 62.5 }), [attempt('p', 'error', 'timeout'), attempt('q', 'error', 'rate_limited')]],
  [record({ latency_ms: 200_000 }), [attempt('p', 'ok')]],
  [record({ usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 } }), []],
];
const second: Array<[InferenceRecord, AttemptLog[]]> = [
  [record({ route: null, model: 'other', latency_ms: 1500 }), [attempt('p', 'ok')]],
  [record({}), [attempt('p', 'error', 'timeout'), attempt('p', 'ok')]],
];

async function scrape(m: Metrics): Promise<string> {
  return (await Promise.all(NAMES.map((n) => m.registry.getSingleMetricAsString(n)))).join('\n');
}

/** The reference: prom-client updated on every request, as the gateway once did. */
function observeDirectly(m: Metrics, record: InferenceRecord, attempts: AttemptLog[]): void {
  const base = { route: record.route ?? '', model: record.model ?? '', provider: record.provider ?? '' };
  m.requests.inc({ ...base, status: record.status, stream: String(record.stream) });
  m.latency.observe(base, record.latency_ms / 1000);
  if (record.ttft_ms != null) m.ttft.observe(base, record.ttft_ms / 1000);
  if (record.usage) {
    m.tokens.inc({ ...base, type: 'prompt' }, record.usage.prompt_tokens);
    m.tokens.inc({ ...base, type: 'completion' }, record.usage.completion_tokens);
  }
  for (const a of attempts) {
    m.attempts.inc({ provider: a.provider, outcome: a.outcome });
    if (a.error_kind) m.errors.inc({ model: base.model, provider: a.provider, kind: a.error_kind });
  }
}

async function run(aggregated: boolean): Promise<string[]> {
  const m = new Metrics();
  const feed = (rows: typeof first) => {
    for (const [r, a] of rows) (aggregated ? m.observe(r, a) : observeDirectly(m, r, a));
  };
  feed(first);
  const a = await scrape(m);
  feed(second);
  return [a, await scrape(m), await scrape(m)];
}

test('aggregated metrics expose exactly what per-request prom-client updates expose, across scrapes', async () => {
  const direct = await run(false);
  const aggregated = await run(true);
  assert.deepEqual(aggregated, direct);
  assert.match(aggregated[1], /switchyard_requests_total\{route="r",model="m",provider="p",status="ok",stream="false"\} 4/);
  assert.match(aggregated[1], /switchyard_request_duration_seconds_bucket\{le="\+Inf",route="r",model="m",provider="p"\} 5/);
  assert.match(aggregated[1], /switchyard_errors_total\{model="m",provider="p",kind="timeout"\} 2/);
});
