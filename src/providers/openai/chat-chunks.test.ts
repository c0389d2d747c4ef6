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
  const firstMisses = [
    first('x').replace('"role":"assistant"', '"role":"user"'),
    first('x').replace('"refusal":null', '"refusal":"no"'),
    first('x').replace('"finish_reason":null', '"finish_reason":"stop"'),
    first('x').replace('"usage":null', '"usage":{"prompt_tokens":1}'),
    first('x').replace('"id":"chatcmpl-1"', '"id":"chat\\u0063mpl"'), // an escape outside the text
    first('x').replace('"content":"x"', '"content":"bad \\q"'),
    first('x').replace('}],', '},{"index":1,"delta":{}}],'),
  ];
  for (const m of firstMisses) assert.equal(chatFirstChunk(m), undefined, m);
  const finishMisses = [
    finish('stop').replace('"delta":{}', '"delta":{"content":"x"}'),
    finish('stop').replace('"finish_reason":"stop"', '"finish_reason":null'),
    finish('stop').replace('"finish_reason":"stop"', '"finish_reason":"st\\u006fp"'),
    finish('stop').replace('"index":0', '"index":1'),
    finish('stop').replace('"usage":null', '"usage":{"prompt_tokens":1}'),
  ];
  for (const m of finishMisses) assert.equal(chatFinishReason(m), undefined, m);
  const usageMisses = [
    usage(null),
    usage({ prompt_tokens: 1 }).replace('"obfuscation"', '"x_groq":{},"obfuscation"'), // a key more after usage
    usage({ prompt_tokens: 1 }).replace('"choices":[]', '"choices":[{"index":0,"delta":{}}]'),
    usage({ prompt_tokens: 1 }).replace('"prompt_tokens":1', '"prompt_tokens":01'), // not JSON
    '{"error":{"message":"overloaded"}}',
  ];
  for (const m of usageMisses) assert.equal(chatUsage(m), undefined, m);
});
