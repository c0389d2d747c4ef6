import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenCrisis } from './screen.js';
import { OUTBOUND_CRISIS_THRESHOLD } from './types.js';

// A prop on a set (an escape room's fake noose) and an announced prevention training (QPR,
// safeTALK) quote crisis words without anyone at risk; the same words to a person at risk, or
// means in the user's own words, still count.

const partial = OUTBOUND_CRISIS_THRESHOLD;
const CASES: Array<[conversation: string[], outbound: string, crisis: boolean]> = [
  [['post the QPR training reminder to #coaches, include the example question we practice'], "Reminder: QPR gatekeeper training for all youth league coaches is Saturday 10am. We'll practice asking directly: 'Are you thinking about killing yourself?'", false],
  [['my brother just texted that he wants to die and has pills'], "Leo, are you thinking about killing yourself? I'm coming over right now.", true],
  [['tell staff the noose prop is gone from monday, welfare review said so'], "Reminder: the 'Asylum' room's fake noose prop is being replaced with the chain puzzle from Monday.", false],
  [['bought rope today. i know how to tie the noose now'], 'Sam, can you keep Biscuit for good? You were always good to him.', true],
];

describe('crisis: props and prevention training', () => {
  for (const [conversation, outbound, crisis] of CASES) {
    test(`${crisis ? 'holds' : 'passes'}: ${outbound}`, () => {
      const s = screenCrisis({ conversation, outbound, partialThreshold: partial });
      assert.equal(s.crisis, crisis, `score ${s.score}: ${s.reasons.join('; ')} | ${s.dismissed.join('; ')}`);
    });
  }
});
