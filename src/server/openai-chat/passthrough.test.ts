import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chatIdStamp } from './passthrough.js';

test('chatIdStamp: every event of the text gets the inference id; ids inside content and [DONE] stay', () => {
  const text = 'data: {"id":"up\\"1","choices":[{"delta":{"content":"data: {\\"id\\":\\"x\\"}"}}]}\n\ndata: {"id":"up2","choices":[]}\n\ndata: [DONE]\n\n';
  assert.equal(
    chatIdStamp('inf$1')(text),
    'data: {"id":"inf$1","choices":[{"delta":{"content":"data: {\\"id\\":\\"x\\"}"}}]}\n\ndata: {"id":"inf$1","choices":[]}\n\ndata: [DONE]\n\n',
  );
});
