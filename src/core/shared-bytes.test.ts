import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commonPrefix, commonSuffix } from './shared-bytes.js';

test('commonPrefix finds the first differing byte at any position, across chunk boundaries', () => {
  const a = Buffer.alloc(10_000, 'a');
  assert.equal(commonPrefix(a, a), a.length);
  assert.equal(commonPrefix(a, a.subarray(0, 5000)), 5000);
  for (const at of [0, 1, 4095, 4096, 4097, 8191, 9999]) {
    const b = Buffer.from(a);
    b[at] = 0x62;
    assert.equal(commonPrefix(a, b), at, String(at));
    assert.equal(commonPrefix(b, a), at, String(at));
  }
});

test('commonSuffix finds the last differing byte at any distance from the end, across chunk boundaries', () => {
  const a = Buffer.alloc(10_000, 'a');
  assert.equal(commonSuffix(a, a), a.length);
  assert.equal(commonSuffix(a, a.subarray(5000)), 5000);
  for (const at of [0, 1, 4095, 4096, 4097, 8191, 9999]) {
    const b = Buffer.from(a);
    b[b.length - 1 - at] = 0x62;
    assert.equal(commonSuffix(a, b), at, String(at));
    assert.equal(commonSuffix(Buffer.concat([Buffer.from('xyz'), b]), a), at, String(at));
  }
});
