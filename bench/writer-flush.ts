import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { jsonCaseRows } from './writer-rows.js';
import { median } from './harness.js';

// What the adaptive flush saves the process (request thread and SQLite writer thread) a row at a
// steady rate: two real SQLite stores in this process, A flushing every batch_flush_ms (50 ms) as
// before (batch_flush_max_ms = 50) and B as the default has it (a busy batch waits up to 100 ms),
// the json case's rows recorded at RATE a second (default 1,600, ~the cpu bench's json rate) in
// blocks of OPS rows (default 3,200) alternating A and B after PREFILL rows each (default 10,000).
// Process CPU µs a row over the block and its last flush, medians of BENCH_ROUNDS pairs
// (default 9) and the paired difference's range.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const OPS = Number(process.env.BENCH_OPS ?? 3200);
const RATE = Number(process.env.RATE ?? 1600);
const PREFILL = Number(process.env.PREFILL ?? 10_000);
const TICK_MS = 10;

async function block(store: SqliteStore, n: number): Promise<number> {
  const perTick = Math.max(1, Math.round((RATE * TICK_MS) / 1000));
  const t0 = process.cpuUsage();
  const start = performance.now();
  for (let sent = 0; sent < n; ) {
    for (let i = 0; i < perTick && sent < n; i++, sent++) {
      const { record, attempts } = jsonCaseRows();
      store.recordInference(record, attempts);
    }
    // Paced by the clock, not by the ticks: a late tick does not lower the rate.
    const due = start + (sent / RATE) * 1000;
    await sleep(Math.max(0, due - performance.now()));
  }
  await store.flush();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / n;
}

const dir = mkdtempSync(join(tmpdir(), 'switchyard-flush-'));
const a = new SqliteStore({ path: join(dir, 'a.db'), batchFlushMs: 50, batchFlushMaxMs: 50 });
const b = new SqliteStore({ path: join(dir, 'b.db'), batchFlushMs: 50 });
try {
  await block(a, PREFILL);
  await block(b, PREFILL);
  const times = { a: [] as number[], b: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? ([a, b] as const) : ([b, a] as const);
    for (const store of order) times[store === a ? 'a' : 'b'].push(await block(store, OPS));
  }
  const d = times.a.map((x, i) => x - times.b[i]);
  const f = (x: number) => x.toFixed(1);
  const range = (xs: number[]) => `${f(median(xs))} (${f(Math.min(...xs))}…${f(Math.max(...xs))})`;
  console.log(`process CPU µs per row at ${RATE} rows/s, ${ROUNDS} pairs x ${OPS} rows after ${PREFILL}`);
  console.log(`  A (flush at 50 ms): ${range(times.a)}\n  B (busy batches up to 100 ms): ${range(times.b)}\n  A - B: ${range(d)}`);
} finally {
  await a.close();
  await b.close();
  rmSync(dir, { recursive: true, force: true });
}
