import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { SIM_CONFIG, startGateway, type TestGateway } from './helpers/gateway.js';
import { api, FW_ENV, pendingFor, TERMINAL_TOOL } from './helpers/firewall-inline.js';

// The inline firewall through the official OpenAI SDK: a simulated model answers with a
// `terminal` call built from the user's message; the gateway observes or holds it.

const yaml = (expireMs: number) => `${SIM_CONFIG}
  agent-observe:
    model: sim-model
    firewall: observe
  agent-off:
    model: sim-model
    firewall: off
server:
  api_keys: [env:SY_AGENT_KEY]
  approver_tokens: [env:SY_APPROVER]
firewall:
  mode: enforce
  approvals:
    expire_after_ms: ${expireMs}
`;

let gw: TestGateway;
let shortGw: TestGateway;
let client: OpenAI;
before(async () => {
  gw = await startGateway(yaml(60_000), FW_ENV);
  shortGw = await startGateway(yaml(300), FW_ENV);
  client = new OpenAI({ baseURL: gw.baseURL, apiKey: FW_ENV.SY_AGENT_KEY, maxRetries: 0 });
});
after(async () => {
  await gw.close();
  await shortGw.close();
});

function ask(c: OpenAI, route: string, command: string, session: string) {
  return c.chat.completions
    .create(
      { model: route, messages: [{ role: 'user', content: `please run \`${command}\`` }], tools: [TERMINAL_TOOL], tool_choice: 'required' },
      { headers: { 'x-switchyard-session-id': session } },
    )
    .withResponse();
}

async function askStream(c: OpenAI, command: string, session: string) {
  const stream = await c.chat.completions.create(
    { model: 'agent-main', stream: true, messages: [{ role: 'user', content: `please run \`${command}\`` }], tools: [TERMINAL_TOOL], tool_choice: 'required' },
    { headers: { 'x-switchyard-session-id': session } },
  );
  let content = '';
  let finish: string | null = null;
  const calls = new Map<number, { id?: string; name: string; args: string }>();
  for await (const chunk of stream) {
    const choice = chunk.choices[0];
    if (!choice) continue;
    content += choice.delta.content ?? '';
    for (const d of choice.delta.tool_calls ?? []) {
      const p = calls.get(d.index) ?? { name: '', args: '' };
      if (d.id) p.id = d.id;
      p.name += d.function?.name ?? '';
      p.args += d.function?.arguments ?? '';
      calls.set(d.index, p);
    }
    finish = choice.finish_reason ?? finish;
  }
  return { content, finish, calls: [...calls.values()] };
}

describe('inline firewall, OpenAI surface', () => {
  test('observe: the response is unchanged, the assessment is reported and stored', async () => {
    const { data, response } = await ask(client, 'agent-observe', 'rm -rf ~/projects', 'obs-1');
    assert.equal(data.choices[0].finish_reason, 'tool_calls');
    assert.equal((data.choices[0].message.tool_calls?.[0] as any).function.name, 'terminal');
    assert.deepEqual(JSON.parse((data.choices[0].message.tool_calls?.[0] as any).function.arguments), { command: "rm -rf ~/projects" });
    const fw = (data as any).switchyard.firewall;
    assert.equal(fw.mode, 'observe');
    assert.equal(fw.calls[0].decision, 'ask');
    assert.equal(fw.calls[0].outcome, 'observed');
    assert.match(response.headers.get('x-switchyard-firewall')!, /mode=observe; calls=1; observed=1/);
    const trace = await api(gw.url, 'GET', `/v1/firewall/traces/${fw.calls[0].trace_id}`, FW_ENV.SY_APPROVER);
    assert.equal(trace.status, 200);
    assert.equal(trace.body.tool_name, 'terminal');
    assert.equal((await api(gw.url, 'GET', `/v1/firewall/traces/${fw.calls[0].trace_id}`, FW_ENV.SY_AGENT_KEY)).status, 403);
    // Nobody waits on an observed call, so no approval is opened for it.
    assert.deepEqual((await api(gw.url, 'GET', '/v1/approvals?session_id=obs-1', FW_ENV.SY_APPROVER)).body.data, []);
  });

  // Agents resend the whole conversation every turn; its earlier calls were assessed on their own
  // turn, so a verdict memo for them would have nothing to save (docs/performance.md, perf-assess).
  test('observe: only the tool calls of the answer are assessed, never those the conversation resends', async () => {
    const earlier = (id: string, command: string): OpenAI.ChatCompletionMessageParam[] => [
      { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name: 'terminal', arguments: JSON.stringify({ command }) } }] },
      { role: 'tool', tool_call_id: id, content: 'done' },
    ];
    const messages: OpenAI.ChatCompletionMessageParam[] = [
      { role: 'user', content: 'please run `rm -rf ~/projects`' },
      ...earlier('call_1', 'rm -rf ~/projects'),
      ...earlier('call_2', 'git push --force origin main'),
      { role: 'user', content: 'please run `ls -la src`' },
    ];
    const { data, response } = await client.chat.completions
      .create({ model: 'agent-observe', messages, tools: [TERMINAL_TOOL], tool_choice: 'required' }, { headers: { 'x-switchyard-session-id': 'obs-history' } })
      .withResponse();
    const fw = (data as any).switchyard.firewall;
    assert.equal(fw.calls.length, 1);
    assert.equal(fw.calls[0].decision, 'allow');
    assert.equal(response.headers.get('x-switchyard-firewall'), 'mode=observe; calls=1; allowed=1');
  });

  test('observe stream: tool-call deltas pass unchanged, with the mode header', async () => {
    const stream = await client.chat.completions
      .create(
        { model: 'agent-observe', stream: true, messages: [{ role: 'user', content: 'please run `rm -rf ~/projects`' }], tools: [TERMINAL_TOOL], tool_choice: 'required' },
        { headers: { 'x-switchyard-session-id': 'obs-2' } },
      )
      .withResponse();
    assert.equal(stream.response.headers.get('x-switchyard-firewall'), 'mode=observe');
    let args = '';
    let finish: string | null = null;
    for await (const chunk of stream.data) {
      for (const d of chunk.choices[0]?.delta.tool_calls ?? []) args += d.function?.arguments ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    assert.deepEqual(JSON.parse(args), { command: 'rm -rf ~/projects' });
    assert.equal(finish, 'tool_calls');
    assert.deepEqual((await api(gw.url, 'GET', '/v1/approvals?session_id=obs-2', FW_ENV.SY_APPROVER)).body.data, []);
  });

  test('off: no assessment, no header', async () => {
    const { data, response } = await ask(client, 'agent-off', 'rm -rf ~/projects', 'off-1');
    assert.equal((data as any).switchyard.firewall, undefined);
    assert.equal(response.headers.get('x-switchyard-firewall'), null);
  });

  test('enforce: a safe call passes at once', async () => {
    const { data } = await ask(client, 'agent-main', 'ls -la', 'safe-1');
    assert.equal(data.choices[0].message.tool_calls?.length, 1);
    assert.equal((data as any).switchyard.firewall.calls[0].outcome, 'allowed');
  });

  test('enforce JSON: held until approved; the agent key cannot approve; approved call goes out unchanged', async () => {
    const pending = ask(client, 'agent-main', 'rm -rf ~/projects', 'held-1');
    const approval = await pendingFor(gw.url, 'held-1');
    assert.equal(approval.tool_name, 'terminal');
    const byAgent = await api(gw.url, 'POST', `/v1/approvals/${approval.id}/approve`, FW_ENV.SY_AGENT_KEY, { scope: 'once' });
    assert.equal(byAgent.status, 403);
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/deny`, FW_ENV.SY_AGENT_KEY)).status, 403);
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/approve`, FW_ENV.SY_APPROVER, { scope: 'session' })).status, 200);
    const { data, response } = await pending;
    assert.equal(data.choices[0].finish_reason, 'tool_calls');
    assert.deepEqual(JSON.parse((data.choices[0].message.tool_calls?.[0] as any).function.arguments), { command: "rm -rf ~/projects" });
    assert.equal((data as any).switchyard.firewall.calls[0].outcome, 'approved');
    assert.match(response.headers.get('x-switchyard-firewall')!, /approved=1/);

    // Approved for the session: the same call in the same session passes at once.
    const again = await ask(client, 'agent-main', 'rm -rf ~/projects', 'held-1');
    assert.equal((again.data as any).switchyard.firewall.calls[0].outcome, 'allowed_by_rule');
    assert.equal(again.data.choices[0].message.tool_calls?.length, 1);
  });

  test('enforce JSON: denied calls are removed and the assistant says what was blocked and why', async () => {
    const pending = ask(client, 'agent-main', 'rm -rf ~/projects', 'deny-1');
    const approval = await pendingFor(gw.url, 'deny-1');
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/deny`, FW_ENV.SY_APPROVER)).status, 200);
    const { data } = await pending;
    const msg = data.choices[0].message;
    assert.equal(msg.tool_calls, undefined);
    assert.equal(data.choices[0].finish_reason, 'stop');
    assert.match(msg.content!, /\[Switchyard firewall\].*blocked/);
    assert.match(msg.content!, /terminal .*rm -rf ~\/projects.*an approver denied it/);
    assert.equal((data as any).switchyard.firewall.calls[0].outcome, 'denied');
  });

  test('enforce JSON: an unanswered approval expires to a block', async () => {
    const c = new OpenAI({ baseURL: shortGw.baseURL, apiKey: FW_ENV.SY_AGENT_KEY, maxRetries: 0 });
    const { data } = await ask(c, 'agent-main', 'rm -rf ~/projects', 'exp-1');
    assert.equal(data.choices[0].message.tool_calls, undefined);
    assert.match(data.choices[0].message.content!, /approval expired/);
    assert.equal((data as any).switchyard.firewall.calls[0].outcome, 'expired');
  });

  test('enforce stream: tool-call deltas are held until approved, then sent unchanged', async () => {
    const pending = askStream(client, 'git push --force origin main', 'stream-ok');
    const approval = await pendingFor(gw.url, 'stream-ok');
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/approve`, FW_ENV.SY_AGENT_KEY, {})).status, 403);
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/approve`, FW_ENV.SY_APPROVER, {})).status, 200);
    const r = await pending;
    assert.equal(r.finish, 'tool_calls');
    assert.equal(r.calls.length, 1);
    assert.equal(r.calls[0].name, 'terminal');
    assert.deepEqual(JSON.parse(r.calls[0].args), { command: 'git push --force origin main' });
  });

  test('enforce stream: a denied call is removed and replaced by text', async () => {
    const pending = askStream(client, 'git push --force origin main', 'stream-deny');
    const approval = await pendingFor(gw.url, 'stream-deny');
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/deny`, FW_ENV.SY_APPROVER)).status, 200);
    const r = await pending;
    assert.equal(r.calls.length, 0);
    assert.equal(r.finish, 'stop');
    assert.match(r.content, /blocked and not executed/);
  });

  test('enforce stream: expiry blocks the call', async () => {
    const c = new OpenAI({ baseURL: shortGw.baseURL, apiKey: FW_ENV.SY_AGENT_KEY, maxRetries: 0 });
    const r = await askStream(c, 'git push --force origin main', 'stream-exp');
    assert.equal(r.calls.length, 0);
    assert.match(r.content, /approval expired/);
  });
});
