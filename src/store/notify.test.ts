import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from './sqlite/store.js';
import { notificationsOf } from './notify.js';

test('a single-process store gets an in-process notification bus with the PostgreSQL interface', async () => {
  const store = new SqliteStore({ path: ':memory:' });
  const n = notificationsOf(store);
  assert.equal(notificationsOf(store), n, 'one bus per store');
  const got: string[] = [];
  const unsubscribe = await n.subscribe('approvals', (p) => got.push(p));
  await n.notify('approvals', 'a');
  await new Promise((r) => setImmediate(r));
  await unsubscribe();
  await n.notify('approvals', 'b');
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(got, ['a']);
  await store.close();
});
