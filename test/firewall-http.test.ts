import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SIM_CONFIG, startGateway, type TestGateway } from './helpers/gateway.js';
import { execFile } from 'node:child_process';
import { runCli } from './helpers/cli.js';

// The gateway runs in this process, so CLI calls against it must not block the event loop.
function runCliAsync(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env: { ...process.env, ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const env = { SY_AGENT_KEY: 'agent-key-123', SY_APPROVER: 'approver-token-456', SY_ADMIN: 'admin-token-789' };
const yaml = `${SIM_CONFIG}
server:
  api_keys: [env:SY_AGENT_KEY]
  approver_tokens: [env:SY_APPROVER]
  admin_tokens: [env:SY_ADMIN]
firewall:
  mode: enforce
  approvals:
    expire_after_ms: 60000
`;

let gw: TestGateway;
before(async () => {
  gw = await startGateway(yaml, env);
});
after(async () => {
  await gw.close();
});

async function call(method: string, path: string, token: string | null, body?: unknown) {
  const res = await fetch(`${gw.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('firewall over HTTP', () => {
  test('assess needs the gateway key and names bad fields', async () => {
    assert.equal((await call('POST', '/v1/firewall/assess', null, { tool: 'terminal', args: { command: 'ls' } })).status, 401);
    const bad = await call('POST', '/v1/firewall/assess', env.SY_AGENT_KEY, { args: {} });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.param, 'tool');
    const ok = await call('POST', '/v1/firewall/assess', env.SY_AGENT_KEY, { tool: 'terminal', args: { command: 'ls' }, context: { session_id: 'h1' } });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.decision, 'allow');
    assert.equal(ok.body.approval_id, null);
  });

  test('a gated call waits for an approver; the agent key can never approve', async () => {
    const gated = await call('POST', '/v1/firewall/assess', env.SY_AGENT_KEY, { tool: 'terminal', args: { command: 'rm -rf ~' }, context: { session_id: 'h2' } });
    assert.equal(gated.body.status, 'pending');
    const id = gated.body.approval_id as string;
    assert.ok(id);

    const byAgent = await call('POST', `/v1/approvals/${id}/approve`, env.SY_AGENT_KEY, { scope: 'once' });
    assert.equal(byAgent.status, 403);
    assert.match(byAgent.body.error.message, /gateway \(agent\) key cannot approve/);
    assert.equal((await call('POST', `/v1/approvals/${id}/approve`, env.SY_ADMIN, {})).status, 403);
    assert.equal((await call('GET', '/v1/approvals', env.SY_AGENT_KEY)).status, 403);

    const list = await call('GET', '/v1/approvals', env.SY_APPROVER);
    assert.ok(list.body.data.some((a: any) => a.id === id));
    const waiting = call('GET', `/v1/approvals/${id}/wait?timeout_ms=10000`, env.SY_APPROVER);
    const agentWaiting = call('GET', `/v1/firewall/approvals/${id}/wait?timeout_ms=10000`, env.SY_AGENT_KEY);
    const agentPeek = await call('GET', `/v1/firewall/approvals/${id}/wait?timeout_ms=1`, env.SY_AGENT_KEY);
    assert.equal(agentPeek.body.status, 'pending');
    assert.equal(agentPeek.body.run, false);
    const approved = await call('POST', `/v1/approvals/${id}/approve`, env.SY_APPROVER, { scope: 'once' });
    assert.equal(approved.status, 200);
    assert.equal(approved.body.status, 'approved');
    assert.match(approved.body.decided_by, /approver/);
    assert.equal((await waiting).body.status, 'approved');
    const released = (await agentWaiting).body;
    assert.equal(released.status, 'approved');
    assert.equal(released.run, true);

    const trace = await call('GET', `/v1/firewall/traces/${gated.body.trace_id}`, env.SY_APPROVER);
    assert.equal(trace.body.approval_outcome, 'approved_once');
  });

  test('bad scope is a 400 naming the field; deny works', async () => {
    const gated = await call('POST', '/v1/firewall/assess', env.SY_AGENT_KEY, { tool: 'terminal', args: { command: 'git push -f' }, context: { session_id: 'h3' } });
    const id = gated.body.approval_id;
    const bad = await call('POST', `/v1/approvals/${id}/approve`, env.SY_APPROVER, { scope: 'forever' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.param, 'scope');
    const denied = await call('POST', `/v1/approvals/${id}/deny`, env.SY_APPROVER, {});
    assert.equal(denied.body.status, 'denied');
    assert.equal((await call('POST', `/v1/approvals/${id}/deny`, env.SY_APPROVER, {})).status, 409);
  });

  test('CLI approvals list/approve --scope always, rules, revoke, explain', async () => {
    const gated = await call('POST', '/v1/firewall/assess', env.SY_AGENT_KEY, { tool: 'terminal', args: { command: 'git clean -fdx' }, context: { session_id: 'h4' } });
    const id = gated.body.approval_id as string;
    const cliEnv = { SWITCHYARD_URL: gw.url, SWITCHYARD_APPROVER_TOKEN: env.SY_APPROVER };
    const list = await runCliAsync(['approvals', 'list'], cliEnv);
    assert.equal(list.status, 0, list.stderr);
    assert.ok(list.stdout.includes(id));
    const ap = await runCliAsync(['approvals', 'approve', id, '--scope', 'always'], cliEnv);
    assert.equal(ap.status, 0, ap.stderr);
    const again = await call('POST', '/v1/firewall/assess', env.SY_AGENT_KEY, { tool: 'terminal', args: { command: 'git clean -fdx' }, context: { session_id: 'other' } });
    assert.equal(again.body.status, 'allow');
    const rules = await runCliAsync(['approvals', 'rules'], cliEnv);
    assert.ok(rules.stdout.includes(again.body.rule_id));
    assert.equal((await runCliAsync(['approvals', 'revoke', again.body.rule_id], cliEnv)).status, 0);
    const explain = await runCliAsync(['firewall', 'explain', gated.body.trace_id], cliEnv);
    assert.equal(explain.status, 0, explain.stderr);
    assert.match(explain.stdout, /git clean -fdx/);
    assert.match(explain.stdout, /approved_always/);
    const byAgent = await runCliAsync(['approvals', 'list'], { SWITCHYARD_URL: gw.url, SWITCHYARD_APPROVER_TOKEN: env.SY_AGENT_KEY });
    assert.equal(byAgent.status, 1);
    assert.match(byAgent.stderr, /403/);
  });
});

describe('firewall assess --jsonl', () => {
  test('one line out per line in, in order; bad lines name the field', () => {
    const input = [
      JSON.stringify({ tool: 'terminal', args: { command: 'git status' }, context: { session_id: 's' } }),
      JSON.stringify({ tool: 7, args: {} }),
      '{nope',
      JSON.stringify({ tool: 'send_message', args: { message: 'ok' }, context: { user_message: 'I am going to kill myself', session_id: 's' } }),
    ].join('\n');
    const r = runCli(['firewall', 'assess', '--jsonl'], { input: `${input}\n` });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 4);
    assert.equal(lines[0].decision, 'allow');
    assert.equal(lines[1].error.field, 'tool');
    assert.equal(lines[2].error.field, null);
    assert.equal(lines[3].crisis_sensitive, true);
    assert.equal(lines[3].pattern, 'pre_execution_gate');
  });
});
