import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockedText, contextOf, headerValue, parseArgs, type CallReport } from './decide.js';

const report = (over: Partial<CallReport>): CallReport => ({
  tool_call_id: 'c1', tool_name: 'terminal', decision: 'ask', risk_score: 0.9, side_effect_class: 'critical', outcome: 'denied', trace_id: 't', approval_id: 'a', reasons: ['deletes ~'], ...over,
});
const call = (args: string) => ({ id: 'c1', type: 'function' as const, function: { name: 'terminal', arguments: args } });

test('unparseable arguments are kept as an opaque string, never dropped', () => {
  assert.deepEqual(parseArgs('{"command":"ls"}'), { command: 'ls' });
  assert.deepEqual(parseArgs('rm -rf /'), { _raw: 'rm -rf /' });
  assert.deepEqual(parseArgs('[1]'), { _value: [1] });
  assert.deepEqual(parseArgs(''), {});
});

test('blocked text names the call, who stopped it and why', () => {
  const denied = blockedText([{ call: call('{"command":"rm -rf ~"}'), report: report({ decided_by: 'approver:env:X' }) }]);
  assert.match(denied, /A tool call was blocked/);
  assert.match(denied, /terminal \{"command":"rm -rf ~"\} was not run: an approver denied it \(approver:env:X\)\. Risk: deletes ~\./);
  const expired = blockedText([{ call: call('{}'), report: report({ outcome: 'expired' }) }, { call: call('{}'), report: report({ decided_by: 'policy' }) }]);
  assert.match(expired, /2 tool calls were blocked/);
  assert.match(expired, /approval expired/);
  assert.match(expired, /policy denies it/);
  assert.ok(blockedText([{ call: call('x'.repeat(500)), report: report({}) }]).includes('x'.repeat(200) + '...'));
});

test('header counts outcomes; context takes the last user messages', () => {
  assert.equal(headerValue({ mode: 'enforce', kept: [], blocked: [], calls: [report({ outcome: 'approved' }), report({ outcome: 'denied' }), report({ outcome: 'denied' })] }), 'mode=enforce; calls=3; approved=1; denied=2');
  const ctx = contextOf({ model: 'm', messages: [{ role: 'system', content: 's' }, ...Array.from({ length: 7 }, (_, i) => ({ role: 'user' as const, content: `u${i}` }))] }, 'sess');
  assert.deepEqual(ctx.user_messages, ['u2', 'u3', 'u4', 'u5', 'u6']);
  assert.equal(ctx.user_message, 'u6');
  assert.equal(ctx.session_id, 'sess');
});
