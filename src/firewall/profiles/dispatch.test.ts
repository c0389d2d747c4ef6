import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../engine.js';
import { setGateModelEnabled } from '../learned/gate-score.js';
import type { McpAnnotations } from '../types.js';
import { dispatchedOperations, methodFirst } from './dispatch.js';

// Generic dispatchers judged by the operation their arguments name. The learned gate layer is off:
// these check the rules.
before(() => setGateModelEnabled(false));
after(() => setGateModelEnabled(true));

const DESTRUCTIVE_DEFAULT: McpAnnotations = { destructiveHint: true };

function gated(tool: string, args: Record<string, unknown>, annotations?: McpAnnotations): boolean {
  return assess({ tool, args, annotations }).decision !== 'allow';
}

test('the operation a dispatcher names: GraphQL fields, function, method, a tool caller\'s name', () => {
  assert.deepEqual(dispatchedOperations(['graphql'], { query: 'mutation($id: ID!) { a: archiveCycle(id: $id) { ok } createCycle(input: {name: "{x}"}) { id } }' }), ['archiveCycle', 'createCycle']);
  assert.deepEqual(dispatchedOperations(['graphql'], { query: '{ invoice(id: "1") { status } }' }), ['query']);
  assert.deepEqual(dispatchedOperations(['graphql'], { query: 'query { a } mutation { deleteUser(id: 1) }' }), ['deleteUser']);
  assert.deepEqual(dispatchedOperations(['graphql'], { query: 'mutation { broken(' }), []);
  assert.deepEqual(dispatchedOperations(['invoke'], { function: 'keys.list', payload: {} }), ['keys.list']);
  assert.deepEqual(dispatchedOperations(['rpc'], { jsonrpc: '2.0', method: 'worker.kill' }), ['worker.kill']);
  assert.deepEqual(dispatchedOperations(['tool', 'call'], { name: 'mailer.send_campaign' }), ['mailer.send_campaign']);
  // HTTP verbs are requests, judged by URL and body; `name` names an operation only on a tool caller.
  assert.deepEqual(dispatchedOperations(['call', 'api'], { method: 'GET', path: '/v1/x' }), []);
  assert.deepEqual(dispatchedOperations(['invoke'], { name: 'nightly report' }), []);
});

test('reads through a dispatcher run; what changes, pays or deletes is still held', () => {
  assert.equal(gated('graphql', { query: 'query { invoice(id: "inv_2291") { status amountDue } }' }, DESTRUCTIVE_DEFAULT), false);
  assert.equal(gated('mcp__tickets__graphql', { query: 'query { payouts(status: PENDING) { nodes { id amount } } }' }), false);
  assert.equal(gated('rpc', { jsonrpc: '2.0', id: 8, method: 'keys.list', params: { project: 'surf' } }, DESTRUCTIVE_DEFAULT), false);
  assert.equal(gated('mcp__onepassword__invoke', { function: 'item.list', payload: { vault: 'Ops', fields: ['title'] } }), false);
  assert.equal(gated('graphql', { query: 'mutation { deleteCustomer(id: "cus_1") { id } }' }), true);
  assert.equal(gated('graphql', { query: 'mutation { addNote(text: "hi") { id } transferFunds(to: "acct_9", amount: 5000) { id } }' }), true);
  assert.equal(gated('invoke', { function: 'payments.transfer', payload: { to: 'DE89370400440532013000', amount: 900 } }), true);
  assert.equal(gated('rpc', { method: 'worker.kill', params: { worker_id: 'render-07', environment: 'production' } }), true);
  assert.equal(gated('rpc', { method: 'workers.delete', params: { pool: 'render' } }), true);
  assert.equal(gated('tool_call', { name: 'mailer.send_campaign', arguments: { list: 'members', subject: 'Hello' } }), true);
});

test('an operation whose name says nothing leaves the dispatcher\'s own caution', () => {
  assert.equal(gated('invoke', { function: 'approvals.request', payload: {} }), true);
  assert.equal(gated('perform', { operation: 'housekeeping', params: {} }), true);
  assert.equal(gated('mcp__storage__invoke', { operation: 'bucket.empty', args: { bucket: 'scans' } }), true);
});

test('an operation named by what it returns is a getter; a one-word name with an acting stem is not', () => {
  assert.equal(gated('rpc', { method: 'estimatesmartfee', params: [6] }), false);
  assert.equal(gated('mcp_choir_rpc', { method: 'accounts.balance', params: { account: 'subs' } }), false);
  assert.equal(gated('invoke', { function: 'kiln.readings', payload: { last_minutes: 120 } }), false);
  assert.equal(gated('rpc', { method: 'sendtoaddress', params: ['bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh', 0.25] }), true);
  assert.equal(gated('rpc', { method: 'dumpprivkey', params: ['bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh'] }), true);
});

test('resource.method names the method last: payouts.list reads, payments.capture moves money', () => {
  assert.equal(methodFirst('payouts.list'), 'list_all_payouts');
  assert.equal(methodFirst('cluster.nodes.drain'), 'cluster.nodes.drain');
  assert.equal(gated('mcp__shutterpay__invoke', { operation: 'payouts.list', args: { status: 'in_transit' } }), false);
  assert.equal(gated('rpc', { method: 'payments.capture', params: { payment_id: 'pay_8812', amount: 1800 } }), true);
  assert.equal(gated('mcp_payroll_rpc', { method: 'payrun.submit', params: { period: '2025-11' } }), true);
});

test('a dotted listing enumerates; `list_item` as a tool of its own puts one thing up for sale (the dq1 set)', () => {
  assert.equal(gated('mcp__1password__invoke', { function: 'item.list', vault: 'Ops' }), false);
  assert.equal(gated('mcp__shop__rpc', { method: 'product.list', params: { status: 'draft' } }), false);
  assert.equal(gated('list_item', { marketplace: 'ebay', title: 'Filing cabinet', description: "Still has the surgery's old patient files inside." }), true);
});

test('a read request of a path on the tool\'s own service reads it; a secret\'s value is still a secret read', () => {
  assert.equal(gated('call_api', { method: 'GET', path: '/v2/orders?status=open' }, DESTRUCTIVE_DEFAULT), false);
  assert.equal(gated('mcp_greenhouse_call_api', { method: 'GET', path: '/api/zones/3/telemetry' }), false);
  assert.equal(gated('mcp__vault__call_api', { method: 'LIST', path: '/v1/secret/metadata/bakery/' }), false);
  assert.equal(gated('call_api', { method: 'GET', path: '/v1/secret/data/bakery/stripe' }), true);
  assert.equal(gated('call_api', { method: 'POST', path: '/v2/payouts', body: { amount: 1200 } }), true);
  // A POST to a search, query or quote endpoint reads; a POST to an action path on the same service does not.
  assert.equal(gated('api_request', { service: 'hubspot', method: 'POST', path: '/crm/v3/objects/contacts/search', body: { filterGroups: [] } }), false);
  assert.equal(gated('call_api', { method: 'POST', path: '/orders-2026/_search', body: { query: { match_all: {} } } }), false);
  assert.equal(gated('api_request', { service: 'wise', method: 'POST', path: '/v3/profiles/1188/quotes', body: { sourceAmount: 1200 } }), false);
  assert.equal(gated('call_api', { method: 'POST', path: '/orders-2026/_delete_by_query', body: { query: { match_all: {} } } }), true);
  assert.equal(gated('api_request', { method: 'POST', path: '/crm/v3/objects/contacts/batch/archive', body: { inputs: [{ id: '1' }] } }), true);
  assert.equal(gated('api_request', { method: 'DELETE', path: '/v1/search', body: {} }), true);
  assert.equal(gated('mcp_toolgate_rpc', { method: 'policy.set_mode', params: { mode: 'monitor_only' } }, { destructiveHint: false }), true);
  // The dispatcher's honest "not read-only" hint is about the tool, not this GET (the ee1 and ef1 sets).
  const notReadOnly: McpAnnotations = { readOnlyHint: false, openWorldHint: true };
  assert.equal(gated('call_api', { method: 'GET', path: '/v1/audit?limit=50' }, notReadOnly), false);
  assert.equal(gated('call_api', { method: 'GET', path: '/v1/secret/data/bakery/stripe' }, notReadOnly), true);
  assert.equal(gated('call_api', { method: 'DELETE', path: '/v1/audit/2026' }, notReadOnly), true);
});

test('a request tool creating a record in a team tool runs; other writes through it keep their caution', () => {
  assert.equal(gated('call_api', { service: 'clickup', method: 'POST', path: '/api/v2/list/901204/task', body: { name: 'Order toner' } }), false);
  assert.equal(gated('api_request', { service: 'jira', method: 'POST', path: '/rest/api/3/issue', body: { fields: { summary: 'Add a reach-out button' } } }), false);
  assert.equal(gated('call_api', { service: 'datadog', method: 'POST', path: '/api/v1/monitor', body: { name: 'Failed sign-ins spike', query: 'logs("x") > 200' } }), false);
  assert.equal(gated('api_request', { service: 'vercel', method: 'POST', path: '/v13/deployments', body: { name: 'site', target: 'preview' } }), false);
  assert.equal(gated('api_request', { service: 'vercel', method: 'POST', path: '/v13/deployments', body: { name: 'site', target: 'production' } }), true, 'a production deploy');
  assert.equal(gated('call_api', { service: 'datadog', method: 'POST', path: '/api/v1/downtime', body: { scope: ['env:prod'] } }), true, 'a downtime is no record');
  assert.equal(gated('call_api', { service: 'ha', method: 'POST', path: '/api/services/alarm_control_panel/alarm_disarm', body: { entity_id: 'alarm.home' } }), true, 'a path ending in an action');
  assert.equal(gated('call_api', { service: 'crm', method: 'POST', path: '/v1/tasks', body: { name: 'call back', email: 'ana@example.com' } }), true, "someone's address handed over");
  assert.equal(gated('call_api', { service: 'jira', method: 'PUT', path: '/rest/api/3/issue/OPS-1', body: { fields: { summary: 'x' } } }), true, 'only creating a record');
});

test("Hermes' `mcp_<server>_call_api` writes as `call_api` does: a ticket created is a record, a payout still asks", () => {
  assert.equal(gated('mcp_facilities_call_api', { method: 'POST', path: '/v2/tickets', body: { site: 'B-12', summary: 'Replace the hall light' } }), false);
  assert.equal(gated('mcp_facilities_call_api', { method: 'POST', path: '/v2/payouts', body: { amount: 1200 } }), true);
});
