import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { median } from './harness.js';

// What reading a forwarded Responses answer costs the request thread, this checkout against a
// baseline checkout's source in the same process (perf-resp): the events of a streamed answer
// through ResponsesEventMapper (the lifecycle events echo Codex's 11 KB of tools, as bench/upstream.ts
// and OpenAI do), and a JSON answer from its bytes to the bytes the client gets (the parse, the
// normalized response, the ids spliced in), each build's own way. Thread CPU (/proc/thread-self/schedstat), medians of ROUNDS alternating rounds
// of N streams, and the paired difference's range. Env: BASELINE (a checkout, default /work/main),
// ROUNDS (11), N (2000).

const BASELINE = resolve(process.env.BASELINE ?? '/work/main');
const ROUNDS = Number(process.env.ROUNDS ?? 11);
const N = Number(process.env.N ?? 2000);
const threadUs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1000;
const codex = JSON.parse(readFileSync(new URL('../test/fixtures/wire/responses/codex-0.171.0-exec-turn2.json', import.meta.url), 'utf8')) as { body: Record<string, unknown> };
const target = { providerName: 'p', config: { type: 'openai', preset: 'custom', base_url: 'http://127.0.0.1:1/v1' }, model: 'm' };

// bench/upstream.ts's streamed Responses answer: ten text deltas.
const words = ['The ', 'quick ', 'brown ', 'fox ', 'jumps ', 'over ', 'the ', 'lazy ', 'dog', '.'];
const text = words.join('');
const item = { id: 'msg_bench', type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text, annotations: [] }] };
const usage = { input_tokens: 12, input_tokens_details: { cached_tokens: 0 }, output_tokens: 10, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 22 };
const base = { id: 'resp_bench', object: 'response', created_at: 1, instructions: codex.body.instructions ?? null, model: 'bench-model', tools: codex.body.tools ?? [] };
const where = { item_id: 'msg_bench', output_index: 0, content_index: 0 };
let seq = 0;
const ev = (type: string, data: object) => JSON.stringify({ type, sequence_number: seq++, ...data });
const events = [
  ev('response.created', { response: { ...base, status: 'in_progress', output: [] } }),
  ev('response.in_progress', { response: { ...base, status: 'in_progress', output: [] } }),
  ev('response.output_item.added', { output_index: 0, item: { ...item, status: 'in_progress', content: [] } }),
  ev('response.content_part.added', { ...where, part: { type: 'output_text', text: '', annotations: [] } }),
  ...words.map((w) => ev('response.output_text.delta', { ...where, delta: w })),
  ev('response.output_text.done', { ...where, text }),
  ev('response.content_part.done', { ...where, part: item.content[0] }),
  ev('response.output_item.done', { output_index: 0, item }),
  ev('response.completed', { response: { ...base, status: 'completed', output: [item], usage } }),
];

type Mapper = { map(data: string): unknown; end(): unknown };
async function streamOf(root: string): Promise<() => void> {
  const { ResponsesEventMapper } = (await import(`${root}/src/providers/openai/responses-events.ts`)) as { ResponsesEventMapper: new (t: unknown) => Mapper };
  return () => {
    const m = new ResponsesEventMapper(target);
    for (const data of events) m.map(data);
    m.end();
  };
}

interface Build { name: string; fn: () => void; us: number[] }
function alternate(builds: Build[]): void {
  for (const b of builds) for (let i = 0; i < 500; i++) b.fn();
  for (let r = 0; r < ROUNDS; r++) {
    for (const b of r % 2 ? [...builds].reverse() : builds) {
      const t = threadUs();
      for (let i = 0; i < N; i++) b.fn();
      b.us.push((threadUs() - t) / N);
    }
  }
}

const fmt = (xs: number[]) => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}…${Math.max(...xs).toFixed(1)})`;
const streams: Build[] = [
  { name: `baseline (${BASELINE})`, fn: await streamOf(BASELINE), us: [] },
  { name: 'this checkout', fn: await streamOf(resolve('.')), us: [] },
];
alternate(streams);
console.log(`\n## A streamed Responses answer through ResponsesEventMapper (${events.length} events, Codex's tools echoed): thread CPU µs per stream, median of ${ROUNDS} rounds x ${N} (range)\n`);
for (const b of streams) console.log(`- ${b.name}: ${fmt(b.us)}`);
console.log(`- baseline − this, paired by round: ${fmt(streams[0].us.map((x, i) => x - streams[1].us[i]))}`);

// A JSON answer echoing Codex's tools (13 KB), from the upstream's bytes to the client's.
const answerText = JSON.stringify({
  id: 'resp_67ccd2bed1ec8190b14f964abc054267', object: 'response', created_at: 1741476542, status: 'completed', error: null, incomplete_details: null,
  instructions: null, max_output_tokens: null, model: 'gpt-5-codex', output: [{ id: 'fc_1', type: 'function_call', status: 'completed', call_id: 'call_1', name: 'shell', arguments: '{"command":["ls","-la"]}' }],
  parallel_tool_calls: true, previous_response_id: null, reasoning: { effort: 'medium', summary: null }, store: false, temperature: 1, tool_choice: 'auto',
  tools: codex.body.tools, top_p: 1, truncation: 'disabled', usage: { input_tokens: 9000, input_tokens_details: { cached_tokens: 8000 }, output_tokens: 20, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 9020 }, metadata: {},
});
const answerBytes = Buffer.from(answerText);
const stamped = { id: 'resp_0193d5a41b2c7d3e8f40123456789abc', switchyard: { inference_id: '0193d5a4-1b2c-7d3e-8f40-123456789abc', passthrough: true } };
type Parse = (raw: Record<string, unknown>, t: never, status: number) => unknown;
type Splice = (bytes: Buffer, values: Record<string, unknown>, known?: unknown) => Buffer | undefined;
type Reads = {
  parseResponsesJson: Parse;
  RESPONSE_READS: readonly string[];
  JsonAnswer: new (status: number, bytes: Buffer, t: never) => { members(keys: readonly string[]): Record<string, unknown>; topLevel: unknown };
  setTopLevel: Splice;
};
const readsOf = async (root: string): Promise<Reads> => ({
  ...((await import(`${root}/src/providers/openai/responses-events.ts`)) as Pick<Reads, 'parseResponsesJson' | 'RESPONSE_READS'>),
  ...((await import(`${root}/src/providers/json-answer.ts`)) as Pick<Reads, 'JsonAnswer'>),
  ...((await import(`${root}/src/providers/json-splice.ts`)) as Pick<Reads, 'setTopLevel'>),
});
// Each build: check the bytes, parse the members read, splice the ids at the checked places.
const answerOf = (r: Reads) => () => {
  const answer = new r.JsonAnswer(200, answerBytes, target as never);
  r.parseResponsesJson(answer.members(r.RESPONSE_READS), target as never, 200);
  r.setTopLevel(answerBytes, stamped, answer.topLevel);
};
const answers: Build[] = [
  { name: `baseline (${BASELINE})`, fn: answerOf(await readsOf(BASELINE)), us: [] },
  { name: 'this checkout', fn: answerOf(await readsOf(resolve('.'))), us: [] },
];
alternate(answers);
console.log(`\n## A Responses JSON answer (13 KB, Codex's tools echoed), bytes in to bytes out: thread CPU µs per answer, median of ${ROUNDS} rounds x ${N} (range)\n`);
for (const b of answers) console.log(`- ${b.name}: ${fmt(b.us)}`);
console.log(`- baseline − this, paired by round: ${fmt(answers[0].us.map((x, i) => x - answers[1].us[i]))}`);
