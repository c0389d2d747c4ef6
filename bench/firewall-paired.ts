import { fork, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

// The firewall's cold assessments (shell and crisis memos off), two builds compared. Each build runs
// in a child process of its own (bench/firewall-paired-child.ts), loaded and warmed the same way;
// the rounds alternate between the two, one process running at a time, the order flipped every
// round, so the other sessions' load on a shared machine hits both builds alike. With both builds in
// one process, whichever ran second was once 25-35 % slower in both orders and another time 1-7 %
// faster (shared inline caches and heap between two copies of the engine); a process per build
// shares none of that (A/A within a few %, docs/firewall-speed.md). Calls in the bench's family order (bench/firewall-assess.ts). Prints, per
// build, CPU per call and the p50/p99 over calls of each call's median across rounds; `TOP=n` lists
// the n slowest calls of the first build beside the other's.
// Env: FIREWALL_BUILDS (two built checkouts, comma-separated, e.g. "/tmp/base,."; default ".,.",
// the same build twice: the noise floor), ROUNDS (41), SECONDS (time cap, 300), MEMOS=1 (the
// default memos, as the bench's repeat mode), CORPUS=all (the rows scripts/dump-verdicts.ts reads,
// ~26,000 with their conversations, instead of the bench's 373 calls) or CORPUS=turns (those of
// them with two user messages or more, ~3,000: what the crisis layer scores turn by turn).
// Run: npm run build (tsc is enough) in both checkouts, then npx tsx bench/firewall-paired.ts

interface Round {
  times: number[];
  cpu: number;
}

const roots = (process.env.FIREWALL_BUILDS ?? '.,.').split(',').map((r) => resolve(r));
if (roots.length !== 2) throw new Error('FIREWALL_BUILDS names two built checkouts');
const ROUNDS = Number(process.env.ROUNDS ?? 41);
const CAP_MS = Number(process.env.SECONDS ?? 300) * 1000;
const TOP = Number(process.env.TOP ?? 0);
const MEMOS = process.env.MEMOS === '1';

const nextMessage = <T>(child: ChildProcess) => new Promise<T>((done) => child.once('message', (m) => done(m as T)));

// One child at a time, so the two never share the cores while the other is timed.
async function start(root: string): Promise<{ child: ChildProcess; ids: string[] }> {
  const child = fork(join(import.meta.dirname, 'firewall-paired-child.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, PAIRED_BUILD: root },
  });
  const { ids } = await nextMessage<{ ids: string[] }>(child);
  return { child, ids };
}

const sides = [await start(roots[0]), await start(roots[1])];
const ids = sides[0].ids;
const samples = sides.map(() => ids.map((): number[] => []));
const cpu = [0, 0];
let rounds = 0;
const started = Date.now();
for (let r = 0; r < ROUNDS && Date.now() - started < CAP_MS; r++, rounds++) {
  for (const k of r % 2 ? [1, 0] : [0, 1]) {
    const reply = nextMessage<Round>(sides[k].child);
    sides[k].child.send('round');
    const { times, cpu: used } = await reply;
    times.forEach((t, i) => samples[k][i].push(t));
    cpu[k] += used;
  }
}
for (const { child } of sides) child.send('stop');

const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
const q = (a: number[], p: number) => sorted(a)[Math.min(a.length - 1, Math.floor(a.length * p))];
const medians = samples.map((perCall) => perCall.map((s) => q(s, 0.5)));
console.log(`${MEMOS ? 'repeat' : 'cold'}: ${ids.length} calls x ${rounds} rounds per build, one process each, load average ${loadavg()[0].toFixed(1)}`);
roots.forEach((root, k) => {
  const m = medians[k];
  const slowest = sorted(m).slice(-20);
  console.log(`${root}: CPU per call ${(cpu[k] / (rounds * ids.length)).toFixed(1)} us; per-call median p50 ${q(m, 0.5).toFixed(1)} us, p99 ${q(m, 0.99).toFixed(1)} us, 20 slowest mean ${(slowest.reduce((s, x) => s + x, 0) / slowest.length).toFixed(1)} us, sum ${(m.reduce((s, x) => s + x, 0) / 1000).toFixed(2)} ms`);
});
const slowestFirst = medians[0].map((_, i) => i).sort((a, b) => medians[0][b] - medians[0][a]);
for (const i of slowestFirst.slice(0, TOP)) console.log(`  ${ids[i].padEnd(28)} ${medians[0][i].toFixed(0).padStart(5)} -> ${medians[1][i].toFixed(0).padStart(5)} us`);
