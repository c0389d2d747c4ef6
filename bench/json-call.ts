import { readFileSync } from 'node:fs';
import { UpstreamAbort } from '../src/providers/call-signal.js';
import { jsonObject, postJson } from '../src/providers/http.js';
import { postForJson } from '../src/providers/json-call.js';
import type { ProviderTarget } from '../src/providers/types.js';
import { median, startProcess } from './harness.js';

// A JSON answer from an upstream, two ways, in one process: undici's request() with the answer's
// body read by body.bytes() (the pass-through's JSON call before perf-18), and dispatch with a
// handler of our own (src/providers/json-call.ts). The mock upstream (bench/upstream.ts, the
// Anthropic answer) runs in its own process; this thread's CPU per call (/proc/thread-self/schedstat)
// at 8 calls in flight, rounds alternating, medians and the rounds' range. Env: ROUNDS (11), N (3000).

const ROUNDS = Number(process.env.ROUNDS ?? 11);
const N = Number(process.env.N ?? 3000);
const threadUs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1000;
const target: ProviderTarget = { providerName: 'bench', config: { type: 'anthropic' }, model: 'bench-claude' };
const body = Buffer.from(JSON.stringify({ model: 'bench-claude', max_tokens: 100, messages: [{ role: 'user', content: 'Say something about foxes.' }] }));
const headers = { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'x-api-key': 'bench' };

const upstream = await startProcess(['bench/upstream.ts', '0']);
const url = `http://127.0.0.1:${upstream.port}/v1/messages`;
const ways: Record<string, () => Promise<unknown>> = {
  'request() + body.bytes()': async () => {
    const signal = new UpstreamAbort();
    const res = await postJson(url, headers, body, signal, target);
    const read = await res.body.bytes();
    return jsonObject(Buffer.from(read.buffer, read.byteOffset, read.byteLength).toString('utf8'), res.statusCode, target);
  },
  'dispatch (json-call.ts)': () => postForJson(url, headers, body, new UpstreamAbort(), target),
};
async function run(call: () => Promise<unknown>, n: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next++ < n) await call();
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}
try {
  for (const call of Object.values(ways)) await run(call, N);
  const us: Record<string, number[]> = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of r % 2 ? Object.keys(ways).reverse() : Object.keys(ways)) {
      const t = threadUs();
      await run(ways[name], N);
      us[name].push((threadUs() - t) / N);
    }
  }
  console.log(`\n## A JSON answer from the mock upstream: this thread's CPU µs per call, median of ${ROUNDS} rounds x ${N} (range)\n`);
  for (const [name, xs] of Object.entries(us)) console.log(`| ${name} | ${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}…${Math.max(...xs).toFixed(1)}) |`);
} finally {
  upstream.child.kill('SIGTERM');
}
