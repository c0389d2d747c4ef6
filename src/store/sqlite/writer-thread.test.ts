import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrateSqlite } from './migrate.js';
import { sqliteMigrations } from './migrations/index.js';
import { REQUEST_CELL, toCompactWrite, type CompactWrite } from './inference-writes.js';
import { OWN_BUFFER_BYTES, WriterThread, withPackedRequests } from './writer-thread.js';
import { toTraceWrite } from '../trace-writes.js';
import type { InferenceRecord } from '../types.js';

// Each batch posted to the writer thread is written and answered on its own, so a failing batch
// fails alone and is retried alone, whatever was posted beside it.

const record = (id: string): InferenceRecord => ({
  id, created_at: '2026-01-01T00:00:00.000Z', kind: 'chat', session_id: null, request_id: null, route: null, model: 'm', variant: null, provider: 'p',
  upstream_model: 'u', stream: false, status: 'ok', error: null, request: { model: 'm', messages: [{ role: 'user', content: 'hi' }] }, response: null, usage: null,
  latency_ms: 1, ttft_ms: null, attempts_count: 0, routing: null, tags: null, cost_usd: null, dropped: null, storage_content: 'full',
});
const trace = (id: string) => toTraceWrite({ id, created_at: '2026-01-01T00:00:00.000Z', session_id: null, tool_name: 'shell', input: { tool: 'shell' }, assessment: { decision: 'allow' }, risk_score: 0.1, decision: 'allow', approval_id: null, approval_outcome: null, duration_us: 3 });

test('batches posted together are written and answered each on its own', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sy-writer-'));
  const path = join(dir, 'w.db');
  const db = new Database(path);
  migrateSqlite(db, sqliteMigrations);
  const thread = new WriterThread(path, []);
  try {
    const bad = trace('t-bad').slice(0, 3); // too few values for the insert: this batch fails
    const results = await Promise.allSettled([thread.write([toCompactWrite(record('i-1'), [])]), thread.writeTraces([trace('t-1')]), thread.writeTraces([bad])]);
    assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'rejected']);
    assert.match(String((results[2] as PromiseRejectedResult).reason), /sqlite writer/);
    assert.equal((db.prepare('SELECT count(*) AS n FROM inferences').get() as { n: number }).n, 1);
    assert.deepEqual(db.prepare('SELECT id FROM firewall_traces').all(), [{ id: 't-1' }]);
    await thread.writeTraces([trace('t-2')]);
    assert.equal((db.prepare('SELECT count(*) AS n FROM firewall_traces').get() as { n: number }).n, 2);
  } finally {
    await thread.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a large request moves in a buffer of its own, small ones share one, and the queued rows keep theirs', () => {
  const withBytes = (id: string, bytes: Buffer): CompactWrite => {
    const row = toCompactWrite(record(id), []);
    row[REQUEST_CELL] = bytes;
    return row;
  };
  const large = Buffer.alloc(OWN_BUFFER_BYTES, 'a');
  const small = [Buffer.from('{"a":1}'), Buffer.from('{"b":2}')];
  const batch = [withBytes('i-1', small[0]), withBytes('i-2', large), toCompactWrite(record('i-3'), []), withBytes('i-4', small[1])];
  const packed = withPackedRequests(batch);
  const cells = packed.batch.map((w) => (w as unknown[])[REQUEST_CELL]);
  assert.deepEqual([cells[0], cells[1], cells[3]], [small[0], large, small[1]]);
  assert.equal(cells[2], (batch[2] as unknown[])[REQUEST_CELL]); // JSON text: not moved
  const large2 = cells[1] as Uint8Array;
  // The writer keeps the large one without copying it: it is the whole of its buffer.
  assert.equal(large2.byteLength, large2.buffer.byteLength);
  assert.equal((cells[0] as Uint8Array).buffer, (cells[3] as Uint8Array).buffer);
  assert.deepEqual(packed.transfer.sort((a, b) => a.byteLength - b.byteLength), [(cells[0] as Uint8Array).buffer, large2.buffer]);
  assert.notEqual(large2.buffer, large.buffer);
  assert.equal((batch[1] as unknown[])[REQUEST_CELL], large);
});
