import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withKeys } from './with-keys.js';

test('withKeys: same keys, values and order as a spread, base left alone', () => {
  const base = { id: 'a', model: 'm', usage: { n: 1 } };
  const out = withKeys(base, { id: 'b', switchyard: { x: 1 } });
  assert.deepEqual(Object.keys(out), Object.keys({ ...base, id: 'b', switchyard: { x: 1 } }));
  assert.deepEqual(out, { id: 'b', model: 'm', usage: { n: 1 }, switchyard: { x: 1 } });
  assert.equal(base.id, 'a');
});

test('withKeys: an own "__proto__" key from JSON.parse stays a key, the prototype stays Object.prototype', () => {
  const parsed = JSON.parse('{"id":"a","__proto__":{"polluted":true}}') as Record<string, unknown>;
  const out = withKeys(parsed, { switchyard: {} });
  assert.equal(Object.getPrototypeOf(out), Object.prototype);
  assert.equal((out as Record<string, unknown>).polluted, undefined);
  assert.equal(JSON.stringify(out), '{"id":"a","__proto__":{"polluted":true},"switchyard":{}}');
});
