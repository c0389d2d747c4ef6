import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chatFinishReason, chatFirstChunk, chatUsage } from './chat-chunks.js';

// Each shape must read exactly what JSON.parse reads, and step aside for anything else (the mapper
// then parses the event whole: text-delta.test.ts checks the mapper gives the same chunks both ways).

const head = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1727, model: 'gpt-x', service_tier: 'default', system_fingerprint: 'fp_1' };
const first = (content: string) => JSON.stringify({ ...head, choices: [{ index: 0, delta: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: null }], usage: null, obfuscation: 'ab' });
const finish = (reason: string) => JSON.stringify({ ...head, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: reason }], usage: null, obfuscation: 'ab' });
const usage = (u: unknown) => JSON.stringify({ ...head, choices: [], usage: u, obfuscation: 'ab' });

test('the first, finish and usage chunks read as JSON.parse reads them', () => {
  for (const text of ['', 'The ', 'a "quoted" \\ word', 'é 🦊 \u2028', 'ctrl \u0001']) {
    assert.deepEqual(chatFirstChunk(first(text)), { id: 'chatcmpl-1', model: 'gpt-x', text });
  }
  assert.deepEqual(chatFirstChunk('{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"x"},"finish_reason":null}]}'), { id: 'c', model: 'm', text: 'x' });
  for (const reason of ['stop', 'length', 'tool_calls', 'content_filter', '']) assert.equal(chatFinishReason(finish(reason)), reason);
  const u = { prompt_tokens: 2, completion_tokens: 3, total_tokens: 5, prompt_tokens_details: { cached_tokens: 1, audio_tokens: 0 }, completion_tokens_details: { reasoning_tokens: 2 } };
  assert.deepEqual(chatUsage(usage(u)), u);
  assert.deepEqual(chatUsage(usage({ note: '},"x":{' })), { note: '},"x":{' });
  assert.deepEqual(chatUsage(JSON.stringify({ ...head, choices: [], usage: u })), u);
});

test('anything but the exact shapes takes the full parse', () => {
  // Each shape, and edits of it (from, to) that it must not read.
  const misses: [(data: string) => unknown, string, [string, string][]][] = [
    [chatFirstChunk, first('x'), [
      ['"role":"assistant"', '"role":"user"'],
      ['"refusal":null', '"refusal":"no"'],
      ['"finish_reason":null', '"finish_reason":"stop"'],
      ['"usage":null', '"usage":{"prompt_tokens":1}'],
      ['"id":"chatcmpl-1"', '"id":"chat\\u0063mpl"'], // an escape outside the text
      ['"content":"x"', '"content":"bad \\q"'],
      ['}],', '},{"index":1,"delta":{}}],'],
    ]],
    [chatFinishReason, finish('stop'), [
      ['"delta":{}', '"delta":{"content":"x"}'],
      ['"finish_reason":"stop"', '"finish_reason":null'],
      ['"finish_reason":"stop"', '"finish_reason":"st\\u006fp"'],
      ['"index":0', '"index":1'],
      ['"usage":null', '"usage":{"prompt_tokens":1}'],
    ]],
    [chatUsage, usage({ prompt_tokens: 1 }), [
      ['{"prompt_tokens":1}', 'null'],
      ['"obfuscation"', '"x_groq":{},"obfuscation"'], // a key more after usage
      ['"choices":[]', '"choices":[{"index":0,"delta":{}}]'],
      ['"prompt_tokens":1', '"prompt_tokens":01'], // not JSON
    ]],
  ];
  for (const [read, shape, edits] of misses) {
    assert.notEqual(read(shape), undefined, shape);
    for (const [from, to] of edits) {
      const edited = shape.replace(from, to);
      assert.notEqual(edited, shape, from);
      assert.equal(read(edited), undefined, edited);
    }
    assert.equal(read('{"error":{"message":"overloaded"}}'), undefined);
  }
});
