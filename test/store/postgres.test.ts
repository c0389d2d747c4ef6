import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { storeContract } from './contract.js';
import { dropSchema, openPgStore, uniqueSchema } from './pg-harness.js';
import type { PostgresStore } from '../../src/store/postgres/store.js';
import { notificationsOf } from '../../src/store/notify.js';

storeContract('postgres', async () => {
  const schema = uniqueSchema();
  const store = await openPgStore(schema);
  return {
    store,
    reopen: () => openPgStore(schema),
    async tokenColumns(id) {
      const r = await store.pool.query('SELECT cached_input_tokens, cache_creation_input_tokens, reasoning_tokens FROM inferences WHERE id = $1', [id]);
      return { ...r.rows[0] };
    },
    async cleanup() {
      await store.close();
      await dropSchema(schema);
    },
  };
});

describe('postgres: LISTEN/NOTIFY across stores and concurrent start-up', () => {
  const schema = uniqueSchema();
  let a: PostgresStore;
  let b: PostgresStore;
  before(async () => {
    // Two replicas migrating the same fresh schema at once: the advisory lock makes it one migration.
    [a, b] = await Promise.all([openPgStore(schema), openPgStore(schema)]);
  });
  after(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await dropSchema(schema);
  });

  test('a notification sent by one store reaches subscribers of the other', async () => {
    const got: string[] = [];
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    // notificationsOf() hands back the PostgreSQL store itself: LISTEN/NOTIFY across replicas.
    assert.equal(notificationsOf(b), b);
    const unsubscribe = await notificationsOf(b).subscribe('approvals', (p) => {
      got.push(p);
      if (got.length === 2) resolve();
    });
    await a.notify('approvals', 'one');
    await a.notify('approvals', JSON.stringify({ id: 'two' }));
    await done;
    assert.deepEqual(got, ['one', '{"id":"two"}']);
    await unsubscribe();
    await assert.rejects(a.notify('Bad Channel!', 'x'), /invalid notification channel/);
  });
});
