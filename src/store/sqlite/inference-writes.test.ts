import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { migrateSqlite } from './migrate.js';
import { sqliteMigrations } from './migrations/index.js';
import { inferenceBatchWriter, toCompactWrite, type KeyedWrite } from './inference-writes.js';
import { inferenceFromRow, type InferenceRow } from './inference-rows.js';
import { Redactor, REDACTED } from '../redact.js';
import { chatRequestOf } from '../../server/wire-request.js';
import { escapesOnlyWhatStringifyDoes } from '../as-sent.js';
import type { InferenceRecord } from '../types.js';

function open() {
  const db = new Database(':memory:');
  migrateSqlite(db, sqliteMigrations);
  const write = inferenceBatchWriter(db, new Redactor());
  const row = (id: string) => db.prepare('SELECT * FROM inferences WHERE id = ?').get(id) as InferenceRow;
  return { db, write, row };
}

const body = { model: 'claude', max_tokens: 64, system: 'Be terse.', messages: [{ role: 'user', content: 'key sk-ant-abcdefghijklmnopqrstu and café' }] };
const text = JSON.stringify(body);
const record = (id: string, over: Partial<InferenceRecord> = {}): InferenceRecord => ({
  id, created_at: '2026-01-01T00:00:00.000Z', kind: 'chat', session_id: null, request_id: null, route: null, model: 'm', variant: null, provider: 'p',
  upstream_model: 'u', stream: false, status: 'ok', error: null, request: chatRequestOf('anthropic', body), response: null, usage: null, latency_ms: 1,
  ttft_ms: null, attempts_count: 0, routing: null, tags: null, cost_usd: null, dropped: null, storage_content: 'full',
  request_as_sent: { format: 'anthropic', bytes: Buffer.from(text) }, ...over,
});

test('the client\'s text is the stored request (redacted), named by request_format, and reads back converted', () => {
  const { write, row } = open();
  write([toCompactWrite(record('a'), [])]);
  const stored = row('a');
  assert.equal(stored.request_format, 'anthropic');
  assert.equal(stored.request, text.replace('sk-ant-abcdefghijklmnopqrstu', REDACTED));
  const back = inferenceFromRow(stored).request;
  assert.deepEqual(back, chatRequestOf('anthropic', { ...body, messages: [{ role: 'user', content: `key ${REDACTED} and café` }] }));
});

test('a body the redactor leaves alone is stored byte for byte, as TEXT; a spilled row (JSON) the same', () => {
  const { write, row, db } = open();
  const clean = JSON.stringify({ model: 'claude', max_tokens: 8, messages: [{ role: 'user', content: 'naïve café 世界 🦊 "quoted"' }] });
  const sent = record('e', { request_as_sent: { format: 'anthropic', bytes: Buffer.from(clean) } });
  const spilled = JSON.parse(JSON.stringify(toCompactWrite({ ...sent, id: 'f' }, [])));
  write([toCompactWrite(sent, []), spilled]);
  assert.equal(row('e').request, clean);
  assert.equal(row('f').request, clean);
  assert.equal((db.prepare("SELECT typeof(request) AS t FROM inferences WHERE id = 'e'").get() as { t: string }).t, 'text');
});

test('a text escaping more than JSON.stringify does is stored serialized from the normalized request', () => {
  const { write, row } = open();
  write([toCompactWrite(record('b', { request_as_sent: { format: 'anthropic', bytes: Buffer.from(text.replace('sk-ant', 'sk\\u002dant')) } }), [])]);
  assert.equal(row('b').request_format, null);
  assert.doesNotMatch(row('b').request, /abcdefghijklmnopqrstu/);
  assert.equal(escapesOnlyWhatStringifyDoes(Buffer.from('{"a":"tab\\t quote\\" esc\\u001b nul\\u0000"}')), true);
  assert.equal(escapesOnlyWhatStringifyDoes(Buffer.from('{"a":"https:\\/\\/x"}')), false);
  assert.equal(escapesOnlyWhatStringifyDoes(Buffer.from('{"a":"\\u00e9"}')), false);
  assert.equal(escapesOnlyWhatStringifyDoes(Buffer.from('{"a":"C:\\\\users"}')), true);
});

test('compact rows of earlier spill files (no request_format) are written as before', () => {
  const { write, row } = open();
  const current = toCompactWrite(record('c', { request_as_sent: undefined }), []);
  const legacy = [...current.slice(0, -3), ...current.slice(-2)];
  legacy[0] = 'd';
  write([legacy]);
  assert.equal(row('d').request_format, null);
  assert.deepEqual(inferenceFromRow(row('d')).request, chatRequestOf('anthropic', { ...body, messages: [{ role: 'user', content: `key ${REDACTED} and café` }] }));
});

test('keyed rows of earlier spill files are written as before', () => {
  const { write, row, db } = open();
  const usage = { prompt_tokens: 1200, completion_tokens: 80, total_tokens: 1280, cached_input_tokens: 1000, cache_creation_input_tokens: 150, reasoning_tokens: 30 };
  const r = record('k', { request_as_sent: undefined, usage, session_id: 'lever', error: 'x', dropped: ['thinking'], cache: 'miss', attempts_count: 1 });
  const { request_as_sent: _s, storage_content: _c, ...rest } = r;
  const keyed: KeyedWrite = {
    row: {
      ...rest, kind: 'chat', request_id: null, cache: 'miss', stream: 0, request: JSON.stringify(r.request), response: null, usage: JSON.stringify(usage),
      routing: null, tags: null, cached_input_tokens: 1000, cache_creation_input_tokens: 150, reasoning_tokens: 30, dropped: JSON.stringify(['thinking']),
    },
    attempts: [{ id: 'a1', inference_id: 'k', seq: 0, created_at: r.created_at, provider: 'p', upstream_model: 'u', target_index: 0, retry: 0, outcome: 'error', status_code: 500, error_kind: 'server_error', error: 'boom', latency_ms: 1, ttft_ms: null, next_reason: null }],
  };
  const compact = toCompactWrite({ ...r, id: 'c' }, []);
  write([keyed, compact]);
  const { id: _k, ...fromKeyed } = inferenceFromRow(row('k'));
  const { id: _c2, ...fromCompact } = inferenceFromRow(row('c'));
  assert.deepEqual(fromKeyed, fromCompact);
  assert.equal((db.prepare('SELECT error FROM attempts WHERE inference_id = ?').get('k') as { error: string }).error, 'boom');
  assert.deepEqual(db.prepare('SELECT cached_input_tokens, cache_creation_input_tokens, reasoning_tokens FROM inferences WHERE id = ?').get('k'), { cached_input_tokens: 1000, cache_creation_input_tokens: 150, reasoning_tokens: 30 });
});
