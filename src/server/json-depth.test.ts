import { test } from 'node:test';
import assert from 'node:assert/strict';
import { valueDepthExceeds } from './json-depth.js';

const exceeds = (text: string, max: number) => valueDepthExceeds(JSON.parse(text), max);

test('counts nesting of objects and arrays, not brackets inside strings', () => {
  assert.equal(exceeds('{"a":[{"b":1}]}', 3), false);
  assert.equal(exceeds('{"a":[{"b":[1]}]}', 3), true);
  assert.equal(exceeds('{"a":"[[[[[{{{{"}', 1), false);
  assert.equal(exceeds('{"a":"x\\"[[[[\\\\","b":[[[1]]]}', 3), true);
  assert.equal(exceeds('{"a":"\\\\"}', 1), false);
  assert.equal(exceeds('[[[[]]]]', 3), true);
  assert.equal(exceeds('[[], [[]], {"a": {}}]', 3), false);
  assert.equal(exceeds('"a string"', 0), false);
  assert.equal(exceeds('{}', 0), true);
});

test('a body nested far past any stack is walked without recursion', () => {
  const depth = 200_000;
  assert.equal(exceeds('['.repeat(depth) + ']'.repeat(depth), 100), true);
  assert.equal(exceeds('{"a":'.repeat(depth) + '1' + '}'.repeat(depth), depth), false);
});
