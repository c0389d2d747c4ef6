import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic from '@anthropic-ai/sdk';
import { SIM_CONFIG, getJson, startGateway, type TestGateway } from './helpers/gateway.js';

// The official Anthropic SDK against POST /v1/messages (what Claude Code speaks).

describe('gateway through the official Anthropic SDK', () => {
  let gw: TestGateway;
  let client: Anthropic;
  const tools: Anthropic.Tool[] = [
    { name: 'Read', description: 'read a file', input_schema: { type: 'object', properties: { file_path: { type: 'string' } }, required: ['file_path'] } },
    { name: 'Bash', description: 'run a shell command', input_schema: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] } },
  ];

  before(async () => {
    gw = await startGateway(SIM_CONFIG);
    client = new Anthropic({ baseURL: gw.url, apiKey: 'unused', maxRetries: 0 });
  });
  after(async () => gw?.close());

  test('message, with the inference recorded under the session from metadata', async () => {
    const msg = await client.messages.create({
      model: 'agent-main',
      max_tokens: 256,
      system: 'be brief',
      messages: [{ role: 'user', content: 'hello from claude code' }],
      metadata: { user_id: 'user_abc_account__session_0b6a1f0e-1111-4222-8333-944455556666' },
    });
    assert.equal(msg.type, 'message');
    assert.equal(msg.stop_reason, 'end_turn');
    assert.equal(msg.content[0].type, 'text');
    assert.match((msg.content[0] as Anthropic.TextBlock).text, /hello from claude code/);
    await gw.runtime.store.flush();
    const rec = await getJson(`${gw.baseURL}/inferences/${msg.id}`);
    assert.equal(rec.session_id, '0b6a1f0e-1111-4222-8333-944455556666');
    assert.equal(rec.request.messages[0].role, 'system');
  });

  test('tool use and tool results round-trip, JSON and streamed', async () => {
    const first = await client.messages.create({ model: 'agent-main', max_tokens: 256, tools, messages: [{ role: 'user', content: 'read /etc/hostname' }] });
    assert.equal(first.stop_reason, 'tool_use');
    const use = first.content.find((b) => b.type === 'tool_use') as Anthropic.ToolUseBlock;
    assert.equal(use.name, 'Read');
    assert.deepEqual(use.input, { file_path: '/etc/hostname' });

    const second = await client.messages.create({
      model: 'agent-main',
      max_tokens: 256,
      tools,
      messages: [
        { role: 'user', content: 'read /etc/hostname' },
        { role: 'assistant', content: first.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: use.id, content: 'myhost' }] },
      ],
    });
    assert.equal(second.stop_reason, 'end_turn');
    assert.match((second.content[0] as Anthropic.TextBlock).text, /myhost/);

    const stream = client.messages.stream({ model: 'agent-main', max_tokens: 256, tools, messages: [{ role: 'user', content: 'read /tmp/notes.md' }] });
    const final = await stream.finalMessage();
    const streamedUse = final.content.find((b) => b.type === 'tool_use') as Anthropic.ToolUseBlock;
    assert.equal(final.stop_reason, 'tool_use');
    assert.deepEqual(streamedUse.input, { file_path: '/tmp/notes.md' });
  });

  test('streamed text arrives as text deltas', async () => {
    const stream = client.messages.stream({ model: 'agent-main', max_tokens: 256, messages: [{ role: 'user', content: 'stream please' }] });
    let text = '';
    stream.on('text', (t) => (text += t));
    const final = await stream.finalMessage();
    assert.match(text, /stream please/);
    assert.equal(final.stop_reason, 'end_turn');
    assert.ok(final.usage.output_tokens > 0);
  });

  test('errors come back in Anthropic shape', async () => {
    await assert.rejects(client.messages.create({ model: 'missing', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }), (err: unknown) => {
      assert.ok(err instanceof Anthropic.NotFoundError);
      assert.equal((err.error as { error: { type: string } }).error.type, 'not_found_error');
      return true;
    });
    // @ts-expect-error max_tokens is required
    await assert.rejects(client.messages.create({ model: 'agent-main', messages: [{ role: 'user', content: 'x' }] }), (err: unknown) => {
      assert.ok(err instanceof Anthropic.BadRequestError);
      assert.match(err.message, /max_tokens/);
      return true;
    });
  });
});
