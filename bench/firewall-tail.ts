// What the slowest 1% of bench:firewall's cold samples are. Runs the bench's cold "all calls" case
// (same calls, family order, warm-up and rounds as bench/firewall-assess.ts) and sorts every sample
// at or above the whole-sample p99 into one cause, first match wins:
//   gc         - a garbage collection (PerformanceObserver 'gc' entry) overlaps the sample;
//   preempted  - the process got less CPU than wall time during the sample (getrusage around each
//                call), i.e. the scheduler ran someone else;
//   slow call  - the call's own median across rounds is at or above p99/2: the work itself;
//   other      - none of these (cache misses after other calls, JIT, timer noise).
// Also lists the calls with most tail samples and the GC pauses by kind. Bounded by ROUNDS (31).
// Run: npx tsx bench/firewall-tail.ts
import { cpus, loadavg } from 'node:os';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { assess } from '../src/firewall/engine.js';
import { CORPUS_CONFIG, loadCorpus, type CorpusRow } from '../src/firewall/corpus/run-corpus.js';
import { setShellMemoSize } from '../src/firewall/shell/analyze.js';
import { setCrisisMemoSize } from '../src/firewall/crisis/screen.js';

const ROUNDS = Number(process.env.ROUNDS ?? 31);
const WARMUP = 3_000;
const MESSAGE_TOOLS = new Set(['send_message', 'send_email']);
const SHELL_TOOLS = new Set(['terminal', 'Bash']);

setShellMemoSize(0);
setCrisisMemoSize(0);
const rows = loadCorpus();
const familyOf = (r: CorpusRow) => (SHELL_TOOLS.has(r.tool) ? 'shell' : MESSAGE_TOOLS.has(r.tool) ? 'outbound messages' : 'other tools');
const ordered = [...rows].sort((a, b) => familyOf(a).localeCompare(familyOf(b)));
const encoded = ordered.map((r) => JSON.stringify({ tool: r.tool, args: r.args, context: r.context ?? {} }));
const one = (e: string) => {
  const c = JSON.parse(e) as { tool: string; args: Record<string, unknown>; context: Record<string, string> };
  return assess({ tool: c.tool, args: c.args }, c.context, CORPUS_CONFIG).risk_score;
};

const gcs: Array<{ start: number; end: number; kind: number }> = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push({ start: e.startTime, end: e.startTime + e.duration, kind: (e as unknown as { detail: { kind: number } }).detail.kind });
});
gcObserver.observe({ entryTypes: ['gc'] });

// The first pass of a fresh process pays the lazy loads (weights decoded, indexes and regexes
// built, the parser's module) and the first compiles; the bench's warm-up hides it, a hook process
// or a gateway's first requests do not.
let sink = 0;
const firstPass = encoded.map((e) => {
  const t0 = performance.now();
  sink += one(e);
  return (performance.now() - t0) * 1000;
});
for (let i = 0; i < WARMUP; i++) sink += one(encoded[i % encoded.length]);
const n = ROUNDS * encoded.length;
const start = new Float64Array(n);
const wall = new Float64Array(n);
const cpu = new Float64Array(n);
let k = 0;
for (let r = 0; r < ROUNDS; r++) {
  for (const e of encoded) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    sink += one(e);
    const t1 = performance.now();
    const c1 = process.cpuUsage(c0);
    start[k] = t0;
    wall[k] = (t1 - t0) * 1000;
    cpu[k++] = c1.user + c1.system;
  }
}
// Entries arrive asynchronously: let the observer's callback run before reading them.
await new Promise((resolve) => setTimeout(resolve, 100));
gcObserver.disconnect();

const calls = encoded.length;
const medianOf = (c: number, of: Float64Array) => {
  const own = Array.from({ length: ROUNDS }, (_, r) => of[r * calls + c]).sort((a, b) => a - b);
  return own[ROUNDS >> 1];
};
const medians = Array.from({ length: calls }, (_, c) => medianOf(c, wall));
const cpuMedians = Array.from({ length: calls }, (_, c) => medianOf(c, cpu)).sort((a, b) => a - b);
const sorted = Float64Array.from(wall).sort();
const p99 = sorted[Math.floor(n * 0.99)];
const byMedian = [...medians].sort((a, b) => a - b);

const causes = new Map<string, number[]>();
const tailPerCall = new Map<number, number>();
for (let i = 0; i < n; i++) {
  if (wall[i] < p99) continue;
  const c = i % calls;
  const t0 = start[i];
  const t1 = t0 + wall[i] / 1000;
  const gc = gcs.some((e) => e.start <= t1 && e.end >= t0);
  const cause = gc ? 'gc' : cpu[i] < wall[i] * 0.8 ? 'preempted' : medians[c] >= p99 / 2 ? 'slow call' : 'other';
  if (!causes.has(cause)) causes.set(cause, []);
  causes.get(cause)!.push(wall[i]);
  tailPerCall.set(c, (tailPerCall.get(c) ?? 0) + 1);
}

const us = (v: number) => `${v.toFixed(0)} us`;
console.log(`load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; ${calls} calls x ${ROUNDS} rounds, cold (memos off)`);
console.log(`whole-sample p50 ${us(sorted[n >> 1])}, p99 ${us(p99)}; per-call median p50 ${us(byMedian[calls >> 1])}, p99 ${us(byMedian[Math.floor(calls * 0.99)])}`);
// CPU time (getrusage, whole process) is what preemption does not inflate; a GC thread's work counts.
console.log(`per-call median of CPU time: p50 ${us(cpuMedians[calls >> 1])}, p99 ${us(cpuMedians[Math.floor(calls * 0.99)])}`);
const tail = n - sorted.findIndex((v) => v >= p99);
for (const [cause, v] of [...causes].sort((a, b) => b[1].length - a[1].length)) {
  v.sort((a, b) => a - b);
  console.log(`  ${cause.padEnd(10)} ${String(v.length).padStart(4)} of ${tail} tail samples, median ${us(v[v.length >> 1])}`);
}
const kinds: Record<number, string> = { [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge', [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact', [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental', [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks' };
const inRun = gcs.filter((e) => e.start >= start[0]);
for (const kind of new Set(inRun.map((e) => e.kind))) {
  const d = inRun.filter((e) => e.kind === kind).map((e) => (e.end - e.start) * 1000).sort((a, b) => a - b);
  console.log(`  gc ${kinds[kind] ?? kind}: ${d.length} in the run (one per ${(n / d.length).toFixed(0)} calls), median ${us(d[d.length >> 1])}, max ${us(d[d.length - 1])}`);
}
const firstSlowest = firstPass.map((t, c) => ({ t, c })).sort((a, b) => b.t - a.t).slice(0, 5);
console.log(`first pass of a fresh process: ${(firstPass.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} ms for ${calls} calls; slowest: ${firstSlowest.map(({ t, c }) => `${ordered[c].id} ${us(t)}`).join(', ')}`);
console.log('calls with most tail samples (count, own median, id):');
for (const [c, count] of [...tailPerCall].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 12))) {
  console.log(`  ${String(count).padStart(3)}  ${us(medians[c]).padStart(7)}  ${ordered[c].id}`);
}
if (sink === -1) console.log('');
