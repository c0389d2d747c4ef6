import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulatedProvider } from '../../config/schema.js';
import type { ChatRequest, StreamChunk } from '../../core/types.js';
import { ProviderError } from '../../core/errors.js';
import type { ProviderTarget } from '../types.js';
import { SimulatedAdapter } from './index.js';

const target = (over: Record<string, unknown> = {}, name = 'sim'): ProviderTarget => ({
  providerName: name,
  config: simulatedProvider.parse({ type: 'simulated', ...over }),
  model: 'sim-1',
});
const signal = new AbortController().signal;
const tools: ChatRequest['tools'] = [
  { type: 'function', function: { name: 'read_file', description: 'read a file from disk', parameters: { type: 'object', properties: { path: { type: 'string' }, limit: { type: 'integer', minimum: 1 } }, required: ['path'] } } },
  { type: 'function', function: { name: 'send_message', description: 'send a chat message to a person', parameters: { type: 'object', properties: { to: { type: 'string', enum: ['alice', 'bob'] }, text: { type: 'string' } } } } },
];
const ask = (content: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({ model: 'x', messages: [{ role: 'user', content }], ...extra });

async function outcomes(adapter: SimulatedAdapter, t: ProviderTarget, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    try {
      const r = await adapter.chat(t, ask('read /tmp/a.txt', { tools }), { signal });
      out.push(r.message.tool_calls?.[0].function.name ?? 'text');
    } catch (err) {
      out.push(`fail:${(err as ProviderError).upstreamStatus}`);
    }
  }
  return out;
}

test('deterministic for a seed, different across seeds', async () => {
  const cfg = { seed: 3, failure_rate: 0.3, failure_statuses: [429, 503], wrong_tool_rate: 0.3 };
  const a = await outcomes(new SimulatedAdapter(), target(cfg), 60);
  const b = await outcomes(new SimulatedAdapter(), target(cfg), 60);
  const c = await outcomes(new SimulatedAdapter(), target({ ...cfg, seed: 4 }), 60);
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
  assert.ok(a.includes('fail:429') && a.includes('fail:503'));
  assert.ok(a.includes('read_file') && a.includes('send_message'));
});

test('failure and wrong-tool rates match their settings', async () => {
  const n = 2000;
  const out = await outcomes(new SimulatedAdapter(), target({ failure_rate: 0.2, wrong_tool_rate: 0.25 }), n);
  const fails = out.filter((o) => o.startsWith('fail')).length / n;
  const served = out.filter((o) => !o.startsWith('fail'));
  const wrong = served.filter((o) => o === 'send_message').length / served.length;
  assert.ok(Math.abs(fails - 0.2) < 0.03, `failure share ${fails}`);
  assert.ok(Math.abs(wrong - 0.25) < 0.04, `wrong-tool share ${wrong}`);
});

test('tool calls carry schema-valid arguments filled from the message', async () => {
  const r = await new SimulatedAdapter().chat(target(), ask('please read /var/log/app.log', { tools }), { signal });
  assert.equal(r.finish_reason, 'tool_calls');
  const args = JSON.parse(r.message.tool_calls![0].function.arguments);
  assert.deepEqual(args, { path: '/var/log/app.log', limit: 1 });
  const forced = await new SimulatedAdapter().chat(target(), ask('hi', { tools, tool_choice: { type: 'function', function: { name: 'send_message' } } }), { signal });
  assert.equal(JSON.parse(forced.message.tool_calls![0].function.arguments).to, 'alice');
  const none = await new SimulatedAdapter().chat(target(), ask('read /x', { tools, tool_choice: 'none' }), { signal });
  assert.equal(none.message.tool_calls, undefined);
});

test('json response formats produce parseable JSON that fits the schema', async () => {
  const obj = await new SimulatedAdapter().chat(target(), ask('hi', { response_format: { type: 'json_object' } }), { signal });
  assert.equal(typeof JSON.parse(obj.message.content!).reply, 'string');
  const schema = { type: 'object', properties: { city: { type: 'string' }, temp: { type: 'number' } }, required: ['city', 'temp'] };
  const typed = await new SimulatedAdapter().chat(target(), ask('weather', { response_format: { type: 'json_schema', json_schema: { name: 'w', schema } } }), { signal });
  const parsed = JSON.parse(typed.message.content!);
  assert.equal(typeof parsed.city, 'string');
  assert.equal(typeof parsed.temp, 'number');
});

test('streams chunk text and tool arguments, then finish and usage', async () => {
  const t = target({ stream_chunk_chars: 4 });
  const chunks: StreamChunk[] = [];
  for await (const c of await new SimulatedAdapter().stream(t, ask('read /tmp/b.txt', { tools }), { signal })) chunks.push(c);
  const argPieces = chunks.flatMap((c) => (c.type === 'delta' ? (c.tool_calls ?? []).map((d) => d.arguments ?? '') : []));
  assert.ok(argPieces.length > 3);
  assert.deepEqual(JSON.parse(argPieces.join('')), { path: '/tmp/b.txt', limit: 1 });
  assert.deepEqual(chunks.at(-2), { type: 'finish', finish_reason: 'tool_calls' });
  assert.equal(chunks.at(-1)?.type, 'usage');
});

test('latency is honoured and aborts are prompt', async () => {
  const t = target({ latency: { distribution: 'fixed', mean_ms: 5000 } });
  const ac = new AbortController();
  const p = new SimulatedAdapter().chat(t, ask('hi'), { signal: ac.signal });
  setTimeout(() => ac.abort(), 10);
  await assert.rejects(p, (err: unknown) => err instanceof ProviderError && err.kind === 'aborted');
});
