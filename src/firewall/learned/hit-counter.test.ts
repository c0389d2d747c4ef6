import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HitCounter } from './hit-counter.js';

test('counts indices in first-seen order, through collisions, growth and resets', () => {
  const c = new HitCounter();
  // 5 and 5 + 4096 share a slot of the initial table; 9000 distinct keys make it grow twice.
  const keys = [5, 5 + 4096, 5, 77, 5 + 4096, 5];
  for (const k of keys) c.add(k);
  const seen = () => [[...c.touched.subarray(0, c.size)], [...c.hits.subarray(0, c.size)]];
  assert.deepEqual(seen(), [[5, 4101, 77], [3, 2, 1]]);
  const expected = new Map<number, number>();
  for (let i = 0; i < 9000; i++) {
    const k = (i * 2654435761) >>> 14;
    c.add(k, 2);
    expected.set(k, (expected.get(k) ?? 0) + 2);
  }
  c.add(5);
  assert.equal(c.hits[0], 4);
  assert.deepEqual(seen()[0].slice(3), [...expected.keys()].filter((k) => k !== 5 && k !== 4101 && k !== 77));
  assert.deepEqual(seen()[1].slice(3), [...expected.values()].slice(0, c.size - 3));
  c.reset();
  assert.deepEqual(seen(), [[], []]);
  c.add(77);
  c.add(77);
  assert.deepEqual(seen(), [[77], [2]]);
});
