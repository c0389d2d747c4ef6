// An agent's turn as a coding agent (Claude Code, Codex) sends it over chat completions, for the
// `agent-turn` case of the per-request benches: a ~20 KB system prompt, 30 earlier messages (the
// user's asks, one a pasted build log, the assistant's tool calls and the tools' results: files,
// grep and test output), ~80 KB in all. The mock upstream answers model "bench-agent" with three
// parallel tool calls (bench/upstream.ts), which the firewall assesses in observe mode: what an
// agent's conversation costs each call, where the tools-json case has one 26-character message.
// Deterministic text, no secret shapes in it (the store's screen finds nothing, as on most turns).

const words = ['the', 'store', 'writer', 'thread', 'request', 'answer', 'gateway', 'model', 'stream', 'chunk', 'config', 'route', 'provider', 'tool', 'call', 'firewall', 'session', 'trace', 'row', 'index', 'buffer', 'limit', 'retry', 'error', 'test', 'file', 'change', 'review', 'commit', 'branch'];
/** `n` characters of prose-like text, varied by `seed`. */
function prose(n: number, seed: number): string {
  let out = '';
  for (let i = 0; out.length < n; i++) {
    out += words[(i * 7 + seed * 13 + (i >> 3)) % words.length];
    out += i % 17 === 16 ? '.\n' : i % 11 === 10 ? ', ' : ' ';
  }
  return out.slice(0, n);
}
/** `lines` lines of TypeScript-like source, as a file read returns it. */
function source(lines: number, seed: number): string {
  return Array.from({ length: lines }, (_, i) => {
    const w = (k: number) => words[(i * 3 + seed * 5 + k) % words.length];
    return i % 9 === 0 ? `// ${prose(60, seed + i)}` : `  const ${w(0)}${i} = ${w(1)}Of(${w(2)}, { ${w(3)}: ${i + seed}, ${w(4)}: '${w(5)}' });`;
  }).join('\n');
}
const log = Array.from({ length: 60 }, (_, i) => `src/module${i}/index.test.ts:${i + 10}:5 - error TS2345: Argument of type 'string' is not assignable to 'number'.`).join('\n');

let callId = 0;
/** One step of the agent: its tool call and the tool's result. */
function step(tool: string, args: Record<string, unknown>, result: string): unknown[] {
  const id = `call_${++callId}`;
  return [
    { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name: tool, arguments: JSON.stringify(args) } }] },
    { role: 'tool', tool_call_id: id, content: result },
  ];
}

const system = `You are a coding agent working in the user's repository.\n${prose(20_000, 1)}`;
const messages: unknown[] = [
  { role: 'system', content: system },
  { role: 'user', content: `The store tests fail since this morning; fix them please. ${prose(300, 2)}` },
  ...step('shell', { command: ['npm', 'test', '--', 'src/store'] }, log),
  { role: 'assistant', content: `Sixty type errors in the store's tests. ${prose(200, 3)}` },
  { role: 'user', content: `Here is what changed yesterday:\n${prose(2_500, 4)}` },
  ...step('read_file', { path: 'src/store/writer.ts' }, source(120, 5)),
  ...step('read_file', { path: 'src/store/rows.ts' }, source(110, 6)),
  ...step('shell', { command: ['rg', '-n', 'queueTrace', 'src'] }, Array.from({ length: 40 }, (_, i) => `src/module${i}/trace.ts:${i + 3}:  repo.queueTrace(row${i});`).join('\n')),
  { role: 'assistant', content: prose(400, 7) },
  { role: 'user', content: `Right, and keep the old column names. ${prose(200, 8)}` },
  ...step('read_file', { path: 'src/store/schema.ts' }, source(120, 9)),
  ...step('apply_patch', { patch: `*** Update File: src/store/rows.ts\n${source(20, 10)}` }, 'Done.'),
  ...step('shell', { command: ['npm', 'test', '--', 'src/store'] }, log.slice(0, 2_000)),
  ...step('read_file', { path: 'src/store/trace-writes.ts' }, source(100, 11)),
  { role: 'assistant', content: prose(300, 12) },
  { role: 'user', content: `Go on, and run the whole suite after. ${prose(150, 13)}` },
  ...step('read_file', { path: 'src/store/open.ts' }, source(110, 14)),
  ...step('shell', { command: ['git', 'diff', '--stat'] }, prose(600, 15)),
  { role: 'assistant', content: prose(200, 16) },
];

/** Turn `k` of the conversation: the same history, then a last user message of its own. */
export function agentTurnBody(k: number): string {
  return JSON.stringify({ model: 'bench-agent', messages: [...messages, { role: 'user', content: `Step ${k}: now fix the writer's test and run it.` }] });
}
