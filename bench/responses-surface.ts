import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPath, startProcess, type Proc, type Result, medianOf } from './harness.js';

// The Responses surface against chat completions on the same gateway process and upstream: what
// the translation, the event rendering and the conversation-state write (store: true) cost.
// Interleaved rounds, 32 connections at saturation; ratios against chat completions. ~30 s.

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const system = 'You are terse.';
const user = 'Say something about foxes.';

const cases = [
  { name: 'chat completions, json', path: '/v1/chat/completions', body: { model: 'bench', messages: [{ role: 'system', content: system }, { role: 'user', content: user }] } },
  { name: 'responses, json, store: false', path: '/v1/responses', body: { model: 'bench', instructions: system, input: user, store: false } },
  { name: 'responses, json, store: true', path: '/v1/responses', body: { model: 'bench', instructions: system, input: user } },
  { name: 'chat completions, stream', path: '/v1/chat/completions', body: { model: 'bench', stream: true, messages: [{ role: 'system', content: system }, { role: 'user', content: user }] } },
  { name: 'responses, stream, store: true', path: '/v1/responses', body: { model: 'bench', stream: true, instructions: system, input: user } },
];

const dir = mkdtempSync(join(tmpdir(), 'switchyard-bench-resp-'));
const procs: Proc[] = [];
try {
  const upstream = await startProcess(['bench/upstream.ts', '0']);
  procs.push(upstream);
  const configPath = join(dir, 'switchyard.yaml');
  writeFileSync(configPath, [
    'server: { log_level: warn }',
    `storage: { kind: sqlite, path: ${join(dir, 'bench.db')} }`,
    'firewall: { mode: off }',
    'providers:',
    `  mock: { type: openai, preset: custom, base_url: "http://127.0.0.1:${upstream.port}/v1" }`,
    'models:',
    '  bench-model: { targets: [ { provider: mock, model: bench-model } ] }',
    'routes:',
    '  bench: { model: bench-model }',
  ].join('\n'));
  const gateway = await startProcess(['src/cli/main.ts', 'start', '--config', configPath, '--port', '0']);
  procs.push(gateway);
  const results = new Map<string, Result[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      const r = await loadPath(gateway.port, c.path, c.body, { seconds: SECONDS });
      results.set(c.name, [...(results.get(c.name) ?? []), r]);
      process.stderr.write(`round ${round + 1} ${c.name}: ${r.rps.toFixed(0)} req/s p50 ${r.p50.toFixed(2)}ms p99 ${r.p99.toFixed(2)}ms errors ${r.errors}\n`);
    }
  }
  const agg = (name: string): Result => medianOf(results.get(name)!);
  console.log(`\nResponses surface vs chat completions (${ROUNDS} interleaved rounds x ${SECONDS}s; medians; gateway via tsx)\n`);
  console.log('| case | req/s | p50 ms | p99 ms | errors | throughput vs chat |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const c of cases) {
    const r = agg(c.name);
    const base = agg(c.body.stream ? 'chat completions, stream' : 'chat completions, json');
    console.log(`| ${c.name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.errors} | ${(r.rps / base.rps).toFixed(2)}x |`);
  }
} finally {
  for (const p of procs) p.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
