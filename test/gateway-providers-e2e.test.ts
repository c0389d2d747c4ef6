import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { anthropicHarness } from './conformance/mock-anthropic.js';
import { geminiHarness } from './conformance/mock-gemini.js';
import type { Harness } from './conformance/scenarios.js';
import { getJson, startGateway, type TestGateway } from './helpers/gateway.js';

// The whole path with real wire formats: OpenAI SDK -> gateway -> Anthropic-format upstream,
// falling back to a Gemini-format upstream; JSON, stream and tool calls.

describe('gateway over Anthropic and Gemini wire formats', () => {
  let anthropic: Harness;
  let gemini: Harness;
  let gw: TestGateway;
  let client: OpenAI;

  before(async () => {
    anthropic = await anthropicHarness();
    gemini = await geminiHarness();
    const a = anthropic.target();
    const g = gemini.target();
    gw = await startGateway(
      `
providers:
  claude: { type: anthropic, base_url: "${(a.config as { base_url: string }).base_url}", api_key: env:MOCK_ANTHROPIC_KEY }
  google: { type: gemini, base_url: "${(g.config as { base_url: string }).base_url}", api_key: env:MOCK_GEMINI_KEY }
models:
  chain:
    targets:
      - { provider: claude, model: ${a.model}, max_retries: 0 }
      - { provider: google, model: ${g.model} }
`,
      { MOCK_ANTHROPIC_KEY: anthropic.apiKey!, MOCK_GEMINI_KEY: gemini.apiKey! },
    );
    client = new OpenAI({ baseURL: gw.baseURL, apiKey: 'x', maxRetries: 0 });
  });
  after(async () => {
    await gw?.close();
    await anthropic?.close();
    await gemini?.close();
  });

  test('served by the Anthropic target when it is healthy, tool call included', async () => {
    await anthropic.setScenario({ kind: 'reply', text: 'checking', calls: [{ id: 'toolu_1', name: 'read_file', args: { path: '/tmp/x' } }] });
    const r = await client.chat.completions.create({
      model: 'chain',
      messages: [{ role: 'user', content: 'read /tmp/x' }],
      tools: [{ type: 'function', function: { name: 'read_file', parameters: { type: 'object', properties: { path: { type: 'string' } } } } }],
    });
    assert.equal(r.choices[0].finish_reason, 'tool_calls');
    const call = r.choices[0].message.tool_calls![0];
    assert.ok(call.type === 'function');
    assert.deepEqual(JSON.parse(call.function.arguments), { path: '/tmp/x' });
    assert.equal(r.choices[0].message.content, 'checking');
  });

  test('falls back to the Gemini target on a 529/5xx from Anthropic, streamed', async () => {
    await anthropic.setScenario({ kind: 'error', status: 529, error: 'server' });
    await gemini.setScenario({ kind: 'reply', text: 'hello from gemini' });
    const stream = await client.chat.completions.create({ model: 'chain', messages: [{ role: 'user', content: 'hi' }], stream: true, stream_options: { include_usage: true } });
    let text = '';
    let id = '';
    for await (const c of stream) {
      id = c.id;
      text += c.choices[0]?.delta?.content ?? '';
    }
    assert.equal(text, 'hello from gemini');
    await gw.runtime.store.flush();
    const rec = await getJson(`${gw.baseURL}/inferences/${id}`);
    assert.equal(rec.provider, 'google');
    assert.deepEqual(rec.attempts.map((x: { provider: string; outcome: string }) => [x.provider, x.outcome]), [['claude', 'error'], ['google', 'ok']]);
    assert.equal(rec.attempts[0].error_kind, 'server_error');
    assert.doesNotMatch(JSON.stringify(rec), new RegExp(anthropic.apiKey!), 'credential never stored');
  });
});
