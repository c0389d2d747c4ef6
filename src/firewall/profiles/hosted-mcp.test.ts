import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { firewallConfigSchema } from '../../config/firewall-schema.js';
import { assess } from '../engine.js';
import { setGateModelEnabled } from '../learned/gate-score.js';
import { hostedMcpCall } from './hosted-mcp.js';

// A hosted MCP call is judged as the call it makes on its server. The learned gate layer is off:
// these check the rules.
before(() => setGateModelEnabled(false));
after(() => setGateModelEnabled(true));

const hosted = (server_label: string, name: string, args: unknown, extra: Record<string, unknown> = {}) => ({ tool: 'hosted_mcp', args: { server_label, name, arguments: args, ...extra } });

test('the call a hosted MCP call makes: server and tool from the label and name, arguments parsed', () => {
  assert.deepEqual(hostedMcpCall(hosted('stripe', 'create_refund', '{"charge":"ch_1","amount":500}'), {})?.call, { tool: 'mcp__stripe__create_refund', args: { charge: 'ch_1', amount: 500 }, annotations: undefined });
  assert.deepEqual(hostedMcpCall(hosted('Ops Tools', 'list_jobs', { owner: 'me' }), {})?.call.tool, 'mcp__Ops-Tools__list_jobs');
  assert.deepEqual(hostedMcpCall({ tool: 'hosted_mcp', args: { server_label: 'gh', tool_name: 'get_issue', args: { number: 3 } } }, {})?.call.args, { number: 3 });
  // Text that is not a JSON object stays readable to the content rules.
  assert.deepEqual(hostedMcpCall(hosted('notes', 'append', 'buy milk'), {})?.call.args, { arguments: 'buy milk' });
  // The hosted tool's configuration names no tool; an operator's own declaration of hosted_mcp wins.
  assert.equal(hostedMcpCall({ tool: 'hosted_mcp', args: { server_label: 'ops', require_approval: 'never' } }, {}), null);
  const declared = firewallConfigSchema.parse({ tools: { hosted_mcp: { class: 'external', kind: 'generic' } } }).tools;
  assert.equal(hostedMcpCall(hosted('stripe', 'create_refund', '{}'), declared), null);
});

test('hosted calls that pay, delete or press a risky button ask; reads and ordinary clicks run', () => {
  const gated = (c: ReturnType<typeof hosted>) => assess(c).decision !== 'allow';
  assert.equal(gated(hosted('stripe', 'create_payout', '{"amount":120000,"currency":"eur","destination":"ba_1Q"}')), true);
  assert.equal(gated(hosted('mailchimp', 'delete_list', '{"list_id":"a1b2"}')), true);
  assert.equal(gated(hosted('playwright', 'browser_click', '{"element":"Confirm and pay €340.00","ref":"e90"}')), true);
  assert.equal(gated(hosted('supabase', 'execute_sql', '{"query":"TRUNCATE TABLE invoices"}')), true);
  assert.equal(gated(hosted('stripe', 'list_payouts', '{"limit":5}')), false);
  assert.equal(gated(hosted('playwright', 'browser_click', '{"element":"Next page","ref":"e12"}')), false);
  assert.equal(gated(hosted('github', 'get_pull_request', '{"owner":"o","repo":"r","pull_number":7}')), false);
});

test('the trace keeps the hosted tool name; configured never to ask still counts', () => {
  const a = assess(hosted('stripe', 'list_payouts', '{}', { require_approval: 'never' }));
  assert.equal(a.tool_name, 'hosted_mcp');
  assert.ok(a.reasons.some((r) => /never to ask/.test(r)));
  assert.equal(assess({ tool: 'hosted_mcp', args: { server_label: 'ops', server_url: 'https://mcp.ops.example', require_approval: 'never' } }).decision, 'ask');
});
