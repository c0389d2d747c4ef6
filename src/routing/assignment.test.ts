import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignmentUnit, pickVariant } from './assignment.js';

test('assignment is a pure function of (experiment, session)', () => {
  assert.equal(assignmentUnit('agent-main', 's1'), assignmentUnit('agent-main', 's1'));
  assert.notEqual(assignmentUnit('agent-main', 's1'), assignmentUnit('other', 's1'));
});

test('units are close to uniform', () => {
  const n = 20_000;
  let below = 0;
  for (let i = 0; i < n; i++) if (assignmentUnit('exp', `session-${i}`) < 0.1) below++;
  // 10% share with 3-sigma tolerance (sd = sqrt(n p (1-p)) ≈ 42).
  assert.ok(Math.abs(below - 0.1 * n) < 130, `got ${below}`);
});

test('raising the candidate weight only moves sessions into the candidate', () => {
  const sessions = Array.from({ length: 2000 }, (_, i) => `s${i}`);
  const at = (w: number) => sessions.map((s) => pickVariant(assignmentUnit('exp', s), [['candidate', w], ['control', 1 - w]]));
  const steps = [0.1, 0.25, 0.5, 1].map(at);
  for (let k = 1; k < steps.length; k++) {
    sessions.forEach((_, i) => {
      if (steps[k - 1][i] === 'candidate') assert.equal(steps[k][i], 'candidate', `session ${i} left the candidate at step ${k}`);
    });
  }
  assert.ok(steps[3].every((v) => v === 'candidate'));
});
