import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPath, startProcess, type Proc, type Result, medianOf } from './harness.js';

// The response cache and OpenTelemetry on the hot path, as ratios against the same run's minimal
// proxy and Switchyard plain: a cache hit (served from the in-process LRU, no upstream call), a
// cache miss (every body distinct: hash, LRU + SQLite read, upstream call, write), and telemetry on
// (every request traced, exported over OTLP/HTTP to a local sink). Interleaved rounds at 32
// connections; the gateways run from the build, as `npm start` does. ~30 s with the defaults.

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

const messages = (user: string) => [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: user }];

function gatewayConfig(dir: string, name: string, upstreamPort: number, telemetry?: number): string {
  const path = join(dir, `${name}.yaml`);
  writeFileSync(path, [
    'server: { log_level: warn }',
    `storage: { kind: sqlite, path: ${join(dir, `${name}.db`)} }`,
    'firewall: { mode: off }',
    'providers:',
    `  mock: { type: openai, preset: custom, base_url: "http://127.0.0.1:${upstreamPort}/v1" }`,
    'models:',
    '  bench-model: { targets: [ { provider: mock, model: bench-model } ] }',
    'routes:',
    '  bench: { model: bench-model }',
    '  cached: { model: bench-model, cache: { ttl_s: 3600 } }',
    ...(telemetry ? [`telemetry: { otlp_endpoint: "http://127.0.0.1:${telemetry}/v1/traces", sample_ratio: 1 }`] : []),
  ].join('\n'));
  return path;
}

const dir = mkdtempSync(join(tmpdir(), 'switchyard-bench-cache-'));
const procs: Proc[] = [];
try {
  const upstream = await startProcess(['bench/upstream.ts', '0']);
  const sink = await startProcess(['bench/otlp-sink.ts', '0']);
  procs.push(upstream, sink);
  const proxy = await startProcess(['bench/minimal-proxy.ts', String(upstream.port), '0']);
  const plain = await startProcess(['dist/cli/main.js', 'start', '--config', gatewayConfig(dir, 'plain', upstream.port), '--port', '0']);
  const traced = await startProcess(['dist/cli/main.js', 'start', '--config', gatewayConfig(dir, 'traced', upstream.port, sink.port), '--port', '0']);
  procs.push(proxy, plain, traced);

  const path = '/v1/chat/completions';
  const cases: { name: string; run: () => Promise<Result> }[] = [
    { name: 'minimal proxy', run: () => loadPath(proxy.port, path, { model: 'bench', messages: messages('Say something about foxes.') }, { seconds: SECONDS }) },
    { name: 'switchyard plain', run: () => loadPath(plain.port, path, { model: 'bench', messages: messages('Say something about foxes.') }, { seconds: SECONDS }) },
    { name: 'cache hit', run: () => loadPath(plain.port, path, { model: 'cached', messages: messages('Say something about foxes.') }, { seconds: SECONDS }) },
    { name: 'cache miss', run: () => loadPath(plain.port, path, { model: 'cached', messages: messages('Say something about fox 0.') }, { seconds: SECONDS, bodyFor: (i) => ({ model: 'cached', messages: messages(`Say something about fox ${run}-${i}.`) }) }) },
    { name: 'telemetry on', run: () => loadPath(traced.port, path, { model: 'bench', messages: messages('Say something about foxes.') }, { seconds: SECONDS }) },
  ];
  const results = new Map<string, Result[]>();
  let run = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      run++;
      const r = await c.run();
      results.set(c.name, [...(results.get(c.name) ?? []), r]);
      process.stderr.write(`round ${round + 1} ${c.name}: ${r.rps.toFixed(0)} req/s p50 ${r.p50.toFixed(2)}ms p99 ${r.p99.toFixed(2)}ms errors ${r.errors}\n`);
    }
  }
  const agg = (name: string): Result => medianOf(results.get(name)!);
  const proxyR = agg('minimal proxy');
  const plainR = agg('switchyard plain');
  console.log(`\nResponse cache and telemetry on the hot path (${ROUNDS} interleaved rounds x ${SECONDS}s, 32 connections, JSON; medians)\n`);
  console.log('| case | req/s | p50 ms | p99 ms | errors | vs minimal proxy | vs switchyard plain |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const c of cases) {
    const r = agg(c.name);
    console.log(`| ${c.name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.errors} | ${(r.rps / proxyR.rps).toFixed(2)}x | ${(r.rps / plainR.rps).toFixed(2)}x |`);
  }
} finally {
  // Gateways first (the traced one flushes its last spans to the sink on the way out), then the rest.
  for (const p of procs.reverse()) {
    if (p.child.exitCode !== null) continue;
    const exited = new Promise((resolve) => p.child.once('exit', resolve));
    p.child.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
}
