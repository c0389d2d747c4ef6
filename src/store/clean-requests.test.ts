import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SessionRequests } from './clean-requests.js';

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
