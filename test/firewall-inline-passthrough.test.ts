import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { startGateway, type TestGateway } from './helpers/gateway.js';
import { api, FW_ENV, pendingFor, TERMINAL_TOOL } from './helpers/firewall-inline.js';
import { json, sseEvents, startRecordingUpstream, type RecordingUpstream } from './helpers/recording-upstream.js';

// The inline firewall in enforce mode on the same-format pass-through: the upstream's own bytes
// reach the client, except that a denied tool call is cut out (later blocks re-indexed, thinking
// signatures untouched) and replaced by text. Anthropic and OpenAI chat, JSON and streamed.

const RM = { command: 'rm -rf ~/projects' };
const LS = { command: 'ls' };

function anthropicAnswer(model: string): { json: Record<string, unknown>; events: Record<string, unknown>[] } {
  const usage = { input_tokens: 10, cache_read_input_tokens: 0, cache_creation_input_tokens: 0, output_tokens: 20 };
  const content = [
    { type: 'thinking', thinking: 'Clean up, then list.', signature: 'SIG-thinking==' },
    { type: 'text', text: 'Cleaning up.' },
    { type: 'tool_use', id: 'toolu_rm', name: 'Bash', input: RM },
    { type: 'tool_use', id: 'toolu_ls', name: 'Bash', input: LS },
  ];
  const message = { id: 'msg_fw', type: 'message', role: 'assistant', model, content, stop_reason: 'tool_use', stop_sequence: null, usage };
  const events: Record<string, unknown>[] = [{ type: 'message_start', message: { ...message, content: [], stop_reason: null } }];
  content.forEach((b, index) => {
    if (b.type === 'thinking') {
      events.push({ type: 'content_block_start', index, content_block: { type: 'thinking', thinking: '', signature: '' } });
      events.push({ type: 'content_block_delta', index, delta: { type: 'thinking_delta', thinking: b.thinking } });
      events.push({ type: 'content_block_delta', index, delta: { type: 'signature_delta', signature: b.signature } });
    } else if (b.type === 'text') {
      events.push({ type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
      events.push({ type: 'content_block_delta', index, delta: { type: 'text_delta', text: b.text } });
    } else {
      events.push({ type: 'content_block_start', index, content_block: { type: 'tool_use', id: b.id, name: b.name, input: {} } });
      events.push({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: JSON.stringify(b.input) } });
    }
    events.push({ type: 'content_block_stop', index });
  });
  events.push({ type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 20 } }, { type: 'message_stop' });
  return { json: message, events };
}

function openAiAnswer(model: string, stream: boolean): Record<string, unknown> | Record<string, unknown>[] {
  const calls = [
    { id: 'call_rm', type: 'function', function: { name: 'terminal', arguments: JSON.stringify(RM) } },
    { id: 'call_ls', type: 'function', function: { name: 'terminal', arguments: JSON.stringify(LS) } },
  ];
  const base = { id: 'chatcmpl-fw', object: 'chat.completion.chunk', created: 1, model };
  if (!stream) return { ...base, object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: calls }, finish_reason: 'tool_calls' }], usage: { prompt_tokens: 5, completion_tokens: 5, total_tokens: 10 } };
  return [
    { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: null }, finish_reason: null }] },
    ...calls.map((c, index) => ({ ...base, choices: [{ index: 0, delta: { tool_calls: [{ index, ...c }] }, finish_reason: null }] })),
    { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] },
  ];
}

describe('inline firewall (enforce) on the pass-through path', () => {
  let anth: RecordingUpstream;
  let oa: RecordingUpstream;
  let gw: TestGateway;
  before(async () => {
    anth = await startRecordingUpstream((req, res) => {
      const a = anthropicAnswer(String(req.body.model));
      if (req.body.stream) sseEvents(res, a.events);
      else json(res, a.json);
    });
    oa = await startRecordingUpstream((req, res) => {
      const a = openAiAnswer(String(req.body.model), req.body.stream === true);
      if (Array.isArray(a)) sseEvents(res, a, false);
      else json(res, a);
    });
    gw = await startGateway(
      `
server: { api_keys: [env:SY_AGENT_KEY], approver_tokens: [env:SY_APPROVER] }
firewall: { mode: enforce }
providers:
  anth: { type: anthropic, base_url: "${anth.origin}", api_key: env:K }
  oa: { type: openai, base_url: "${oa.origin}/v1", api_key: env:K }
models:
  claude: { targets: [ { provider: anth, model: claude-upstream } ] }
  gpt: { targets: [ { provider: oa, model: gpt-upstream } ] }
`,
      { ...FW_ENV, K: 'sk-upstream-0123456789' },
    );
  });
  after(async () => {
    await gw?.close();
    await anth?.close();
    await oa?.close();
  });

  const deny = async (session: string) => {
    const approval = await pendingFor(gw.url, session);
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/deny`, FW_ENV.SY_APPROVER)).status, 200);
  };
  const tools: Anthropic.Tool[] = [{ name: 'Bash', input_schema: { type: 'object', properties: { command: { type: 'string' } } } }];
  const anthropic = () => new Anthropic({ baseURL: gw.url, apiKey: null, authToken: FW_ENV.SY_AGENT_KEY, maxRetries: 0 });

  test('Anthropic JSON: the denied call is cut out of the upstream body, the rest stays as sent', async () => {
    const held = anthropic().messages.create({ model: 'claude', max_tokens: 100, tools, messages: [{ role: 'user', content: 'clean up' }] }, { headers: { 'x-switchyard-session-id': 'pt-1' } }).withResponse();
    await deny('pt-1');
    const { data, response } = await held;
    const expected = anthropicAnswer('claude-upstream').json.content as Record<string, unknown>[];
    assert.deepEqual(data.content.slice(0, 3), [expected[0], expected[1], expected[3]]);
    assert.match((data.content[3] as Anthropic.TextBlock).text, /rm -rf ~\/projects.*an approver denied it/);
    assert.equal(data.stop_reason, 'tool_use', 'the allowed call still runs');
    assert.equal(response.headers.get('x-switchyard-passthrough'), '1');
  });

  test('Anthropic stream: thinking signature intact, later blocks re-indexed, text appended', async () => {
    const stream = anthropic().messages.stream({ model: 'claude', max_tokens: 100, tools, messages: [{ role: 'user', content: 'clean up' }] }, { headers: { 'x-switchyard-session-id': 'pt-2' } });
    const done = stream.finalMessage();
    await deny('pt-2');
    const msg = await done;
    assert.deepEqual(msg.content.map((b) => b.type), ['thinking', 'text', 'tool_use', 'text']);
    assert.equal((msg.content[0] as Anthropic.ThinkingBlock).signature, 'SIG-thinking==');
    assert.deepEqual((msg.content[2] as Anthropic.ToolUseBlock).input, LS);
    assert.match((msg.content[3] as Anthropic.TextBlock).text, /rm -rf/);
    assert.equal(msg.stop_reason, 'tool_use');
  });

  test('OpenAI chat stream and JSON: the denied call goes, the kept one is re-indexed', async () => {
    const client = new OpenAI({ baseURL: gw.baseURL, apiKey: FW_ENV.SY_AGENT_KEY, maxRetries: 0 });
    const body = { model: 'gpt', messages: [{ role: 'user' as const, content: 'clean up' }], tools: [TERMINAL_TOOL] };
    const streamed = (async () => {
      const s = await client.chat.completions.create({ ...body, stream: true }, { headers: { 'x-switchyard-session-id': 'pt-3' } });
      const calls: Record<number, { id?: string; args: string }> = {};
      let text = '';
      let finish: string | null = null;
      for await (const c of s) {
        const ch = c.choices[0];
        if (!ch) continue;
        text += ch.delta.content ?? '';
        for (const tc of ch.delta.tool_calls ?? []) {
          calls[tc.index] ??= { args: '' };
          if (tc.id) calls[tc.index].id = tc.id;
          calls[tc.index].args += tc.function?.arguments ?? '';
        }
        finish = ch.finish_reason ?? finish;
      }
      return { calls, text, finish };
    })();
    await deny('pt-3');
    const r = await streamed;
    assert.deepEqual(r.calls, { 0: { id: 'call_ls', args: JSON.stringify(LS) } });
    assert.match(r.text, /rm -rf/);
    assert.equal(r.finish, 'tool_calls');

    const held = client.chat.completions.create(body, { headers: { 'x-switchyard-session-id': 'pt-4' } });
    await deny('pt-4');
    const j = await held;
    assert.deepEqual(j.choices[0].message.tool_calls?.map((c) => c.id), ['call_ls']);
    assert.match(j.choices[0].message.content ?? '', /rm -rf/);
  });
});
