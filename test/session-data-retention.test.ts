import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfigText } from '../src/config/load.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { startRetentionSweep } from '../src/store/retention.js';
import { SIM_CONFIG, startWithConfig } from './helpers/gateway.js';
import { attempt, inference } from './store/contract.js';
import { waitFor } from './helpers/wait-for.js';

const DAY = 86_400_000;

test('retention sweep deletes inferences older than the window with their attempts and feedback', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-retention-'));
  const store = new SqliteStore({ path: join(dir, 'db.sqlite') });
  const now = Date.parse('2026-06-01T00:00:00.000Z');
  const old = inference({ created_at: new Date(now - 31 * DAY).toISOString() });
  const young = inference({ created_at: new Date(now - 29 * DAY).toISOString() });
  for (const r of [old, young]) store.recordInference(r, [attempt(r, 0)]);
  await store.flush();
  const sweep = startRetentionSweep(store, 30, { now: () => now });
  const counts = await sweep.sweep();
  await sweep.stop();
  assert.equal(counts?.inferences, 1);
  assert.equal(await store.getInference(old.id), null);
  assert.ok(await store.getInference(young.id));
  await store.close();
});

test('a gateway with storage.retention_days sweeps at start-up', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-retention-gw-'));
  const dbPath = join(dir, 'switchyard.db');
  const seed = new SqliteStore({ path: dbPath });
  const old = inference({ created_at: new Date(Date.now() - 10 * DAY).toISOString() });
  const fresh = inference({ created_at: new Date().toISOString() });
  seed.recordInference(old, []);
  seed.recordInference(fresh, []);
  await seed.close();
  const { config } = parseConfigText(`${SIM_CONFIG}\nstorage:\n  retention_days: 7\n`, 'test.yaml', {});
  const gw = await startWithConfig(config, dir, dbPath, {});
  try {
    // The start-up sweep runs right after the app is built.
    const status = await waitFor('the start-up sweep to delete the old inference', async () => {
      const s = (await fetch(`${gw.baseURL}/inferences/${old.id}`)).status;
      return s !== 200 && s;
    });
    assert.equal(status, 404);
    assert.equal((await fetch(`${gw.baseURL}/inferences/${fresh.id}`)).status, 200);
  } finally {
    await gw.close();
  }
});
