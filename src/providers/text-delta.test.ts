import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ProviderTarget } from './types.js';
import { anthropicTextDelta, chatTextDelta, responsesTextDelta } from './text-delta.js';
import { AnthropicEventMapper } from './anthropic/events.js';
import { OpenAiEventMapper } from './openai/events.js';
import { ResponsesEventMapper } from './openai/responses-events.js';

// The fast path must read exactly what JSON.parse reads, and step aside for anything else.

const TEXTS = [
  '', 'plain words ', 'a "quoted" word', 'back\\slash \\u0041 not an escape', 'line\nbreak\ttab\r', 'é ü 日本語', 'fox 🦊 and 👩‍👩‍👧',
  '\u2028\u2029', 'ctrl \u0001\u001f', 'lone \ud800 surrogate', 'closing "}} brackets ]}', '\\', '"',
];
const anthropic = (text: string) => JSON.stringify({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } });
const chat = (content: string) =>
  JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1727, model: 'gpt-x', service_tier: 'default', system_fingerprint: 'fp_1', choices: [{ index: 0, delta: { content }, logprobs: null, finish_reason: null }], usage: null, obfuscation: 'ab' });
const chatBare = (content: string) => JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content }, finish_reason: null }] });
const responses = (delta: string) =>
  JSON.stringify({ type: 'response.output_text.delta', sequence_number: 7, item_id: 'msg_1', output_index: 0, content_index: 0, delta, logprobs: [], obfuscation: 'xy' });

test('the text equals what JSON.parse reads, escapes and unicode included', () => {
  for (const text of TEXTS) {
    assert.equal(anthropicTextDelta(anthropic(text)), text);
    assert.equal(chatTextDelta(chat(text)), text);
    assert.equal(chatTextDelta(chatBare(text)), text);
    assert.equal(responsesTextDelta(responses(text)), text);
  }
  // Escapes JSON.stringify never writes, as other servers may: still JSON.parse's reading.
  const hand = '{"type":"content_block_delta","index":3,"delta":{"type":"text_delta","text":"\\u00e9\\/\\ud83e\\udd8a\\b\\f"}}';
  assert.equal(anthropicTextDelta(hand), (JSON.parse(hand) as { delta: { text: string } }).delta.text);
  assert.equal(anthropicTextDelta(hand), 'é/🦊\b\f');
});

test('anything but the exact shape takes the full parse', () => {
  const misses = [
    anthropic('x').replace('"index":0', '"index": 0'), // whitespace
    anthropic('x').replace('}}', ',"extra":1}}'), // a key more
    anthropic('x').replace('text_delta', 'thinking_delta'),
    anthropic('x').replace('"index":0', '"index":01'), // not a JSON number
    '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"bad \\q escape"}}',
    '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"short \\u12"}}',
    '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"raw \u0001 control"}}',
    '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"unterminated}}',
  ];
  for (const m of misses) assert.equal(anthropicTextDelta(m), undefined, m);
  const chatMisses = [
    chat('x').replace('"finish_reason":null', '"finish_reason":"stop"'),
    chat('x').replace('"usage":null', '"usage":{"prompt_tokens":1}'),
    chat('x').replace('{"content":"x"}', '{"role":"assistant","content":"x"}'),
    chat('x').replace('{"content":"x"}', '{"content":"x","tool_calls":[]}'),
    chat('x').replace('"index":0', '"index":1'),
    chat('x').replace('"id":"chatcmpl-1"', '"id":"chat\\u0063mpl"'), // an escape outside the text
    chat('x').replace('}],', '},{"index":1,"delta":{}}],'),
    '{"error":{"message":"overloaded"}}',
  ];
  for (const m of chatMisses) assert.equal(chatTextDelta(m), undefined, m);
  const responsesMisses = [
    responses('x').replace('output_text', 'refusal'),
    responses('x').replace('"logprobs":[]', '"logprobs":[{"token":"x"}]'),
    responses('x').replace('"sequence_number":7', '"sequence_number":-7'),
  ];
  for (const m of responsesMisses) assert.equal(responsesTextDelta(m), undefined, m);
});

// The same events through a mapper twice: compact (the fast path) and with a space after the first
// colon (same JSON, full parse). Every result and the end must be equal.
const target: ProviderTarget = { providerName: 'p', config: { type: 'openai', preset: 'custom', base_url: 'http://127.0.0.1:1/v1' }, model: 'm' };
const spaced = (data: string) => data.replace(':', ': ');

function sameBothWays(make: () => { map(d: string): unknown; end(): unknown }, events: string[], fastOnes: string[]) {
  for (const e of fastOnes) assert.ok(events.includes(e));
  const fast = make();
  const slow = make();
  for (const e of events) assert.deepEqual(fast.map(e), slow.map(e === '[DONE]' ? e : spaced(e)), e);
  assert.deepEqual(fast.end(), slow.end());
}

test('the Anthropic mapper gives the same chunks with and without the fast path', () => {
  const deltas = TEXTS.map(anthropic);
  const events = [
    JSON.stringify({ type: 'message_start', message: { id: 'msg_1', model: 'claude', usage: { input_tokens: 3, output_tokens: 1 } } }),
    JSON.stringify({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
    ...deltas,
    JSON.stringify({ type: 'content_block_stop', index: 0 }),
    JSON.stringify({ type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 9 } }),
    JSON.stringify({ type: 'message_stop' }),
  ];
  sameBothWays(() => new AnthropicEventMapper(target), events, deltas);
});

test('an answer of empty text deltas alone is still empty on both paths', () => {
  const events = [anthropic(''), JSON.stringify({ type: 'message_stop' })];
  for (const m of [new AnthropicEventMapper(target), new AnthropicEventMapper(target)]) {
    for (const e of events) m.map(e);
    assert.throws(() => m.end());
  }
});

test('the chat mapper gives the same chunks with and without the fast path', () => {
  const deltas = TEXTS.map(chat);
  const head = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1727, model: 'gpt-x', service_tier: 'default', system_fingerprint: 'fp_1' };
  const known = [
    JSON.stringify({ ...head, choices: [{ index: 0, delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null }], usage: null, obfuscation: 'ab' }),
    JSON.stringify({ ...head, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: 'length' }], usage: null, obfuscation: 'ab' }),
    JSON.stringify({ ...head, choices: [], usage: { prompt_tokens: 2, completion_tokens: 3, total_tokens: 5, prompt_tokens_details: { cached_tokens: 1 }, completion_tokens_details: { reasoning_tokens: 2 } }, obfuscation: 'ab' }),
  ];
  const events = [known[0], ...deltas, known[1], known[2], '[DONE]'];
  sameBothWays(() => new OpenAiEventMapper(target), events, [...known, ...deltas]);
  // The first chunk carries the stream's meta, read by the fast path too.
  assert.deepEqual(new OpenAiEventMapper(target).map(known[0]).chunks, [{ type: 'meta', model: 'gpt-x', upstream_id: 'chatcmpl-1' }]);
  // The bench upstream's shapes: the first text in the first chunk, no optional keys.
  const bare = { id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm' };
  sameBothWays(() => new OpenAiEventMapper(target), [
    JSON.stringify({ ...bare, choices: [{ index: 0, delta: { role: 'assistant', content: 'The ' }, finish_reason: null }] }),
    chatBare('fox'),
    JSON.stringify({ ...bare, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }),
    JSON.stringify({ ...bare, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }), // a second finish adds nothing
    JSON.stringify({ ...bare, choices: [], usage: { prompt_tokens: 12, completion_tokens: 10, total_tokens: 22 } }),
    '[DONE]',
  ], []);
});

test('the Responses mapper gives the same chunks with and without the fast path', () => {
  const deltas = TEXTS.map(responses);
  const response = { id: 'resp_1', object: 'response', model: 'gpt-x', status: 'completed', output: [{ type: 'message', content: [{ type: 'output_text', text: 'x' }] }], usage: { input_tokens: 1, output_tokens: 2, total_tokens: 3 } };
  const events = [
    JSON.stringify({ type: 'response.created', sequence_number: 0, response: { ...response, status: 'in_progress', output: [] } }),
    ...deltas,
    JSON.stringify({ type: 'response.completed', sequence_number: 99, response }),
  ];
  sameBothWays(() => new ResponsesEventMapper(target), events, deltas);
});
