import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXED_RATE, SECONDS, cpuTimeUs, loadPath, median, medianOf, pacedLoad, percentiles, rssBytes, startProcess, startUpstreamAndProxy, withCpu, type PacedSample, type Proc, type Result as LoadResult } from './harness.js';

type Result = LoadResult & { gc?: { us: number; minorPer1k: number; majors: number } };

// Gateway overhead benchmark (issue 18). Three targets, measured interleaved in one run so machine
// noise hits them alike: the upstream directly, a minimal Node proxy, and Switchyard (store on,
// firewall in observe mode). Scenarios: JSON and 10-chunk streams, at saturation (32 connections)
// and evenly paced at 800 req/s (one request every 1.25 ms, never bursts; each round's paced load
// runs as BENCH_PACED_SEGMENTS short segments that alternate between the targets, so a busy
// neighbour hits them alike, and the paced percentiles are taken over all rounds' requests
// together: 12,000 per target at the defaults, p99 = the 120th slowest); the same with a tool
// call in every response (the firewall assesses and traces it). Every row prints the CPU µs each
// process spent per request (/proc/<pid>/stat, all threads): on a machine shared with other work,
// CPU per request is the number to judge by; req/s and p99 move with the neighbours.
//
// Then the levers (src/core/levers.ts): all on vs each one off, interleaved inside the same
// gateway process, each lever's contribution in CPU µs per request.
//
// Env: BENCH_ONLY=openai|anthropic|tools|levers (one family), BENCH_ROUNDS (odd; default 3; also
// the on/off pairs per lever), BENCH_SECONDS (per load run, default 5), BENCH_LEVER_SECONDS
// (per lever segment, default 2), BENCH_LEVER_RATE (paced rate of the lever runs, default 400),
// BENCH_LEVER_CASES (e.g. "json,stream"; default all three), BENCH_PACED_SEGMENTS (segments per
// round and target of a paced row, default 5: 1 s each at the default BENCH_SECONDS), BENCH_STORE=sqlite|memory|postgres (default sqlite;
// postgres uses BENCH_PG_URL), BENCH_GATEWAY_FLAGS (node flags for the gateway; default
// --max-semi-space-size=32 as in `npm start`, "" for Node's default), BENCH_SOAK_SECONDS (soak only: saturation for that long, RSS and
// heap printed every 30 s). Every load run is bounded in time.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ONLY = process.env.BENCH_ONLY;
const LEVER_SECONDS = Number(process.env.BENCH_LEVER_SECONDS ?? 2);
const LEVER_RATE = Number(process.env.BENCH_LEVER_RATE ?? 400);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 0);
const PACED_SEGMENTS = Number(process.env.BENCH_PACED_SEGMENTS ?? 5);
const STORE = process.env.BENCH_STORE ?? 'sqlite';
const ADMIN = 'bench-admin-token';
const CLAUDE_CODE = JSON.parse(readFileSync(new URL('../test/fixtures/wire/anthropic/claude-code-2.1.332-first-turn.json', import.meta.url), 'utf8')) as {
  headers: Record<string, string>;
  body: Record<string, unknown>;
};

type Family = 'openai' | 'tools' | 'anthropic';
interface Scenario { name: string; family: Family; stream: boolean; rate?: number }

function request(s: Scenario): { path: string; body: unknown; headers?: Record<string, string> } {
  if (s.family === 'anthropic') {
    return {
      path: '/v1/messages?beta=true',
      body: { ...CLAUDE_CODE.body, model: 'bench-claude', stream: s.stream },
      headers: { 'anthropic-version': '2023-06-01', 'anthropic-beta': CLAUDE_CODE.headers['anthropic-beta'], 'x-api-key': 'dummy' },
    };
  }
  const body = {
    // "bench-tools" is a route for the gateway and a model name the mock upstream answers with a tool call.
    model: s.family === 'tools' ? 'bench-tools' : 'bench',
    messages: [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: 'Say something about foxes.' }],
    ...(s.stream ? { stream: true, stream_options: { include_usage: true } } : {}),
  };
  return { path: '/v1/chat/completions', body };
}

let gatewayProc: Proc | undefined;

async function load(p: Proc, s: Scenario, seconds = SECONDS): Promise<Result> {
  const { path, body, headers } = request(s);
  const gc0 = p === gatewayProc ? await gcOf(p) : undefined;
  const r = await withCpu(p.child.pid, () => loadPath(p.port, path, body, { headers, rate: s.rate, seconds }));
  if (!gc0) return r;
  const gc1 = await gcOf(p);
  const n = r.rps * seconds;
  return { ...r, gc: { us: ((gc1.seconds - gc0.seconds) * 1e6) / n, minorPer1k: ((gc1.minor - gc0.minor) * 1000) / n, majors: gc1.major - gc0.major } };
}

/** The gateway's garbage collection so far, from prom-client's default metrics on /metrics. */
async function gcOf(p: Proc): Promise<{ seconds: number; minor: number; major: number }> {
  const text = await (await admin(p, '/metrics')).text();
  const sum = (re: RegExp) => [...text.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
  return {
    seconds: sum(/^switchyard_process_nodejs_gc_duration_seconds_sum\{[^}]*\} (\S+)/gm),
    minor: sum(/^switchyard_process_nodejs_gc_duration_seconds_count\{kind="minor"\} (\S+)/gm),
    major: sum(/^switchyard_process_nodejs_gc_duration_seconds_count\{kind="major"\} (\S+)/gm),
  };
}

function storageLine(dir: string): string {
  if (STORE === 'memory') return 'storage: { kind: memory }';
  if (STORE === 'postgres') return `storage: { kind: postgres, url: "${process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'}", schema: bench_${process.pid} }`;
  return `storage: { kind: sqlite, path: ${join(dir, 'bench.db')} }`;
}

async function admin(p: Proc, path: string, body?: unknown): Promise<Response> {
  const res = await fetch(`http://127.0.0.1:${p.port}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${ADMIN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

const fmt = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(digits));

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-bench-'));
  const procs: Proc[] = [];
  try {
    const { upstream, proxy } = await startUpstreamAndProxy(procs);
    const configPath = join(dir, 'switchyard.yaml');
    writeFileSync(configPath, [
      'server: { log_level: warn, admin_tokens: [env:BENCH_ADMIN_TOKEN] }',
      storageLine(dir),
      'firewall: { mode: observe }',
      'providers:',
      `  mock: { type: openai, preset: custom, base_url: "http://127.0.0.1:${upstream.port}/v1" }`,
      `  mock-anthropic: { type: anthropic, base_url: "http://127.0.0.1:${upstream.port}" }`,
      'models:',
      '  bench-model: { targets: [ { provider: mock, model: bench-model } ] }',
      '  bench-tools: { targets: [ { provider: mock, model: bench-tools } ] }',
      '  bench-claude: { targets: [ { provider: mock-anthropic, model: bench-claude } ] }',
      'routes:',
      '  bench: { model: bench-model }',
    ].join('\n'));
    // The gateway runs as `npm start` runs it (young generation of 32 MB semi-spaces: docs/performance.md).
    const flags = (process.env.BENCH_GATEWAY_FLAGS ?? '--max-semi-space-size=32').split(' ').filter(Boolean);
    const gateway = await startProcess([...flags, 'dist/cli/main.js', 'start', '--config', configPath, '--port', '0'], {
      SWITCHYARD_BENCH_LEVERS: '1', BENCH_ADMIN_TOKEN: ADMIN,
    });
    procs.push(gateway);
    gatewayProc = gateway;
    if (flags.length) console.log(`gateway node flags: ${flags.join(' ')}`);
    console.log(`store: ${STORE}`);

    if (SOAK_SECONDS > 0) return await soak(gateway);

    const targets = { direct: upstream, 'minimal proxy': proxy, switchyard: gateway } as const;
    const all: Scenario[] = [
      { name: 'json, saturation (32 conns)', family: 'openai', stream: false },
      { name: `json, paced ${FIXED_RATE} req/s`, family: 'openai', stream: false, rate: FIXED_RATE },
      { name: 'stream (10 chunks), saturation (32 conns)', family: 'openai', stream: true },
      { name: `stream (10 chunks), paced ${FIXED_RATE} req/s`, family: 'openai', stream: true, rate: FIXED_RATE },
      { name: 'json with a tool call (firewall observe), saturation (32 conns)', family: 'tools', stream: false },
      { name: `json with a tool call (firewall observe), paced ${FIXED_RATE} req/s`, family: 'tools', stream: false, rate: FIXED_RATE },
      { name: 'stream with a tool call (firewall observe), saturation (32 conns)', family: 'tools', stream: true },
      { name: 'anthropic pass-through (Claude Code request), json, saturation (32 conns)', family: 'anthropic', stream: false },
      { name: 'anthropic pass-through (Claude Code request), stream, saturation (32 conns)', family: 'anthropic', stream: true },
    ];
    // Tool rows need their no-tool counterparts in the same run to print the firewall's cost.
    const scenarios = all.filter((s) => !ONLY || s.family === ONLY || (ONLY === 'tools' && s.family === 'openai'));
    const results = new Map<string, Result[]>();
    if (ONLY !== 'levers') {
      for (let round = 0; round < ROUNDS; round++) {
        for (const s of scenarios) {
          if (s.rate) {
            await pacedRound(s, round, targets, results);
            continue;
          }
          for (const [name, p] of Object.entries(targets)) {
            if (round === 0) await load(p, s, 1); // warm-up (JIT, connections)
            const r = await load(p, s);
            const key = `${s.name}|${name}`;
            results.set(key, [...(results.get(key) ?? []), r]);
            process.stderr.write(`round ${round + 1} ${s.name} ${name}: ${r.rps.toFixed(0)} req/s p50 ${r.p50.toFixed(2)}ms p99 ${r.p99.toFixed(2)}ms cpu ${fmt(r.cpuUs)}µs/req errors ${r.errors}\n`);
          }
        }
      }
      report(scenarios, results);
    }
    if (!ONLY || ONLY === 'levers') await leverContributions(gateway);
  } finally {
    for (const p of procs) p.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every paced request per row and target (all rounds), and each segment's p99. */
const pacedSamples = new Map<string, PacedSample[]>();
const segmentP99s = new Map<string, number[]>();

/**
 * One round of a paced row: PACED_SEGMENTS segments per target, the targets taking turns (the
 * order reversed every other segment). Latency counts from when each request was due.
 */
async function pacedRound(s: Scenario, round: number, targets: Record<string, Proc>, results: Map<string, Result[]>): Promise<void> {
  const { path, body, headers } = request(s);
  const entries = Object.entries(targets);
  if (round === 0) for (const [, p] of entries) await load(p, s, 1); // warm-up
  const perRound = new Map(entries.map(([name]) => [name, { samples: [] as PacedSample[], cpuUs: 0, errors: 0, gc: { seconds: 0, minor: 0, major: 0 } }]));
  for (let seg = 0; seg < PACED_SEGMENTS; seg++) {
    for (const [name, p] of seg % 2 ? [...entries].reverse() : entries) {
      const mine = perRound.get(name)!;
      const samples: PacedSample[] = [];
      const gc0 = p === gatewayProc ? await gcOf(p) : undefined;
      const cpu0 = cpuTimeUs(p.child.pid!);
      mine.errors += (await pacedLoad(p.port, path, body, { rate: s.rate!, seconds: SECONDS / PACED_SEGMENTS, headers, samples })).errors;
      mine.cpuUs += cpuTimeUs(p.child.pid!) - cpu0;
      if (gc0) {
        const gc1 = await gcOf(p);
        mine.gc.seconds += gc1.seconds - gc0.seconds;
        mine.gc.minor += gc1.minor - gc0.minor;
        mine.gc.major += gc1.major - gc0.major;
      }
      mine.samples.push(...samples);
      const key = `${s.name}|${name}`;
      segmentP99s.set(key, [...(segmentP99s.get(key) ?? []), percentiles(samples.map((x) => x.latency)).p99]);
    }
  }
  for (const [name, p] of entries) {
    const { samples, cpuUs, errors, gc } = perRound.get(name)!;
    const n = samples.length;
    const r: Result = {
      ...percentiles(samples.map((x) => x.latency)), rps: n / SECONDS, errors, cpuUs: cpuUs / n,
      ...(p === gatewayProc ? { gc: { us: (gc.seconds * 1e6) / n, minorPer1k: (gc.minor * 1000) / n, majors: gc.major } } : {}),
    };
    const key = `${s.name}|${name}`;
    results.set(key, [...(results.get(key) ?? []), r]);
    pacedSamples.set(key, [...(pacedSamples.get(key) ?? []), ...samples]);
    process.stderr.write(`round ${round + 1} ${s.name} ${name}: p50 ${r.p50.toFixed(2)}ms p99 ${r.p99.toFixed(2)}ms cpu ${fmt(r.cpuUs)}µs/req errors ${r.errors}\n`);
  }
}

function report(scenarios: Scenario[], results: Map<string, Result[]>): void {
  // Paced rows: percentiles over every request of all rounds; the other columns are medians of the rounds.
  const agg = (key: string): Result => {
    const m = medianOf(results.get(key)!);
    const all = pacedSamples.get(key);
    return all ? { ...m, ...percentiles(all.map((x) => x.latency)) } : m;
  };
  console.log(`\nSwitchyard gateway overhead (${ROUNDS} interleaved rounds x ${SECONDS}s; medians, paced rows' latencies over all rounds' requests; CPU = µs of the process per request, all threads)\n`);
  for (const s of scenarios) {
    const rows = (['direct', 'minimal proxy', 'switchyard'] as const).map((n) => [n, agg(`${s.name}|${n}`)] as const);
    const [, p] = rows[1];
    const [, g] = rows[2];
    console.log(`## ${s.name}`);
    console.log('| target | req/s | p50 ms | p99 ms | errors | CPU µs/req |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const [n, r] of rows) console.log(`| ${n} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.errors} | ${fmt(r.cpuUs)} |`);
    const gcs = results.get(`${s.name}|switchyard`)!.map((r) => r.gc).filter((g) => g !== undefined);
    if (gcs.length) console.log(`switchyard GC ${fmt(median(gcs.map((g) => g.us)))} µs/req, ${fmt(median(gcs.map((g) => g.minorPer1k)), 1)} scavenges per 1000 req, ${gcs.reduce((n, g) => n + g.majors, 0)} major GCs`);
    const cpuTarget = s.stream ? 180 : 120;
    console.log(`switchyard CPU ${fmt(g.cpuUs)} µs/req (target <= ${cpuTarget}); minimal proxy ${fmt(p.cpuUs)} µs/req`);
    if (s.rate) {
      const seg = (n: string) => segmentP99s.get(`${s.name}|${n}`)!;
      const diffs = seg('switchyard').map((x, i) => x - seg('minimal proxy')[i]);
      console.log(`switchyard p99 - minimal proxy p99 = ${(g.p99 - p.p99).toFixed(2)} ms over ${pacedSamples.get(`${s.name}|switchyard`)!.length} requests each (target <= 2 ms); p50 delta ${(g.p50 - p.p50).toFixed(2)} ms`);
      console.log(`per segment (${diffs.length} of ${SECONDS / PACED_SEGMENTS} s, each next to the proxy's): switchyard p99 - proxy p99 median ${median(diffs).toFixed(2)} ms (range ${Math.min(...diffs).toFixed(2)} to ${Math.max(...diffs).toFixed(2)})`);
    }
    else console.log(`switchyard / minimal proxy throughput = ${(g.rps / p.rps).toFixed(2)}x`);
    if (s.family === 'tools') {
      const plain = scenarios.find((o) => o.family === 'openai' && o.stream === s.stream && o.rate === s.rate);
      if (plain) {
        const base = agg(`${plain.name}|switchyard`);
        console.log(`tool call (firewall observe) costs ${fmt((g.cpuUs ?? NaN) - (base.cpuUs ?? NaN))} µs/req CPU over "${plain.name}" (target <= 40)`);
      }
    }
    console.log('');
  }
}

/**
 * Each lever's contribution inside the one gateway process: the same paced load in short
 * segments alternating lever on / lever off (on-off, then off-on, ...), CPU read from the process
 * itself around each segment. Adjacent segments see the same machine, so the median of the
 * paired differences is what the lever is worth even while other work comes and goes.
 */
async function leverContributions(gateway: Proc): Promise<void> {
  const state = async (changes?: Record<string, boolean>) =>
    (await (await admin(gateway, '/v1/admin/levers', changes)).json()) as { levers: Record<string, boolean>; cpu_us: number };
  const names = Object.keys((await state()).levers);
  if (names.length === 0) return;
  const all = (on: boolean) => Object.fromEntries(names.map((n) => [n, on]));
  const cases = ([
    { name: 'json', family: 'openai', stream: false, rate: LEVER_RATE },
    { name: 'stream', family: 'openai', stream: true, rate: LEVER_RATE },
    { name: 'json + tool call', family: 'tools', stream: false, rate: LEVER_RATE },
  ] satisfies Scenario[]).filter((c) => !process.env.BENCH_LEVER_CASES || process.env.BENCH_LEVER_CASES.split(',').includes(c.name));
  // CPU µs per request of one segment with the given lever settings.
  const segment = async (c: Scenario, changes: Record<string, boolean>) => {
    const { path, body, headers } = request(c);
    const before = (await state(changes)).cpu_us;
    const r = await loadPath(gateway.port, path, body, { headers, rate: c.rate, seconds: LEVER_SECONDS });
    return ((await state()).cpu_us - before) / r.count;
  };
  const rows = new Map<string, { on: number; diff: number }[]>();
  for (const c of cases) {
    await segment(c, all(true)); // warm-up
    for (const lever of [...names, 'all levers']) {
      const off = lever === 'all levers' ? all(false) : { ...all(true), [lever]: false };
      const pairs: { on: number; diff: number }[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const first = i % 2 === 0;
        const a = await segment(c, first ? all(true) : off);
        const b = await segment(c, first ? off : all(true));
        const [on, offCpu] = first ? [a, b] : [b, a];
        pairs.push({ on, diff: offCpu - on });
      }
      await state(all(true));
      rows.set(`${c.name}|${lever}`, pairs);
      process.stderr.write(`lever ${lever} ${c.name}: off - on = ${pairs.map((p) => p.diff.toFixed(0)).join(', ')} µs/req\n`);
    }
  }
  console.log(`\n## Levers: CPU µs per request each saves (median of ${ROUNDS} on/off pairs of ${LEVER_SECONDS}s, paced ${LEVER_RATE} req/s, one process)`);
  console.log(`| lever | ${cases.map((c) => c.name).join(' | ')} |`);
  console.log(`| --- | ${cases.map(() => '---').join(' | ')} |`);
  console.log(`| all on (absolute CPU µs/req) | ${cases.map((c) => fmt(median(rows.get(`${c.name}|all levers`)!.map((p) => p.on)))).join(' | ')} |`);
  for (const lever of [...names, 'all levers']) {
    console.log(`| ${lever} saves | ${cases.map((c) => fmt(median(rows.get(`${c.name}|${lever}`)!.map((p) => p.diff)))).join(' | ')} |`);
  }
}

/** Saturation for SOAK_SECONDS at 32 connections; RSS, heap and store backlog every 30 s. */
async function soak(gateway: Proc): Promise<void> {
  const json: Scenario = { name: 'soak json', family: 'openai', stream: false };
  const tools: Scenario = { name: 'soak tools', family: 'tools', stream: true };
  const started = Date.now();
  console.log('| s | requests | RSS MB | heap used MB | store pending rows | CPU µs/req |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  let requests = 0;
  for (let slice = 1; Date.now() - started < SOAK_SECONDS * 1000; slice++) {
    // Alternate plain and tool-call streams so traces accumulate too.
    const a = await load(gateway, json, 15);
    const b = await load(gateway, tools, 15);
    requests += Math.round(a.rps * 15 + b.rps * 15);
    const metrics = await (await admin(gateway, '/metrics')).text();
    const heap = Number(/^switchyard_process_nodejs_heap_size_used_bytes (\S+)/m.exec(metrics)?.[1] ?? NaN);
    const health = (await (await fetch(`http://127.0.0.1:${gateway.port}/health`)).json()) as { storage: { pending_rows: number } };
    console.log(`| ${Math.round((Date.now() - started) / 1000)} | ${requests} | ${(rssBytes(gateway.child.pid!) / 2 ** 20).toFixed(1)} | ${(heap / 2 ** 20).toFixed(1)} | ${health.storage.pending_rows} | ${fmt(median([a.cpuUs ?? NaN, b.cpuUs ?? NaN]))} |`);
  }
}

await main();
