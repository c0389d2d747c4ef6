import { test } from 'node:test';
// The engine's modules register the detectors' gated regexes as they load.
import './engine.js';
import assert from 'node:assert/strict';
import { gatedRegexes, gatedMatches } from './content/literal-gate.js';
import { mayHoldRecoveryPhrase } from './content/recovery-phrase.js';
import { CONCEPT_TRIGGERS } from './crisis/concepts.js';
import { PATTERN_SUBJECTS, patternWarmSteps, WARMED_CONCEPTS } from './warm-patterns.js';

test('the subjects are ASCII, Latin-1 and two-byte, and each reaches the recovery-phrase scanner past its cheap test', () => {
  const [ascii, latin1, twoByte] = PATTERN_SUBJECTS;
  assert.match(ascii, /^[\x20-\x7e]+$/);
  assert.match(latin1, /^[\x20-\xff]+$/);
  assert.match(latin1, /[\x80-\xff]/);
  assert.match(twoByte, /[^\x00-\xff]/);
  for (const s of PATTERN_SUBJECTS) assert.ok(mayHoldRecoveryPhrase(s), s);
});

test('the steps cover every multilingual concept, gated regex and concept trigger, and leave a global regex where the engine left it', () => {
  const global = gatedRegexes().filter((re) => re.global);
  assert.ok(global.length > 0);
  const steps = patternWarmSteps();
  assert.equal(steps.length, WARMED_CONCEPTS.length + gatedRegexes().length + CONCEPT_TRIGGERS.length + 1);
  const text = PATTERN_SUBJECTS.join('\n');
  const before = global.map((re) => gatedMatches(re, text).map((m) => m[0]));
  for (const re of global) re.lastIndex = 5;
  try {
    for (const step of steps) step();
    assert.deepEqual(global.map((re) => re.lastIndex), global.map(() => 5));
  } finally {
    for (const re of global) re.lastIndex = 0;
  }
  assert.deepEqual(global.map((re) => gatedMatches(re, text).map((m) => m[0])), before);
});
