// Export streaming: seeds N stored inferences, exports them as OpenAI chat JSONL, and reports
// throughput and peak memory during the export (flat memory = streaming works).
// Run: npx tsx bench/export-stream.ts   (BENCH_ROWS=200000, BENCH_STORE=sqlite|postgres)
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '../src/core/ids.js';
import { examplesFromQuery } from '../src/datasets/sources.js';
import { exportExamples } from '../src/export/export.js';
import { PostgresStore } from '../src/store/postgres/store.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { Store } from '../src/store/types.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const KIND = process.env.BENCH_STORE ?? 'sqlite';
const dir = mkdtempSync(join(tmpdir(), 'switchyard-bench-export-'));
const schema = `sy_bench_${process.pid}`;
const store: Store =
  KIND === 'postgres'
    ? new PostgresStore({ url: process.env.SWITCHYARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test', schema, batchMaxRows: 2000 })
    : new SqliteStore({ path: join(dir, 'bench.db'), batchMaxRows: 2000 });
await store.init();

const filler = 'lorem ipsum dolor sit amet '.repeat(30);
const t0 = performance.now();
for (let i = 0; i < ROWS; i++) {
  store.recordInference(
    {
      id: newId(), created_at: new Date().toISOString(), session_id: `s${i % 1000}`, route: 'agent-main', model: 'm', variant: null, provider: 'sim', upstream_model: 'sim-1',
      stream: false, status: 'ok', error: null,
      request: { model: 'agent-main', messages: [{ role: 'system', content: filler }, { role: 'user', content: `question ${i}` }], tools: [{ type: 'function', function: { name: 'read_file', parameters: { type: 'object' } } }] },
      response: { message: { role: 'assistant', content: null, tool_calls: [{ id: `c${i}`, type: 'function', function: { name: 'read_file', arguments: '{"path":"/tmp/x"}' } }] } },
      usage: null, latency_ms: 1, ttft_ms: null, attempts_count: 1, routing: null, tags: null, cost_usd: null,
    },
    [],
  );
  if (i % 5000 === 4999) await store.flush();
}
await store.flush();
// Fresh bulk-loaded tables have no planner statistics yet (autovacuum would gather them soon).
if (store instanceof PostgresStore) await store.pool.query('ANALYZE inferences');
const seedS = (performance.now() - t0) / 1000;

global.gc?.();
const base = process.memoryUsage();
let peakRss = base.rss;
let peakHeap = base.heapUsed;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 50);
const out = join(dir, 'out.jsonl');
const t1 = performance.now();
const result = await exportExamples(examplesFromQuery(store, { route: 'agent-main' }), { format: 'openai-chat', out });
const exportS = (performance.now() - t1) / 1000;
clearInterval(sampler);

const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
console.log(`store=${KIND} rows=${ROWS} seeded in ${seedS.toFixed(1)}s`);
console.log(`exported ${result.written} lines (${mb(statSync(out).size)} MB) in ${exportS.toFixed(1)}s = ${Math.round(result.written / exportS)} rows/s`);
console.log(`memory before export: rss ${mb(base.rss)} MB heap ${mb(base.heapUsed)} MB; peak during: rss ${mb(peakRss)} MB heap ${mb(peakHeap)} MB`);
if (store instanceof PostgresStore) await store.pool.query(`DROP SCHEMA ${schema} CASCADE`);
await store.close();
rmSync(dir, { recursive: true, force: true });
