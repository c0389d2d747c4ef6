import type Database from 'better-sqlite3';
import type { AttemptRecord, InferenceRecord } from '../types.js';
import type { Redactor } from '../redact.js';
import { PiiRedactor } from '../redact-pii.js';
import { withoutContent } from '../content-mode.js';
import { storableAsSent } from '../as-sent.js';
import { SessionRequests } from '../clean-requests.js';
import { RequestBases } from '../request-bases.js';

// Inference rows as the SQLite writer receives them: JSON columns already serialized (cheap,
// native JSON.stringify on the request thread), redaction and inserts done by the writer.
//
// Two shapes: the compact one (a flat array of column values, attempts as arrays) is what the
// gateway hands over; copying it to the writer thread (structured clone) costs a fraction of a
// keyed object, which repeats ~30 property names per row. The keyed shape is still read: spill
// files written by earlier versions hold it.

const INFERENCE_COLUMNS = [
  'id', 'created_at', 'kind', 'request_id', 'cache', 'session_id', 'route', 'model', 'variant', 'provider', 'upstream_model', 'stream', 'status',
  'error', 'request', 'response', 'usage', 'latency_ms', 'ttft_ms', 'attempts_count', 'routing', 'tags', 'cost_usd', 'cached_input_tokens',
  'cache_creation_input_tokens', 'reasoning_tokens', 'dropped', 'request_format',
] as const;
const ATTEMPT_COLUMNS = [
  'id', 'inference_id', 'seq', 'created_at', 'provider', 'upstream_model', 'target_index', 'retry', 'outcome', 'status_code', 'error_kind', 'error',
  'latency_ms', 'ttft_ms', 'next_reason',
] as const;
const col = (name: (typeof INFERENCE_COLUMNS)[number]) => INFERENCE_COLUMNS.indexOf(name);
const I = { error: col('error'), session_id: col('session_id'), request: col('request'), response: col('response'), routing: col('routing'), tags: col('tags') };
const A_ERROR = ATTEMPT_COLUMNS.indexOf('error');

/**
 * Column values in INFERENCE_COLUMNS order, then whether personal data goes (storage_content), then
 * the attempts. Spill files of earlier versions hold rows without the last column (request_format).
 * The request is JSON text, or the client's UTF-8 bytes (request_format set): bytes go to the writer
 * thread by transfer, not copied by the structured clone, and are stored as they are unless the
 * redactor changes them (see requestBytes).
 */
export type CompactWrite = unknown[];

/** The column index of the request in a compact row (the writer thread transfers its bytes). */
export const REQUEST_CELL = INFERENCE_COLUMNS.indexOf('request');

export type InferenceWrite = KeyedWrite | CompactWrite;

export interface KeyedWrite {
  row: Omit<InferenceRecord, 'request' | 'request_as_sent' | 'response' | 'usage' | 'routing' | 'tags' | 'stream' | 'dropped'> & {
    stream: number;
    request: string;
    response: string | null;
    usage: string | null;
    routing: string | null;
    tags: string | null;
    cached_input_tokens: number | null;
    cache_creation_input_tokens: number | null;
    reasoning_tokens: number | null;
    dropped: string | null;
    /** Absent in spill files of earlier versions. */
    request_format?: string | null;
  };
  attempts: AttemptRecord[];
}

const json = (v: unknown) => (v == null ? null : JSON.stringify(v));

export function toCompactWrite(record: InferenceRecord, attempts: AttemptRecord[]): CompactWrite {
  const r = record.storage_content === 'metadata_only' ? withoutContent(record) : record;
  const u = r.usage;
  const personal = r.storage_content === 'redacted' || r.storage_content === 'metadata_only';
  const asSent = storableAsSent(record);
  const att = attempts.map((a) => [
    a.id, a.inference_id, a.seq, a.created_at, a.provider, a.upstream_model, a.target_index, a.retry, a.outcome, a.status_code, a.error_kind, a.error,
    a.latency_ms, a.ttft_ms, a.next_reason,
  ]);
  // Same order as INFERENCE_COLUMNS.
  return [
    r.id, r.created_at, r.kind ?? 'chat', r.request_id ?? null, r.cache ?? null, r.session_id, r.route, r.model, r.variant, r.provider, r.upstream_model,
    r.stream ? 1 : 0, r.status, r.error, asSent ? asSent.bytes : JSON.stringify(r.request), json(r.response), json(u), r.latency_ms, r.ttft_ms, r.attempts_count,
    json(r.routing), json(r.tags), r.cost_usd, u?.cached_input_tokens ?? null, u?.cache_creation_input_tokens ?? null, u?.reasoning_tokens ?? null,
    r.dropped?.length ? JSON.stringify(r.dropped) : null, asSent?.format ?? null,
    personal, att,
  ];
}

/** The request cell as bytes: transferred (a Uint8Array), or read back from a spill file ({ type: 'Buffer', data }). */
function requestBytes(cell: unknown): Buffer | undefined {
  if (cell instanceof Uint8Array) return Buffer.from(cell.buffer, cell.byteOffset, cell.byteLength);
  const spilled = cell as { type?: unknown; data?: unknown } | null;
  if (spilled && typeof spilled === 'object' && spilled.type === 'Buffer' && Array.isArray(spilled.data)) return Buffer.from(spilled.data as number[]);
  return undefined;
}

/** Prepares the inserts on `db` and returns a function writing one batch in one transaction. */
export function inferenceBatchWriter(db: Database.Database, redactor: Redactor, pii = new PiiRedactor()): (batch: InferenceWrite[]) => void {
  // The request may arrive as UTF-8 bytes: SQLite stores them as the TEXT they are (no decode and
  // encode again in the binding).
  const param = (c: string, named: boolean) => (named ? `@${c}` : c === 'request' ? 'CAST(? AS TEXT)' : '?');
  const insert = (table: string, columns: readonly string[], named: boolean) =>
    db.prepare(`INSERT OR IGNORE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => param(c, named)).join(', ')})`);
  const insertInference = insert('inferences', INFERENCE_COLUMNS, true);
  const insertAttempt = insert('attempts', ATTEMPT_COLUMNS, true);
  // A compact row is inserted with its request's base columns after INFERENCE_COLUMNS.
  const insertCompact = insert('inferences', [...INFERENCE_COLUMNS, 'request_base', 'request_head', 'request_tail'], false);
  const baseStored = db.prepare('SELECT 1 FROM request_bases WHERE hash = ?').pluck();
  const insertBase = db.prepare('INSERT INTO request_bases (hash, bytes) VALUES (?, ?)');
  const insertCompactAttempt = insert('attempts', ATTEMPT_COLUMNS, false);
  const n = INFERENCE_COLUMNS.length;
  const cleanRequests = new SessionRequests();
  const bases = new RequestBases();
  /**
   * The stored request (bytes or JSON text) as the row's request, request_base, request_head and
   * request_tail: whole, or the middle between what it shares with its session's base. The base is
   * inserted when the table lacks it: new, or dropped by a delete since (a delete of the session's
   * rows sweeps the bases nobody references, on another connection).
   */
  const requestCells = (stored: Buffer | string, session: string): [Buffer | string, string | null, number | null, number | null] => {
    const split = bases.split(session, typeof stored === 'string' ? Buffer.from(stored) : stored);
    if (!split) return [stored, null, null, null];
    if (baseStored.get(split.hash) === undefined) insertBase.run(split.hash, split.base);
    return [split.middle, split.hash, split.head, split.tail];
  };
  /**
   * The request to store: the client's bytes unless the redactor changes them. Secrets only (not
   * personal data, which `personal` rows also lose): those are screened where the bytes differ from
   * the session's last unchanged request (between the head and the tail they share).
   */
  const storedRequest = (bytes: Buffer, session: string, personal: boolean, json: (s: string) => string): Buffer | string => {
    const shared = personal ? undefined : cleanRequests.shared(session, bytes);
    if (shared && redactor.jsonBytesUnchanged(bytes, shared.head, shared.tail)) {
      cleanRequests.remember(session, bytes);
      return bytes;
    }
    // Decoded as the surface decoded it to parse; unchanged by the redactor, the bytes are stored.
    const sent = bytes.toString('utf8');
    const redacted = json(sent);
    return redacted === sent ? bytes : redacted;
  };
  const writeCompact = (w: CompactWrite) => {
    // A row of an earlier version's spill file lacks request_format: its request is serialized.
    const v = w.length === n + 2 ? w.slice(0, n) : [...w.slice(0, n - 1), null];
    const personal = w[w.length - 2] === true;
    const text = (s: string) => (personal ? pii.text(redactor.text(s)) : redactor.text(s));
    const json = (s: string) => (personal ? pii.jsonText(redactor.jsonText(s)) : redactor.jsonText(s));
    const str = (i: number, f: (s: string) => string) => {
      if (typeof v[i] === 'string' && v[i] !== '') v[i] = f(v[i] as string);
    };
    str(I.error, text);
    str(I.session_id, (s) => redactor.text(s));
    const session = typeof v[I.session_id] === 'string' ? (v[I.session_id] as string) : '';
    const bytes = requestBytes(v[I.request]);
    if (bytes) v[I.request] = storedRequest(bytes, session, personal, json);
    else str(I.request, json);
    const [request, base, head, tail] = requestCells(v[I.request] as Buffer | string, session);
    v[I.request] = request;
    v.push(base, head, tail);
    str(I.response, json);
    str(I.routing, (s) => redactor.jsonText(s));
    str(I.tags, (s) => redactor.jsonText(s));
    insertCompact.run(v);
    for (const attempt of w[w.length - 1] as unknown[][]) {
      const a = attempt.slice(); // a batch may be retried: never redact the queued row in place
      if (typeof a[A_ERROR] === 'string' && a[A_ERROR] !== '') a[A_ERROR] = text(a[A_ERROR] as string);
      insertCompactAttempt.run(a);
    }
  };
  return db.transaction((batch: InferenceWrite[]) => {
    for (const w of batch) {
      if (Array.isArray(w)) {
        writeCompact(w);
        continue;
      }
      const { row, attempts } = w;
      // Personal data goes for `redacted` and from what `metadata_only` keeps (error text).
      const personal = row.storage_content === 'redacted' || row.storage_content === 'metadata_only';
      const text = (s: string) => (personal ? pii.text(redactor.text(s)) : redactor.text(s));
      const json = (s: string) => (personal ? pii.jsonText(redactor.jsonText(s)) : redactor.jsonText(s));
      insertInference.run({
        ...row,
        request_format: row.request_format ?? null,
        error: row.error && text(row.error),
        session_id: row.session_id && redactor.text(row.session_id),
        request: json(row.request),
        response: row.response && json(row.response),
        // metadata from the client (tags) and routing facts are client input too
        routing: row.routing && redactor.jsonText(row.routing),
        tags: row.tags && redactor.jsonText(row.tags),
      });
      for (const a of attempts) insertAttempt.run({ ...a, error: a.error && text(a.error) });
    }
  });
}
