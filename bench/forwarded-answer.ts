import { readFileSync } from 'node:fs';
import { withKeys } from '../src/core/with-keys.js';
import { setTopLevel } from '../src/providers/json-splice.js';
import { median } from './harness.js';

// What a same-format JSON answer costs the request thread after it is parsed, before and after
// perf-18: the routes stamped a copy of the parsed answer and the reply serialized it again
// and the socket write encoded that text ("stringify"); now the upstream's bytes get the ids spliced
// in (src/server/forwarded-answer.ts) and go out as they are.
// The parse itself (JSON.parse of the text, which both need: the record and the firewall read the
// answer) is printed for scale. Thread CPU (/proc/thread-self/schedstat), medians of ROUNDS
// alternating rounds of N calls (the thread clock moves by scheduler ticks: keep a round above ~50 ms), and the rounds' range. Env: ROUNDS (11), N (20000).

const ROUNDS = Number(process.env.ROUNDS ?? 11);
const N = Number(process.env.N ?? 20000);
const threadUs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1000;
const codex = JSON.parse(readFileSync(new URL('../test/fixtures/wire/responses/codex-0.171.0-exec-turn2.json', import.meta.url), 'utf8')) as { body: Record<string, unknown> };
const usage = { input_tokens: 12, cache_creation_input_tokens: 0, cache_read_input_tokens: 9000, output_tokens: 10 };
const switchyard = { inference_id: '0193d5a4-1b2c-7d3e-8f40-123456789abc', passthrough: true };

const answers: { name: string; text: string; values: Record<string, unknown> }[] = [
  {
    // bench/upstream.ts's Anthropic answer.
    name: 'anthropic, the bench mock (0.3 KB)',
    text: JSON.stringify({ id: 'msg_bench', type: 'message', role: 'assistant', model: 'bench-claude', content: [{ type: 'text', text: 'The quick brown fox jumps over the lazy dog.' }], stop_reason: 'end_turn', stop_sequence: null, usage }),
    values: { id: switchyard.inference_id },
  },
  {
    // A Claude Code turn that writes a file: a thinking block, some text and a Write call.
    name: 'anthropic, text and a Write call (4 KB)',
    text: JSON.stringify({
      id: 'msg_01XFDUDYJgAACzvnptvVoYEL', type: 'message', role: 'assistant', model: 'claude-sonnet-4-5-20250929',
      content: [
        { type: 'thinking', thinking: 'The user wants the parser split in two. '.repeat(12), signature: 'ErUBCkYIBxgCIkDsig'.repeat(8) },
        { type: 'text', text: 'I will split the parser into a tokenizer and a reader.' },
        { type: 'tool_use', id: 'toolu_01A09q90qw90lq917835lq9', name: 'Write', input: { file_path: '/repo/src/parser/tokenizer.ts', content: 'export function tokenize(text: string): Token[] {\n  const out: Token[] = [];\n  for (let i = 0; i < text.length; i++) {\n    out.push({ kind: "char", at: i });\n  }\n  return out;\n}\n'.repeat(10) } },
      ],
      stop_reason: 'tool_use', stop_sequence: null, usage,
    }),
    values: { id: switchyard.inference_id },
  },
  {
    // What OpenAI's Responses API answers Codex: the Response echoes the request's tools (11 KB).
    name: 'responses, echoing Codex\'s tools (13 KB)',
    text: JSON.stringify({
      id: 'resp_67ccd2bed1ec8190b14f964abc054267', object: 'response', created_at: 1741476542, status: 'completed', error: null, incomplete_details: null,
      instructions: null, max_output_tokens: null, model: 'gpt-5-codex', output: [{ id: 'fc_1', type: 'function_call', status: 'completed', call_id: 'call_1', name: 'shell', arguments: '{"command":["ls","-la"]}' }],
      parallel_tool_calls: true, previous_response_id: null, reasoning: { effort: 'medium', summary: null }, store: false, temperature: 1, tool_choice: 'auto',
      tools: codex.body.tools, top_p: 1, truncation: 'disabled', usage: { input_tokens: 9000, input_tokens_details: { cached_tokens: 8000 }, output_tokens: 20, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 9020 }, metadata: {},
    }),
    values: { id: 'resp_0193d5a41b2c7d3e8f40123456789abc', switchyard },
  },
];

console.log(`\n## A forwarded JSON answer after its parse: thread CPU µs per answer, median of ${ROUNDS} rounds x ${N} (range)\n`);
console.log('| answer | JSON.parse (both) | stamp, stringify, encode (before) | splice (now) |');
console.log('| --- | --- | --- | --- |');
const fmt = (xs: number[]) => `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}…${Math.max(...xs).toFixed(2)})`;
for (const a of answers) {
  const raw = JSON.parse(a.text) as Record<string, unknown>;
  const bytes = Buffer.from(a.text);
  if (JSON.stringify(withKeys(raw, a.values)) !== setTopLevel(bytes, a.values)?.toString()) throw new Error(`${a.name}: the splice differs from the stringify`);
  const ways: Record<string, () => unknown> = {
    parse: () => JSON.parse(a.text),
    // The text's length in bytes (the reply's content-length) and its encoding (the socket write's).
    stringify: () => {
      const text = JSON.stringify(withKeys(raw, a.values));
      return Buffer.byteLength(text) + Buffer.from(text).length;
    },
    splice: () => setTopLevel(bytes, a.values)!.length,
  };
  const us: Record<string, number[]> = { parse: [], stringify: [], splice: [] };
  let sink = 0;
  for (const fn of Object.values(ways)) for (let i = 0; i < N; i++) sink += fn() ? 1 : 0;
  for (let r = 0; r < ROUNDS; r++) {
    const names = r % 2 ? Object.keys(ways).reverse() : Object.keys(ways);
    for (const name of names) {
      const fn = ways[name];
      const t = threadUs();
      for (let i = 0; i < N; i++) sink += fn() ? 1 : 0;
      us[name].push((threadUs() - t) / N);
    }
  }
  if (sink === 0) throw new Error('nothing ran');
  console.log(`| ${a.name} | ${fmt(us.parse)} | ${fmt(us.stringify)} | ${fmt(us.splice)} |`);
}
