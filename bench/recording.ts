import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { levers, setLevers } from '../src/core/levers.js';
import { newId } from '../src/core/ids.js';
import { firewallConfigSchema } from '../src/config/firewall-schema.js';
import { traceObserver } from '../src/firewall/inline/observe.js';
import { Metrics } from '../src/server/metrics.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { AttemptLog } from '../src/routing/attempts.js';
import type { InferenceRecord } from '../src/store/types.js';
import { median } from './harness.js';

// The recording levers measured in one process, without the network: what the gateway does per
// request after the answer (ids, the inference and attempt rows to the SQLite writer thread,
// metrics) and per tool call in observe mode (assessment and trace). CPU is the whole process's
// (writer thread included, each block ends with a flush), in blocks alternating all-on and one
// lever off. On a shared machine this is steadier than the end-to-end lever rows of run.ts,
// which carry the HTTP work too. Env: BENCH_ROUNDS (pairs, default 7), BENCH_OPS (per block, 3000).

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const OPS = Number(process.env.BENCH_OPS ?? 3000);
const request = { model: 'bench', messages: [{ role: 'system' as const, content: 'You are terse.' }, { role: 'user' as const, content: 'Say something about foxes.' }] };
const response = { id: 'chatcmpl-bench', model: 'bench-model', created: 1, message: { role: 'assistant', content: 'The quick brown fox jumps over the lazy dog.' }, finish_reason: 'stop', usage: { prompt_tokens: 12, completion_tokens: 10, total_tokens: 22 } };

const dir = mkdtempSync(join(tmpdir(), 'switchyard-recording-'));
const store = new SqliteStore({ path: join(dir, 'bench.db') });
const metrics = new Metrics();
const observe = traceObserver(store.firewall, firewallConfigSchema.parse({}));

function recordOne(): void {
  const id = newId();
  const now = new Date().toISOString();
  const attempts: AttemptLog[] = [{ created_at: now, provider: 'mock', upstream_model: 'bench-model', target_index: 0, retry: 0, outcome: 'ok', status_code: 200, error_kind: null, error: null, latency_ms: 1.3, ttft_ms: null, next_reason: null }];
  const record: InferenceRecord = {
    id, kind: 'chat', created_at: now, session_id: null, request_id: 'req-1', route: 'bench', model: 'bench-model', variant: null, provider: 'mock', upstream_model: 'bench-model',
    stream: false, status: 'ok', error: null, request, response, usage: response.usage, latency_ms: 1.5, ttft_ms: null, attempts_count: 1, routing: null, tags: null,
    cost_usd: null, dropped: null, storage_content: 'full',
  };
  store.recordInference(record, attempts.map((a, seq) => ({ ...a, id: newId(), inference_id: id, seq })));
  metrics.observe(record, attempts);
}

const toolCall = { tool: 'shell', args: { command: ['ls', '-la', 'src'] } };
const cases = {
  'inference recording': async () => recordOne(),
  'tool call in observe mode': async () => void (await observe(toolCall, { user_message: 'list the source folder' })),
};

async function block(run: () => Promise<void>, changes: Record<string, boolean>): Promise<number> {
  setLevers(changes);
  const t0 = process.cpuUsage();
  for (let i = 0; i < OPS; i++) {
    await run();
    if (i % 50 === 49) await tick(); // let the writer's timer and the thread's answers run, as between requests
  }
  await store.flush();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / OPS;
}

const names = Object.keys(levers);
const all = (on: boolean) => Object.fromEntries(names.map((n) => [n, on]));
console.log(`\n## Recording levers in one process: CPU µs per operation (median of ${ROUNDS} on/off pairs of ${OPS} ops, writer thread included)`);
console.log('| case | all on | ' + [...names, 'all levers'].map((n) => `${n} saves`).join(' | ') + ' |');
console.log('| --- | --- | ' + [...names, 'all levers'].map(() => '---').join(' | ') + ' |');
try {
  for (const [name, run] of Object.entries(cases)) {
    await block(run, all(true)); // warm-up
    const ons: number[] = [];
    const saves: string[] = [];
    for (const lever of [...names, 'all levers']) {
      const off = lever === 'all levers' ? all(false) : { ...all(true), [lever]: false };
      const diffs: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const first = i % 2 === 0;
        const a = await block(run, first ? all(true) : off);
        const b = await block(run, first ? off : all(true));
        const [on, offCpu] = first ? [a, b] : [b, a];
        ons.push(on);
        diffs.push(offCpu - on);
      }
      saves.push(median(diffs).toFixed(1));
    }
    setLevers(all(true));
    console.log(`| ${name} | ${median(ons).toFixed(1)} | ${saves.join(' | ')} |`);
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
