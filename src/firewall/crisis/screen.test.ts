import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CASES, OUTBOUND_CASES } from './screen-cases.js';
import { SELDOM_CASES } from './seldom-cases.js';
import { screenCrisis, screenText } from './screen.js';
import { messageFingerprint } from './session.js';

describe('crisis screen: multilingual table', () => {
  for (const [lang, text, risk] of [...CASES, ...SELDOM_CASES]) {
    test(`${lang} ${risk ? 'risk' : 'no risk'}: ${text}`, () => {
      const s = screenCrisis({ conversation: [text] });
      assert.equal(s.crisis, risk, `score ${s.score}: ${s.reasons.join('; ')} ${s.dismissed.join('; ')}`);
    });
  }
});

describe('crisis screen: outbound content', () => {
  for (const [text, risk] of OUTBOUND_CASES) {
    test(`${risk ? 'sensitive' : 'ordinary'}: ${text}`, () => {
      const s = screenCrisis({ conversation: [], outbound: text });
      assert.equal(s.crisis, risk, `score ${s.score}: ${s.reasons.join('; ')}`);
    });
  }
  test('harmful content is marked as harm, interventions are not', () => {
    assert.equal(screenCrisis({ conversation: [], outbound: 'kill yourself' }).outbound_harm, true);
    assert.equal(screenCrisis({ conversation: [], outbound: 'Please call 988 now' }).outbound_harm, false);
  });
  test('the same words from the user are not an outbound harm', () => {
    assert.equal(screenCrisis({ conversation: ['my boss said get over it already'] }).crisis, false);
  });
});

describe('crisis screen: combining evidence', () => {
  test('soft cues in different messages add up', () => {
    const alone = screenCrisis({ conversation: ['nothing will ever get better'] });
    assert.equal(alone.crisis, false);
    const together = screenCrisis({ conversation: ['nothing will ever get better', "what's the tallest bridge near me"] });
    assert.equal(together.crisis, true);
    assert.deepEqual(together.signals.sort(), ['height', 'hopelessness']);
  });
  test('a time alone, a high place alone, a bare topic word alone are not enough', () => {
    for (const t of ['tonight', 'I am on the roof fixing the antenna', 'suicide', 'I have a plan for the sprint']) {
      assert.equal(screenCrisis({ conversation: [t] }).crisis, false, t);
    }
  });
  test('a clause framed as work does not hide a personal one', () => {
    const s = screenCrisis({ conversation: ['I volunteer at a crisis line, but lately I want to die too'] });
    assert.equal(s.crisis, true);
  });
  test('third person is reported as such', () => {
    assert.equal(screenCrisis({ conversation: ['my friend wants to kill herself'] }).third_person, true);
    assert.equal(screenCrisis({ conversation: ['I want to kill myself'] }).third_person, false);
  });
  test('acknowledged messages no longer count, new ones do', () => {
    const old = 'I want to die';
    assert.equal(screenCrisis({ conversation: [old, 'hello'], acknowledged: [messageFingerprint(old)] }).crisis, false);
    assert.equal(screenCrisis({ conversation: [old, 'I still want to die'], acknowledged: [messageFingerprint(old)] }).crisis, true);
  });
  test('only the last six messages are read', () => {
    const conv = ['I want to die', 'a', 'b', 'c', 'd', 'e', 'f'];
    assert.equal(screenCrisis({ conversation: conv }).crisis, false);
    assert.equal(screenCrisis({ conversation: conv.slice(0, 6) }).crisis, true);
  });
  test('a long text is scanned at both ends, never skipped', () => {
    const filler = 'lorem ipsum dolor sit amet. '.repeat(2_000);
    const head = screenText(`I want to die. ${filler}`, 'user');
    const tail = screenText(`${filler} I want to die.`, 'user');
    assert.ok(head.score >= 1 && tail.score >= 1);
    assert.equal(tail.truncated, true);
  });
});

describe('crisis screen: the literal prefilter changes nothing', () => {
  test('same result with and without it on every table case', async () => {
    const { setCuePrefilter } = await import('./screen.js');
    const texts = [...CASES.map((c) => c[1]), ...OUTBOUND_CASES.map((c) => c[0])];
    const run = () => texts.map((t) => [screenText(t, 'user').score, screenText(t, 'outbound').score]);
    const fast = run();
    setCuePrefilter(false);
    try {
      assert.deepEqual(run(), fast);
    } finally {
      setCuePrefilter(true);
    }
  });
});
