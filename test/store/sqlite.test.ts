import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { storeContract } from './contract.js';

storeContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-store-'));
  const path = join(dir, 'store.db');
  const open = async () => {
    const s = new SqliteStore({ path, batchFlushMs: 5 });
    await s.init();
    return s;
  };
  const store = await open();
  return {
    store,
    reopen: open,
    async tokenColumns(id) {
      const db = new Database(path, { readonly: true });
      try {
        return { ...(db.prepare('SELECT cached_input_tokens, cache_creation_input_tokens, reasoning_tokens FROM inferences WHERE id = ?').get(id) as object) };
      } finally {
        db.close();
      }
    },
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
