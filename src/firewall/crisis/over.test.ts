import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { crisisVerdict } from './assess.js';
import { screenCrisis } from './screen.js';
import { OUTBOUND_CRISIS_THRESHOLD } from './types.js';

// The cases per concept are in ordinary-lookalikes.test.ts (a death or an episode that is over, the
// speaker's role, a move or a return); these are the single words and the learned layer.

describe('crisis: words that only look like risk', () => {
  test('"rather than" compares, it does not want', () => {
    assert.equal(screenCrisis({ conversation: [], outbound: 'The session covers suicide prevention planning rather than scoring tools.', partialThreshold: OUTBOUND_CRISIS_THRESHOLD }).crisis, false);
  });
  test('a person disappearing into dementia', () => {
    assert.equal(screenCrisis({ conversation: ["Dad's disappearing into the dementia, he still knows the cat though"] }).score, 0);
  });
  test('a decimal point does not end a clause (the figure stays with its words)', () => {
    const s = screenCrisis({ conversation: [], outbound: 'Self-harm rates: 4.7% in year 9.' });
    assert.equal(s.score, 0, s.reasons.join('; '));
  });
});

describe('crisis: the learned layer is not asked to overrule a death told in the past', () => {
  const call = { text: 'Memorial for Dev on Sunday at 3, bring a photo if you have one.', outbound: true, reaches: true, person: true };
  test('only the past death: not held', () => {
    const v = crisisVerdict({ ...call, conversation: ["post in the group that it's two years since Dev took his own life, memorial Sunday"] });
    assert.equal(v.screen.over, true);
    assert.equal(v.crisis_sensitive, false, v.factor?.reason);
  });
  test('the past death and a present risk: held', () => {
    const v = crisisVerdict({ ...call, conversation: ["it's two years since Dev took his own life", "I want to die too, I have the pills ready"] });
    assert.equal(v.crisis_sensitive, true);
  });
});
