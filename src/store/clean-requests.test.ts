import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SessionRequests, commonPrefix, commonSuffix } from './clean-requests.js';

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

test('a session remembers its last request; the oldest sessions go past the byte budget', () => {
  const clean = new SessionRequests(100);
  const body = (s: string) => Buffer.from(s.padEnd(40, '.'));
  clean.remember('a', body('{"x":1'));
  clean.remember('b', body('{"y":2'));
  assert.deepEqual(clean.shared('a', body('{"x":1,"z":3')), { head: 6, tail: 28 });
  assert.deepEqual(clean.shared('c', body('{"x":1')), { head: 0, tail: 0 });
  clean.remember('c', body('{"z":3')); // 120 bytes held: a, the oldest, goes
  assert.equal(clean.shared('a', body('{"x":1')).head, 0);
  assert.equal(clean.shared('b', body('{"y":2')).head, 40);
  clean.remember('big', Buffer.alloc(101));
  assert.equal(clean.shared('big', Buffer.alloc(101)).head, 0);
});

test('a request that is a view of a larger buffer is remembered as its own copy', () => {
  const batch = Buffer.from('{"a":1}{"session":"b","turn":1}');
  const row = batch.subarray(7);
  const clean = new SessionRequests(1000);
  clean.remember('b', row);
  const same = Buffer.from(row);
  batch.fill(0x20); // the batch buffer is reused or freed: the remembered request must not change
  assert.equal(clean.shared('b', same).head, same.length);
});
