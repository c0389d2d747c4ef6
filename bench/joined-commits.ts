import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setLevers } from '../src/core/levers.js';
import { newId } from '../src/core/ids.js';
import { firewallConfigSchema } from '../src/config/firewall-schema.js';
import { traceObserver } from '../src/firewall/inline/observe.js';
import { contextOf, parseArgs } from '../src/firewall/inline/decide.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { InferenceRecord } from '../src/store/types.js';
import { median } from './harness.js';

// What a flush of the SQLite store costs with its inference and trace batches committed together
// (lever `joinedCommits`: one message to the writer thread, one transaction, one answer) against
// apart (a message, a transaction and an answer each), in one process: each flush holds ROWS
// observe-mode tool calls (the bench's `shell ["ls","-la","src"]`, traced by the real observer,
// and its inference row), queued and then flushed by `store.flush()` (both writers in one turn, as
// their timers strike), a pause between flushes so each wakes the writer thread. Process CPU
// (both threads) per flush, medians of BENCH_ROUNDS (default 11) blocks of FLUSHES (default 300),
// lever on and off interleaved. ROWS: comma list (default 1,10,50).

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const FLUSHES = Number(process.env.FLUSHES ?? 300);
const SIZES = (process.env.ROWS ?? '1,10,50').split(',').map(Number);

const request = { model: 'bench-tools', messages: [{ role: 'system' as const, content: 'You are terse.' }, { role: 'user' as const, content: 'Say something about foxes.' }] };
const dir = mkdtempSync(join(tmpdir(), 'switchyard-joined-'));
// Flushes are the bench's own: the timers never strike first.
const store = new SqliteStore({ path: join(dir, 'bench.db'), batchFlushMs: 60_000, batchMaxRows: 100_000 });
const observe = traceObserver(store.firewall, firewallConfigSchema.parse({}));

function toolCall(): void {
  void observe({ tool: 'shell', args: parseArgs('{"command":["ls","-la","src"]}') }, contextOf(request, undefined));
  const id = newId();
  const now = new Date().toISOString();
  const record: InferenceRecord = {
    id, kind: 'chat', created_at: now, session_id: null, request_id: 'req-1', route: null, model: 'bench-tools', variant: null, provider: 'mock', upstream_model: 'bench-tools',
    stream: false, status: 'ok', error: null, request, response: { ok: true }, usage: null, latency_ms: 1.5, ttft_ms: null, attempts_count: 1, routing: null, tags: null,
    cost_usd: null, dropped: null, storage_content: 'full',
  };
  store.recordInference(record, [{ id: newId(), inference_id: id, seq: 0, created_at: now, provider: 'mock', upstream_model: 'bench-tools', target_index: 0, retry: 0, outcome: 'ok', status_code: 200, error_kind: null, error: null, latency_ms: 1.3, ttft_ms: null, next_reason: null }]);
}

const pause = () => new Promise((r) => setTimeout(r, 2));
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** µs of process CPU a flush of `rows` tool calls costs, queueing them excluded. */
async function block(joined: boolean, rows: number): Promise<number> {
  setLevers({ joinedCommits: joined });
  let spent = 0;
  for (let f = 0; f < FLUSHES; f++) {
    for (let i = 0; i < rows; i++) toolCall();
    const c = cpu();
    await store.flush();
    spent += cpu() - c;
    await pause();
  }
  return spent / FLUSHES;
}

try {
  for (const rows of SIZES) await block(true, rows);
  const saves = new Map<number, number[]>();
  const on = new Map<number, number[]>();
  for (let r = 0; r < ROUNDS; r++) {
    for (const rows of SIZES) {
      const first = r % 2 === 0;
      const a = await block(first, rows);
      const b = await block(!first, rows);
      const [withLever, without] = first ? [a, b] : [b, a];
      saves.set(rows, [...(saves.get(rows) ?? []), without - withLever]);
      on.set(rows, [...(on.get(rows) ?? []), withLever]);
    }
  }
  const fmt = (xs: number[]) => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}…${Math.max(...xs).toFixed(1)})`;
  console.log(`a flush of the store (inference + trace batch): process CPU µs, median (range) of ${ROUNDS} pairs of ${FLUSHES} flushes`);
  for (const rows of SIZES) console.log(`  ${String(rows).padStart(3)} tool calls a flush: joined ${fmt(on.get(rows)!)}, joinedCommits saves ${fmt(saves.get(rows)!)} a flush`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
