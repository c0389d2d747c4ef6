import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stampChunk } from './passthrough.js';

test('stampChunk: every event of the text gets the inference id; ids inside content and [DONE] stay', () => {
  const text = 'data: {"id":"up\\"1","choices":[{"delta":{"content":"data: {\\"id\\":\\"x\\"}"}}]}\n\ndata: {"id":"up2","choices":[]}\n\ndata: [DONE]\n\n';
  assert.equal(
    stampChunk(text, 'inf$1'),
    'data: {"id":"inf$1","choices":[{"delta":{"content":"data: {\\"id\\":\\"x\\"}"}}]}\n\ndata: {"id":"inf$1","choices":[]}\n\ndata: [DONE]\n\n',
  );
});

test('stampChunk: the same text as the global RegExp it replaced, on generated texts', () => {
  // The former implementation, kept here as the reference.
  const reference = (data: string, inferenceId: string) =>
    data.replace(/(^|\n\n)data: \{"id":"(?:[^"\\]|\\.)*"/g, `$1data: {"id":${JSON.stringify(inferenceId).replaceAll('$', '$$$$')}`);
  const parts = ['data: {"id":"', 'data: ', '{"id":"', 'up1', '"', '\\', '\\"', '\\\n', '\n', '\n\n', '\r', '\u2028', 'x', ',"choices":[]}', '[DONE]', '$1', 'é'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let k = 0; k < 20_000; k++) {
    let text = '';
    for (let n = next() % 14; n > 0; n--) text += parts[next() % parts.length];
    const id = k % 3 === 0 ? 'inf$1"\\' : 'inf_1';
    assert.equal(stampChunk(text, id), reference(text, id), JSON.stringify(text));
  }
});
