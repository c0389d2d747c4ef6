import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { SIM_CONFIG, startGateway, type TestGateway } from './helpers/gateway.js';
import { api, FW_ENV, pendingFor } from './helpers/firewall-inline.js';

// The inline firewall on the Responses surface: tool calls in a Response are assessed and held
// or blocked exactly as on chat completions (JSON and the event stream).

const TERMINAL: OpenAI.Responses.FunctionTool = {
  type: 'function',
  name: 'terminal',
  description: 'run a shell command',
  parameters: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] },
  strict: false,
};

const yaml = `${SIM_CONFIG}
  agent-observe:
    model: sim-model
    firewall: observe
server:
  api_keys: [env:SY_AGENT_KEY]
  approver_tokens: [env:SY_APPROVER]
firewall:
  mode: enforce
  approvals:
    expire_after_ms: 60000
`;

describe('inline firewall, Responses surface', () => {
  let gw: TestGateway;
  let client: OpenAI;
  before(async () => {
    gw = await startGateway(yaml, FW_ENV);
    client = new OpenAI({ baseURL: gw.baseURL, apiKey: FW_ENV.SY_AGENT_KEY, maxRetries: 0 });
  });
  after(async () => gw?.close());

  const ask = (route: string, command: string, session: string, stream = false) => {
    const body = { model: route, input: `please run \`${command}\``, tools: [TERMINAL], tool_choice: 'required' as const };
    const opts = { headers: { 'x-switchyard-session-id': session } };
    return stream ? client.responses.stream(body, opts).finalResponse() : client.responses.create(body, opts);
  };

  test('observe: the call goes out unchanged and is reported', async () => {
    const r = await ask('agent-observe', 'rm -rf ~/projects', 'r-obs');
    const call = r.output.find((o) => o.type === 'function_call');
    assert.ok(call && call.type === 'function_call');
    assert.deepEqual(JSON.parse(call.arguments), { command: 'rm -rf ~/projects' });
    assert.equal((r as any).switchyard.firewall.calls[0].outcome, 'observed');
  });

  test('enforce JSON: held until approved, then sent unchanged; the agent key cannot approve', async () => {
    const pending = ask('agent-main', 'rm -rf ~/projects', 'r-held');
    const approval = await pendingFor(gw.url, 'r-held');
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/approve`, FW_ENV.SY_AGENT_KEY, { scope: 'once' })).status, 403);
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/approve`, FW_ENV.SY_APPROVER, { scope: 'once' })).status, 200);
    const r = await pending;
    const call = r.output.find((o) => o.type === 'function_call');
    assert.ok(call && call.type === 'function_call');
    assert.deepEqual(JSON.parse(call.arguments), { command: 'rm -rf ~/projects' });
    assert.equal((r as any).switchyard.firewall.calls[0].outcome, 'approved');
  });

  test('enforce JSON: a denied call is removed and the message says why', async () => {
    const pending = ask('agent-main', 'rm -rf ~/projects', 'r-deny');
    const approval = await pendingFor(gw.url, 'r-deny');
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/deny`, FW_ENV.SY_APPROVER)).status, 200);
    const r = await pending;
    assert.equal(r.output.some((o) => o.type === 'function_call'), false);
    assert.match(r.output_text, /\[Switchyard firewall\].*blocked/);
    assert.equal(r.status, 'completed');
  });

  test('enforce stream: held until approved, then the call item arrives whole', async () => {
    const pending = ask('agent-main', 'git push --force origin main', 'r-stream-ok', true);
    const approval = await pendingFor(gw.url, 'r-stream-ok');
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/approve`, FW_ENV.SY_APPROVER, {})).status, 200);
    const r = await pending;
    const call = r.output.find((o) => o.type === 'function_call');
    assert.ok(call && call.type === 'function_call');
    assert.equal(call.name, 'terminal');
    assert.deepEqual(JSON.parse(call.arguments), { command: 'git push --force origin main' });
  });

  test('enforce stream: a denied call never reaches the client; text says it was blocked', async () => {
    const pending = ask('agent-main', 'git push --force origin main', 'r-stream-deny', true);
    const approval = await pendingFor(gw.url, 'r-stream-deny');
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/deny`, FW_ENV.SY_APPROVER)).status, 200);
    const r = await pending;
    assert.equal(r.output.some((o) => o.type === 'function_call'), false);
    assert.match(r.output_text, /blocked and not executed/);
    // The stored conversation holds what the client saw, not the blocked call.
    const stored = await client.responses.retrieve(r.id);
    assert.equal(stored.output.some((o) => o.type === 'function_call'), false);
  });
});
