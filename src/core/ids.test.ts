import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate, version } from 'uuid';
import { newCompactId, newId, newToolCallId } from './ids.js';

test('newId makes valid, distinct UUIDv7s in creation order, also many within one millisecond', () => {
  const ids = Array.from({ length: 20_000 }, () => newId());
  for (const id of [ids[0], ids[9_999], ids[19_999]]) {
    assert.ok(validate(id), id);
    assert.equal(version(id), 7);
  }
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual([...ids].sort(), ids);
  // The timestamp is the creation time in ms.
  const ms = parseInt(newId().replace(/-/g, '').slice(0, 12), 16);
  assert.ok(Math.abs(ms - Date.now()) < 1_000);
});

test('tool call ids are call_ and 24 hex digits, distinct', () => {
  const ids = Array.from({ length: 1000 }, () => newToolCallId());
  for (const id of ids) assert.match(id, /^call_[0-9a-f]{24}$/);
  assert.equal(new Set(ids).size, ids.length);
});

test('compact ids are a UUIDv7 without its dashes: 32 hex digits, distinct, in creation order', () => {
  const ids = Array.from({ length: 20_000 }, () => newCompactId());
  for (const id of ids) assert.match(id, /^[0-9a-f]{32}$/);
  const dashed = (id: string) => `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`;
  for (const id of [ids[0], ids[19_999]]) assert.equal(version(dashed(id)), 7);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual([...ids].sort(), ids);
});
