import { readFileSync } from 'node:fs';
import { scanBody } from '../src/core/json-syntax.js';
import { objectMembers, TextStops } from '../src/core/json-text.js';
import { median } from './harness.js';

/** This thread's CPU time so far, µs (a busy machine stretches wall-clock time, not this). */
const threadUs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1000;

// The repository's two JSON syntax checks on the same texts, in one process: json-syntax.ts on
// the bytes (what the lean path's body scan and a Responses JSON answer have) against json-text.ts
// on the decoded text, with and without the decode it needs when the bytes are what arrived, and
// json-syntax.ts on the text encoded (what a caller holding text would pay). Rounds alternate the
// ways; medians of BENCH_ROUNDS (default 11) rounds of SCAN_CALLS (default 2000; more for a small
// text) calls, thread CPU µs per call, and the rounds' range. Decides whether one checker can
// serve both.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const CALLS = Number(process.env.SCAN_CALLS ?? 2000);
const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../test/fixtures/wire/${path}`, import.meta.url), 'utf8')).body as Record<string, unknown>;
const codex = fixture('responses/codex-0.171.0-exec-turn2.json');
const chatAnswer = { id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: 'bench', choices: [{ index: 0, message: { role: 'assistant', content: 'Foxes are quick.' }, finish_reason: 'stop' }], usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 } };
// A Responses answer as the bench's mock writes it: the request's tools and instructions echoed.
const responsesAnswer = { id: 'resp_1', object: 'response', status: 'completed', model: 'bench', instructions: codex.instructions, tools: codex.tools, output: [{ type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Done.' }] }], usage: { input_tokens: 10, output_tokens: 2, total_tokens: 12 } };

const texts: [string, string][] = [
  ['chat answer (0.3 KB)', JSON.stringify(chatAnswer)],
  ['Responses answer, Codex tools echoed', JSON.stringify(responsesAnswer)],
  ['Codex request', JSON.stringify(codex)],
  ['Claude Code request', JSON.stringify(fixture('anthropic/claude-code-2.1.332-first-turn.json'))],
];

for (const [name, text] of texts) {
  const bytes = Buffer.from(text);
  const ways: [string, () => unknown][] = [
    ['json-syntax, bytes', () => scanBody(bytes, 256)],
    ['json-text, decoded text', () => objectMembers(new TextStops(text), 0)],
    ['json-text, decode + text', () => objectMembers(new TextStops(bytes.toString('utf8')), 0)],
    // What the text callers (a stream's events, decoded by the relay) would pay for json-syntax.
    ['json-syntax, encode + bytes', () => scanBody(Buffer.from(text), 256)],
  ];
  // At least ~20 ms a round: the thread clock moves in scheduler ticks.
  const calls = Math.max(CALLS, Math.ceil(4e7 / bytes.length));
  for (const [way, f] of ways) if (!f()) throw new Error(`${way} declined ${name}`);
  const times = new Map<string, number[]>(ways.map(([w]) => [w, []]));
  for (let round = 0; round < ROUNDS + 1; round++) {
    for (const [way, f] of round % 2 ? ways : [...ways].reverse()) {
      const started = threadUs();
      for (let i = 0; i < calls; i++) f();
      if (round > 0) times.get(way)!.push((threadUs() - started) / calls); // round 0 warms up
    }
  }
  console.log(`\n${name}, ${(bytes.length / 1024).toFixed(1)} KB (${bytes.length === text.length ? 'ASCII' : 'non-ASCII'}), µs per call:`);
  for (const [way, t] of times) console.log(`  ${way}: ${median(t).toFixed(2)} (${Math.min(...t).toFixed(2)}…${Math.max(...t).toFixed(2)})`);
}
