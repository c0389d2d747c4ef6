import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

// The firewall's cold assessments (shell and crisis memos off), two builds in one process: each
// round runs every corpus call on one build then the other, the order flipped every round, so the
// other sessions' load on a shared machine hits both builds alike (separate runs minutes apart
// scatter more than the change being measured). Calls in the bench's family order
// (bench/firewall-assess.ts). Prints, per build, CPU per call and the p50/p99 over calls of each
// call's median across rounds; `TOP=n` lists the n slowest calls of the first build beside the other's.
// Env: FIREWALL_BUILDS (two built checkouts, comma-separated, e.g. "/tmp/base,."; default ".,.",
// the same build twice: the noise floor), ROUNDS (41), SECONDS (time cap, 300), MEMOS=1 (the
// default memos, as the bench's repeat mode), CORPUS=all (the rows scripts/dump-verdicts.ts reads,
// ~26,000 with their conversations, instead of the bench's 373 calls) or CORPUS=turns (those of
// them with two user messages or more, ~3,000: what the crisis layer scores turn by turn).
// Run: npm run build (tsc is enough) in both checkouts, then npx tsx bench/firewall-paired.ts

interface Build {
  root: string;
  one: (encoded: string) => number;
}

const roots = (process.env.FIREWALL_BUILDS ?? '.,.').split(',').map((r) => resolve(r));
if (roots.length !== 2) throw new Error('FIREWALL_BUILDS names two built checkouts');
const ROUNDS = Number(process.env.ROUNDS ?? 41);
const CAP_MS = Number(process.env.SECONDS ?? 300) * 1000;
const TOP = Number(process.env.TOP ?? 0);
const MEMOS = process.env.MEMOS === '1';
const CORPUS = process.env.CORPUS ?? 'bench';

async function buildOf(root: string): Promise<Build> {
  const { assess } = await import(`${root}/dist/firewall/engine.js`);
  const { CORPUS_CONFIG } = await import(`${root}/dist/firewall/corpus/run-corpus.js`);
  (await import(`${root}/dist/firewall/shell/analyze.js`)).setShellMemoSize(MEMOS ? 256 : 0);
  (await import(`${root}/dist/firewall/crisis/screen.js`)).setCrisisMemoSize(MEMOS ? 512 : 0);
  return {
    root,
    one: (encoded) => {
      const c = JSON.parse(encoded) as { tool: string; args: Record<string, unknown>; annotations?: unknown; context: Record<string, string> };
      return assess({ tool: c.tool, args: c.args, annotations: c.annotations }, c.context, CORPUS_CONFIG).risk_score;
    },
  };
}

const builds = [await buildOf(roots[0]), await buildOf(roots[1])];
// The corpus this checkout carries (the same rows for both builds), read with its own loader.
const { loadCorpus, loadRows, loadVisible } = await import('../src/firewall/corpus/run-corpus.js');
const { lexShell } = await import('../src/firewall/shell/parse-simple.js');
const corpus = join(import.meta.dirname, '../src/firewall/corpus');
const everyRow = () => [...loadVisible(), ...loadCorpus()];
const rows =
  CORPUS === 'all' ? everyRow() : CORPUS === 'turns' ? everyRow().filter((r) => (r.context?.user_messages?.length ?? 0) >= 2) : loadRows([join(corpus, 'tool-calls.jsonl'), join(corpus, 'cases')]);
const SHELL_TOOLS = new Set(['terminal', 'Bash']);
const MESSAGE_TOOLS = new Set(['send_message', 'send_email']);
const family = (tool: string, command: unknown) =>
  SHELL_TOOLS.has(tool) ? (lexShell(String(command ?? ''), '') ? 0 : 1) : MESSAGE_TOOLS.has(tool) ? 2 : 3;
const order = rows.map((r, i) => ({ f: family(r.tool, r.args.command), i })).sort((a, b) => a.f - b.f || a.i - b.i);
const encoded = order.map(({ i }) => JSON.stringify({ tool: rows[i].tool, args: rows[i].args, annotations: rows[i].annotations, context: rows[i].context ?? {} }));
const ids = order.map(({ i }) => rows[i].id);

let sink = 0;
for (const b of builds) for (let i = 0; i < 3000; i++) sink += b.one(encoded[i % encoded.length]);
const samples = builds.map(() => encoded.map((): number[] => []));
const cpu = [0, 0];
let rounds = 0;
const started = Date.now();
for (let r = 0; r < ROUNDS && Date.now() - started < CAP_MS; r++, rounds++) {
  for (const k of r % 2 ? [1, 0] : [0, 1]) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < encoded.length; i++) {
      const t0 = performance.now();
      sink += builds[k].one(encoded[i]);
      samples[k][i].push((performance.now() - t0) * 1000);
    }
    const c = process.cpuUsage(c0);
    cpu[k] += c.user + c.system;
  }
}
if (sink === -1) console.log('');

const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
const q = (a: number[], p: number) => sorted(a)[Math.min(a.length - 1, Math.floor(a.length * p))];
const medians = samples.map((perCall) => perCall.map((s) => q(s, 0.5)));
console.log(`${MEMOS ? 'repeat' : 'cold'}: ${encoded.length} calls x ${rounds} rounds per build, load average ${loadavg()[0].toFixed(1)}`);
builds.forEach((b, k) => {
  const m = medians[k];
  const slowest = sorted(m).slice(-20);
  console.log(`${b.root}: CPU per call ${(cpu[k] / (rounds * encoded.length)).toFixed(1)} us; per-call median p50 ${q(m, 0.5).toFixed(1)} us, p99 ${q(m, 0.99).toFixed(1)} us, 20 slowest mean ${(slowest.reduce((s, x) => s + x, 0) / slowest.length).toFixed(1)} us, sum ${(m.reduce((s, x) => s + x, 0) / 1000).toFixed(2)} ms`);
});
const slowestFirst = medians[0].map((_, i) => i).sort((a, b) => medians[0][b] - medians[0][a]);
for (const i of slowestFirst.slice(0, TOP)) console.log(`  ${ids[i].padEnd(28)} ${medians[0][i].toFixed(0).padStart(5)} -> ${medians[1][i].toFixed(0).padStart(5)} us`);
