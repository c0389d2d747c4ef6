import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchWriter } from './batch-writer.js';
import { SpillFile } from './spill-file.js';

// The writer against a store that fails on demand: nothing acknowledged is lost, memory stays
// bounded, and synchronous mode only resolves once a row is durable.

function harness(opts: { maxQueueRows?: number; spill?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sy-bw-'));
  const written: number[] = [];
  const state = { failing: false };
  const events: string[] = [];
  const spill = opts.spill ? new SpillFile<{ n: number }>(join(dir, 'spill.jsonl')) : undefined;
  const w = new BatchWriter<{ n: number }>(
    (rows) => {
      if (state.failing) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      written.push(...rows.map((r) => r.n));
    },
    { maxRows: 10, flushMs: 1, maxQueueRows: opts.maxQueueRows, spill, retryBaseMs: 1, retryMaxMs: 5, onError: () => events.push('error'), onRecover: () => events.push('recover'), onDrop: (n) => events.push(`drop ${n}`) },
  );
  return { w, written, state, events, cleanup: async () => {
    await w.close();
    rmSync(dir, { recursive: true, force: true });
  } };
}

const settle = async (w: BatchWriter<{ n: number }>) => {
  for (let i = 0; i < 1000 && (w.pending > 0 || !w.writable); i++) await w.flush();
};

test('failed writes are retried until the store recovers; nothing is dropped', async () => {
  const h = harness();
  h.state.failing = true;
  for (let n = 0; n < 100; n++) h.w.push({ n });
  await h.w.flush();
  assert.equal(h.w.writable, false);
  assert.equal(h.w.health().pending, 100);
  assert.ok(h.w.health().last_error?.includes('disk is full'));
  h.state.failing = false;
  await settle(h.w);
  assert.deepEqual([...h.written].sort((a, b) => a - b), Array.from({ length: 100 }, (_, i) => i));
  assert.deepEqual(h.events, ['error', 'recover']);
  assert.equal(h.w.health().counters.dropped, 0);
  await h.cleanup();
});

test('beyond max_queue_rows rows spill to the file and are replayed in full', async () => {
  const h = harness({ maxQueueRows: 15, spill: true });
  h.state.failing = true;
  for (let n = 0; n < 200; n++) h.w.push({ n });
  await h.w.flush();
  const mid = h.w.health();
  assert.ok(mid.pending - mid.spilled <= 15, 'memory bounded');
  assert.ok(mid.spilled >= 185);
  h.state.failing = false;
  await settle(h.w);
  assert.equal(new Set(h.written).size, 200);
  assert.equal(h.w.health().counters.replayed, h.w.health().counters.spilled);
  await h.cleanup();
});

test('without a spill file, rows past the bound are dropped loudly (counted and reported)', async () => {
  const h = harness({ maxQueueRows: 5 });
  h.state.failing = true;
  for (let n = 0; n < 12; n++) h.w.push({ n });
  assert.equal(h.w.health().counters.dropped, 7);
  assert.ok(h.events.includes('drop 1'));
  await h.cleanup();
});

test('synchronous mode: resolves after commit; while failing, after the row is fsynced to the spill file', async () => {
  const h = harness({ spill: true });
  await h.w.pushDurable({ n: 1 });
  assert.deepEqual(h.written, [1]);
  h.state.failing = true;
  await h.w.pushDurable({ n: 2 });
  assert.equal(h.w.health().spilled, 1, 'durable in the spill file before the caller was answered');
  h.state.failing = false;
  await settle(h.w);
  assert.deepEqual(h.written, [1, 2]);
  await h.cleanup();
});

test('synchronous mode without anywhere durable rejects, so the client is refused', async () => {
  const h = harness();
  h.state.failing = true;
  await assert.rejects(h.w.pushDurable({ n: 1 }), /store cannot write/);
  await h.cleanup();
});

// The adaptive flush, on mocked timers: a quiet batch goes at flushMs, a busy one waits up to
// maxFlushMs for more rows, a full one goes at once, and close() never waits for the timer.
function timed(t: TestContext) {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const batches: number[][] = [];
  const w = new BatchWriter<{ n: number }>((rows) => void batches.push(rows.map((r) => r.n)), {
    maxRows: 20, flushMs: 50, maxFlushMs: 100, busyRows: 4, onError: () => undefined,
  });
  return { w, batches };
}
const turn = () => new Promise((resolve) => setImmediate(resolve));

test('a quiet batch is written at flushMs', async (t) => {
  const { w, batches } = timed(t);
  for (let n = 0; n < 3; n++) w.push({ n });
  t.mock.timers.tick(49);
  await turn();
  assert.deepEqual(batches, []);
  t.mock.timers.tick(1);
  await turn();
  assert.deepEqual(batches, [[0, 1, 2]]);
  await w.close();
});

test('a busy batch waits up to maxFlushMs for more rows, then goes as one', async (t) => {
  const { w, batches } = timed(t);
  for (let n = 0; n < 5; n++) w.push({ n });
  t.mock.timers.tick(50);
  await turn();
  assert.deepEqual(batches, [], 'held past flushMs: it holds busyRows rows');
  for (let n = 5; n < 8; n++) w.push({ n });
  t.mock.timers.tick(49);
  await turn();
  assert.deepEqual(batches, []);
  t.mock.timers.tick(1);
  await turn();
  assert.deepEqual(batches, [[0, 1, 2, 3, 4, 5, 6, 7]]);
  await w.close();
});

test('a busy batch that fills up goes at once; close() writes a held batch', async (t) => {
  const { w, batches } = timed(t);
  for (let n = 0; n < 5; n++) w.push({ n });
  t.mock.timers.tick(50);
  for (let n = 5; n < 20; n++) w.push({ n });
  await turn();
  assert.equal(batches.length, 1);
  assert.equal(batches[0].length, 20);
  for (let n = 20; n < 26; n++) w.push({ n });
  t.mock.timers.tick(50);
  await w.close();
  assert.deepEqual(batches[1], [20, 21, 22, 23, 24, 25]);
  assert.equal(w.pending, 0);
});
