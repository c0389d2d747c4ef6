import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SseFramer, type SseFrames } from './sse-frames.js';

/** Each event with its wire text, cut from its batch's text where the frame says it lies. */
const withText = (b: SseFrames) => b.frames.map(({ event, data, start, end }) => ({ event, data, text: b.text.slice(start, end) }));

function frames(chunks: string[]) {
  const f = new SseFramer();
  const out = chunks.flatMap((c) => withText(f.feed(new TextEncoder().encode(c))));
  return [...out, ...withText(f.end())];
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
  const out = [...bytes].flatMap((b) => withText(f.feed(new Uint8Array([b]))));
  assert.deepEqual(out, [{ event: '', data: 'héllo ✓', text: 'data: héllo ✓\n\n' }]);
});

test('SseFramer: adjacent events lie back to back in their batch, so a run of them is one slice', () => {
  const text = 'data: a\n\ndata: b\n\n: comment\n\ndata: c\n\n\ndata: d\n\n';
  const batch = new SseFramer().feed(new TextEncoder().encode(text));
  assert.equal(batch.text, text);
  assert.deepEqual(batch.frames.map(({ start, end }) => [start, end]), [[0, 9], [9, 18], [29, 38], [39, 48]]);
});
