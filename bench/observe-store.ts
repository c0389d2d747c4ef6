import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { levers, setLevers } from '../src/core/levers.js';
import { newId } from '../src/core/ids.js';
import { firewallConfigSchema } from '../src/config/firewall-schema.js';
import { traceObserver } from '../src/firewall/inline/observe.js';
import { contextOf, parseArgs } from '../src/firewall/inline/decide.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { AttemptLog } from '../src/routing/attempts.js';
import type { InferenceRecord } from '../src/store/types.js';
import { median } from './harness.js';

// What a tool call in observe mode costs the recording path at a steady request rate, in one
// process with the real SQLite store (writer thread included): each "request" records its
// inference row, and in the `tools` case first assesses and traces the bench's tool call (the
// chat hot case's `shell ["ls","-la","src"]`; `untraced` assesses it with store_traces off, so
// `tools` - `untraced` is what storing the trace costs). Requests are paced (OBS_RATE a second, default
// 1000) because the store's costs per batch (the writer thread's wake-ups, one transaction per
// batch) weigh per request by how many rows a flush interval holds. Segments of OBS_OPS requests
// alternate between `tools` and `plain`, and between all levers on and one off (OBS_LEVERS, comma
// list; default every lever); CPU is the whole process's (getrusage, V8's compiler and GC threads
// included) and the request thread's and the writer thread's own (/proc schedstat), medians of
// BENCH_ROUNDS pairs. OBS_WARMUP calls first (default 20000). Run it on an otherwise idle core if you can.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const OPS = Number(process.env.OBS_OPS ?? 2000);
const RATE = Number(process.env.OBS_RATE ?? 1000);
const request = { model: 'bench-tools', messages: [{ role: 'system' as const, content: 'You are terse.' }, { role: 'user' as const, content: 'Say something about foxes.' }] };
const response = { id: 'chatcmpl-bench', model: 'bench-tools', created: 1, message: { role: 'assistant' as const, content: '', tool_calls: [{ id: 'call_1', type: 'function' as const, function: { name: 'shell', arguments: '{"command":["ls","-la","src"]}' } }] }, finish_reason: 'tool_calls' as const, usage: { prompt_tokens: 12, completion_tokens: 10, total_tokens: 22 } };

const tasks = () => new Set(readdirSync('/proc/self/task'));
const before = tasks();
const dir = mkdtempSync(join(tmpdir(), 'switchyard-observe-store-'));
const store = new SqliteStore({ path: join(dir, 'bench.db') });
// The thread the store started is its SQLite writer.
await new Promise((r) => setTimeout(r, 200));
const writerTids = [...tasks()].filter((t) => !before.has(t));
const observe = traceObserver(store.firewall, firewallConfigSchema.parse({}));
const observeUntraced = traceObserver(store.firewall, firewallConfigSchema.parse({ store_traces: false }));

function recordOne(): void {
  const id = newId();
  const now = new Date().toISOString();
  const attempts: AttemptLog[] = [{ created_at: now, provider: 'mock', upstream_model: 'bench-tools', target_index: 0, retry: 0, outcome: 'ok', status_code: 200, error_kind: null, error: null, latency_ms: 1.3, ttft_ms: null, next_reason: null }];
  const record: InferenceRecord = {
    id, kind: 'chat', created_at: now, session_id: null, request_id: 'req-1', route: null, model: 'bench-tools', variant: null, provider: 'mock', upstream_model: 'bench-tools',
    stream: false, status: 'ok', error: null, request, response, usage: response.usage, latency_ms: 1.5, ttft_ms: null, attempts_count: 1, routing: null, tags: null,
    cost_usd: null, dropped: null, storage_content: 'full',
  };
  store.recordInference(record, attempts.map((a, seq) => ({ ...a, id: newId(), inference_id: id, seq })));
}

/** As the inline guard does it: arguments parsed, the context read from the request. */
const observed = (o: typeof observe) => () => {
  const call = response.message.tool_calls[0];
  void o({ tool: call.function.name, args: parseArgs(call.function.arguments) }, contextOf(request, undefined));
  recordOne();
};
const cases: Record<string, () => void> = { plain: recordOne, tools: observed(observe), untraced: observed(observeUntraced) };

/** ns a thread has run so far (its own clock, not the process's). */
const ns = (tid: string | number) => Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
const threadNs = () => ns(process.pid);
const writerNs = () => writerTids.reduce((n, t) => n + ns(t), 0);

/** `OPS` requests at `RATE` a second: every millisecond, the requests that are due. */
function paced(run: () => void): Promise<void> {
  return new Promise((resolve) => {
    const start = performance.now();
    let done = 0;
    const timer = setInterval(() => {
      const due = Math.min(OPS, Math.floor(((performance.now() - start) * RATE) / 1000));
      while (done < due) {
        run();
        done++;
      }
      if (done >= OPS) {
        clearInterval(timer);
        resolve();
      }
    }, 1);
  });
}

type Cpu = { all: number; main: number; writer: number };

async function block(run: () => void, changes: Record<string, boolean>): Promise<Cpu> {
  setLevers(changes);
  await store.flush();
  const t0 = process.cpuUsage();
  const m0 = threadNs();
  const w0 = writerNs();
  await paced(run);
  await store.flush();
  const d = process.cpuUsage(t0);
  return { all: (d.user + d.system) / OPS, main: (threadNs() - m0) / 1000 / OPS, writer: (writerNs() - w0) / 1000 / OPS };
}

const chosen = process.env.OBS_LEVERS === undefined ? Object.keys(levers) : process.env.OBS_LEVERS.split(',').filter(Boolean);
const all = (on: boolean) => Object.fromEntries(Object.keys(levers).map((n) => [n, on]));
const fmt = (xs: number[]) => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}…${Math.max(...xs).toFixed(1)})`;
console.log(`\n## Observe-mode recording at ${RATE} req/s: CPU µs per request (process, request thread, writer thread), median of ${ROUNDS} pairs of ${OPS} and range`);
try {
  // Warm-up until V8 stops recompiling the engine (each TurboFan compile of `assessAt` costs
  // hundreds of ms on the compiler threads, which count in the process's CPU).
  for (let i = 0; i < Number(process.env.OBS_WARMUP ?? 20000); i++) {
    cases.tools();
    if (i % 100 === 99) await new Promise((r) => setImmediate(r));
  }
  for (const run of Object.values(cases)) await block(run, all(true));
  // What the tool call adds, all levers on: tools against plain, segments alternating.
  const line = (what: string, d: Record<keyof Cpu, number[]>) => console.log(`| ${what} | process ${fmt(d.all)} | request thread ${fmt(d.main)} | writer thread ${fmt(d.writer)} |`);
  const diffs = () => ({ all: [] as number[], main: [] as number[], writer: [] as number[] });
  const push = (d: Record<keyof Cpu, number[]>, a: Cpu, b: Cpu) => (['all', 'main', 'writer'] as const).forEach((k) => d[k].push(a[k] - b[k]));
  const add = diffs();
  const plain = diffs();
  const untraced = diffs();
  for (let i = 0; i < ROUNDS; i++) {
    const order = i % 2 === 0 ? ['tools', 'untraced', 'plain'] : ['plain', 'untraced', 'tools'];
    const r: Record<string, Cpu> = {};
    for (const name of order) r[name] = await block(cases[name], all(true));
    push(add, r.tools, r.plain);
    push(untraced, r.tools, r.untraced);
    push(plain, r.plain, { all: 0, main: 0, writer: 0 });
  }
  line('plain request', plain);
  line('tool call adds', add);
  line('its trace adds (store_traces on - off)', untraced);
  for (const lever of chosen) {
    const off = { ...all(true), [lever]: false };
    const saves = diffs();
    for (let i = 0; i < ROUNDS; i++) {
      const first = i % 2 === 0;
      const a = await block(cases.tools, first ? all(true) : off);
      const b = await block(cases.tools, first ? off : all(true));
      const [on, offCpu] = first ? [a, b] : [b, a];
      push(saves, offCpu, on);
    }
    line(`${lever} saves (tools)`, saves);
  }
  setLevers(all(true));
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
