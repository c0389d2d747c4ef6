import { readFileSync } from 'node:fs';
import { UpstreamAbort } from '../src/providers/call-signal.js';
import { postJson, statusError } from '../src/providers/http.js';
import { postForEvents } from '../src/providers/stream-call.js';
import { relayEvents, type EventMapper, type UpstreamBody } from '../src/providers/relay.js';
import { AnthropicEventMapper } from '../src/providers/anthropic/events.js';
import { OpenAiEventMapper } from '../src/providers/openai/events.js';
import { ResponsesEventMapper } from '../src/providers/openai/responses-events.js';
import type { ProviderTarget } from '../src/providers/types.js';
import { median, startProcess } from './harness.js';

// A forwarded stream from an upstream, two ways, in one process: undici's request() with the relay
// reading its Readable body (the same-format streams before perf-relay), and dispatch with a
// handler of our own feeding the relay (src/providers/stream-call.ts). The mock upstream
// (bench/upstream.ts: the chat stream of 8 chunks in one write and, model `bench-paced`, an event per
// write; the Anthropic stream; the Responses stream)
// runs in its own process; the relay's chunks are read to the end as the gateway reads them. This
// thread's CPU per stream (/proc/thread-self/schedstat) at 8 streams in flight, rounds
// alternating the ways, medians and the rounds' range. Env: ROUNDS (11), N (2000).

const ROUNDS = Number(process.env.ROUNDS ?? 11);
const N = Number(process.env.N ?? 2000);
const threadUs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1000;
const target: ProviderTarget = { providerName: 'bench', config: { type: 'openai', preset: 'custom', base_url: 'http://127.0.0.1:1/v1' }, model: 'bench' };
const headers = { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', authorization: 'Bearer bench' };

interface Case {
  path: string;
  body: Buffer;
  mapper: () => EventMapper & { finished(): boolean };
}
const withFinished = <M extends EventMapper>(m: M, finished: (m: M) => boolean) => Object.assign(m, { finished: () => finished(m) });
const cases: Record<string, Case> = {
  'chat stream (8 chunks)': {
    path: '/v1/chat/completions',
    body: Buffer.from(JSON.stringify({ model: 'bench', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'hi' }] })),
    mapper: () => withFinished(new OpenAiEventMapper(target), (m) => m.done),
  },
  'chat stream, an event per network chunk': {
    path: '/v1/chat/completions',
    body: Buffer.from(JSON.stringify({ model: 'bench-paced', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'hi' }] })),
    mapper: () => withFinished(new OpenAiEventMapper(target), (m) => m.done),
  },
  'anthropic stream': {
    path: '/v1/messages',
    body: Buffer.from(JSON.stringify({ model: 'bench', stream: true, max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] })),
    mapper: () => withFinished(new AnthropicEventMapper(target), (m) => m.stopped),
  },
  'responses stream': {
    path: '/v1/responses',
    body: Buffer.from(JSON.stringify({ model: 'bench', stream: true, input: 'hi' })),
    mapper: () => withFinished(new ResponsesEventMapper(target), (m) => m.done),
  },
};

const upstream = await startProcess(['bench/upstream.ts', '0']);
const origin = `http://127.0.0.1:${upstream.port}`;

async function drain(body: UpstreamBody, signal: UpstreamAbort, c: Case): Promise<void> {
  const mapper = c.mapper();
  for await (const chunk of relayEvents(body, target, signal, mapper, mapper.finished)) void chunk;
}
const ways: Record<string, (c: Case) => Promise<void>> = {
  'request() Readable': async (c) => {
    const signal = new UpstreamAbort();
    const res = await postJson(origin + c.path, headers, c.body, signal, target);
    if (res.statusCode >= 300) throw await statusError(res, signal, target);
    if (!String(res.headers['content-type']).includes('text/event-stream')) throw new Error('expected an event stream');
    await drain(res.body, signal, c);
  },
  'dispatch (stream-call.ts)': async (c) => {
    const signal = new UpstreamAbort();
    const answer = await postForEvents(origin + c.path, headers, c.body, signal, target);
    if (!answer.events) throw new Error('expected an event stream');
    await drain(answer.events, signal, c);
  },
};
async function run(way: (c: Case) => Promise<void>, c: Case, n: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next++ < n) await way(c);
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}
try {
  console.log(`\n## A forwarded stream from the mock upstream: this thread's CPU µs per stream, median of ${ROUNDS} rounds x ${N} (range); load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`);
  console.log(`| case | ${Object.keys(ways).join(' | ')} | Readable − dispatch, median paired (range) |`);
  console.log(`| --- | ${Object.keys(ways).map(() => '---').join(' | ')} | --- |`);
  for (const [caseName, c] of Object.entries(cases)) {
    for (const way of Object.values(ways)) await run(way, c, N / 2);
    const us: Record<string, number[]> = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
    for (let r = 0; r < ROUNDS; r++) {
      for (const name of r % 2 ? Object.keys(ways).reverse() : Object.keys(ways)) {
        const t = threadUs();
        await run(ways[name], c, N);
        us[name].push((threadUs() - t) / N);
      }
    }
    const [a, b] = Object.values(us);
    const diffs = a.map((x, i) => x - b[i]);
    const cell = (xs: number[]) => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}…${Math.max(...xs).toFixed(1)})`;
    console.log(`| ${caseName} | ${Object.values(us).map(cell).join(' | ')} | ${cell(diffs)} |`);
  }
} finally {
  upstream.child.kill('SIGTERM');
}
