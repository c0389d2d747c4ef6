import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { inference } from './contract.js';

// Both connections take the same WAL settings (src/store/sqlite/wal-settings.ts): were the request
// thread's connection left at SQLite's defaults, its rare commits would run the checkpoints the
// writer thread puts off, on the event loop.
test('the request thread connection checkpoints as rarely as the writer, and rows still land', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-wal-'));
  const store = new SqliteStore({ path: join(dir, 'store.db'), batchFlushMs: 5 });
  try {
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.db.pragma('synchronous', { simple: true }), 1, 'NORMAL');
    assert.equal(store.db.pragma('wal_autocheckpoint', { simple: true }), 10_000);
    assert.equal(store.db.pragma('journal_size_limit', { simple: true }), 64 * 1024 * 1024);
    const row = inference({ request_id: 'req_wal_settings' });
    await store.recordInference(row, []);
    await store.flush();
    assert.equal((await store.getInference(row.id))?.request_id, 'req_wal_settings');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
