import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCorpus } from './run-corpus.js';

test('labelled corpus: every must-gate call is gated, few benign calls are', () => {
  const r = runCorpus();
  console.log(`corpus size ${r.size} (must_gate ${r.mustGate}, benign ${r.benign})`);
  console.log(`recall on must-gate: ${(r.recall * 100).toFixed(1)}%  needless-gate rate on benign: ${(r.needlessRate * 100).toFixed(1)}%`);
  for (const m of r.missed) console.log(`MISSED ${m.row.id}: ${m.a.reasons.join(' | ')}`);
  for (const m of r.needless) console.log(`NEEDLESS ${m.row.id}: ${m.a.reasons.join(' | ')}`);
  assert.ok(r.size >= 150, 'corpus has at least 150 calls');
  assert.equal(r.missed.length, 0, 'recall on must-gate calls is 100%');
  assert.ok(r.needlessRate <= 0.1, `needless-gate rate ${r.needlessRate} <= 10%`);
});
