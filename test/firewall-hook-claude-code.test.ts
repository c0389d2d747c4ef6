import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SIM_CONFIG, startGateway, type TestGateway } from './helpers/gateway.js';
import { runCliAsync } from './helpers/cli-async.js';
import { api, FW_ENV, pendingFor } from './helpers/firewall-inline.js';

// `switchyard hook claude-code` fed the JSON Claude Code sends to a PreToolUse hook.

const hookJson = (tool: string, input: Record<string, unknown>, session: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ session_id: session, transcript_path: '/nonexistent/transcript.jsonl', cwd: '/tmp', hook_event_name: 'PreToolUse', tool_name: tool, tool_input: input, ...extra });

function decision(stdout: string): { permissionDecision: string; permissionDecisionReason: string; hookEventName: string } {
  return JSON.parse(stdout).hookSpecificOutput;
}

let gw: TestGateway;
let dir: string;
const noGateway = { SWITCHYARD_URL: '', SWITCHYARD_API_KEY: '' };
before(async () => {
  gw = await startGateway(`${SIM_CONFIG}\nserver:\n  api_keys: [env:SY_AGENT_KEY]\n  approver_tokens: [env:SY_APPROVER]\nfirewall:\n  mode: enforce\n`, FW_ENV);
  dir = mkdtempSync(join(tmpdir(), 'sy-hook-'));
});
after(async () => {
  await gw.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('claude-code hook, local policy (no gateway)', () => {
  test('allow, ask and deny, each with the reason', async () => {
    const allow = await runCliAsync(['hook', 'claude-code'], { input: hookJson('Read', { file_path: '/tmp/project/README.md' }, 'l1'), env: noGateway });
    assert.equal(allow.status, 0, allow.stderr);
    assert.equal(decision(allow.stdout).hookEventName, 'PreToolUse');
    assert.equal(decision(allow.stdout).permissionDecision, 'allow');

    const ask = await runCliAsync(['hook', 'claude-code'], { input: hookJson('Bash', { command: 'rm -rf ~' }, 'l2'), env: noGateway });
    assert.equal(ask.status, 0, ask.stderr);
    assert.equal(decision(ask.stdout).permissionDecision, 'ask');
    assert.match(decision(ask.stdout).permissionDecisionReason, /rm|recursive|home/i);

    const cfg = join(dir, 'deny.yaml');
    writeFileSync(cfg, `${SIM_CONFIG}\nfirewall:\n  thresholds:\n    deny_above: 0.9\n`);
    const deny = await runCliAsync(['hook', 'claude-code', '--config', cfg], { input: hookJson('Bash', { command: 'rm -rf ~' }, 'l3'), env: noGateway });
    assert.equal(deny.status, 0, deny.stderr);
    assert.equal(decision(deny.stdout).permissionDecision, 'deny');
  });

  test('reads the last user messages from the transcript for crisis detection', async () => {
    const transcript = join(dir, 'transcript.jsonl');
    writeFileSync(transcript, [
      JSON.stringify({ type: 'user', message: { role: 'user', content: 'I want to end my life tonight, I have the pills ready' } }),
      '{torn line',
    ].join('\n'));
    const r = await runCliAsync(['hook', 'claude-code'], {
      input: hookJson('WebFetch', { url: 'https://example.com/how-many-pills', prompt: 'lethal dose' }, 'l4', { transcript_path: transcript }),
      env: noGateway,
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(decision(r.stdout).permissionDecision, 'ask');
    assert.match(decision(r.stdout).permissionDecisionReason, /crisis|self-harm|suicid/i);
  });

  test('other events are left alone; bad input blocks with exit 2', async () => {
    const other = await runCliAsync(['hook', 'claude-code'], { input: JSON.stringify({ hook_event_name: 'PostToolUse', tool_name: 'Bash', tool_input: {} }), env: noGateway });
    assert.equal(other.status, 0);
    assert.equal(other.stdout, '');
    const bad = await runCliAsync(['hook', 'claude-code'], { input: '{not json', env: noGateway });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /not JSON/);
    const missing = await runCliAsync(['hook', 'claude-code'], { input: JSON.stringify({ hook_event_name: 'PreToolUse', tool_input: {} }), env: noGateway });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /tool_name/);
  });
});

describe('claude-code hook through a running gateway', () => {
  const env = { SWITCHYARD_API_KEY: FW_ENV.SY_AGENT_KEY };
  test('a safe call is allowed at once', async () => {
    const r = await runCliAsync(['hook', 'claude-code', '--gateway-url', gw.url], { input: hookJson('Bash', { command: 'ls -la' }, 'g1'), env });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(decision(r.stdout).permissionDecision, 'allow');
  });

  test('without --wait a gated call is handed to Claude Code as ask, naming the approval', async () => {
    const r = await runCliAsync(['hook', 'claude-code', '--gateway-url', gw.url], { input: hookJson('Bash', { command: 'rm -rf ~' }, 'g2'), env });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(decision(r.stdout).permissionDecision, 'ask');
    assert.match(decision(r.stdout).permissionDecisionReason, /pending approval/);
  });

  test('with --wait: approved by an approver -> allow; the agent key cannot approve', async () => {
    const running = runCliAsync(['hook', 'claude-code', '--gateway-url', gw.url, '--wait', '30'], { input: hookJson('Bash', { command: 'rm -rf ~/old' }, 'g3'), env });
    const approval = await pendingFor(gw.url, 'g3');
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/approve`, FW_ENV.SY_AGENT_KEY, {})).status, 403);
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/approve`, FW_ENV.SY_APPROVER, {})).status, 200);
    const r = await running;
    assert.equal(r.status, 0, r.stderr);
    assert.equal(decision(r.stdout).permissionDecision, 'allow');
    assert.match(decision(r.stdout).permissionDecisionReason, /Approved/);
  });

  test('with --wait: denied by an approver -> deny', async () => {
    const running = runCliAsync(['hook', 'claude-code', '--gateway-url', gw.url, '--wait', '30'], { input: hookJson('Bash', { command: 'rm -rf ~/old' }, 'g4'), env });
    const approval = await pendingFor(gw.url, 'g4');
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/deny`, FW_ENV.SY_AGENT_KEY)).status, 403);
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/deny`, FW_ENV.SY_APPROVER)).status, 200);
    const r = await running;
    assert.equal(decision(r.stdout).permissionDecision, 'deny');
    assert.match(decision(r.stdout).permissionDecisionReason, /denied/);
  });

  test('an unreachable gateway or a wrong key blocks with exit 2 (fail closed)', async () => {
    const down = await runCliAsync(['hook', 'claude-code', '--gateway-url', 'http://127.0.0.1:9'], { input: hookJson('Bash', { command: 'ls' }, 'g5'), env });
    assert.equal(down.status, 2);
    assert.match(down.stderr, /cannot reach/);
    const wrong = await runCliAsync(['hook', 'claude-code', '--gateway-url', gw.url], { input: hookJson('Bash', { command: 'ls' }, 'g6'), env: { SWITCHYARD_API_KEY: 'wrong' } });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /401/);
  });
});
