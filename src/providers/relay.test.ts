import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StreamChunk } from '../core/types.js';
import type { ProviderTarget } from './types.js';
import { UpstreamAbort } from './call-signal.js';
import { relayEvents, type UpstreamBody } from './relay.js';
import { OpenAiEventMapper } from './openai/events.js';

const target: ProviderTarget = { providerName: 'p', config: { type: 'openai', preset: 'custom', base_url: 'http://127.0.0.1:1/v1' }, model: 'm' };
const chunk = (delta: object, finish: string | null = null) => `data: ${JSON.stringify({ id: 'u', model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
const usage = `data: ${JSON.stringify({ id: 'u', model: 'm', choices: [], usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } })}\n\n`;

function upstream(parts: string[]): UpstreamBody {
  const body = (async function* () {
    for (const p of parts) yield Buffer.from(p);
  })();
  return Object.assign(body, { destroy: () => undefined });
}

async function relayed(parts: string[], withholdUsage = false): Promise<StreamChunk[]> {
  const mapper = new OpenAiEventMapper(target);
  const m = { map: (d: string) => ({ ...mapper.map(d), ...(withholdUsage && d.includes('"choices":[]') ? { withhold: true } : {}) }), end: () => mapper.end() };
  const out: StreamChunk[] = [];
  for await (const c of relayEvents(upstream(parts), target, new UpstreamAbort(), m, () => mapper.done)) out.push(c);
  return out;
}

test('relay: one network chunk is one raw chunk of its bytes, text deltas joined; events from the first tool call or end go in a tagged one', async () => {
  const text = [chunk({ role: 'assistant', content: 'Hi ' }), chunk({ content: 'there. ' })].join('');
  const tail = [chunk({ tool_calls: [{ index: 0, id: 'c1', function: { name: 'f', arguments: '{}' } }] }), chunk({ content: 'more' }), chunk({}, 'tool_calls'), usage, 'data: [DONE]\n\n'].join('');
  const out = await relayed([text + tail, 'data: {"ignored after [DONE]":1}\n\n']);
  const raws = out.filter((c) => c.type === 'raw');
  assert.deepEqual(raws, [
    { type: 'raw', data: text },
    { type: 'raw', data: tail, tools: [0], final: true },
  ]);
  assert.deepEqual(out.filter((c) => c.type === 'delta'), [
    { type: 'delta', content: 'Hi there. ' },
    { type: 'delta', tool_calls: [{ index: 0, id: 'c1', name: 'f', arguments: '{}' }] },
    { type: 'delta', content: 'more' },
  ]);
  assert.deepEqual(out.at(-1), { type: 'usage', usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } });
});

test('relay: a withheld event leaves the forwarded bytes; an error event mid-chunk still delivers what came before it', async () => {
  const out = await relayed([chunk({ content: 'a' }) + chunk({}, 'stop') + usage + 'data: [DONE]\n\n'], true);
  assert.equal(out.filter((c) => c.type === 'raw').map((c) => (c as { data: string }).data).join(''), chunk({ content: 'a' }) + chunk({}, 'stop') + 'data: [DONE]\n\n');
  const before = chunk({ content: 'partial' });
  const seen: StreamChunk[] = [];
  const mapper = new OpenAiEventMapper(target);
  await assert.rejects(async () => {
    for await (const c of relayEvents(upstream([before + 'data: {"error":{"message":"overloaded"}}\n\n']), target, new UpstreamAbort(), mapper, () => mapper.done)) seen.push(c);
  }, /overloaded/);
  assert.deepEqual(seen.filter((c) => c.type === 'raw'), [{ type: 'raw', data: before }]);
});
