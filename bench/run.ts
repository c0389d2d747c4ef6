import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

// Gateway overhead benchmark. Three targets, measured interleaved in one run so machine noise
// hits them alike: the upstream directly, a minimal Node proxy, and Switchyard (store on).
// Two scenarios (JSON, streaming) x two loads (saturation at 32 connections; fixed 800 req/s).
// Prints absolute numbers and ratios against the minimal proxy. Every run is bounded in time.

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const FIXED_RATE = 800;

export interface Proc { child: ChildProcess; port: number }

export function startProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Proc> {
  // TypeScript helpers run through tsx; the gateway runs from its build, as `npm start` does.
  const nodeArgs = args[0].endsWith('.ts') ? ['--import', 'tsx', ...args] : args;
  const child = spawn(process.execPath, nodeArgs, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start`)), 20_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening (?:on http:\/\/127\.0\.0\.1:)?(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

export interface Result { rps: number; p50: number; p99: number; errors: number }

async function load(port: number, stream: boolean, fixedRate: boolean): Promise<Result> {
  const body = {
    model: 'bench',
    messages: [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: 'Say something about foxes.' }],
    ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
  };
  return loadPath(port, '/v1/chat/completions', body, fixedRate ? FIXED_RATE : undefined);
}

/** Load on one path with one body: 32 connections for SECONDS, optionally at a fixed overall rate. */
export async function loadPath(port: number, path: string, body: unknown, rate?: number, seconds = SECONDS, extra: { headers?: Record<string, string>; bodyFor?: (n: number) => unknown } = {}): Promise<Result> {
  const latencies: number[] = [];
  let n = 0;
  const bodyFor = extra.bodyFor;
  const instance = (autocannon as unknown as (o: autocannon.Options) => autocannon.Instance & Promise<autocannon.Result>)({
    url: `http://127.0.0.1:${port}${path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...extra.headers },
    body: JSON.stringify(body),
    // A body per request (e.g. every one distinct); autocannon then sets its content-length.
    ...(bodyFor ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, body: JSON.stringify(bodyFor(n++)) }) }] } : {}),
    connections: 32,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
  });
  // autocannon's own histogram has 1 ms resolution; keep exact times for the percentiles.
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  return { rps: result.requests.average, p50: pct(0.5), p99: pct(0.99), errors: result.errors + result.non2xx };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-bench-'));
  const procs: Proc[] = [];
  try {
    const upstream = await startProcess(['bench/upstream.ts', '0']);
    procs.push(upstream);
    const proxy = await startProcess(['bench/minimal-proxy.ts', String(upstream.port), '0']);
    procs.push(proxy);
    const configPath = join(dir, 'switchyard.yaml');
    writeFileSync(configPath, [
      'server: { log_level: warn }',
      `storage: { kind: sqlite, path: ${join(dir, 'bench.db')} }`,
      'providers:',
      `  mock: { type: openai, preset: custom, base_url: "http://127.0.0.1:${upstream.port}/v1" }`,
      'models:',
      '  bench-model: { targets: [ { provider: mock, model: bench-model } ] }',
      'routes:',
      '  bench: { model: bench-model }',
    ].join('\n'));
    const gateway = await startProcess(['dist/cli/main.js', 'start', '--config', configPath, '--port', '0']);
    procs.push(gateway);

    const targets = { direct: upstream.port, 'minimal proxy': proxy.port, switchyard: gateway.port } as const;
    const scenarios = [
      { name: 'json, saturation (32 conns)', stream: false, fixed: false },
      { name: `json, fixed ${FIXED_RATE} req/s`, stream: false, fixed: true },
      { name: 'stream, saturation (32 conns)', stream: true, fixed: false },
      { name: `stream, fixed ${FIXED_RATE} req/s`, stream: true, fixed: true },
    ];
    const results = new Map<string, Result[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const s of scenarios) {
        for (const [name, port] of Object.entries(targets)) {
          await load(port, s.stream, s.fixed); // no warm-up needed after round 0, but keep order identical
          const r = await load(port, s.stream, s.fixed);
          const key = `${s.name}|${name}`;
          results.set(key, [...(results.get(key) ?? []), r]);
          process.stderr.write(`round ${round + 1} ${s.name} ${name}: ${r.rps.toFixed(0)} req/s p50 ${r.p50.toFixed(2)}ms p99 ${r.p99.toFixed(2)}ms errors ${r.errors}\n`);
        }
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const agg = (key: string): Result => {
      const rs = results.get(key)!;
      return { rps: median(rs.map((r) => r.rps)), p50: median(rs.map((r) => r.p50)), p99: median(rs.map((r) => r.p99)), errors: rs.reduce((n, r) => n + r.errors, 0) };
    };
    console.log(`\nSwitchyard gateway overhead (${ROUNDS} interleaved rounds x ${SECONDS}s; medians)\n`);
    for (const s of scenarios) {
      const d = agg(`${s.name}|direct`);
      const p = agg(`${s.name}|minimal proxy`);
      const g = agg(`${s.name}|switchyard`);
      console.log(`## ${s.name}`);
      console.log('| target | req/s | p50 ms | p99 ms | errors |');
      console.log('| --- | --- | --- | --- | --- |');
      for (const [n, r] of [['direct', d], ['minimal proxy', p], ['switchyard', g]] as const) {
        console.log(`| ${n} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.errors} |`);
      }
      if (s.fixed) {
        console.log(`switchyard p99 - minimal proxy p99 = ${(g.p99 - p.p99).toFixed(2)} ms (target <= 1 ms); p50 delta ${(g.p50 - p.p50).toFixed(2)} ms\n`);
      } else {
        console.log(`switchyard / minimal proxy throughput = ${(g.rps / p.rps).toFixed(2)}x (target >= 0.9x); minimal proxy / direct = ${(p.rps / d.rps).toFixed(2)}x\n`);
      }
    }
  } finally {
    for (const p of procs) p.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run only when executed (other benchmarks import the helpers above).
if (process.argv[1]?.endsWith('run.ts')) await main();
