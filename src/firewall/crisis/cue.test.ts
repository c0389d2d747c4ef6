import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from './cue.js';
import { normalize } from './normalize.js';

test('lexicon patterns are folded as text is: a letter normalize() folds matches in a pattern written with it', () => {
  for (const [pattern, text] of [['həyatın mənası', 'Həyatın mənası'], ['ætla að', 'Ég ætla að'], ['straße', 'STRASSE']]) {
    const [cue] = compile('xx', [['hopelessness', 0.5, pattern]]);
    assert.ok(cue.re.test(normalize(text)), `${pattern} / ${text}`);
  }
});
