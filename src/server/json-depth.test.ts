import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonDepthExceeds } from './json-depth.js';

test('counts nesting of objects and arrays, not brackets inside strings', () => {
  assert.equal(jsonDepthExceeds('{"a":[{"b":1}]}', 3), false);
  assert.equal(jsonDepthExceeds('{"a":[{"b":[1]}]}', 3), true);
  assert.equal(jsonDepthExceeds('{"a":"[[[[[{{{{"}', 1), false);
  assert.equal(jsonDepthExceeds('{"a":"x\\"[[[[\\\\","b":[[[1]]]}', 3), true);
  assert.equal(jsonDepthExceeds('{"a":"\\\\"}', 1), false);
  assert.equal(jsonDepthExceeds('[[[[', 3), true);
  assert.equal(jsonDepthExceeds('"unterminated [[[[', 1), false);
});
