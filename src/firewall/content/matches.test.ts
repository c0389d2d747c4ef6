import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesOf } from './matches.js';

// matchesOf must yield what String#matchAll yields, match for match, and leave lastIndex alone.
const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ all: [...m], index: m.index, groups: m.groups }));

test('the same matches as matchAll, empty matches and surrogate pairs included', () => {
  const cases: Array<[RegExp, string]> = [
    [/\d+/g, 'a1 b22 c333'],
    [/(?<word>\b\w+\b)/g, 'two words'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/(?:)/g, 'a😀b'],
    [/\p{Lu}\p{Ll}+/gu, 'Ana and Bo Smith'],
    [/^\w+$/gm, 'one\ntwo\n'],
    [/nothing/gi, 'no match here'],
    [/(\d{3})-(\d{2})/g, ''],
  ];
  for (const [re, text] of cases) assert.deepEqual(plain(matchesOf(re, text)), plain(text.matchAll(new RegExp(re))), `${re} on ${JSON.stringify(text)}`);
});

test('starts at lastIndex as matchAll does, and leaves it as it was', () => {
  const re = /\d/g;
  re.lastIndex = 3;
  const expected = plain('1a2b3c4'.matchAll(re));
  assert.equal(re.lastIndex, 3);
  assert.deepEqual(plain(matchesOf(re, '1a2b3c4')), expected);
  assert.equal(re.lastIndex, 3);
});

test('a regex without the g flag is refused, as matchAll refuses it', () => {
  assert.throws(() => 'a'.matchAll(/a/), TypeError);
  assert.throws(() => matchesOf(/a/, 'a'), TypeError);
});
