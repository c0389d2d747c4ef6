// Firewall assessment latency for shell tool calls (bash parser included), against a baseline
// measured in the same run: JSON.parse of the same call. Bounded by iterations and a time cap.
// Run: npx tsx bench/firewall-assess.ts
import { assess } from '../src/firewall/engine.js';
import { CORPUS_CONFIG, loadCorpus } from '../src/firewall/corpus/run-corpus.js';
import { setShellMemoSize } from '../src/firewall/shell/analyze.js';
import { setCrisisMemoSize } from '../src/firewall/crisis/screen.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 50_000);
const WARMUP = 5_000;
const TIME_CAP_MS = 20_000;

const calls = loadCorpus().filter((r) => r.tool === 'terminal' || r.tool === 'Bash');
const encoded = calls.map((r) => JSON.stringify({ tool: r.tool, args: r.args, context: r.context ?? {} }));

function measure(fn: (i: number) => void): { p50: number; p99: number; n: number } {
  for (let i = 0; i < WARMUP; i++) fn(i);
  const samples = new Float64Array(ITERATIONS);
  const started = performance.now();
  let n = 0;
  for (; n < ITERATIONS; n++) {
    const t0 = process.hrtime.bigint();
    fn(n);
    samples[n] = Number(process.hrtime.bigint() - t0) / 1000;
    if ((n & 1023) === 0 && performance.now() - started > TIME_CAP_MS) break;
  }
  const sorted = Array.from(samples.subarray(0, n)).sort((a, b) => a - b);
  return { p50: sorted[Math.floor(n * 0.5)], p99: sorted[Math.floor(n * 0.99)], n };
}

let sink = 0;
const base = measure((i) => {
  sink += (JSON.parse(encoded[i % encoded.length]) as { tool: string }).tool.length;
});
const run = (i: number) => {
  const c = JSON.parse(encoded[i % encoded.length]) as { tool: string; args: Record<string, unknown>; context: Record<string, string> };
  sink += assess({ tool: c.tool, args: c.args }, c.context, CORPUS_CONFIG).risk_score;
};
// Cold: the memo of repeated commands is off, so every call runs the bash parser.
setShellMemoSize(0);
const cold = measure(run);
// Warm: the default memo, as in an agent session that repeats commands.
setShellMemoSize(256);
const warm = measure(run);

console.log(`shell calls in rotation: ${calls.length}, samples: ${cold.n}`);
console.log(`baseline JSON.parse             p50 ${base.p50.toFixed(2)} us  p99 ${base.p99.toFixed(2)} us`);
console.log(`assess, parser every call       p50 ${cold.p50.toFixed(2)} us  p99 ${cold.p99.toFixed(2)} us  (${(cold.p50 / base.p50).toFixed(1)}x / ${(cold.p99 / base.p99).toFixed(1)}x baseline)`);
console.log(`assess, repeated commands memo  p50 ${warm.p50.toFixed(2)} us  p99 ${warm.p99.toFixed(2)} us  (${(warm.p50 / base.p50).toFixed(1)}x / ${(warm.p99 / base.p99).toFixed(1)}x baseline)`);
console.log(`target p99 <= 100 us with the parser on every call: ${cold.p99 <= 100 ? 'met' : 'NOT met'}`);

// Everything that is not a shell call: messages, reads, MCP and unknown tools, with their
// conversation context, so the crisis screen and the content detectors run on every call.
const others = loadCorpus().filter((r) => r.tool !== 'terminal' && r.tool !== 'Bash');
const otherEncoded = others.map((r) => JSON.stringify({ tool: r.tool, args: r.args, context: r.context ?? {} }));
const runOther = (i: number) => {
  const c = JSON.parse(otherEncoded[i % otherEncoded.length]) as { tool: string; args: Record<string, unknown>; context: Record<string, string> };
  sink += assess({ tool: c.tool, args: c.args }, c.context, CORPUS_CONFIG).risk_score;
};
const baseOther = measure((i) => {
  sink += (JSON.parse(otherEncoded[i % otherEncoded.length]) as { tool: string }).tool.length;
});
setCrisisMemoSize(0);
const screenCold = measure(runOther);
setCrisisMemoSize(512);
const screenWarm = measure(runOther);
console.log(`other calls in rotation: ${others.length} (crisis screen + content detectors), samples: ${screenCold.n}`);
console.log(`baseline JSON.parse             p50 ${baseOther.p50.toFixed(2)} us  p99 ${baseOther.p99.toFixed(2)} us`);
console.log(`assess, screen every text       p50 ${screenCold.p50.toFixed(2)} us  p99 ${screenCold.p99.toFixed(2)} us  (${(screenCold.p50 / baseOther.p50).toFixed(1)}x / ${(screenCold.p99 / baseOther.p99).toFixed(1)}x baseline)`);
console.log(`assess, repeated messages memo  p50 ${screenWarm.p50.toFixed(2)} us  p99 ${screenWarm.p99.toFixed(2)} us  (${(screenWarm.p50 / baseOther.p50).toFixed(1)}x / ${(screenWarm.p99 / baseOther.p99).toFixed(1)}x baseline)`);
console.log(`target p99 <= 100 us with every text screened: ${screenCold.p99 <= 100 ? 'met' : 'NOT met'}`);
if (sink === -1) console.log('');
