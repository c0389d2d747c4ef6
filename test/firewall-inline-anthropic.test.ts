import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic from '@anthropic-ai/sdk';
import { SIM_CONFIG, startGateway, type TestGateway } from './helpers/gateway.js';
import { api, FW_ENV, pendingFor } from './helpers/firewall-inline.js';

// The inline firewall on the Anthropic surface (what Claude Code speaks), through the official SDK.

const tools: Anthropic.Tool[] = [{ name: 'Bash', description: 'run a shell command', input_schema: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] } }];

let gw: TestGateway;
let client: Anthropic;
before(async () => {
  gw = await startGateway(`${SIM_CONFIG}\nserver:\n  api_keys: [env:SY_AGENT_KEY]\n  approver_tokens: [env:SY_APPROVER]\nfirewall:\n  mode: enforce\n`, FW_ENV);
  client = new Anthropic({ baseURL: gw.url, apiKey: null, authToken: FW_ENV.SY_AGENT_KEY, maxRetries: 0 });
});
after(async () => gw.close());

const params = (command: string): Anthropic.MessageCreateParamsNonStreaming => ({
  model: 'agent-main',
  max_tokens: 256,
  tools,
  tool_choice: { type: 'any' },
  messages: [{ role: 'user', content: `run \`${command}\`` }],
});

describe('inline firewall, Anthropic surface', () => {
  test('JSON: a denied tool_use is removed and replaced by text; the agent key cannot deny', async () => {
    const held = client.messages.create(params('rm -rf ~/projects'), { headers: { 'x-switchyard-session-id': 'anth-1' } }).withResponse();
    const approval = await pendingFor(gw.url, 'anth-1');
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/deny`, FW_ENV.SY_AGENT_KEY)).status, 403);
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/deny`, FW_ENV.SY_APPROVER)).status, 200);
    const { data, response } = await held;
    assert.equal(data.content.some((b) => b.type === 'tool_use'), false);
    assert.equal(data.stop_reason, 'end_turn');
    assert.match((data.content.find((b) => b.type === 'text') as Anthropic.TextBlock).text, /Bash .*rm -rf ~\/projects.*an approver denied it/);
    assert.match(response.headers.get('x-switchyard-firewall')!, /mode=enforce; calls=1; denied=1/);
  });

  test('stream: tool_use held until approved, then sent unchanged', async () => {
    const stream = client.messages.stream({ ...params('rm -rf ~/projects'), stream: true } as never, { headers: { 'x-switchyard-session-id': 'anth-2' } });
    const done = stream.finalMessage();
    const approval = await pendingFor(gw.url, 'anth-2');
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/approve`, FW_ENV.SY_AGENT_KEY, {})).status, 403);
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/approve`, FW_ENV.SY_APPROVER, {})).status, 200);
    const msg = await done;
    const use = msg.content.find((b) => b.type === 'tool_use') as Anthropic.ToolUseBlock;
    assert.equal(use.name, 'Bash');
    assert.deepEqual(use.input, { command: 'rm -rf ~/projects' });
    assert.equal(msg.stop_reason, 'tool_use');
  });
});
