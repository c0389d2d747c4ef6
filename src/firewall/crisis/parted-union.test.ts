import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FRAME, IDIOM } from './distancing.js';
import { OCCASION_FRAMES, TOPIC_FRAMES } from './lexicon/topic-frames.js';
import { PartedUnion } from './parted-union.js';

const SUBJECTS = [
  'our research on suicide prevention found that the helpline works',
  'i want to kill time before the meeting, this bug is killing me',
  'the play is about suicide and the post-show talk follows',
  'sorry for your loss, the funeral is on friday',
  'i just want to die',
  'en mi novela el personaje quiere morir',
  '',
];

test('a union tested or replaced with only the parts that can match gives what the whole union gives', () => {
  const u = new PartedUnion(['\\bkill(?:ing)? time\\b', 'time\\b', '\\bdead(?:line)?s?\\b'], 'g');
  assert.equal('kill time by the deadlines'.replace(u.subset([0, 1, 2])!, '_'), 'kill time by the deadlines'.replace(u.whole, '_'));
  // Leftmost-first order is kept: without part 1, "kill time" is still one match of part 0.
  assert.equal('kill time now'.replace(u.subset([0, 2])!, '_'), '_ now');
  assert.equal(u.subset([]), null);
  assert.equal(u.subset([0, 1, 2]), u.whole);
  assert.equal(u.subset([0, 2]), u.subset([0, 2]), 'sub-unions are kept');
  assert.equal(u.testSome('a deadline', [2]), true);
  assert.equal(u.testSome('a deadline', [0, 1]), false);
});

test("the screen's frames and idioms: every part alone agrees with the whole union on every subject", () => {
  for (const u of [FRAME, IDIOM, TOPIC_FRAMES, OCCASION_FRAMES]) {
    const all = u.parts.map((_, i) => i);
    for (const s of SUBJECTS) {
      const matching = all.filter((i) => u.parts[i].test(s));
      // search() leaves a global union's lastIndex alone, as test() would not.
      const whole = s.search(u.whole) >= 0;
      assert.equal(u.testSome(s, all), whole, s);
      assert.equal(matching.length > 0, whole, s);
      if (u.whole.global) assert.equal(s.replace(u.subset(matching) ?? /(?!)/, ' '), s.replace(u.whole, ' '), s);
    }
  }
});
