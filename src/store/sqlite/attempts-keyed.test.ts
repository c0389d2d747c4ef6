import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrateSqlite } from './migrate.js';
import { sqliteMigrations } from './migrations/index.js';
import { inferenceBatchWriter, toCompactWrite } from './inference-writes.js';
import { SqliteStore } from './store.js';
import { Redactor } from '../redact.js';
import type { AttemptRecord, InferenceRecord } from '../types.js';

// Migration 014 rebuilds attempts keyed by (inference_id, seq) WITHOUT ROWID: a file written
// with the earlier schema keeps every attempt, reads them back the same, and a retried batch is
// still ignored.

const record = (id: string): InferenceRecord => ({
  id, created_at: '2026-01-01T00:00:00.000Z', kind: 'chat', session_id: null, request_id: `req_${id}`, route: 'r', model: 'm', variant: null, provider: 'p',
  upstream_model: 'u', stream: false, status: 'ok', error: null, request: { model: 'm', messages: [{ role: 'user', content: 'hi' }] }, response: null,
  usage: null, latency_ms: 1, ttft_ms: null, attempts_count: 2, routing: null, tags: null, cost_usd: null, dropped: null, storage_content: 'full',
});
const attempt = (inference: string, seq: number): AttemptRecord => ({
  id: `${inference}-a${seq}`, inference_id: inference, seq, created_at: '2026-01-01T00:00:00.000Z', provider: 'p', upstream_model: 'u', target_index: seq,
  retry: 0, outcome: seq === 0 ? 'error' : 'ok', status_code: seq === 0 ? 503 : 200, error_kind: seq === 0 ? 'upstream_5xx' : null,
  error: seq === 0 ? 'overloaded' : null, latency_ms: 1.5, ttft_ms: null, next_reason: seq === 0 ? 'status' : null,
});
const rows = (ids: string[]) => ids.map((id) => toCompactWrite(record(id), [attempt(id, 0), attempt(id, 1)]));


test('a file of the earlier schema keeps its attempts through migration 014, and a retried batch is ignored', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sy-att-'));
  const path = join(dir, 'old.db');
  try {
    const old = new Database(path);
    migrateSqlite(old, sqliteMigrations.filter((m) => m.version < 14));
    inferenceBatchWriter(old, new Redactor())(rows(['i1', 'i2', 'i3']));
    const before = old.prepare('SELECT * FROM attempts ORDER BY inference_id, seq').all();
    old.close();

    const store = new SqliteStore({ path });
    try {
      const db = new Database(path, { readonly: true });
      const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'attempts'").pluck().get() as string).replace(/\s+/g, ' ');
      assert.match(sql, /PRIMARY KEY \(inference_id, seq\) \) WITHOUT ROWID/);
      assert.deepEqual(db.prepare('SELECT * FROM attempts ORDER BY inference_id, seq').all(), before);
      assert.deepEqual(db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'attempts' AND type = 'index'").pluck().all(), [], 'no index beside the table');
      db.close();
      assert.deepEqual((await store.listAttempts('i2')).map((a) => [a.id, a.seq, a.outcome]), [['i2-a0', 0, 'error'], ['i2-a1', 1, 'ok']]);

      // The same batch again (a retry after a lost answer) and a new one, through the writer thread.
      for (const id of ['i3', 'i4']) await store.recordInference(record(id), [attempt(id, 0), attempt(id, 1)]);
      await store.flush();
      assert.deepEqual((await store.listAttempts('i3')).map((a) => a.id), ['i3-a0', 'i3-a1']);
      assert.deepEqual((await store.listAttempts('i4')).map((a) => a.id), ['i4-a0', 'i4-a1']);
      const after = new Database(path, { readonly: true });
      assert.equal(after.prepare('SELECT count(*) FROM attempts').pluck().get(), 8);
      after.close();
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
