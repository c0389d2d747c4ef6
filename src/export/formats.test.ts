import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Example } from '../datasets/example.js';
import { hfMessages, openaiChat, openaiDpo, shareGpt } from './formats.js';

const call = { id: 'call_1', type: 'function' as const, function: { name: 'read_file', arguments: '{"path":"/a"}' } };
const tools = [{ type: 'function' as const, function: { name: 'read_file', parameters: { type: 'object' } } }];
const agentic: Example = {
  id: 'e1',
  messages: [
    { role: 'system', content: 'you are an agent' },
    { role: 'user', content: [{ type: 'text', text: 'read /a' }] },
    { role: 'assistant', content: null, tool_calls: [call] },
    { role: 'tool', content: 'file contents', tool_call_id: 'call_1' },
  ],
  tools,
  output: { role: 'assistant', content: 'It says: file contents' },
  tags: null,
};

test('openai-chat keeps the tool round trip, drops null content beside tool_calls, appends the output', () => {
  const line = openaiChat(agentic) as { messages: Record<string, unknown>[]; tools: unknown };
  assert.deepEqual(line.messages.map((m) => m.role), ['system', 'user', 'assistant', 'tool', 'assistant']);
  assert.deepEqual(line.messages[2], { role: 'assistant', tool_calls: [call] });
  assert.deepEqual(line.messages[3], { role: 'tool', content: 'file contents', tool_call_id: 'call_1' });
  assert.deepEqual(line.tools, tools);
  assert.equal(openaiChat({ ...agentic, output: null }), null);
});

test('sharegpt maps roles, tool calls and tool results; system goes apart', () => {
  const line = shareGpt(agentic) as { conversations: { from: string; value: string }[]; system: string; tools: string };
  assert.equal(line.system, 'you are an agent');
  assert.deepEqual(line.conversations.map((c) => c.from), ['human', 'function_call', 'observation', 'gpt']);
  assert.deepEqual(JSON.parse(line.conversations[1].value), { name: 'read_file', arguments: { path: '/a' } });
  assert.equal(line.conversations[0].value, 'read /a');
  assert.deepEqual(JSON.parse(line.tools), [tools[0].function]);
});

test('hf-messages gives tool arguments as objects and text content', () => {
  const line = hfMessages(agentic) as { messages: Record<string, unknown>[] };
  assert.deepEqual(line.messages[2], { role: 'assistant', content: '', tool_calls: [{ type: 'function', function: { name: 'read_file', arguments: { path: '/a' } } }] });
  assert.equal(line.messages[1].content, 'read /a');
});

test('openai-dpo needs two different outputs', () => {
  assert.equal(openaiDpo(agentic), null);
  assert.equal(openaiDpo({ ...agentic, rejected: agentic.output }), null);
  const line = openaiDpo({ ...agentic, rejected: { role: 'assistant', content: 'no idea' } }) as { input: { messages: unknown[] }; preferred_output: unknown[]; non_preferred_output: unknown[] };
  assert.equal(line.input.messages.length, 4);
  assert.deepEqual(line.preferred_output, [{ role: 'assistant', content: 'It says: file contents' }]);
  assert.deepEqual(line.non_preferred_output, [{ role: 'assistant', content: 'no idea' }]);
});
