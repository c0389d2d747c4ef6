import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setLevers } from '../core/levers.js';
import { toTraceWrite } from './trace-writes.js';
import type { FirewallTrace } from './firewall-types.js';

// The input column written with the context's JSON shared by an answer's calls (contextJsonOnce)
// must be the very text JSON.stringify writes for each trace alone.

const trace = (input: unknown): FirewallTrace => ({ id: 't', created_at: '2026-01-01T00:00:00.000Z', session_id: null, tool_name: 'shell', input, assessment: { decision: 'allow' }, risk_score: 0.1, decision: 'allow', approval_id: null, approval_outcome: null, duration_us: 3 });

function inputColumn(input: unknown, shared: boolean): string {
  setLevers({ contextJsonOnce: shared });
  try {
    return toTraceWrite(trace(input))[4] as string;
  } finally {
    setLevers({ contextJsonOnce: true });
  }
}

test("an answer's calls write the same input text with the context's JSON shared as without", () => {
  const users = ['first "quoted" \\ message', 'a pasted log\n\tline 2 \u2028 😀', 'go on'];
  const contexts = [
    { user_message: 'go on', user_messages: users, session_id: 's1' },
    { user_message: 'go on', user_messages: users, session_id: undefined },
    { user_message: 'not the last one', user_messages: users },
    { user_messages: [] },
  ];
  for (const context of contexts) {
    const inputs = [
      { tool: 'shell', args: { command: ['ls', '-la', 'src'] }, context },
      { tool: 'write_file', args: { path: 'a "b".txt', content: 'x\u0000y', n: 1e-7, big: 12345678901234567890 }, context },
      { tool: 'odd name "\u00e9"', args: { _raw: '{not json' }, context },
      { tool: 'shell', args: {}, context },
    ];
    // Twice: the second round finds each context's JSON already written.
    for (let round = 0; round < 2; round++) for (const input of inputs) assert.equal(inputColumn(input, true), inputColumn(input, false));
  }
});

test('inputs of another shape are written whole', () => {
  const context = { user_message: 'hi', user_messages: ['hi'] };
  for (const input of [{ tool: 'shell' }, { args: {}, tool: 'shell', context }, { tool: 'shell', args: {}, context, extra: 1 }, { tool: 'shell', args: [], context }, null, 'text']) {
    assert.equal(inputColumn(input, true), inputColumn(input, false));
  }
});
