import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { migrateSqlite } from '../../src/store/sqlite/migrate.js';
import { sqliteMigrations } from '../../src/store/sqlite/migrations/index.js';
import { SELECT_INFERENCES, type InferenceRow } from '../../src/store/sqlite/inference-rows.js';
import { REDACTED } from '../../src/store/redact.js';
import { requestFromSent } from '../../src/server/wire-request.js';
import { examplesFromQuery } from '../../src/datasets/sources.js';
import { exampleFromInference } from '../../src/datasets/example.js';
import { exportExamples } from '../../src/export/export.js';
import { inference } from './contract.js';
import type { InferenceRecord } from '../../src/store/types.js';

// A session's repeated request prefix is stored once (src/store/request-bases.ts): every turn must
// still read back byte for byte, and deleting rows must not leave bases behind.

const claude = JSON.parse(readFileSync(new URL('../fixtures/wire/anthropic/claude-code-2.1.332-first-turn.json', import.meta.url), 'utf8')) as { body: Record<string, unknown> };
const SECRET = 'sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123456789';

/** Turn `n` of a Claude Code conversation: the first turn's messages plus n exchanges, the cache marker on the last. */
function turnText(session: string, n: number, opts: { secretAt?: number } = {}): string {
  const messages = [...(claude.body.messages as unknown[])];
  for (let i = 1; i <= n; i++) {
    messages.push({ role: 'assistant', content: [{ type: 'text', text: `Turn ${i} of ${session}: naïve café 世界 🦊 "quoted" ${'x'.repeat(i * 37)}` }] });
    const text = i === opts.secretAt ? `the key is ${SECRET}` : `result ${i} ✓ ${'é'.repeat(i)}`;
    messages.push({ role: 'user', content: [{ type: 'tool_result', tool_use_id: `t${i}`, content: text, ...(i === n ? { cache_control: { type: 'ephemeral' } } : {}) }] });
  }
  return JSON.stringify({ ...claude.body, messages, metadata: { user_id: session } });
}

const T0 = Date.parse('2026-03-01T00:00:00.000Z');

function turn(session: string, n: number, text: string, storage: InferenceRecord['storage_content'] = 'full'): InferenceRecord {
  return inference({
    session_id: session, created_at: new Date(T0 + n * 60_000).toISOString(), request: requestFromSent('anthropic', text),
    request_as_sent: { format: 'anthropic', bytes: Buffer.from(text) }, storage_content: storage,
  });
}

describe('request bases (SQLite file, writer thread)', () => {
  let dir: string;
  let store: SqliteStore;
  let raw: Database.Database;
  const sent = new Map<string, { text: string; record: InferenceRecord }>();
  const TURNS = 30;

  const joined = (id: string) => (raw.prepare(`${SELECT_INFERENCES} WHERE inferences.id = ?`).get(id) as InferenceRow).request_joined;
  const orphans = () => raw.prepare('SELECT count(*) AS n FROM request_bases WHERE hash NOT IN (SELECT request_base FROM inferences WHERE request_base IS NOT NULL)').pluck().get() as number;
  const storedBytes = () => raw.prepare("SELECT (SELECT coalesce(sum(length(CAST(request AS BLOB))), 0) FROM inferences) + (SELECT coalesce(sum(length(bytes)), 0) FROM request_bases)").pluck().get() as number;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'switchyard-bases-'));
    store = new SqliteStore({ path: join(dir, 'store.db'), batchFlushMs: 5, batchMaxRows: 7 });
    for (let n = 0; n < TURNS; n++) {
      for (const session of ['sess-a', 'sess-b']) {
        // sess-b's turn 12 carries a secret (redacted before storing), its turn 20 personal-data redaction.
        const text = turnText(session, n, { secretAt: session === 'sess-b' ? 12 : undefined });
        const record = turn(session, n, text, session === 'sess-b' && n === 20 ? 'redacted' : 'full');
        sent.set(record.id, { text, record });
        store.recordInference(record, []);
      }
    }
    await store.flush();
    raw = new Database(join(dir, 'store.db'), { readonly: true });
  });

  after(async () => {
    raw.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('every turn reads back exactly as sent (redacted where it held a secret), while most bytes are stored once', async () => {
    let total = 0;
    let viaBase = 0;
    for (const [id, { text, record }] of sent) {
      total += Buffer.byteLength(text);
      const back = await store.getInference(id);
      assert.ok(back);
      const row = raw.prepare('SELECT request_base FROM inferences WHERE id = ?').get(id) as { request_base: string | null };
      if (row.request_base) viaBase++;
      if (record.storage_content === 'redacted' || text.includes(SECRET)) {
        assert.doesNotMatch(JSON.stringify(back.request), new RegExp(SECRET));
        continue;
      }
      assert.deepEqual(back.request, requestFromSent('anthropic', text), id);
    }
    assert.equal(viaBase, sent.size, 'every large request is stored against a base');
    const stored = storedBytes();
    assert.ok(stored * 5 < total, `stored ${stored} of ${total} bytes`);
    // No column holds the secret: not the rows' middles, not the bases.
    assert.equal(raw.prepare('SELECT count(*) FROM inferences WHERE instr(CAST(request AS BLOB), CAST(? AS BLOB)) > 0').pluck().get(SECRET), 0);
    assert.equal(raw.prepare('SELECT count(*) FROM request_bases WHERE instr(bytes, CAST(? AS BLOB)) > 0').pluck().get(SECRET), 0);
  });

  test('the joined request is the stored text byte for byte; the secret turn holds the redacted text', async () => {
    const page = await store.queryInferences({ session_id: 'sess-b', order: 'asc', limit: 1000 });
    assert.equal(page.items.length, TURNS);
    for (const { id } of page.items) {
      const { text, record } = sent.get(id)!;
      if (record.storage_content === 'full') assert.equal(joined(id), text.replace(SECRET, REDACTED), id);
    }
    const secretTurn = page.items[12];
    assert.deepEqual(secretTurn.request, requestFromSent('anthropic', sent.get(secretTurn.id)!.text.replace(SECRET, REDACTED)));
  });

  test('export of a session equals the export made from the requests as sent', async () => {
    const out = (name: string) => join(dir, name);
    await exportExamples(examplesFromQuery(store, { session_id: 'sess-a' }), { format: 'openai-chat', out: out('stored.jsonl') });
    const expected = [...sent.values()]
      .filter(({ record }) => record.session_id === 'sess-a')
      .map(({ text, record }) => exampleFromInference({ ...JSON.parse(JSON.stringify(record)), request_as_sent: undefined, storage_content: undefined, request: requestFromSent('anthropic', text) }));
    async function* list() {
      yield* expected;
    }
    await exportExamples(list(), { format: 'openai-chat', out: out('expected.jsonl') });
    const stored = readFileSync(out('stored.jsonl'), 'utf8');
    assert.ok(stored.split('\n').length > TURNS);
    assert.equal(stored, readFileSync(out('expected.jsonl'), 'utf8'));
  });

  test('deleting a session and retention leave no base nobody refers to; the other session still reads exactly', async () => {
    const bases = () => raw.prepare('SELECT count(*) FROM request_bases').pluck().get() as number;
    assert.ok(bases() >= 2);
    const counts = await store.feedback.deleteEpisode('sess-a');
    assert.equal(counts.inferences, TURNS);
    assert.ok((counts.related.request_bases ?? 0) >= 1);
    assert.equal(orphans(), 0);
    for (const [id, { text, record }] of sent) {
      if (record.session_id === 'sess-b' && record.storage_content === 'full') assert.deepEqual((await store.getInference(id))?.request, requestFromSent('anthropic', text.replace(SECRET, REDACTED)));
    }
    await store.feedback.deleteOlderThan(new Date(T0 + 15 * 60_000).toISOString());
    assert.equal(orphans(), 0);
    const left = await store.queryInferences({ session_id: 'sess-b', order: 'asc', limit: 1000 });
    assert.equal(left.items.length, TURNS - 15);
    for (const r of left.items) {
      const { text, record } = sent.get(r.id)!;
      if (record.storage_content === 'full') assert.deepEqual(r.request, requestFromSent('anthropic', text.replace(SECRET, REDACTED)));
    }
    await store.feedback.deleteOlderThan(new Date(T0 + TURNS * 60_000).toISOString());
    assert.equal(bases(), 0);
  });

  test('a session written after its base was swept gets the base again', async () => {
    const text = turnText('sess-b', TURNS + 1);
    const record = turn('sess-b', TURNS + 1, text);
    store.recordInference(record, []);
    await store.flush();
    assert.deepEqual((await store.getInference(record.id))?.request, requestFromSent('anthropic', text));
    assert.equal(orphans(), 0);
  });
});

describe('request bases (memory store bound)', () => {
  test('the oldest inferences go with the bases only they referred to', async () => {
    const store = new SqliteStore({ path: ':memory:', maxInferences: 10, batchFlushMs: 5, batchMaxRows: 3 });
    const texts = new Map<string, string>();
    for (let n = 0; n < 80; n++) {
      const text = turnText('mem', n);
      const record = turn('mem', n, text);
      texts.set(record.id, text);
      store.recordInference(record, []);
    }
    await store.flush();
    const orphans = store.db.prepare('SELECT count(*) FROM request_bases WHERE hash NOT IN (SELECT request_base FROM inferences WHERE request_base IS NOT NULL)').pluck().get();
    assert.equal(orphans, 0);
    const page = await store.queryInferences({ limit: 1000 });
    assert.ok(page.items.length >= 10 && page.items.length <= 11, String(page.items.length));
    for (const r of page.items) assert.deepEqual(r.request, requestFromSent('anthropic', texts.get(r.id)!));
    await store.close();
  });
});

describe('request bases (a database of an earlier version)', () => {
  test('rows stored whole before migration 013 read as before, beside rows stored against a base', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-bases-old-'));
    const path = join(dir, 'store.db');
    const text = turnText('old', 3);
    const old = new Database(path);
    migrateSqlite(old, sqliteMigrations.filter((m) => m.version < 13));
    old.prepare(`INSERT INTO inferences (id, created_at, kind, session_id, stream, status, request, latency_ms, attempts_count, request_format)
      VALUES ('0190aaaa-0000-7000-8000-000000000001', ?, 'chat', 'old', 0, 'ok', ?, 1, 0, 'anthropic')`).run(new Date(T0).toISOString(), text);
    old.close();
    const store = new SqliteStore({ path, batchFlushMs: 5 });
    try {
      const next = turnText('old', 4);
      const record = turn('old', 4, next);
      store.recordInference(record, []);
      await store.flush();
      const page = await store.queryInferences({ session_id: 'old', order: 'asc' });
      assert.deepEqual(page.items.map((r) => r.request), [requestFromSent('anthropic', text), requestFromSent('anthropic', next)]);
      assert.equal(store.db.prepare('SELECT count(*) FROM inferences WHERE request_base IS NOT NULL').pluck().get(), 1);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
