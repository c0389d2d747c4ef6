// Firewall assessment latency per family of tool call, against a baseline measured in the same
// run: JSON.parse of the same calls. Two modes per family:
//   cold   - the shell and crisis memos are off, so every call costs what a never-seen command or
//            message costs (no cache hit production would not get);
//   repeat - the default memos, as in an agent session repeating commands and user messages.
// Each case warms up first (JIT), then times every call; p50/p99/p999 in microseconds. The
// optional model screen is not configured (it is a network call, not the engine).
// Bounded by iterations and a time cap per case. Run: npm run bench:firewall
import { assess } from '../src/firewall/engine.js';
import { CORPUS_CONFIG, loadCorpus, type CorpusRow } from '../src/firewall/corpus/run-corpus.js';
import { setShellMemoSize } from '../src/firewall/shell/analyze.js';
import { parseSimple } from '../src/firewall/shell/parse-simple.js';
import { setCrisisMemoSize } from '../src/firewall/crisis/screen.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 20_000);
const WARMUP = 3_000;
const CASE_CAP_MS = 6_000;
const TARGET_US = 100;

const SHELL_TOOLS = new Set(['terminal', 'Bash']);
const MESSAGE_TOOLS = new Set(['send_message', 'send_email']);

function family(r: CorpusRow): string {
  if (SHELL_TOOLS.has(r.tool)) return parseSimple(String(r.args.command ?? ''), '') ? 'shell, simple lexer' : 'shell, bash parser';
  return MESSAGE_TOOLS.has(r.tool) ? 'outbound messages' : 'other tools';
}

const families = new Map<string, string[]>();
for (const r of loadCorpus()) {
  const f = family(r);
  if (!families.has(f)) families.set(f, []);
  families.get(f)!.push(JSON.stringify({ tool: r.tool, args: r.args, context: r.context ?? {} }));
}
const all = [...families.values()].flat();

interface Stats {
  n: number;
  p50: number;
  p99: number;
  p999: number;
}

function measure(calls: string[], fn: (encoded: string) => number): Stats {
  let sink = 0;
  for (let i = 0; i < WARMUP; i++) sink += fn(calls[i % calls.length]);
  const samples = new Float64Array(ITERATIONS);
  const started = performance.now();
  let n = 0;
  while (n < ITERATIONS) {
    const encoded = calls[n % calls.length];
    const t0 = performance.now();
    sink += fn(encoded);
    samples[n++] = (performance.now() - t0) * 1000;
    if ((n & 1023) === 0 && performance.now() - started > CASE_CAP_MS) break;
  }
  if (sink === -1) console.log('');
  const sorted = samples.subarray(0, n).sort();
  const q = (p: number) => sorted[Math.min(n - 1, Math.floor(n * p))];
  return { n, p50: q(0.5), p99: q(0.99), p999: q(0.999) };
}

const parseOnly = (encoded: string) => (JSON.parse(encoded) as { tool: string }).tool.length;
const assessOne = (encoded: string) => {
  const c = JSON.parse(encoded) as { tool: string; args: Record<string, unknown>; context: Record<string, string> };
  return assess({ tool: c.tool, args: c.args }, c.context, CORPUS_CONFIG).risk_score;
};

const fmt = (s: Stats, base: Stats) =>
  `p50 ${s.p50.toFixed(1).padStart(6)}  p99 ${s.p99.toFixed(1).padStart(7)}  p999 ${s.p999.toFixed(1).padStart(7)} us  n=${String(s.n).padStart(5)}  (p99 ${(s.p99 / base.p99).toFixed(0)}x baseline)`;

const base = measure(all, parseOnly);
console.log(`calls: ${all.length} from the corpus; baseline JSON.parse of the same calls: p50 ${base.p50.toFixed(2)} p99 ${base.p99.toFixed(2)} p999 ${base.p999.toFixed(2)} us`);
const misses: string[] = [];
for (const [mode, shellMemo, crisisMemo] of [['cold', 0, 0], ['repeat', 256, 512]] as const) {
  setShellMemoSize(shellMemo);
  setCrisisMemoSize(crisisMemo);
  for (const [name, calls] of [...families, ['all calls', all] as const]) {
    const s = measure(calls, assessOne);
    console.log(`${mode.padEnd(6)} ${name.padEnd(20)} (${String(calls.length).padStart(3)} calls)  ${fmt(s, base)}`);
    if (mode === 'cold' && s.p99 > TARGET_US) misses.push(`${name} p99 ${s.p99.toFixed(0)} us`);
  }
}
console.log(`target p99 <= ${TARGET_US} us on cold calls of every family: ${misses.length ? `NOT met (${misses.join(', ')})` : 'met'} (machine load inflates every figure; compare with the baseline)`);
