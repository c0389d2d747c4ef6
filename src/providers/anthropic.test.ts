import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildAnthropicBody, parseAnthropicResponse } from './anthropic.js';
import type { ProviderTarget } from './types.js';

const target: ProviderTarget = { providerName: 'a', config: { type: 'anthropic' }, model: 'claude', params: { thinking: { type: 'enabled', budget_tokens: 1024 } } };

test('parallel tool results share one user turn; parallel_tool_calls=false disables parallel use', () => {
  const body = buildAnthropicBody(
    target,
    {
      model: 'x',
      tools: [{ type: 'function', function: { name: 'f' } }],
      parallel_tool_calls: false,
      stop: 'END',
      messages: [
        { role: 'user', content: 'go' },
        {
          role: 'assistant',
          content: 'Calling both.',
          tool_calls: [
            { id: 't1', type: 'function', function: { name: 'f', arguments: '{"a":1}' } },
            { id: 't2', type: 'function', function: { name: 'f', arguments: 'not json' } },
          ],
        },
        { role: 'tool', tool_call_id: 't1', content: 'one' },
        { role: 'tool', tool_call_id: 't2', content: 'two' },
      ],
    },
    1000,
    false,
  );
  const messages = body.messages as { role: string; content: unknown }[];
  assert.equal(messages.length, 3);
  assert.deepEqual(messages[1].content, [
    { type: 'text', text: 'Calling both.' },
    { type: 'tool_use', id: 't1', name: 'f', input: { a: 1 } },
    { type: 'tool_use', id: 't2', name: 'f', input: { _raw_arguments: 'not json' } },
  ]);
  assert.deepEqual(messages[2], {
    role: 'user',
    content: [
      { type: 'tool_result', tool_use_id: 't1', content: 'one' },
      { type: 'tool_result', tool_use_id: 't2', content: 'two' },
    ],
  });
  assert.deepEqual(body.tool_choice, { type: 'auto', disable_parallel_tool_use: true });
  assert.deepEqual(body.tools, [{ name: 'f', input_schema: { type: 'object', properties: {} } }]);
  assert.deepEqual(body.stop_sequences, ['END']);
  assert.equal(body.max_tokens, 1000);
  assert.deepEqual(body.thinking, { type: 'enabled', budget_tokens: 1024 }, 'provider-specific target params go into the body');
});

test('stop reasons and cached-token usage', () => {
  const r = parseAnthropicResponse(
    { id: 'm', model: 'claude', content: [{ type: 'text', text: 'cut' }], stop_reason: 'max_tokens', usage: { input_tokens: 3, cache_read_input_tokens: 100, cache_creation_input_tokens: 20, output_tokens: 9 } },
    target,
  );
  assert.equal(r.finish_reason, 'length');
  assert.deepEqual(r.usage, { prompt_tokens: 123, completion_tokens: 9, total_tokens: 132, cached_input_tokens: 100, cache_creation_input_tokens: 20 });
  assert.equal(parseAnthropicResponse({ content: [{ type: 'text', text: 'no' }], stop_reason: 'refusal' }, target).finish_reason, 'content_filter');
  assert.throws(() => parseAnthropicResponse({ content: 'x' }, target), (e: Error & { kind?: string }) => e.kind === 'malformed');
});
