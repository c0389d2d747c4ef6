import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median } from './harness.js';

// A forwarded chat stream's event work in one process, two builds alternating: the mock
// upstream's 10-chunk answer (bench/upstream.ts, one network chunk) through each build's
// `relayEvents` with the chat mapper (the client asked for usage, as the `stream` case of
// bench/cpu-per-request.ts does), three pass-through async generators for the gateway's stages
// (live stream, firewall guard, the route's loop), the chat id stamp on every raw chunk, and the
// client's text encoded as the socket write encodes it. What it leaves out (HTTP, the store, the
// firewall's work) is the same in both builds. This thread's CPU per stream
// (/proc/thread-self/schedstat, garbage collection included), medians of ROUNDS rounds × N and
// base − branch, the median paired difference and its range.
// Usage: BASE=<a built checkout> [BRANCH=<built checkout, default .>] [ROUNDS=11] [N=20000]
// [STAGES=3: 0 leaves the relay's own work, less noise for a lever inside it] npx tsx bench/stream-events.ts

const ROUNDS = Number(process.env.ROUNDS ?? 11);
const N = Number(process.env.N ?? 20000);
const STAGES = Number(process.env.STAGES ?? 3);
const dirs = { base: process.env.BASE, branch: process.env.BRANCH ?? '.' };
if (!dirs.base) throw new Error('BASE=<a built checkout> is required');
const threadUs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1000;

const chunkOf = (delta: object, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 1, model: 'bench-model', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
const words = ['The ', 'quick ', 'brown ', 'fox ', 'jumps ', 'over ', 'the ', 'lazy dog.'];
const answer = Buffer.from(
  words.map((w, i) => chunkOf(i === 0 ? { role: 'assistant', content: w } : { content: w })).join('') +
    chunkOf({}, 'stop') +
    `data: ${JSON.stringify({ id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 1, model: 'bench-model', choices: [], usage: { prompt_tokens: 12, completion_tokens: 10, total_tokens: 22 } })}\n\n` +
    'data: [DONE]\n\n',
);

interface Chunk { type: string; data?: string }
interface Build {
  relayEvents(body: AsyncIterable<Uint8Array> & { destroy(): void }, target: unknown, signal: unknown, mapper: unknown, finished: () => boolean): AsyncIterable<Chunk>;
  OpenAiEventMapper: new (target: unknown) => { map(data: string): unknown; end(): unknown; done: boolean };
  stampChunk(data: string, id: string): string;
}
async function load(dir: string): Promise<Build> {
  const at = (p: string) => import(join(resolve(dir), 'dist', p));
  const [relay, events, stamp] = await Promise.all([at('providers/relay.js'), at('providers/openai/events.js'), at('server/openai-chat/passthrough.js')]);
  return { relayEvents: relay.relayEvents, OpenAiEventMapper: events.OpenAiEventMapper, stampChunk: stamp.stampChunk };
}

const target = { providerName: 'bench', config: { type: 'openai', preset: 'custom', base_url: 'http://127.0.0.1:1/v1' }, model: 'bench' };
const body = () => ({
  async *[Symbol.asyncIterator]() {
    yield answer;
  },
  destroy() {},
});
async function* stage(source: AsyncIterable<Chunk>): AsyncGenerator<Chunk> {
  for await (const c of source) yield c;
}

/** One stream; returns the client's text, encoded as the socket write encodes it. */
async function stream(b: Build): Promise<Buffer> {
  const mapper = new b.OpenAiEventMapper(target);
  let chunks = b.relayEvents(body(), target, undefined, mapper, () => mapper.done);
  for (let i = 0; i < STAGES; i++) chunks = stage(chunks);
  let out = '';
  for await (const c of chunks) if (c.type === 'raw') out += b.stampChunk(c.data ?? '', 'chatcmpl-switchyard-0123456789');
  return Buffer.from(out);
}

const builds = { base: await load(dirs.base), branch: await load(dirs.branch) };
if (!(await stream(builds.base)).equals(await stream(builds.branch))) throw new Error('the builds send different bytes');
for (const b of Object.values(builds)) for (let i = 0; i < N / 4; i++) await stream(b);
const us: Record<keyof typeof builds, number[]> = { base: [], branch: [] };
for (let r = 0; r < ROUNDS; r++) {
  for (const name of (r % 2 ? ['branch', 'base'] : ['base', 'branch']) as (keyof typeof builds)[]) {
    const t = threadUs();
    for (let i = 0; i < N; i++) await stream(builds[name]);
    us[name].push((threadUs() - t) / N);
  }
}
const diffs = us.base.map((x, i) => x - us.branch[i]);
const cell = (xs: number[]) => `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}…${Math.max(...xs).toFixed(2)})`;
console.log(`load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}; µs a stream, ${STAGES} stages, ${ROUNDS} rounds × ${N}`);
console.log(`| base | branch | base − branch |\n| --- | --- | --- |\n| ${cell(us.base)} | ${cell(us.branch)} | ${cell(diffs)} |`);
