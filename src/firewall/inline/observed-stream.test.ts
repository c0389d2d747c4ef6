import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StreamChunk, ToolCall } from '../../core/types.js';
import { ObservedStream } from './observed-stream.js';

// The observe-mode stream: every chunk through unchanged and in order, the tool calls assessed
// once after the source's end (before the reader sees the end), nothing assessed when the reader
// stops early, and a source's error passed on.

const chunks: StreamChunk[] = [
  { type: 'meta', model: 'm' },
  { type: 'delta', content: 'Listing ' },
  { type: 'delta', tool_calls: [{ index: 1, id: 'call_b', name: 'read', arguments: '{"p' }] },
  { type: 'delta', tool_calls: [{ index: 0, name: 'shell', arguments: '{}' }] },
  { type: 'raw', data: 'data: {}\n\n', tools: [0, 1] },
  { type: 'delta', tool_calls: [{ index: 1, arguments: '":1}' }] },
  { type: 'finish', finish_reason: 'tool_calls' },
];

async function* source(list: StreamChunk[], fail?: Error): AsyncGenerator<StreamChunk> {
  yield* list;
  if (fail) throw fail;
}

test('chunks go through unchanged; the calls are assessed once, in index order, before the end', async () => {
  const assessed: ToolCall[][] = [];
  const seen: unknown[] = [];
  const stream = new ObservedStream(source(chunks), async (calls) => {
    assessed.push(calls);
    seen.push('assessed');
  });
  for await (const c of stream) seen.push(c);
  seen.push('end');
  assert.deepEqual(seen, [...chunks, 'assessed', 'end']);
  assert.deepEqual(assessed, [[
    { id: 'call_0', type: 'function', function: { name: 'shell', arguments: '{}' } },
    { id: 'call_b', type: 'function', function: { name: 'read', arguments: '{"p":1}' } },
  ]]);
  assert.deepEqual(await stream.next(), { done: true, value: undefined }, 'a read after the end assesses nothing more');
  assert.equal(assessed.length, 1);
});

test('a stream without tool calls is not assessed', async () => {
  let assessed = 0;
  const text: StreamChunk[] = [{ type: 'delta', content: 'hi' }, { type: 'finish', finish_reason: 'stop' }];
  const got: StreamChunk[] = [];
  for await (const c of new ObservedStream(source(text), async () => void assessed++)) got.push(c);
  assert.deepEqual(got, text);
  assert.equal(assessed, 0);
});

test('a reader that stops early stops the source and nothing is assessed', async () => {
  let assessed = 0;
  let closed = false;
  async function* watched(): AsyncGenerator<StreamChunk> {
    try {
      yield* chunks;
    } finally {
      closed = true;
    }
  }
  for await (const c of new ObservedStream(watched(), async () => void assessed++)) if (c.type === 'raw') break;
  assert.equal(closed, true);
  assert.equal(assessed, 0);
});

test("the source's error reaches the reader", async () => {
  const stream = new ObservedStream(source(chunks.slice(0, 2), new Error('upstream broke')), async () => undefined);
  await assert.rejects(async () => {
    for await (const _ of stream);
  }, /upstream broke/);
});
