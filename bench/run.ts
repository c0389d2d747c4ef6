import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXED_RATE, SECONDS, loadPath, startProcess, type Proc, type Result, medianOf } from './harness.js';

// Gateway overhead benchmark. Three targets, measured interleaved in one run so machine noise
// hits them alike: the upstream directly, a minimal Node proxy, and Switchyard (store on).
// Two scenarios (JSON, streaming) x two loads (saturation at 32 connections; fixed 800 req/s).
// Prints absolute numbers and ratios against the minimal proxy. Every run is bounded in time.
// The OpenAI rows are the same-format pass-through for chat completions; the Anthropic rows send
// the request Claude Code 2.1.332 really sends (~50 KB, captured in test/fixtures/wire/anthropic)
// through the Anthropic pass-through. BENCH_ONLY=anthropic (or openai) runs one family.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CLAUDE_CODE = JSON.parse(readFileSync(new URL('../test/fixtures/wire/anthropic/claude-code-2.1.332-first-turn.json', import.meta.url), 'utf8')) as {
  headers: Record<string, string>;
  body: Record<string, unknown>;
};

interface Scenario { name: string; stream: boolean; fixed: boolean; anthropic?: boolean }

function request(s: Scenario): { path: string; body: unknown; headers?: Record<string, string> } {
  if (s.anthropic) {
    return {
      path: '/v1/messages?beta=true',
      body: { ...CLAUDE_CODE.body, model: 'bench-claude', stream: s.stream },
      headers: { 'anthropic-version': '2023-06-01', 'anthropic-beta': CLAUDE_CODE.headers['anthropic-beta'], 'x-api-key': 'dummy' },
    };
  }
  const body = {
    model: 'bench',
    messages: [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: 'Say something about foxes.' }],
    ...(s.stream ? { stream: true, stream_options: { include_usage: true } } : {}),
  };
  return { path: '/v1/chat/completions', body };
}

function load(port: number, s: Scenario): Promise<Result> {
  const { path, body, headers } = request(s);
  return loadPath(port, path, body, { headers, rate: s.fixed ? FIXED_RATE : undefined });
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
      `  mock-anthropic: { type: anthropic, base_url: "http://127.0.0.1:${upstream.port}" }`,
      'models:',
      '  bench-model: { targets: [ { provider: mock, model: bench-model } ] }',
      '  bench-claude: { targets: [ { provider: mock-anthropic, model: bench-claude } ] }',
      'routes:',
      '  bench: { model: bench-model }',
    ].join('\n'));
    const gateway = await startProcess(['dist/cli/main.js', 'start', '--config', configPath, '--port', '0']);
    procs.push(gateway);

    const targets = { direct: upstream.port, 'minimal proxy': proxy.port, switchyard: gateway.port } as const;
    const all: Scenario[] = [
      { name: 'json, saturation (32 conns)', stream: false, fixed: false },
      { name: `json, fixed ${FIXED_RATE} req/s`, stream: false, fixed: true },
      { name: 'stream, saturation (32 conns)', stream: true, fixed: false },
      { name: `stream, fixed ${FIXED_RATE} req/s`, stream: true, fixed: true },
      { name: 'anthropic pass-through (Claude Code request), json, saturation (32 conns)', stream: false, fixed: false, anthropic: true },
      { name: 'anthropic pass-through (Claude Code request), stream, saturation (32 conns)', stream: true, fixed: false, anthropic: true },
    ];
    const only = process.env.BENCH_ONLY;
    const scenarios = all.filter((s) => !only || (only === 'anthropic') === !!s.anthropic);
    const results = new Map<string, Result[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const s of scenarios) {
        for (const [name, port] of Object.entries(targets)) {
          await load(port, s); // no warm-up needed after round 0, but keep order identical
          const r = await load(port, s);
          const key = `${s.name}|${name}`;
          results.set(key, [...(results.get(key) ?? []), r]);
          process.stderr.write(`round ${round + 1} ${s.name} ${name}: ${r.rps.toFixed(0)} req/s p50 ${r.p50.toFixed(2)}ms p99 ${r.p99.toFixed(2)}ms errors ${r.errors}\n`);
        }
      }
    }
    const agg = (key: string): Result => medianOf(results.get(key)!);
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

await main();
