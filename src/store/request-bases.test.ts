import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_BASE_BYTES, RequestBases } from './request-bases.js';

const join = (base: Buffer, s: { head: number; tail: number; middle: Buffer }) =>
  Buffer.concat([base.subarray(0, s.head), s.middle, base.subarray(base.length - s.tail)]);

test('a turn that shares most of its bytes with the base is its middle; the cuts fall between UTF-8 characters', () => {
  const bases = new RequestBases();
  const first = Buffer.from(`{"messages":["héllo"],"tools":"${'t'.repeat(MIN_BASE_BYTES)}"}`);
  const made = bases.split('s', first)!;
  assert.deepEqual([made.head, made.tail, made.middle.length], [first.length, 0, 0]);
  // The next turn differs inside é (0xc3 0xa9 vs 0xc3 0xa8): the cut moves before its first byte.
  const next = Buffer.from(`{"messages":["hèllo","more"],"tools":"${'t'.repeat(MIN_BASE_BYTES)}"}`);
  const split = bases.split('s', next)!;
  assert.equal(split.hash, made.hash);
  assert.equal(split.head, '{"messages":["h'.length);
  assert.equal(split.middle.toString(), 'èllo","more');
  assert.ok(join(split.base, split).equals(next));
});

test('a request sharing three quarters or less becomes the new base; small ones are stored whole', () => {
  const bases = new RequestBases();
  assert.equal(bases.split('s', Buffer.from('{"small":1}')), undefined);
  const a = bases.split('s', Buffer.alloc(MIN_BASE_BYTES * 2, 'a'))!;
  // 3 KB of 4 KB shared: a middle; 6 of 8: the new base.
  const c = bases.split('s', Buffer.concat([Buffer.alloc(MIN_BASE_BYTES * 2 - 1, 'a'), Buffer.alloc(MIN_BASE_BYTES * 2 / 3, 'c')]))!;
  assert.equal(c.hash, a.hash);
  const b = bases.split('s', Buffer.concat([Buffer.alloc(MIN_BASE_BYTES * 6 / 4, 'a'), Buffer.alloc(MIN_BASE_BYTES / 2, 'b')]))!;
  assert.notEqual(b.hash, a.hash);
  assert.equal(b.head, b.base.length);
  assert.equal(bases.split('other', Buffer.from('{"small":1}')), undefined);
});
