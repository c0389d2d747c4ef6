import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchTargets, cpuTimeUs, envPairs, median, pacedLoad, startProcess, startUpstreamAndProxy, type PacedSample, type Proc } from './harness.js';
import { casesFrom, hotConfig } from './hot-cases.js';

// What the gateway's tail at an evenly paced rate is made of (issue 18: p99 at 800 req/s within
// 2 ms of the minimal proxy's). The proxy and the gateway take turns in short segments of paced
// load (so a busy neighbour hits both alike) and the percentiles are taken over all the requests
// of a target (TAIL_SEGMENTS x TAIL_SEGMENT_SECONDS x rate: 16,000 at the defaults, so the p99 is
// the 160th slowest, not the 40th of one 5 s round). With TAIL_PROFILE the gateway runs under
// --cpu-prof and every slow request (slower than the proxy's p99) is matched against what the
// gateway's main thread was doing while it waited: garbage collection, a long stretch of work
// (an event-loop block, named by the functions in it), no samples at all (the thread was not
// running: the machine's other work had the cores), or idle (the delay was elsewhere: the client,
// the upstream, the kernel). Requests the client itself sent late are counted apart.
//
// Env: TAIL_CASES (default json,stream), TAIL_RATE (800), TAIL_SEGMENT_SECONDS (2),
// TAIL_SEGMENTS (per target and case, 10), TAIL_PROFILE=dir (profile the gateway; its CPU per
// request then includes the profiler), TAIL_PROFILE_INTERVAL (µs, 200), TAIL_GATEWAY_FLAGS /
// TAIL_GATEWAY_ENV (`NAME=value ...`), TAIL_BASELINE=dir (a built checkout, measured as a third
// target; TAIL_BASELINE_FLAGS / TAIL_BASELINE_ENV likewise, so TAIL_BASELINE=. compares two
// settings of one build), TAIL_LEVER=name (the gateway with that lever off as a further target, same process).

const RATE = Number(process.env.TAIL_RATE ?? 800);
const SEGMENT_SECONDS = Number(process.env.TAIL_SEGMENT_SECONDS ?? 2);
const SEGMENTS = Number(process.env.TAIL_SEGMENTS ?? 10);
const PROFILE = process.env.TAIL_PROFILE;
const INTERVAL = Number(process.env.TAIL_PROFILE_INTERVAL ?? 200);
const LEVER = process.env.TAIL_LEVER;
const BASELINE = process.env.TAIL_BASELINE;
const ADMIN = 'bench-admin-token';
const cases = casesFrom(process.env.TAIL_CASES ?? 'json,stream');


// performance.now() of this process -> CLOCK_MONOTONIC µs, the clock of V8's profile timestamps.
const MONO_OFFSET_US = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;
const mono = (ms: number) => ms * 1000 + MONO_OFFSET_US;

interface Segment { samples: PacedSample[]; cpuUs: number }

async function setLever(p: Proc, on: boolean): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${p.port}/v1/admin/levers`, {
    method: 'POST', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: JSON.stringify({ [LEVER!]: on }),
  });
  if (!res.ok) throw new Error(`levers: ${res.status} ${await res.text()}`);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

const dir = mkdtempSync(join(tmpdir(), 'switchyard-tail-'));
const procs: Proc[] = [];
const results = new Map<string, Segment[]>();
let gateway: Proc | undefined;
try {
  const { upstream, proxy } = await startUpstreamAndProxy(procs);
  const start = async (name: string, build: string, extraFlags: string[], extraEnv: Record<string, string>) => {
    const cfg = join(dir, `${name}.yaml`);
    writeFileSync(cfg, hotConfig(upstream.port, {
      server: 'server: { log_level: warn, admin_tokens: [env:BENCH_ADMIN_TOKEN] }',
      storage: `storage: { kind: sqlite, path: ${join(dir, `${name}.db`)} }`,
      firewall: 'firewall: { mode: observe }',
    }));
    return startProcess(['--max-semi-space-size=32', ...extraFlags, join(build, 'dist/cli/main.js'), 'start', '--config', cfg, '--port', '0'],
      { SWITCHYARD_BENCH_LEVERS: '1', BENCH_ADMIN_TOKEN: ADMIN, ...extraEnv });
  };
  const profFlags = PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`, `--cpu-prof-interval=${INTERVAL}`] : [];
  gateway = await start('gateway', '.', [...profFlags, ...(process.env.TAIL_GATEWAY_FLAGS ?? '').split(' ').filter(Boolean)], envPairs('TAIL_GATEWAY_ENV'));
  procs.push(gateway);
  const baseline = BASELINE ? await start('baseline', BASELINE, (process.env.TAIL_BASELINE_FLAGS ?? '').split(' ').filter(Boolean), envPairs('TAIL_BASELINE_ENV')) : undefined;
  if (baseline) procs.push(baseline);
  const targets = benchTargets(proxy, gateway, baseline, LEVER);
  console.log(`load: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
  for (const c of cases) {
    if (c.bodies) throw new Error(`${c.name}: paced load sends one body; the turns cases need bench/cpu-per-request.ts`);
    const body = c.body;
    for (const [, p] of targets) await pacedLoad(p.port, c.path, body, { rate: RATE, seconds: 1, headers: c.headers }); // warm-up
    for (let s = 0; s < SEGMENTS; s++) {
      const order = s % 2 === 0 ? targets : [...targets].reverse();
      for (const [name, p] of order) {
        if (LEVER && p === gateway) await setLever(gateway, !name.endsWith(' off'));
        const samples: PacedSample[] = [];
        const before = cpuTimeUs(p.child.pid!);
        await pacedLoad(p.port, c.path, body, { rate: RATE, seconds: SEGMENT_SECONDS, headers: c.headers, samples });
        const cpuUs = (cpuTimeUs(p.child.pid!) - before) / samples.length;
        const key = `${c.name}|${name}`;
        results.set(key, [...(results.get(key) ?? []), { samples, cpuUs }]);
        const lat = samples.map((x) => x.latency).sort((a, b) => a - b);
        process.stderr.write(`${c.name} ${name} segment ${s + 1}: p50 ${pct(lat, 0.5).toFixed(2)} p99 ${pct(lat, 0.99).toFixed(2)} ms, ${cpuUs.toFixed(0)} µs/req\n`);
      }
    }
  }
  if (LEVER) await setLever(gateway, true);
  console.log(`load: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
  console.log(`\nPaced ${RATE} req/s, ${SEGMENTS} alternating segments of ${SEGMENT_SECONDS} s per target; percentiles over all requests of a target (ms, from when each request was due)\n`);
  console.log('| case | target | requests | p50 | p90 | p99 | p99.9 | max | segment p99s: median (range) | segment p99 - proxy\'s next to it: median (range) | CPU µs/req | p99 - proxy p99 |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const c of cases) {
    const proxyP99 = pct(all(`${c.name}|proxy`).map((x) => x.latency).sort((a, b) => a - b), 0.99);
    for (const [name] of targets) {
      const segs = results.get(`${c.name}|${name}`)!;
      const lat = all(`${c.name}|${name}`).map((x) => x.latency).sort((a, b) => a - b);
      const p99Of = (s: Segment) => pct(s.samples.map((x) => x.latency).sort((a, b) => a - b), 0.99);
      const segP99 = segs.map(p99Of);
      // Paired: each segment against the proxy's segment of the same turn (same neighbours).
      const diffs = segs.map((s, i) => p99Of(s) - p99Of(results.get(`${c.name}|proxy`)![i]));
      console.log(`| ${c.name} | ${name} | ${lat.length} | ${pct(lat, 0.5).toFixed(2)} | ${pct(lat, 0.9).toFixed(2)} | ${pct(lat, 0.99).toFixed(2)} | ${pct(lat, 0.999).toFixed(2)} | ${lat[lat.length - 1].toFixed(1)} | ${median(segP99).toFixed(2)} (${Math.min(...segP99).toFixed(2)}–${Math.max(...segP99).toFixed(2)}) | ${median(diffs).toFixed(2)} (${Math.min(...diffs).toFixed(2)}–${Math.max(...diffs).toFixed(2)}) | ${median(segs.map((s) => s.cpuUs)).toFixed(0)} | ${(pct(lat, 0.99) - proxyP99).toFixed(2)} |`);
    }
  }
} finally {
  for (const p of procs) p.child.kill('SIGTERM');
  if (PROFILE && gateway) {
    await new Promise((r) => gateway!.child.once('exit', r)); // the profile is written as the gateway exits
    attribute(PROFILE, gateway.child.pid!);
  }
  rmSync(dir, { recursive: true, force: true });
}

function all(key: string): PacedSample[] {
  return (results.get(key) ?? []).flatMap((s) => s.samples);
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number; samples: number[]; timeDeltas: number[];
}

/** A sample's kind: gc, idle, program (V8 outside JS), or the file/function it ran in. */
function kindOf(frame: CpuProfile['nodes'][number]['callFrame']): string {
  if (frame.functionName === '(garbage collector)') return 'gc';
  if (frame.functionName === '(idle)') return 'idle';
  if (frame.functionName === '(program)' || frame.functionName === '(root)') return 'program';
  const url = frame.url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, '$1/');
  return `${frame.functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
}

/**
 * Matches the slow gateway requests against the main thread's profile. For each request slower
 * than the proxy's p99 (and sent on time by the client), its window [due, due + latency] is
 * classified by what the samples inside it say: a GC pause >= 1 ms, a stretch of work >= 1 ms
 * (busy samples without an idle one between), a gap without samples >= 1 ms (thread not
 * running), else none of these.
 */
function attribute(profileDir: string, pid: number): void {
  const file = readdirSync(profileDir).find((f) => f.includes(`.${pid}.0.`) && f.endsWith('.cpuprofile'));
  if (!file) return void console.log(`no main-thread profile of pid ${pid} in ${profileDir}`);
  const prof = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile;
  const kinds = new Map(prof.nodes.map((n) => [n.id, kindOf(n.callFrame)]));
  const times: number[] = [];
  let t = prof.startTime;
  for (const d of prof.timeDeltas) times.push((t += d));
  const kind = prof.samples.map((id) => kinds.get(id)!);
  // Busy stretches: consecutive non-idle samples; each sample stands for the time since the previous one.
  const stretchOf = new Int32Array(kind.length).fill(-1);
  const stretches: { from: number; to: number; gcUs: number; self: Map<string, number> }[] = [];
  for (let i = 1; i < kind.length; i++) {
    if (kind[i] === 'idle') continue;
    const dt = times[i] - times[i - 1];
    if (stretchOf[i - 1] < 0) stretches.push({ from: times[i - 1], to: times[i], gcUs: 0, self: new Map() });
    const s = stretches[stretches.length - 1];
    stretchOf[i] = stretches.length - 1;
    s.to = times[i];
    if (kind[i] === 'gc') s.gcUs += dt;
    s.self.set(kind[i], (s.self.get(kind[i]) ?? 0) + dt);
  }
  const first = (us: number) => { // index of the first sample at or after us
    let lo = 0, hi = times.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (times[m] < us) lo = m + 1; else hi = m; }
    return lo;
  };
  for (const c of cases) {
    const proxyLat = all(`${c.name}|proxy`).map((x) => x.latency).sort((a, b) => a - b);
    const threshold = pct(proxyLat, 0.99);
    const slow = all(`${c.name}|gateway`).filter((x) => x.latency > threshold);
    const counts = new Map<string, number>();
    const blockers = new Map<string, number>();
    const count = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
    for (const r of slow) {
      if (r.sendLag > 1) { count('client sent it late (> 1 ms)'); continue; }
      const from = mono(r.due), to = mono(r.due + r.latency);
      const i0 = first(from), i1 = first(to);
      let gap = 0, longest = -1, longestUs = 0;
      for (let i = Math.max(1, i0); i <= Math.min(i1, times.length - 1); i++) {
        const dt = times[i] - times[i - 1];
        if (dt > 3 * INTERVAL) gap += dt;
        const s = stretchOf[i];
        if (s >= 0 && stretches[s].to - stretches[s].from > longestUs) { longest = s; longestUs = stretches[s].to - stretches[s].from; }
      }
      if (longest >= 0 && stretches[longest].gcUs >= 1000) count('GC pause >= 1 ms on the main thread');
      else if (longestUs >= 1000) {
        count('main thread busy >= 1 ms without a break');
        for (const [k, us] of stretches[longest].self) blockers.set(k, (blockers.get(k) ?? 0) + us);
      } else if (gap >= 1000) count('no samples >= 1 ms (main thread not running)');
      else count('none of these (client, upstream, kernel)');
    }
    console.log(`\n## ${c.name}: ${slow.length} gateway requests slower than the proxy's p99 (${threshold.toFixed(2)} ms)`);
    for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`- ${k}: ${n}`);
    const total = [...blockers.values()].reduce((a, b) => a + b, 0);
    if (total > 0) {
      console.log('  what the long stretches were made of (self time, share):');
      for (const [k, us] of [...blockers].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  - ${(100 * us / total).toFixed(1)}% ${k}`);
    }
  }
  // The longest stretches of the whole profile (all cases), for the record.
  const long = stretches.filter((s) => s.to - s.from >= 2000).sort((a, b) => b.to - b.from - (a.to - a.from));
  console.log(`\nmain-thread stretches >= 2 ms in the profile: ${long.length}; the longest:`);
  for (const s of long.slice(0, 8)) {
    const top = [...s.self].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, us]) => `${k} ${(us / 1000).toFixed(1)}`).join('; ');
    console.log(`- ${((s.to - s.from) / 1000).toFixed(1)} ms (gc ${(s.gcUs / 1000).toFixed(1)}): ${top}`);
  }
}
