import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateText, stepCountIs, streamText, tool } from 'ai';
import { createOpenAI } from '@ai-sdk/openai';
import { z } from 'zod';
import { SIM_CONFIG, startGateway, type TestGateway } from './helpers/gateway.js';
import { startScriptedOpenAi, toolResults } from './helpers/scripted-openai.js';

// The Vercel AI SDK (ai 7 + @ai-sdk/openai 4) in its default mode: `openai(model)` is the
// Responses API. generateText, streamText and a tool loop (stopWhen) against the simulated
// provider, and once through a mock OpenAI-chat upstream, asserting what the upstream received.

const readFile = tool({
  description: 'read a file',
  inputSchema: z.object({ path: z.string() }),
  execute: async ({ path }) => `contents of ${path}: 42`,
});

describe('Vercel AI SDK (Responses mode) against the gateway', () => {
  let gw: TestGateway;
  let openai: ReturnType<typeof createOpenAI>;
  before(async () => {
    gw = await startGateway(SIM_CONFIG);
    openai = createOpenAI({ baseURL: gw.baseURL, apiKey: 'unused' });
  });
  after(async () => gw?.close());

  test('generateText', async () => {
    const r = await generateText({ model: openai('agent-main'), system: 'Be terse.', prompt: 'say hello' });
    assert.equal(r.text, 'Simulated reply to: say hello');
    assert.equal(r.finishReason, 'stop');
    assert.ok((r.usage.inputTokens ?? 0) > 0 && (r.usage.outputTokens ?? 0) > 0);
    assert.match(String(r.response.id), /^resp_/);
  });

  test('streamText', async () => {
    const r = streamText({ model: openai('agent-main'), prompt: 'stream please' });
    let text = '';
    for await (const t of r.textStream) text += t;
    assert.equal(text, 'Simulated reply to: stream please');
    assert.equal(await r.finishReason, 'stop');
  });

  test('tool loop with stopWhen, generate and stream', async () => {
    const g = await generateText({ model: openai('agent-main'), prompt: 'read the file /tmp/a.txt', tools: { read_file: readFile }, stopWhen: stepCountIs(4) });
    assert.equal(g.steps.length, 2);
    assert.equal(g.steps[0].toolCalls[0].toolName, 'read_file');
    assert.deepEqual(g.steps[0].toolCalls[0].input, { path: '/tmp/a.txt' });
    assert.equal(g.text, 'Done. The tool returned: contents of /tmp/a.txt: 42');

    const s = streamText({ model: openai('agent-main'), prompt: 'read the file /tmp/b.txt', tools: { read_file: readFile }, stopWhen: stepCountIs(4) });
    let text = '';
    for await (const t of s.textStream) text += t;
    assert.equal((await s.steps).length, 2);
    assert.equal(text, 'Done. The tool returned: contents of /tmp/b.txt: 42');
  });

  test('through an OpenAI-chat upstream: the tool result the SDK sent arrives as a tool message', async () => {
    const up = await startScriptedOpenAi((body) =>
      toolResults(body).length
        ? { kind: 'reply', text: `ok: ${toolResults(body)[0]}`, usage: { input: 50, output: 4 } }
        : { kind: 'reply', calls: [{ id: 'call_up_1', name: 'read_file', args: { path: '/etc/motd' } }] },
    );
    const gw2 = await startGateway(
      `
providers:
  up: { type: openai, preset: custom, base_url: "${up.baseURL}" }
models:
  m: { targets: [{ provider: up, model: gpt-4o-mini }] }
routes:
  agent-main: { model: m }
`,
    );
    try {
      const client = createOpenAI({ baseURL: gw2.baseURL, apiKey: 'unused' });
      const r = await generateText({ model: client('agent-main'), prompt: 'read motd', tools: { read_file: readFile }, stopWhen: stepCountIs(4) });
      assert.equal(r.text, 'ok: contents of /etc/motd: 42');
      assert.equal(r.totalUsage.inputTokens! >= 50, true);
      const second = up.requests[1].body as { messages: { role: string; tool_call_id?: string; tool_calls?: { id: string }[] }[] };
      assert.deepEqual(second.messages.map((m) => m.role), ['user', 'assistant', 'tool']);
      assert.equal(second.messages[1].tool_calls![0].id, 'call_up_1');
      assert.equal(second.messages[2].tool_call_id, 'call_up_1');
    } finally {
      await gw2.close();
      await up.close();
    }
  });
});
