import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { startGatewayProcess, type GatewayProcess } from './helpers/cli.js';
import { dropSchema, PG_URL, uniqueSchema } from './store/pg-harness.js';
import { api, pendingFor, TERMINAL_TOOL } from './helpers/firewall-inline.js';

// Two gateway processes on one PostgreSQL: a tool call held by replica A is released by an
// answer given on replica B (LISTEN/NOTIFY, with polling of the approvals table as a safety net).

const KEYS = { SY_AGENT_KEY: 'agent-key-replicas', SY_APPROVER: 'approver-token-replicas' };
const yaml = `
server:
  api_keys: [env:SY_AGENT_KEY]
  approver_tokens: [env:SY_APPROVER]
storage:
  kind: postgres
  url: env:SY_TEST_PG
  batch_flush_ms: 5
providers:
  sim: { type: simulated, seed: 3 }
models:
  sim-model:
    targets: [{ provider: sim, model: sim-1 }]
routes:
  agent-main: { model: sim-model, firewall: enforce }
firewall:
  approvals:
    expire_after_ms: 60000
`;

describe('approvals across gateway replicas', () => {
  const schema = uniqueSchema('sy_fwrep');
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-fw-replicas-'));
  let a: GatewayProcess;
  let b: GatewayProcess;
  before(async () => {
    const cfg = join(dir, 'switchyard.yaml');
    writeFileSync(cfg, yaml);
    const env = { ...KEYS, SY_TEST_PG: PG_URL, SWITCHYARD_PG_SCHEMA: schema };
    [a, b] = await Promise.all([startGatewayProcess(['--config', cfg], env), startGatewayProcess(['--config', cfg], env)]);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  });

  const ask = (session: string) =>
    new OpenAI({ baseURL: `${a.url}/v1`, apiKey: KEYS.SY_AGENT_KEY, maxRetries: 0 }).chat.completions.create(
      { model: 'agent-main', messages: [{ role: 'user', content: 'run `rm -rf ~/projects`' }], tools: [TERMINAL_TOOL], tool_choice: 'required' },
      { headers: { 'x-switchyard-session-id': session } },
    );

  test('held on A, approved on B: A releases the call', async () => {
    const held = ask('rep-1');
    const approval = await pendingFor(b.url, 'rep-1', KEYS.SY_APPROVER);
    assert.equal((await api(b.url, 'POST', `/v1/approvals/${approval.id}/approve`, KEYS.SY_AGENT_KEY, {})).status, 403);
    assert.equal((await api(a.url, 'POST', `/v1/approvals/${approval.id}/approve`, KEYS.SY_AGENT_KEY, {})).status, 403);
    assert.equal((await api(b.url, 'POST', `/v1/approvals/${approval.id}/approve`, KEYS.SY_APPROVER, {})).status, 200);
    const r = await held;
    assert.equal(r.choices[0].message.tool_calls?.length, 1);
    assert.equal((r as any).switchyard.firewall.calls[0].outcome, 'approved');
  });

  test('held on A, denied on B: A removes the call and says why', async () => {
    const held = ask('rep-2');
    const approval = await pendingFor(b.url, 'rep-2', KEYS.SY_APPROVER);
    assert.equal((await api(b.url, 'POST', `/v1/approvals/${approval.id}/deny`, KEYS.SY_APPROVER)).status, 200);
    const r = await held;
    assert.equal(r.choices[0].message.tool_calls, undefined);
    assert.match(r.choices[0].message.content!, /an approver denied it/);
  });
});
