import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SELDOM_CASES } from './seldom-cases.js';
import { screenCrisis } from './screen.js';
import { normalize } from './normalize.js';
import { compile } from './cue.js';

describe('crisis screen: seldom-covered languages (lexicon/seldom-*.ts)', () => {
  for (const [lang, text, risk] of SELDOM_CASES) {
    test(`${lang} ${risk ? 'risk' : 'no risk'}: ${text}`, () => {
      const s = screenCrisis({ conversation: [text] });
      assert.equal(s.crisis, risk, `score ${s.score}: ${s.reasons.join('; ')} ${s.dismissed.join('; ')}`);
    });
  }
});

describe('lexicon patterns are folded as text is', () => {
  test('a letter normalize() folds (Azerbaijani ı, æ, ß) matches in a pattern written with it', () => {
    for (const [pattern, text] of [['həyatın mənası', 'Həyatın mənası'], ['ætla að', 'Ég ætla að'], ['straße', 'STRASSE']]) {
      const [cue] = compile('xx', [['hopelessness', 0.5, pattern]]);
      assert.ok(cue.re.test(normalize(text)), `${pattern} / ${text}`);
    }
  });
});
