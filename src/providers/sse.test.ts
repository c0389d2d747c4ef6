import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sseBatches, type SseEvent } from './sse.js';

async function all(chunks: string[]): Promise<SseEvent[]> {
  async function* src() {
    for (const c of chunks) yield new TextEncoder().encode(c);
  }
  const out: SseEvent[] = [];
  for await (const batch of sseBatches(src())) out.push(...batch);
  return out;
}

test('events split at any byte boundary parse the same', async () => {
  const text = 'event: message_start\ndata: {"a":1}\n\n: ping comment\ndata: line1\ndata: line2\n\ndata:nospace\r\n\r\nevent: x\rdata: cr\r\r';
  const whole = await all([text]);
  assert.deepEqual(whole, [
    { event: 'message_start', data: '{"a":1}' },
    { event: '', data: 'line1\nline2' },
    { event: '', data: 'nospace' },
    { event: 'x', data: 'cr' },
  ]);
  for (let i = 1; i < text.length; i++) assert.deepEqual(await all([text.slice(0, i), text.slice(i)]), whole, `split at ${i}`);
});

test('multi-byte characters split across chunks survive', async () => {
  const bytes = new TextEncoder().encode('data: héllo ✓\n\n');
  async function* src() {
    for (const b of bytes) yield new Uint8Array([b]);
  }
  const out: SseEvent[] = [];
  for await (const batch of sseBatches(src())) out.push(...batch);
  assert.deepEqual(out, [{ event: '', data: 'héllo ✓' }]);
});

test('a final event without the blank line is still delivered; blank-only input yields nothing', async () => {
  assert.deepEqual(await all(['data: [DONE]']), [{ event: '', data: '[DONE]' }]);
  assert.deepEqual(await all(['\n\n\n', 'event: only-event\n\n']), []);
});
