import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import { generateText, jsonSchema, stepCountIs, streamText, tool } from 'ai';
import { createAnthropic } from '@ai-sdk/anthropic';
import { defaultConfig } from '../src/config/default.js';
import { startGateway, startWithConfig, type TestGateway } from './helpers/gateway.js';
import { sseEvents, startRecordingUpstream, type RecordingUpstream } from './helpers/recording-upstream.js';

// The current official Anthropic-format clients, unmodified, with their default model names:
// @anthropic-ai/sdk and the Vercel AI SDK's @ai-sdk/anthropic. JSON, streaming and a tool loop
// each, against the built-in default config (simulated provider) and through a mock Anthropic upstream.

const readTool = (seen: string[]) =>
  tool({
    description: 'read a file',
    inputSchema: jsonSchema<{ file_path: string }>({ type: 'object', properties: { file_path: { type: 'string' } }, required: ['file_path'] }),
    execute: async ({ file_path }) => {
      seen.push(file_path);
      return `contents of ${file_path}: 42`;
    },
  });

describe('official Anthropic clients against the default config (simulated provider)', () => {
  let gw: TestGateway;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-sdk-default-'));
    gw = await startWithConfig(defaultConfig({}), dir, join(dir, 'db.sqlite'), {});
  });
  after(async () => gw?.close());

  test('@anthropic-ai/sdk: JSON with a mid-conversation system message, streaming, tool loop', async () => {
    const client = new Anthropic({ baseURL: gw.url, apiKey: 'dummy', maxRetries: 0 });
    const msg = await client.messages.create({
      model: 'claude-sonnet-4-5-20250929',
      max_tokens: 200,
      messages: [{ role: 'user', content: 'hello gateway' }, { role: 'system', content: 'Answer briefly.' }],
    });
    assert.equal(msg.stop_reason, 'end_turn');
    assert.match((msg.content[0] as Anthropic.TextBlock).text, /hello gateway/);

    const stream = client.messages.stream({ model: 'claude-haiku-4-5', max_tokens: 100, messages: [{ role: 'user', content: 'stream this' }] });
    let text = '';
    stream.on('text', (t) => (text += t));
    await stream.finalMessage();
    assert.match(text, /stream this/);

    const tools: Anthropic.Tool[] = [{ name: 'Read', description: 'read a file', input_schema: { type: 'object', properties: { file_path: { type: 'string' } }, required: ['file_path'] } }];
    const messages: Anthropic.MessageParam[] = [{ role: 'user', content: 'read /tmp/a.txt' }];
    const first = await client.messages.create({ model: 'claude-opus-4-1', max_tokens: 200, tools, messages });
    const use = first.content.find((b): b is Anthropic.ToolUseBlock => b.type === 'tool_use');
    assert.ok(use, 'a tool call');
    messages.push({ role: 'assistant', content: first.content }, { role: 'user', content: [{ type: 'tool_result', tool_use_id: use.id, content: 'forty-two' }] });
    const second = await client.messages.create({ model: 'claude-opus-4-1', max_tokens: 200, tools, messages });
    assert.equal(second.stop_reason, 'end_turn');
    assert.match((second.content[0] as Anthropic.TextBlock).text, /forty-two/);
  });

  test('Vercel AI SDK (@ai-sdk/anthropic): generateText, streamText, and a tool loop', async () => {
    const anthropic = createAnthropic({ baseURL: `${gw.url}/v1`, apiKey: 'dummy' });
    const g = await generateText({ model: anthropic('claude-sonnet-4-5'), prompt: 'hello vercel', maxRetries: 0 });
    assert.match(g.text, /hello vercel/);

    const s = streamText({ model: anthropic('claude-sonnet-4-5'), prompt: 'stream vercel', maxRetries: 0 });
    let text = '';
    for await (const t of s.textStream) text += t;
    assert.match(text, /stream vercel/);

    const seen: string[] = [];
    const loop = await generateText({ model: anthropic('claude-sonnet-4-5'), prompt: 'read /tmp/b.txt', tools: { Read: readTool(seen) }, stopWhen: stepCountIs(3), maxRetries: 0 });
    assert.deepEqual(seen, ['/tmp/b.txt']);
    assert.ok(loop.steps.length >= 2);
    assert.match(loop.text, /42/);
  });
});

describe('official Anthropic clients through a mock Anthropic upstream (pass-through)', () => {
  let upstream: RecordingUpstream;
  let gw: TestGateway;
  before(async () => {
    upstream = await startRecordingUpstream((req, res) => {
      const model = String(req.body.model);
      const toolTurn = Array.isArray(req.body.tools) && !JSON.stringify(req.body.messages).includes('"tool_result"');
      const usage = { input_tokens: 20, cache_creation_input_tokens: 0, cache_read_input_tokens: 500, output_tokens: 1 };
      const blocks: Record<string, unknown>[] = toolTurn
        ? [
            { type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 'toolu_v1', name: 'Read', input: {} } },
            { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: '{"file_path":"/tmp/c.txt"}' } },
            { type: 'content_block_stop', index: 0 },
          ]
        : [
            { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
            { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: toolTurn ? '' : 'upstream says 42' } },
            { type: 'content_block_stop', index: 0 },
          ];
      const stop = toolTurn ? 'tool_use' : 'end_turn';
      if (!req.body.stream) {
        const content = toolTurn ? [{ type: 'tool_use', id: 'toolu_v1', name: 'Read', input: { file_path: '/tmp/c.txt' } }] : [{ type: 'text', text: 'upstream says 42' }];
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ id: 'msg_v', type: 'message', role: 'assistant', model, content, stop_reason: stop, stop_sequence: null, usage }));
      }
      sseEvents(res, [
        { type: 'message_start', message: { id: 'msg_v', type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage } },
        ...blocks,
        { type: 'message_delta', delta: { stop_reason: stop, stop_sequence: null }, usage: { output_tokens: 9 } },
        { type: 'message_stop' },
      ]);
    });
    gw = await startGateway(
      `
providers:
  anth: { type: anthropic, base_url: "${upstream.origin}", api_key: env:K }
models:
  claude: { targets: [ { provider: anth, model: claude-upstream } ] }
routes:
  agent-main: { model: claude }
model_aliases: { "claude-*": agent-main }
`,
      { K: 'sk-ant-k-0123456789' },
    );
  });
  after(async () => {
    await gw?.close();
    await upstream?.close();
  });

  test('Vercel AI SDK: JSON, stream and tool loop arrive with the cached tokens the upstream reported', async () => {
    const anthropic = createAnthropic({ baseURL: `${gw.url}/v1`, apiKey: 'dummy' });
    const g = await generateText({ model: anthropic('claude-sonnet-4-5'), prompt: 'hi', maxRetries: 0 });
    assert.equal(g.text, 'upstream says 42');
    assert.equal(g.usage.inputTokenDetails?.cacheReadTokens, 500);

    const s = streamText({ model: anthropic('claude-sonnet-4-5'), prompt: 'hi', maxRetries: 0 });
    let text = '';
    for await (const t of s.textStream) text += t;
    assert.equal(text, 'upstream says 42');

    const seen: string[] = [];
    const loop = await generateText({ model: anthropic('claude-sonnet-4-5'), prompt: 'read it', tools: { Read: readTool(seen) }, stopWhen: stepCountIs(3), maxRetries: 0 });
    assert.deepEqual(seen, ['/tmp/c.txt']);
    assert.equal(loop.text, 'upstream says 42');
    const last = upstream.requests.at(-1)!;
    assert.match(JSON.stringify(last.body.messages), /contents of \/tmp\/c.txt: 42/, 'the tool result reached the upstream');
    assert.equal(last.body.model, 'claude-upstream');
  });

  test('@anthropic-ai/sdk: streamed tool loop through the pass-through', async () => {
    const client = new Anthropic({ baseURL: gw.url, apiKey: 'dummy', maxRetries: 0 });
    const tools: Anthropic.Tool[] = [{ name: 'Read', input_schema: { type: 'object', properties: { file_path: { type: 'string' } } } }];
    const messages: Anthropic.MessageParam[] = [{ role: 'user', content: 'read it' }];
    const first = await client.messages.stream({ model: 'claude-sonnet-4-5', max_tokens: 100, tools, messages }).finalMessage();
    const use = first.content.find((b): b is Anthropic.ToolUseBlock => b.type === 'tool_use')!;
    assert.deepEqual(use.input, { file_path: '/tmp/c.txt' });
    messages.push({ role: 'assistant', content: first.content }, { role: 'user', content: [{ type: 'tool_result', tool_use_id: use.id, content: 'ok' }] });
    const second = await client.messages.stream({ model: 'claude-sonnet-4-5', max_tokens: 100, tools, messages }).finalMessage();
    assert.equal((second.content[0] as Anthropic.TextBlock).text, 'upstream says 42');
    assert.equal(second.usage.cache_read_input_tokens, 500);
  });
});
