import { parseConfigText } from '../src/config/load.js';
import { setLevers } from '../src/core/levers.js';
import type { JsonBody } from '../src/core/json-body.js';
import { contextOf } from '../src/firewall/inline/decide.js';
import { clientBytes } from '../src/providers/forward-bytes.js';
import { chatSkeletonBody, readChatBody } from '../src/server/openai-chat/read-body.js';
import { RequestGuards } from '../src/server/request-guards.js';
import { chatCompletionsRoute } from '../src/server/routes/openai.js';
import { escapesOnlyWhatStringifyDoes } from '../src/store/as-sent.js';
import { median } from './harness.js';
import { agentTurnBody } from './agent-turn.js';
import { HOT_CASES } from './hot-cases.js';

// What the chat completions route does with a request's body on the lean path, in one process:
// the syntax check or parse (RequestGuards), the route's read (src/server/openai-chat/read-body.ts),
// the firewall's context of a tool-call answer, the store's escape check and the forwarded bytes
// with the upstream's model. Blocks of OPS requests alternate between LEVER (default
// `chatSkeletonBody`) on and off; CPU µs a request (the process: V8's GC of the parsed trees included), the
// median of ROUNDS pairs and the paired differences' quartiles. BODY=agent (default: the
// ~78 KB agent turns of bench/agent-turn.ts, 64 in turn), json (the bench's small chat request) or
// <n>kb (four short messages after a system prompt of n KB).

const OPS = Number(process.env.OPS ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const WHICH = process.env.BODY ?? 'agent';
const LEVER = process.env.LEVER ?? 'chatSkeletonBody';
// BODY=<n>kb: a chat of four short messages after a system prompt of n KB.
const sized = (kb: number) => JSON.stringify({ model: 'bench', messages: [{ role: 'system', content: 'You are terse. '.repeat(Math.round((kb * 1024) / 15)) }, { role: 'user', content: 'Read the file.' }, { role: 'assistant', content: 'Done: it holds the writer.' }, { role: 'user', content: 'Now fix its test.' }] });
const texts = WHICH === 'agent'
  ? Array.from({ length: 64 }, (_, k) => agentTurnBody(k))
  : WHICH.endsWith('kb') ? [sized(Number(WHICH.slice(0, -2)))] : [JSON.stringify(HOT_CASES.find((c) => c.name === 'json')!.body)];
const sources = texts.map((t) => Buffer.from(t));

const { config } = parseConfigText('{}', 'bench.yaml', {});
const guards = new RequestGuards(config.server, undefined as never, () => {
  throw new Error('every bench body parses');
});

let turn = 0;
let sink = 0;
function request(): void {
  const bytes = Buffer.from(sources[turn++ % sources.length]); // a fresh buffer, as each request's
  const read = (err: Error | null, json?: JsonBody) => {
    if (err) throw err;
    const r = readChatBody(json, () => json!.value);
    sink += contextOf(r.request, undefined, r.userTexts).user_messages!.length;
    sink += (r.native.json?.plainEscapes ?? escapesOnlyWhatStringifyDoes(bytes)) ? 1 : 0;
    sink += clientBytes(r.native, 'upstream-model')!.length;
  };
  // As the lean path takes it (src/server/lean/lean-path.ts): small bodies are parsed whole either way.
  if (chatSkeletonBody.on && bytes.length >= chatCompletionsRoute.lazyBodyFrom!) guards.scanJson(bytes, '/v1/chat/completions', read);
  else guards.parseJsonBody(bytes, read);
}

function block(on: boolean): number {
  setLevers({ [LEVER]: on });
  const t = process.cpuUsage();
  for (let i = 0; i < OPS; i++) request();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / OPS;
}

for (let i = 0; i < 10; i++) { block(true); block(false); }
const on: number[] = [];
const off: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  // Alternate which side runs first.
  if (r % 2) { off.push(block(false)); on.push(block(true)); } else { on.push(block(true)); off.push(block(false)); }
}
const d = off.map((x, i) => x - on[i]).sort((a, b) => a - b);
console.log(`${LEVER}, ${WHICH} body (${texts[0].length} bytes): on ${median(on).toFixed(1)} µs, off ${median(off).toFixed(1)} µs a request; saves ${median(d).toFixed(1)} (quartiles ${d[d.length >> 2].toFixed(1)}…${d[(3 * d.length) >> 2].toFixed(1)}, range ${d[0].toFixed(1)}…${d.at(-1)!.toFixed(1)})`);
if (sink < 0) console.log(sink); // the results are used: nothing of the work is left out
