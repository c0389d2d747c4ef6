import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureCounts } from '../../learned/feature-counts.js';
import { countsVector } from '../../learned/sparse.js';
import { FEATURE_DIM, featurize, padded } from './features.js';

// The crisis featurizer reads the words of an ASCII-only text with a scanner of its own instead of
// the Unicode-property regex. The word block it yields must be the regex's, index for index and
// value for value; the oracle below is the regex form the layer was trained with.

const TEXT_NS = 0x74;

function oracleHash(ns: number, token: string): number {
  let h = Math.imul(Math.imul(0x811c9dc5 ^ ns, 0x01000193) ^ 0x1e, 0x01000193);
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (FEATURE_DIM - 1);
}

/** The word block of a call's text alone (no conversation), read with the Unicode-property regex. */
function oracleWordBlock(text: string) {
  const counts = new FeatureCounts();
  let previous = '';
  for (const m of padded(text).matchAll(/[\p{L}\p{N}_']+/gu)) {
    const w = m[0].slice(0, 24).replace(/\d/g, '0');
    counts.bump(oracleHash(TEXT_NS, w));
    if (previous) counts.bump(oracleHash(TEXT_NS + 1, `${previous} ${w}`));
    previous = w;
  }
  return countsVector(counts, Math.sqrt(0.3));
}

/** Deterministic texts over the characters that matter: word units, digits, separators, long runs. */
function* generatedTexts(n: number): Generator<string> {
  let seed = 0x2f6b;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pieces = ['a', 'Z', 'q', '7', '0', '_', "'", ' ', ' ', '.', '-', '\n', '\t', '"', '/', 'x'.repeat(30), '123456789012345678901234567', "don't", 'Kill', '~'];
  for (let i = 0; i < n; i++) {
    let t = '';
    for (let k = Math.floor(next() * 40); k > 0; k--) t += pieces[Math.floor(next() * pieces.length)];
    yield t;
  }
}

describe('crisis features, ASCII words', () => {
  test('the ASCII scanner gives the regex word block on edge cases and 3,000 generated texts', () => {
    const fixed = ['', '   ', '...', 'a', "it's over, isn't it", 'a_b c__d', 'room 101 and 2024-05-06', 'x'.repeat(24), 'y'.repeat(25) + ' z', "'' ' '", 'Über alles 1２3', 'я больше не могу'];
    for (const text of [...fixed, ...generatedTexts(3_000)]) {
      const oracle = oracleWordBlock(text);
      const x = featurize([], text);
      const tail = x.idx.length - oracle.idx.length;
      assert.deepEqual([...x.idx.subarray(tail)], [...oracle.idx], JSON.stringify(text));
      assert.deepEqual([...x.val.subarray(tail)], [...oracle.val], JSON.stringify(text));
    }
  });
});
