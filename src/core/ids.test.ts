import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate, version } from 'uuid';
import { newId, newToolCallId } from './ids.js';

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
