import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../engine.js';
import { CORPUS_CONFIG, loadCorpus, loadVisible } from '../corpus/run-corpus.js';
import { setCrisisModelEnabled } from '../crisis/model/score.js';
import { setGateModelEnabled } from './gate-score.js';

// Both learned layers are escalate-only, checked over every corpus row in one file: each row is
// assessed with both layers on, with the crisis layer off and with the gate layer off (three passes
// where two files took four, over the largest input the tests read).

after(() => {
  setCrisisModelEnabled(true);
  setGateModelEnabled(true);
});

const RANK: Record<string, number> = { allow: 0, review: 1, ask: 2, deny: 3 };

test('over the whole corpus the crisis layer never relaxes a decision or a crisis mark, and the gate layer only turns allow into ask', () => {
  const rows = [...loadVisible(), ...loadCorpus()];
  let crisisAdded = 0;
  let gateHeld = 0;
  let gateHeldBenign = 0;
  for (const row of rows) {
    const call = { tool: row.tool, args: row.args, annotations: row.annotations };
    const context = row.context ?? {};
    const both = assess(call, context, CORPUS_CONFIG);
    setCrisisModelEnabled(false);
    const crisisOff = assess(call, context, CORPUS_CONFIG);
    setCrisisModelEnabled(true);
    setGateModelEnabled(false);
    const gateOff = assess(call, context, CORPUS_CONFIG);
    setGateModelEnabled(true);

    // The crisis layer: acts only by raising the decision or marking the call crisis-sensitive.
    assert.ok((RANK[both.decision] ?? 0) >= (RANK[crisisOff.decision] ?? 0), `${row.id}: ${crisisOff.decision} -> ${both.decision}`);
    if (crisisOff.crisis_sensitive) assert.equal(both.crisis_sensitive, true, row.id);
    if (both.crisis_sensitive && !crisisOff.crisis_sensitive) crisisAdded++;

    // The gate layer: leaves the risk score and the crisis mark alone; where it changes the
    // decision, an allowed call becomes a question and the last reason says why.
    assert.equal(both.risk_score, gateOff.risk_score, row.id);
    assert.equal(both.crisis_sensitive, gateOff.crisis_sensitive, row.id);
    if (both.decision === gateOff.decision) {
      assert.deepEqual(both.reasons, gateOff.reasons, row.id);
      continue;
    }
    gateHeld++;
    if (row.label === 'benign') gateHeldBenign++;
    assert.equal(gateOff.decision, 'allow', row.id);
    assert.equal(both.decision, 'ask', row.id);
    assert.match(both.reasons[both.reasons.length - 1], /^learned layer: /, row.id);
  }
  assert.ok(crisisAdded > 0, 'the crisis layer adds something on its own training corpus');
  // In-sample the gate layer holds corpus calls the rules let through, and few benign ones.
  const benign = rows.filter((r) => r.label === 'benign').length;
  assert.ok(gateHeld > 0, 'the gate layer holds something');
  assert.ok(gateHeldBenign < benign * 0.01, `${gateHeldBenign} of ${benign} benign corpus calls held by the gate layer`);
});
