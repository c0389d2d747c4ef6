import { readFileSync } from 'node:fs';
import { JsonBody } from '../src/core/json-body.js';
import { scanBody } from '../src/core/json-syntax.js';
import { ClientNative } from '../src/providers/client-native.js';
import { clientBytes } from '../src/providers/forward-bytes.js';
import { MessageStamper } from '../src/server/anthropic/passthrough.js';
import { median } from './harness.js';

// The two pieces of the Anthropic pass-through that touch a whole body or event on the request
// thread, in one process: the model splice of Claude Code's request (the client names another
// model than the target's: its bytes copied around the new name) and the stamp of a stream's
// message_start (the id replaced). Each against what it is weighed with: the splice against
// handing the client's bytes on as they are (the model already the target's), the stamp against
// the parse and stringify it did before (kept here). Thread CPU (/proc/thread-self/schedstat),
// medians of ROUNDS alternating rounds of N calls and the rounds' range, and the process's minor
// page faults per call (a fresh 48 KB buffer per call lands on pages the process gave back
// between rounds: the splice's figure is mostly those faults). Env: ROUNDS (11), N (20000).

const ROUNDS = Number(process.env.ROUNDS ?? 11);
const N = Number(process.env.N ?? 20000);
const threadUs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1000;
const fmt = (xs: number[]) => `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}…${Math.max(...xs).toFixed(2)})`;

const claude = JSON.parse(readFileSync(new URL('../test/fixtures/wire/anthropic/claude-code-2.1.332-first-turn.json', import.meta.url), 'utf8')) as { body: Record<string, unknown> };
const bytes = Buffer.from(JSON.stringify({ ...claude.body, model: 'claude-sonnet-4-5-20250929', stream: true }));
const native = new ClientNative('anthropic', JsonBody.scanned(scanBody(bytes, 64)!), {});

// The message_start of a Claude stream, as Anthropic writes it, in the network chunk it comes in.
const START = `event: message_start\ndata: ${JSON.stringify({ type: 'message_start', message: { id: 'msg_01XFDUDYJgAACzvnptvVoYEL', type: 'message', role: 'assistant', model: 'claude-sonnet-4-5-20250929', content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 12, cache_creation_input_tokens: 0, cache_read_input_tokens: 9000, cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 }, output_tokens: 1, service_tier: 'standard' } } })}\n\n`;
const CHUNK = `${START}event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\nevent: ping\ndata: {"type": "ping"}\n\n`;
const ID = '0193d5a4-1b2c-7d3e-8f40-123456789abc';

/** The stamp before this bench's round: message_start parsed, its id set, stringified. */
function parsedStamp(text: string, id: string): string {
  const at = text.indexOf('event: message_start\n');
  const end = text.indexOf('\n\n', at);
  const dataAt = text.indexOf('data: ', at);
  const e = JSON.parse(text.slice(dataAt + 6, end)) as { message: Record<string, unknown> };
  e.message.id = id;
  return `${text.slice(0, dataAt)}data: ${JSON.stringify(e)}${text.slice(end)}`;
}
if (new MessageStamper(ID).stamp(CHUNK) !== parsedStamp(CHUNK, ID)) throw new Error('the stamp differs from the parse and stringify');

const groups: { name: string; ways: Record<string, () => number> }[] = [
  {
    name: `Claude Code request (${(bytes.length / 1024).toFixed(1)} KB)`,
    ways: {
      'as it came': () => clientBytes(native, 'claude-sonnet-4-5-20250929')!.length,
      'model spliced': () => clientBytes(native, 'claude-sonnet-4-5')!.length,
    },
  },
  {
    name: `message_start chunk (${CHUNK.length} chars)`,
    ways: {
      'parse and stringify': () => parsedStamp(CHUNK, ID).length,
      stamper: () => new MessageStamper(ID).stamp(CHUNK).length,
    },
  },
];

console.log(`\n## Anthropic pass-through pieces: thread CPU µs per call, median of ${ROUNDS} rounds x ${N} (range)\n`);
console.log('| input | way | µs | page faults a call | paired difference (first − second) |');
console.log('| --- | --- | --- | --- | --- |');
const faults = () => process.resourceUsage().minorPageFault;
for (const g of groups) {
  const names = Object.keys(g.ways);
  const us: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const faulted: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  let sink = 0;
  for (const n of names) for (let i = 0; i < N; i++) sink += g.ways[n]();
  for (let r = 0; r < ROUNDS; r++) {
    for (const n of r % 2 ? [...names].reverse() : names) {
      const fn = g.ways[n];
      const [t, f] = [threadUs(), faults()];
      for (let i = 0; i < N; i++) sink += fn();
      us[n].push((threadUs() - t) / N);
      faulted[n].push((faults() - f) / N);
    }
  }
  if (sink === 0) throw new Error('nothing ran');
  const diffs = us[names[0]].map((x, r) => x - us[names[1]][r]);
  for (const n of names) console.log(`| ${g.name} | ${n} | ${fmt(us[n])} | ${fmt(faulted[n])} | ${n === names[0] ? fmt(diffs) : ''} |`);
}
