import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SseFramer, type SseFrame } from './sse-frames.js';

function frames(chunks: string[]): SseFrame[] {
  const f = new SseFramer();
  const out = chunks.flatMap((c) => f.feed(new TextEncoder().encode(c)));
  return [...out, ...f.end()];
}

test('SseFramer: events keep their own bytes at any split; comments and data-less blocks are dropped', () => {
  const text = 'event: message_start\ndata: {"a":1}\n\n: ping comment\n\n\ndata: line1\ndata: line2\n\nevent: only-event\n\ndata:nospace\n\n';
  const whole = frames([text]);
  assert.deepEqual(whole, [
    { event: 'message_start', data: '{"a":1}', text: 'event: message_start\ndata: {"a":1}\n\n' },
    { event: '', data: 'line1\nline2', text: 'data: line1\ndata: line2\n\n' },
    { event: '', data: 'nospace', text: 'data:nospace\n\n' },
  ]);
  for (let i = 1; i < text.length; i++) assert.deepEqual(frames([text.slice(0, i), text.slice(i)]), whole, `split at ${i}`);
});

test('SseFramer: a stream with \\r line ends is decoded by the WHATWG parser and re-serialized with \\n', () => {
  const text = 'data: one\n\ndata: two\r\n\r\nevent: x\rdata: cr\r\r';
  const expected = [
    { event: '', data: 'one', text: 'data: one\n\n' },
    { event: '', data: 'two', text: 'data: two\n\n' },
    { event: 'x', data: 'cr', text: 'event: x\ndata: cr\n\n' },
  ];
  assert.deepEqual(frames([text]), expected);
  for (let i = 1; i < text.length; i++) assert.deepEqual(frames([text.slice(0, i), text.slice(i)]), expected, `split at ${i}`);
});

test('SseFramer: a last event without the blank line is still delivered; multi-byte characters split across chunks survive', () => {
  assert.deepEqual(frames(['data: [DONE]']), [{ event: '', data: '[DONE]', text: 'data: [DONE]\n\n' }]);
  const bytes = new TextEncoder().encode('data: héllo ✓\n\n');
  const f = new SseFramer();
  const out = [...bytes].flatMap((b) => f.feed(new Uint8Array([b])));
  assert.deepEqual(out, [{ event: '', data: 'héllo ✓', text: 'data: héllo ✓\n\n' }]);
});
