import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { benchTargets, envPairs, median, startProcess, startUpstreamAndProxy, type Proc } from './harness.js';
import { casesFrom, hotConfig, runCase, type Case } from './hot-cases.js';

// CPU per request of the gateway and of a minimal Node proxy, for each hot request path, by a
// fixed number of requests at a fixed concurrency (not a timed run): on a busy machine the count
// of requests a segment covers stays the same, and adjacent segments of the two targets see the
// same neighbours. Cases: chat completions JSON and 10-chunk stream (pass-through to an
// OpenAI-compatible upstream), the Claude Code request (~54 KB) to an Anthropic upstream and the
// Codex request (~20 KB) to a Responses upstream, each as JSON and stream. Medians of ROUNDS.
//
// Env: CPU_CASES (comma list; default all; each later case's paired difference from the first is printed), CPU_THREAD=main|both (the main thread's CPU only, or both tables), CPU_REQUESTS (per segment, default 1500),
// CPU_CONCURRENCY (default 8; with CPU_RATE=n, requests are paced evenly at n a second instead), BENCH_ROUNDS (default 5), CPU_PROFILE=dir (the gateway writes a
// --cpu-prof profile there at exit; run one case to profile it), CPU_LEVER=name (also measure
// the gateway with that lever off, interleaved: the difference is what it saves), CPU_BASELINE=dir
// (a checkout of another version, built: its gateway is measured interleaved with this one, so a
// busy machine weighs on both alike). CPU_GATEWAY_FLAGS / CPU_BASELINE_FLAGS (extra node flags) and
// CPU_GATEWAY_ENV / CPU_BASELINE_ENV (`NAME=value ...`) set one process apart: with CPU_BASELINE=.
// the same build runs twice, e.g. to measure a V8 setting. CPU_GATEWAY_FIREWALL / CPU_BASELINE_FIREWALL
// replace the firewall line of one process's config (default `firewall: { mode: observe }`), e.g.
// `firewall: { mode: off }` to measure what the firewall costs a tool call; CPU_GATEWAY_STORAGE /
// CPU_BASELINE_STORAGE replace its storage line (default SQLite), e.g. `storage: { kind: memory }`
// to measure what recording to SQLite costs a request. CPU_GATEWAY_CLAUDE_TARGET /
// CPU_BASELINE_CLAUDE_TARGET name the upstream model of the Claude Code cases (default
// bench-claude, the name they send: any other is spliced into their bytes).

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const REQUESTS = Number(process.env.CPU_REQUESTS ?? 1500);
const CONCURRENCY = Number(process.env.CPU_CONCURRENCY ?? 8);
const RATE = Number(process.env.CPU_RATE ?? 0) || undefined;
const PROFILE = process.env.CPU_PROFILE;
const LEVER = process.env.CPU_LEVER;
const BASELINE = process.env.CPU_BASELINE;
const ADMIN = 'bench-admin-token';

const cases = casesFrom(process.env.CPU_CASES);


// CPU_THREAD=main: the main thread's CPU only (/proc/<pid>/task/<pid>), without the writer
// thread's and the GC helpers' noise, for levers that work on the event loop. CPU_THREAD=both: both
// views of the same segments, one table each (what the writer thread and the helpers add is the difference).
const VIEWS: ('all' | 'main')[] = process.env.CPU_THREAD === 'both' ? ['all', 'main'] : process.env.CPU_THREAD === 'main' ? ['main'] : ['all'];

/** CPU µs of a process so far (user + system, all threads, or its main thread's), from /proc (10 ms ticks). */
function cpuOf(pid: number, view: 'all' | 'main'): number {
  const fields = readFileSync(view === 'main' ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100;
}

const run = (pool: Pool, c: Case, n: number, rate = RATE) => runCase(pool, c, n, CONCURRENCY, rate);

async function admin(p: Proc, body: unknown): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${p.port}/v1/admin/levers`, {
    method: 'POST', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`levers: ${res.status} ${await res.text()}`);
}

const dir = mkdtempSync(join(tmpdir(), 'switchyard-cpu-'));
const procs: Proc[] = [];
try {
  const { upstream, proxy } = await startUpstreamAndProxy(procs);
  const configFor = (name: string) => {
    const path = join(dir, `${name}.yaml`);
    writeFileSync(path, config(name));
    return path;
  };
  const config = (name: string) => hotConfig(upstream.port, {
    server: 'server: { log_level: warn, admin_tokens: [env:BENCH_ADMIN_TOKEN] }',
    storage: process.env[`CPU_${name.toUpperCase()}_STORAGE`] ?? `storage: { kind: sqlite, path: ${join(dir, `${name}.db`)} }`,
    firewall: process.env[`CPU_${name.toUpperCase()}_FIREWALL`] ?? 'firewall: { mode: observe }',
    claudeTarget: process.env[`CPU_${name.toUpperCase()}_CLAUDE_TARGET`],
  });
  const flags = ['--max-semi-space-size=32', ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [])];
  const env = { SWITCHYARD_BENCH_LEVERS: '1', BENCH_ADMIN_TOKEN: ADMIN };
  const flagsOf = (name: string) => (process.env[name] ?? '').split(' ').filter(Boolean);
  const gateway = await startProcess([...flags, ...flagsOf('CPU_GATEWAY_FLAGS'), 'dist/cli/main.js', 'start', '--config', configFor('gateway'), '--port', '0'], { ...env, ...envPairs('CPU_GATEWAY_ENV') });
  procs.push(gateway);
  const baseline = BASELINE
    ? await startProcess([...flags, ...flagsOf('CPU_BASELINE_FLAGS'), join(BASELINE, 'dist/cli/main.js'), 'start', '--config', configFor('baseline'), '--port', '0'], { ...env, ...envPairs('CPU_BASELINE_ENV') })
    : undefined;
  if (baseline) procs.push(baseline);
  const targets = benchTargets(proxy, gateway, baseline, LEVER);
  const pools = new Map(targets.map(([name, p]) => [name, new Pool(`http://127.0.0.1:${p.port}`, { connections: CONCURRENCY })]));
  const cpu = new Map<string, number[]>();
  const rps = new Map<string, number[]>();
  for (const c of cases) for (const [name] of targets) await run(pools.get(name)!, c, Math.min(REQUESTS, 500), 0); // warm-up, unpaced
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      // Alternate the order of the targets so neither always runs first.
      const order = round % 2 === 0 ? targets : [...targets].reverse();
      for (const [name, p] of order) {
        if (LEVER) await admin(gateway, { [LEVER]: !name.endsWith(' off') });
        const before = VIEWS.map((v) => cpuOf(p.child.pid!, v));
        const r = await run(pools.get(name)!, c, REQUESTS);
        const us = VIEWS.map((v, i) => (cpuOf(p.child.pid!, v) - before[i]) / REQUESTS);
        VIEWS.forEach((v, i) => {
          const key = `${v}|${c.name}|${name}`;
          cpu.set(key, [...(cpu.get(key) ?? []), us[i]]);
        });
        const key = `${c.name}|${name}`;
        rps.set(key, [...(rps.get(key) ?? []), r]);
        process.stderr.write(`round ${round + 1} ${c.name} ${name}: ${us.map((u) => u.toFixed(0)).join(' / ')} µs/req, ${r.toFixed(0)} req/s\n`);
      }
    }
  }
  if (LEVER) await admin(gateway, { [LEVER]: true });
  const tput = (c: Case, a: string, b: string) => median(rps.get(`${c.name}|${a}`)!.map((x, i) => x / rps.get(`${c.name}|${b}`)![i]));
  for (const view of VIEWS) {
    console.log(`\nCPU µs per request${view === 'main' ? ', main thread' : ''} (median of ${ROUNDS} rounds x ${REQUESTS} requests at ${RATE ? `${RATE} req/s, up to ` : ''}${CONCURRENCY} connections)\n`);
    // Each round's CPU µs per request of one case and target.
    const series = (c: Case, name: string) => cpu.get(`${view}|${c.name}|${name}`)!;
    // Paired differences: each round's segments ran next to each other, on the same machine state.
    // Shown as the median paired difference, its quartiles in square brackets and the rounds' range in round ones.
    const paired = (a: number[], b: number[]) => {
      const d = a.map((x, i) => x - b[i]).sort((x, y) => x - y);
      return `${median(d).toFixed(0)} [${d[d.length >> 2].toFixed(0)}…${d[(3 * d.length) >> 2].toFixed(0)}] (${d[0].toFixed(0)}…${d.at(-1)!.toFixed(0)})`;
    };
    const ratio = (c: Case, a: string, b: string) => median(series(c, a).map((x, i) => x / series(c, b)[i]));
    const extra = [...(baseline ? ['baseline - gateway'] : []), ...(LEVER ? [`${LEVER} saves`] : [])];
    console.log(`| case | ${targets.map(([n]) => n).join(' | ')} | gateway / proxy CPU | gateway / proxy req/s |${extra.map((e) => ` ${e} |`).join('')}`);
    console.log(`| --- | ${targets.map(() => '---').join(' | ')} | --- | --- |${extra.map(() => ' --- |').join('')}`);
    for (const c of cases) {
      const cols = [...(baseline ? [paired(series(c, 'baseline'), series(c, 'gateway'))] : []), ...(LEVER ? [paired(series(c, `gateway ${LEVER} off`), series(c, 'gateway'))] : [])];
      console.log(`| ${c.name} | ${targets.map(([n]) => median(series(c, n)).toFixed(0)).join(' | ')} | ${ratio(c, 'gateway', 'proxy').toFixed(2)}x | ${tput(c, 'gateway', 'proxy').toFixed(2)}x |${cols.map((v) => ` ${v} |`).join('')}`);
    }
    // What each case costs the gateway over the first one (e.g. tools-json over json), paired by round.
    for (const c of cases.slice(1)) console.log(`gateway ${c.name} − ${cases[0].name}: ${paired(series(c, 'gateway'), series(cases[0], 'gateway'))}`);
  }
  await Promise.all([...pools.values()].map((p) => p.close()));
} finally {
  for (const p of procs) p.child.kill('SIGTERM');
  if (PROFILE) {
    await new Promise((r) => setTimeout(r, 1500)); // the profile is written as the gateway exits
    process.stderr.write(`profiles: ${readdirSync(PROFILE).join(', ')}\n`);
  }
  rmSync(dir, { recursive: true, force: true });
}
