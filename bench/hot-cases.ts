import { readFileSync } from 'node:fs';
import type { Pool } from 'undici';
import { agentTurnBody } from './agent-turn.js';

// The gateway's hot request paths as the per-request benches drive them (cpu-per-request.ts,
// gc-promotion.ts): chat completions JSON and 10-chunk stream (pass-through to an
// OpenAI-compatible upstream), the Claude Code request (~54 KB) to an Anthropic upstream and the
// Codex request (~20 KB) to a Responses upstream, each as JSON and stream, the chat request answered
// with a tool call (tools-json, tools-stream: the firewall's observe path), a coding agent's ~78 KB
// turn answered with three tool calls (agent-turn); and the config that
// serves them from bench/upstream.ts.

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../test/fixtures/wire/${path}`, import.meta.url), 'utf8')) as { headers: Record<string, string>; body: Record<string, unknown> };
const claude = fixture('anthropic/claude-code-2.1.332-first-turn.json');
const codex = fixture('responses/codex-0.171.0-exec-turn2.json');
const chat = { model: 'bench', messages: [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: 'Say something about foxes.' }] };
const anthropicHeaders = { 'anthropic-version': '2023-06-01', 'anthropic-beta': claude.headers['anthropic-beta'], 'x-api-key': 'dummy' };

export interface Case {
  name: string; path: string; body: unknown; headers?: Record<string, string>;
  /** Bodies sent in turn instead of `body` (each request a different one). */
  bodies?: string[];
}

/**
 * An agent conversation going on, as the turns cases send it: the session's request with a different
 * last exchange at the end of its `key` list each time (64 of them in turn), so each body differs
 * from the one before where an agent's next turn differs from its last (the end of the
 * conversation), and what follows (system prompt, tools) stays the same.
 */
function turns(body: Record<string, unknown>, key: string, exchange: (k: number) => unknown[]): string[] {
  return Array.from({ length: 64 }, (_, k) => JSON.stringify({ ...body, [key]: [...(body[key] as unknown[]), ...exchange(k)] }));
}
const claudeTurn = (k: number) => [
  { role: 'assistant', content: [{ type: 'text', text: `Turn ${k}: read the file.` }] },
  { role: 'user', content: [{ type: 'text', text: `Go on with step ${k}.`, cache_control: { type: 'ephemeral' } }] },
];
const codexTurn = (k: number) => [
  { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: `Turn ${k}: read the file.` }] },
  { type: 'message', role: 'user', content: [{ type: 'input_text', text: `Go on with step ${k}.` }] },
];
const claudeSession = { ...anthropicHeaders, 'x-claude-code-session-id': claude.headers['x-claude-code-session-id'] };
export const HOT_CASES: Case[] = [
  { name: 'json', path: '/v1/chat/completions', body: chat },
  { name: 'stream', path: '/v1/chat/completions', body: { ...chat, stream: true, stream_options: { include_usage: true } } },
  // The same chat request, answered by the mock upstream with one tool call (model "bench-tools"):
  // the firewall assesses and traces it (observe mode). Compare with json / stream.
  { name: 'tools-json', path: '/v1/chat/completions', body: { ...chat, model: 'bench-tools' } },
  { name: 'tools-stream', path: '/v1/chat/completions', body: { ...chat, model: 'bench-tools', stream: true, stream_options: { include_usage: true } } },
  { name: 'anthropic-json', path: '/v1/messages?beta=true', body: { ...claude.body, model: 'bench-claude', stream: false }, headers: anthropicHeaders },
  { name: 'anthropic-stream', path: '/v1/messages?beta=true', body: { ...claude.body, model: 'bench-claude', stream: true }, headers: anthropicHeaders },
  { name: 'responses-json', path: '/v1/responses', body: { ...codex.body, model: 'bench-responses', stream: false }, headers: { 'session-id': codex.headers['session-id'] } },
  { name: 'responses-stream', path: '/v1/responses', body: { ...codex.body, model: 'bench-responses', stream: true }, headers: { 'session-id': codex.headers['session-id'] } },
  // A coding agent's turn (~78 KB, bench/agent-turn.ts) answered with three tool calls: what the
  // firewall's observe path and the store cost on a real conversation. 64 turns in turn, as above.
  { name: 'agent-turn', path: '/v1/chat/completions', body: undefined, bodies: Array.from({ length: 64 }, (_, k) => agentTurnBody(k)) },
  // A conversation going on (see turns()): consecutive bodies differ where an agent's turns do.
  {
    name: 'anthropic-turns', path: '/v1/messages?beta=true', body: undefined, headers: claudeSession,
    bodies: turns({ ...claude.body, model: 'bench-claude', stream: false }, 'messages', claudeTurn),
  },
  {
    name: 'responses-turns', path: '/v1/responses', body: undefined, headers: { 'session-id': codex.headers['session-id'] },
    bodies: turns({ ...codex.body, model: 'bench-responses', stream: false }, 'input', codexTurn),
  },
];

/** The cases named in `list` (comma-separated), all when it is unset. */
export function casesFrom(list: string | undefined): Case[] {
  return list ? HOT_CASES.filter((c) => list.split(',').includes(c.name)) : HOT_CASES;
}

/**
 * `n` requests over `concurrency` keep-alive connections; throws on any non-2xx answer; returns req/s.
 * With `rate` (requests a second) they are sent evenly paced instead, at most `concurrency` at a
 * time: what a request costs when the process is mostly idle between requests (timers, flushes and
 * wake-ups then weigh per request).
 */
export async function runCase(pool: Pool, c: Case, n: number, concurrency: number, rate?: number): Promise<number> {
  const body = c.bodies ? '' : JSON.stringify(c.body);
  const one = async (k: number) => {
    const res = await pool.request({ path: c.path, method: 'POST', headers: { 'content-type': 'application/json', ...c.headers }, body: c.bodies ? c.bodies[k % c.bodies.length] : body });
    const text = await res.body.text();
    if (res.statusCode >= 300) throw new Error(`${c.name}: ${res.statusCode} ${text.slice(0, 300)}`);
  };
  let next = 0;
  const started = performance.now();
  if (rate) {
    const inFlight = new Set<Promise<void>>();
    for (; next < n; next++) {
      const wait = started + (next * 1000) / rate - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
      const p: Promise<void> = one(next).finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
    await Promise.all(inFlight);
  } else {
    const worker = async () => {
      while (next < n) await one(next++);
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }
  return (n * 1000) / (performance.now() - started);
}

/**
 * The gateway config serving every case from the mock upstream on `upstreamPort`. `claudeTarget`:
 * the upstream model the Claude Code cases' `bench-claude` goes to (default the same name, so their
 * bytes go upstream as they came; another name makes the gateway splice it into them, as when
 * Claude Code's dated model name maps to a configured one).
 */
export function hotConfig(upstreamPort: number, lines: { server: string; storage: string; firewall: string; claudeTarget?: string }): string {
  return [
    lines.server,
    lines.storage,
    lines.firewall,
    'providers:',
    `  mock: { type: openai, preset: custom, base_url: "http://127.0.0.1:${upstreamPort}/v1" }`,
    `  mock-responses: { type: openai, preset: custom, base_url: "http://127.0.0.1:${upstreamPort}/v1", responses_api: true }`,
    `  mock-anthropic: { type: anthropic, base_url: "http://127.0.0.1:${upstreamPort}" }`,
    'models:',
    '  bench-model: { targets: [ { provider: mock, model: bench-model } ] }',
    `  bench-claude: { targets: [ { provider: mock-anthropic, model: ${lines.claudeTarget ?? 'bench-claude'} } ] }`,
    '  bench-responses: { targets: [ { provider: mock-responses, model: bench-model } ] }',
    '  bench-tools: { targets: [ { provider: mock, model: bench-tools } ] }',
    '  bench-agent: { targets: [ { provider: mock, model: bench-agent } ] }',
    'routes:',
    '  bench: { model: bench-model }',
  ].join('\n');
}
