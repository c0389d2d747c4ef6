import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { median, startProcess, type Proc } from './harness.js';

// Bytes the gateway promotes to the old generation per scavenge, per request path: the gateway
// runs with --trace-gc-nvp and a fixed number of requests goes through it per case; the scavenge
// lines printed during the case's requests give allocated, promoted and copied bytes. A young
// request object that survives two scavenges is promoted and waits for a mark-compact, so
// promoted bytes per scavenge near the live set size mean nothing is held on the request path;
// much more means something keeps request objects alive (or an old object points at them).
//
// Env: GC_CASES (comma list; default anthropic-json,anthropic-stream,json,stream,responses-json,
// responses-stream), GC_REQUESTS (per case, default 3000), GC_CONCURRENCY (default 8),
// GC_BUILD (a built checkout to measure instead of this one), GC_FLAGS (extra node flags),
// GC_ENV (`NAME=value ...`), GC_STORAGE / GC_FIREWALL (the config's storage / firewall line),
// GC_CONFIG (extra YAML lines appended to the config, `\n`-separated), GC_DUMP=prefix (writes each
// case's --trace-gc-nvp lines to <prefix>-<case>.nvp).

const REQUESTS = Number(process.env.GC_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.GC_CONCURRENCY ?? 8);
const BUILD = process.env.GC_BUILD ?? '.';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../test/fixtures/wire/${path}`, import.meta.url), 'utf8')) as { headers: Record<string, string>; body: Record<string, unknown> };
const claude = fixture('anthropic/claude-code-2.1.332-first-turn.json');
const codex = fixture('responses/codex-0.171.0-exec-turn2.json');
const chat = { model: 'bench', messages: [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: 'Say something about foxes.' }] };
const anthropicHeaders = { 'anthropic-version': '2023-06-01', 'anthropic-beta': claude.headers['anthropic-beta'], 'x-api-key': 'dummy' };

interface Case { name: string; path: string; body: unknown; headers?: Record<string, string> }
const ALL: Case[] = [
  { name: 'anthropic-json', path: '/v1/messages?beta=true', body: { ...claude.body, model: 'bench-claude', stream: false }, headers: anthropicHeaders },
  { name: 'anthropic-stream', path: '/v1/messages?beta=true', body: { ...claude.body, model: 'bench-claude', stream: true }, headers: anthropicHeaders },
  { name: 'json', path: '/v1/chat/completions', body: chat },
  { name: 'stream', path: '/v1/chat/completions', body: { ...chat, stream: true, stream_options: { include_usage: true } } },
  { name: 'responses-json', path: '/v1/responses', body: { ...codex.body, model: 'bench-responses', stream: false }, headers: { 'session-id': codex.headers['session-id'] } },
  { name: 'responses-stream', path: '/v1/responses', body: { ...codex.body, model: 'bench-responses', stream: true }, headers: { 'session-id': codex.headers['session-id'] } },
];
const cases = process.env.GC_CASES ? ALL.filter((c) => process.env.GC_CASES!.split(',').includes(c.name)) : ALL;

async function run(pool: Pool, c: Case, n: number): Promise<void> {
  const body = JSON.stringify(c.body);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      next++;
      const res = await pool.request({ path: c.path, method: 'POST', headers: { 'content-type': 'application/json', ...c.headers }, body });
      const text = await res.body.text();
      if (res.statusCode >= 300) throw new Error(`${c.name}: ${res.statusCode} ${text.slice(0, 300)}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

interface Scavenge { allocated: number; promoted: number; copied: number }

/** Scavenge lines of --trace-gc-nvp (`key=value` pairs) in `text`. */
function scavenges(text: string): { s: Scavenge[]; markCompacts: number } {
  const s: Scavenge[] = [];
  let markCompacts = 0;
  for (const line of text.split('\n')) {
    const gc = /\bgc=(\w+)/.exec(line)?.[1];
    if (gc === 'mc' || gc === 'mmc') markCompacts++;
    if (gc !== 's') continue;
    const num = (k: string) => Number(new RegExp(`\\b${k}=(\\d+)`).exec(line)?.[1] ?? NaN);
    s.push({ allocated: num('allocated'), promoted: num('promoted'), copied: num('new_space_survived') });
  }
  return { s, markCompacts };
}

const dir = mkdtempSync(join(tmpdir(), 'switchyard-gc-'));
const procs: Proc[] = [];
try {
  const upstream = await startProcess(['bench/upstream.ts', '0']);
  procs.push(upstream);
  const cfg = join(dir, 'gateway.yaml');
  writeFileSync(cfg, [
    'server: { log_level: warn }',
    process.env.GC_STORAGE ?? `storage: { kind: sqlite, path: ${join(dir, 'gateway.db')} }`,
    process.env.GC_FIREWALL ?? 'firewall: { mode: observe }',
    'providers:',
    `  mock: { type: openai, preset: custom, base_url: "http://127.0.0.1:${upstream.port}/v1" }`,
    `  mock-responses: { type: openai, preset: custom, base_url: "http://127.0.0.1:${upstream.port}/v1", responses_api: true }`,
    `  mock-anthropic: { type: anthropic, base_url: "http://127.0.0.1:${upstream.port}" }`,
    'models:',
    '  bench-model: { targets: [ { provider: mock, model: bench-model } ] }',
    '  bench-claude: { targets: [ { provider: mock-anthropic, model: bench-claude } ] }',
    '  bench-responses: { targets: [ { provider: mock-responses, model: bench-model } ] }',
    'routes:',
    '  bench: { model: bench-model }',
    ...(process.env.GC_CONFIG ? process.env.GC_CONFIG.split('\\n') : []),
  ].join('\n'));
  const env = Object.fromEntries((process.env.GC_ENV ?? '').split(' ').filter(Boolean).map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
  const flags = ['--max-semi-space-size=32', '--trace-gc-nvp', ...(process.env.GC_FLAGS ?? '').split(' ').filter(Boolean)];
  const gateway = await startProcess([...flags, join(BUILD, 'dist/cli/main.js'), 'start', '--config', cfg, '--port', '0'], env);
  procs.push(gateway);
  let out = '';
  gateway.child.stdout!.on('data', (d) => (out += d));
  const pool = new Pool(`http://127.0.0.1:${gateway.port}`, { connections: CONCURRENCY });
  console.log('| case | scavenges | requests per scavenge | allocated per scavenge, MB | promoted per scavenge, MB (median; p25–p75) | promoted KB per request | survived in new space per scavenge, MB | mark-compacts |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const c of cases) {
    await run(pool, c, Math.min(REQUESTS, 1000)); // warm-up (and scavenges before the case's own)
    out = '';
    await run(pool, c, REQUESTS);
    if (process.env.GC_DUMP) writeFileSync(`${process.env.GC_DUMP}-${c.name}.nvp`, out);
    const { s, markCompacts } = scavenges(out);
    const mb = (x: number) => (x / 1e6).toFixed(2);
    const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))] ?? NaN;
    const promoted = s.map((x) => x.promoted);
    const total = promoted.reduce((a, b) => a + b, 0);
    console.log(`| ${c.name} | ${s.length} | ${(REQUESTS / s.length).toFixed(0)} | ${mb(median(s.map((x) => x.allocated)))} | ${mb(median(promoted))} (${mb(q(promoted, 0.25))}–${mb(q(promoted, 0.75))}) | ${(total / REQUESTS / 1e3).toFixed(1)} | ${mb(median(s.map((x) => x.copied)))} | ${markCompacts} |`);
  }
  await pool.close();
} finally {
  for (const p of procs) p.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
