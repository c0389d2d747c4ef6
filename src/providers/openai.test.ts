import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBody, parseResponse } from './openai.js';
import type { ProviderTarget } from './types.js';

const target = (model: string): ProviderTarget => ({ providerName: 'p', config: { type: 'openai', preset: 'openai' }, model });

test('max_completion_tokens only for o-series and gpt-5 on the official API', () => {
  const r = { model: 'x', messages: [{ role: 'user' as const, content: 'hi' }], max_tokens: 50 };
  assert.equal(buildBody(target('o3-mini'), r, { official: true, developerRole: true }, false).max_completion_tokens, 50);
  assert.equal(buildBody(target('gpt-5-mini'), r, { official: true, developerRole: true }, false).max_tokens, undefined);
  assert.equal(buildBody(target('gpt-4o'), r, { official: true, developerRole: true }, false).max_tokens, 50);
  assert.equal(buildBody(target('o3-mini'), r, { official: false, developerRole: false }, false).max_tokens, 50);
});

test('developer role becomes system for servers that do not know it; target params beat extra', () => {
  const r = { model: 'x', messages: [{ role: 'developer' as const, content: 'be brief' }], extra: { temperature: 1, top_k: 3 } };
  const body = buildBody({ ...target('llama'), params: { temperature: 0.1 } }, r, { official: false, developerRole: false }, true);
  assert.deepEqual(body.messages, [{ role: 'system', content: 'be brief' }]);
  assert.equal(body.temperature, 0.1);
  assert.equal(body.top_k, 3);
  assert.equal(body.model, 'llama');
  assert.deepEqual(body.stream_options, { include_usage: true });
});

test('responses: tool calls with a `stop` finish, content arrays, reasoning_content, refusals', () => {
  const r = parseResponse(
    {
      id: 'a',
      model: 'm',
      choices: [{ message: { role: 'assistant', content: null, reasoning: 'hmm', tool_calls: [{ id: 'c1', function: { name: 'f', arguments: { x: 1 } } }] }, finish_reason: 'stop' }],
    },
    target('m'),
  );
  assert.equal(r.finish_reason, 'tool_calls');
  assert.equal(r.message.tool_calls?.[0].function.arguments, '{"x":1}');
  assert.equal(r.message.reasoning, 'hmm');
  const parts = parseResponse({ choices: [{ message: { content: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }] }, finish_reason: 'stop' }] }, target('m'));
  assert.equal(parts.message.content, 'ab');
  const refusal = parseResponse({ choices: [{ message: { content: null, refusal: 'I cannot help' }, finish_reason: 'stop' }] }, target('m'));
  assert.equal(refusal.message.content, 'I cannot help');
  assert.throws(() => parseResponse({ error: { message: 'Rate limit', code: 429 } }, target('m')), (e: Error & { kind?: string }) => e.kind === 'rate_limited');
});
