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
// STAGES=real puts each build's own stages in their place: the gateway's hold of the head (to the
// first delta), `liveChunks` (its assembler; the attempt's timers and the record stubbed), the
// firewall's observe-mode `guardStream`, and the route's loop into `SseOut`, ended into a stand-in
// response (its immediates run every 64 streams, inside the measured time).
// Usage: BASE=<a built checkout> [BRANCH=<built checkout, default .>] [ROUNDS=11] [N=20000]
// [STAGES=3: 0 leaves the relay's own work, less noise for a lever inside it; real] npx tsx bench/stream-events.ts

const ROUNDS = Number(process.env.ROUNDS ?? 11);
const N = Number(process.env.N ?? 20000);
const REAL = process.env.STAGES === 'real';
const STAGES = REAL ? 0 : Number(process.env.STAGES ?? 3);
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
interface SseOut { write(text: string): Promise<void> | undefined; end(text?: string): void }
interface Build {
  relayEvents(body: AsyncIterable<Uint8Array> & { destroy(): void }, target: unknown, signal: unknown, mapper: unknown, finished: () => boolean): AsyncIterable<Chunk>;
  OpenAiEventMapper: new (target: unknown) => { map(data: string): unknown; end(): unknown; done: boolean };
  /** The stamp of one stream's raw chunks. */
  stampOf(id: string): (data: string) => string;
  liveChunks(s: object): AsyncIterable<Chunk>;
  StreamAssembler: new () => object;
  guardStream(ctx: object, request: object, meta: object, streaming: { chunks: AsyncIterable<Chunk> }, reply: object): void;
  SseOut: new (res: object) => SseOut;
  /** Whether the route's loop awaits only a write's promise (this branch) or every write. */
  awaitsOnlyPromises: boolean;
}
async function load(dir: string): Promise<Build> {
  const at = (p: string) => import(join(resolve(dir), 'dist', p));
  const [relay, events, stamp, live, assemble, guard, reply] = await Promise.all([
    at('providers/relay.js'), at('providers/openai/events.js'), at('server/openai-chat/passthrough.js'), at('routing/live-stream.js'),
    at('routing/assemble.js'), at('firewall/inline/guard.js'), at('server/reply-helpers.js'),
  ]);
  return {
    relayEvents: relay.relayEvents, OpenAiEventMapper: events.OpenAiEventMapper,
    stampOf: stamp.chatIdStamp ?? ((id: string) => (data: string) => stamp.stampChunk(data, id)),
    liveChunks: live.liveChunks, StreamAssembler: assemble.StreamAssembler, guardStream: guard.guardStream, SseOut: reply.SseOut,
    awaitsOnlyPromises: !!stamp.chatIdStamp,
  };
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

const ID = 'chatcmpl-switchyard-0123456789';

/** One stream; returns the client's text, encoded as the socket write encodes it. */
async function stream(b: Build): Promise<Buffer> {
  const mapper = new b.OpenAiEventMapper(target);
  let chunks = b.relayEvents(body(), target, undefined, mapper, () => mapper.done);
  if (REAL) return realStages(b, chunks);
  for (let i = 0; i < STAGES; i++) chunks = stage(chunks);
  let out = '';
  const stamp = b.stampOf(ID);
  for await (const c of chunks) if (c.type === 'raw') out += stamp(c.data ?? '');
  return Buffer.from(out);
}

// What the real stages need of the gateway, the firewall and the socket, the same for both builds.
const chain = { target, attempts: [], done() {}, tick() {}, timedOut: () => undefined };
const firewallCtx = { config: { routes: {}, firewall: { mode: 'observe' } }, services: {} };
const headers = { header() {} };
/** A response that keeps what is written; `end` makes the Buffer the socket's write would send. */
class Response {
  writableNeedDrain = false;
  writableEnded = false;
  destroyed = false;
  sent: Buffer | undefined;
  write(): boolean {
    throw new Error('a stream of one network chunk ends in the same turn: SseOut.end writes it');
  }
  end(text?: string): void {
    this.writableEnded = true;
    this.sent = Buffer.from(text ?? '');
  }
}

async function realStages(b: Build, relayed: AsyncIterable<Chunk>): Promise<Buffer> {
  const iterator = relayed[Symbol.asyncIterator]();
  const head: Chunk[] = [];
  for (;;) {
    const next = await iterator.next();
    if (next.done) throw new Error('no delta');
    head.push(next.value);
    if (next.value.type === 'delta') break;
  }
  const streaming = {
    plan: {}, inferenceId: ID, passthrough: {},
    chunks: b.liveChunks({ head, iterator, assembled: new b.StreamAssembler(), client: { aborted: false }, chain, finish: async () => undefined }),
  };
  b.guardStream(firewallCtx, {}, {}, streaming, headers);
  const res = new Response();
  const out = new b.SseOut(res);
  const stamp = b.stampOf(ID);
  for await (const chunk of streaming.chunks) {
    if (chunk.type !== 'raw') continue;
    if (b.awaitsOnlyPromises) {
      const wait = out.write(stamp(chunk.data ?? ''));
      if (wait) await wait;
    } else await out.write(stamp(chunk.data ?? ''));
  }
  out.end();
  return res.sent!;
}
const turn = () => new Promise((r) => setImmediate(r));

const builds = { base: await load(dirs.base), branch: await load(dirs.branch) };
if (!(await stream(builds.base)).equals(await stream(builds.branch))) throw new Error('the builds send different bytes');
for (const b of Object.values(builds)) for (let i = 0; i < N / 4; i++) if ((await stream(b)).length && i % 64 === 63) await turn();
const us: Record<keyof typeof builds, number[]> = { base: [], branch: [] };
for (let r = 0; r < ROUNDS; r++) {
  for (const name of (r % 2 ? ['branch', 'base'] : ['base', 'branch']) as (keyof typeof builds)[]) {
    const t = threadUs();
    for (let i = 0; i < N; i++) {
      await stream(builds[name]);
      if (i % 64 === 63) await turn(); // SseOut's scheduled flushes (real stages)
    }
    us[name].push((threadUs() - t) / N);
  }
}
const diffs = us.base.map((x, i) => x - us.branch[i]);
const cell = (xs: number[]) => `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}…${Math.max(...xs).toFixed(2)})`;
console.log(`load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}; µs a stream, ${REAL ? 'the real stages' : `${STAGES} stages`}, ${ROUNDS} rounds × ${N}`);
console.log(`| base | branch | base − branch |\n| --- | --- | --- |\n| ${cell(us.base)} | ${cell(us.branch)} | ${cell(diffs)} |`);
