import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CONCEPTS, PARTS } from './lexicon-agreement.js';
import { LANGUAGES } from './languages.js';
import { needsNonAscii, reliedOn } from './ascii-words.js';

// Whether conceptRegex matches exactly where the plain regexes do is checked on the corpus's texts
// in PARTS files, every PARTS-th text each (lexicon-agreement.ts): one file took over 190 s.

test('every part of the agreement check has its test file, and each checks its own part', () => {
  for (let i = 1; i <= PARTS; i++) {
    const file = readFileSync(new URL(`./lexicon-agreement-${i}.test.ts`, import.meta.url), 'utf8');
    assert.match(file, new RegExp(`checkAgreement\\(${i - 1}\\)`), `lexicon-agreement-${i}.test.ts`);
  }
});

test('a word left out for ASCII text needs a character no ASCII one matches', () => {
  assert.equal(needsNonAscii('оплати(?:те)?(?!\\p{L})'), true);
  assert.equal(needsNonAscii('zapłać(?!\\p{L})|kup(?!\\p{L})'), false);
  assert.equal(needsNonAscii('zapłać(?!\\p{L})'), true);
  assert.equal(needsNonAscii('[€$]'), false);
  assert.equal(needsNonAscii('[€£]'), true);
  assert.equal(needsNonAscii('\\d|руб'), false);
  assert.equal(needsNonAscii('(?:а|b)c'), false);
  assert.equal(needsNonAscii('(?:а|б)c'), true);
  assert.equal(needsNonAscii('а?б'), true);
  assert.equal(needsNonAscii('а*b'), false);
  assert.equal(needsNonAscii('а{0,2}b'), false);
  assert.equal(needsNonAscii('а{1,2}b'), true);
  assert.equal(needsNonAscii('ſ'), false);
  assert.equal(needsNonAscii('\u212a'), false);
  // Every non-ASCII character the split relies on matches no ASCII character under `iu`.
  const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
  let checked = 0;
  for (const w of LANGUAGES) {
    for (const c of CONCEPTS) {
      for (const ch of reliedOn(w[c] || '')) {
        const re = new RegExp(ch.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&'), 'iu');
        for (const a of ascii) assert.equal(re.test(a), false, `${ch} matches ${JSON.stringify(a)} under iu`);
        checked++;
      }
    }
  }
  assert.ok(checked > 1_000, `${checked} characters checked`);
});
