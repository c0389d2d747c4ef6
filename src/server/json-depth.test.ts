import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyProblem, valueDepthExceeds } from './json-depth.js';

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

test('bodyProblem: own "__proto__" keys at any depth, however spelled; depth as valueDepthExceeds', () => {
  const problem = (text: string, max = 10) => bodyProblem(JSON.parse(text), max);
  assert.equal(problem('{"a":[{"b":1}],"c":"__proto__"}'), undefined);
  assert.equal(problem('{"__proto__":{}}'), 'proto_key');
  assert.equal(problem('[[{"x":{"__proto__":null}}]]'), 'proto_key');
  assert.equal(problem('{"\\u005f_proto__":1}'), 'proto_key');
  assert.equal(problem('{"constructor":{"prototype":{}}}'), undefined);
  assert.equal(problem('[[[1]]]', 2), 'too_deep');
  assert.equal(problem('"text"', 0), undefined);
});
