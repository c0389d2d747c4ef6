// Firewall assessment cost per corpus call in the corpus file's order, cold (shell and crisis
// memos off): each call comes after other kinds of call, as in an agent session, so its code and
// data are no longer in the CPU's caches. (bench/firewall-assess.ts runs each family's calls
// together, which keeps, say, the bash parser warm.) Prints the mean CPU per call, the p50/p99 over
// calls of each call's median across rounds, and the slowest calls. `TWICE=1` also times each call
// again right after itself (the warm cost). Run: npx tsx bench/firewall-cold-order.ts
import { assess } from '../src/firewall/engine.js';
import { CORPUS_CONFIG, loadCorpus } from '../src/firewall/corpus/run-corpus.js';
import { setShellMemoSize } from '../src/firewall/shell/analyze.js';
import { setCrisisMemoSize } from '../src/firewall/crisis/screen.js';

const ROUNDS = Number(process.env.ROUNDS ?? 31);
const TOP = Number(process.env.TOP ?? 10);
const TWICE = process.env.TWICE === '1';

setShellMemoSize(0);
setCrisisMemoSize(0);
const rows = loadCorpus();
const encoded = rows.map((r) => JSON.stringify({ tool: r.tool, args: r.args, context: r.context ?? {} }));
const one = (e: string) => {
  const c = JSON.parse(e) as { tool: string; args: Record<string, unknown>; context: Record<string, string> };
  return assess({ tool: c.tool, args: c.args }, c.context, CORPUS_CONFIG).risk_score;
};

let sink = 0;
for (let i = 0; i < 3000; i++) sink += one(encoded[i % encoded.length]);
const cold = rows.map((): number[] => []);
const warm = rows.map((): number[] => []);
const cpu0 = process.cpuUsage();
for (let r = 0; r < ROUNDS; r++) {
  for (let i = 0; i < encoded.length; i++) {
    let t0 = performance.now();
    sink += one(encoded[i]);
    cold[i].push((performance.now() - t0) * 1000);
    if (!TWICE) continue;
    t0 = performance.now();
    sink += one(encoded[i]);
    warm[i].push((performance.now() - t0) * 1000);
  }
}
const cpu = process.cpuUsage(cpu0);
const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
const q = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(a.length * p))];
const coldMed = cold.map(median);
const calls = ROUNDS * encoded.length * (TWICE ? 2 : 1);
console.log(`${rows.length} calls x ${ROUNDS} rounds: CPU per call ${((cpu.user + cpu.system) / calls).toFixed(1)} us (GC threads included); per-call median p50 ${q(coldMed, 0.5).toFixed(1)} us, p99 ${q(coldMed, 0.99).toFixed(1)} us`);
if (TWICE) {
  const warmMed = warm.map(median);
  console.log(`the same call again right after: per-call median p50 ${q(warmMed, 0.5).toFixed(1)} us, p99 ${q(warmMed, 0.99).toFixed(1)} us`);
}
const slowest = coldMed.map((m, i) => [m, i] as const).sort((a, b) => b[0] - a[0]).slice(0, TOP);
for (const [m, i] of slowest) console.log(`${m.toFixed(1).padStart(8)} us  ${rows[i].id}  ${rows[i].tool}  ${JSON.stringify(rows[i].args).slice(0, 90)}`);
if (sink === -1) console.log('');
