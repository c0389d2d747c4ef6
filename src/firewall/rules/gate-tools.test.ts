import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeGateTool } from './gate-tools.js';

test('gate-tools: changing which calls need approval asks in either direction; a guardrail off asks', () => {
  assert.equal(judgeGateTool('set_tool_approval', { tool: 'execute_sql', require_approval: true }).length, 1);
  assert.equal(judgeGateTool('update_tool_permissions', { agent: 'support-bot', tool: 'issue_refund', mode: 'auto' }).length, 1);
  assert.equal(judgeGateTool('update_policy', { policy: 'default', rules: [{ tool: '*', action: 'allow' }] }).length, 1);
  assert.equal(judgeGateTool('set_guardrail', { name: 'pii_redaction', enabled: false }).length, 1);
  assert.equal(judgeGateTool('invoke', { function: 'policy.set_mode', payload: { mode: 'monitor_only' } }).length, 1);
  assert.equal(judgeGateTool('http_request', { method: 'PATCH', url: 'https://gw.example/admin/agents/bot/approval', json: { mode: 'auto' } }).length, 1);
});

test('gate-tools: reads, approval requests, evaluations and a guardrail switched on run', () => {
  assert.equal(judgeGateTool('list_guardrails', { agent: 'support-bot' }).length, 0);
  assert.equal(judgeGateTool('get_policy', { policy_id: 'tool-approval' }).length, 0);
  assert.equal(judgeGateTool('request_approval', { action: 'pay_invoice', approver: 'finance-lead' }).length, 0);
  assert.equal(judgeGateTool('mcp__guardrails__call_api', { method: 'POST', path: '/v1/projects/x/guardrails/evaluate', body: { dry_run: true } }).length, 0);
  assert.equal(judgeGateTool('set_guardrail', { name: 'jailbreak_input_check', enabled: true }).length, 0);
  assert.equal(judgeGateTool('update_refund_settings', { max_days: 30 }).length, 0);
});
