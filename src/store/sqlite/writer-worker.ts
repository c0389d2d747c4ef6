import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { Redactor } from '../redact.js';
import { PiiRedactor, type PiiOptions } from '../redact-pii.js';
import { inferenceRowsWriter } from './inference-writes.js';
import { SqliteFirewallRepo } from './firewall-repo.js';
import { applyWalSettings } from './wal-settings.js';
import type { PostedBatch, WriterAck } from './writer-thread.js';

// The SQLite writer thread: inference batches are redacted and inserted here, and firewall trace
// batches inserted, so a slow disk (fsync, WAL checkpoints) never stalls the event loop that
// serves requests. The batches of one message (those the request thread flushed in one turn: an
// inference batch and its trace batch, mostly) commit in one transaction; should it fail, each
// batch is written again alone, so a failing batch fails alone and is retried alone.

const { path, secrets, pii } = workerData as { path: string; secrets: string[]; pii?: PiiOptions };
const db = new Database(path);
applyWalSettings(db);
const writeInferences = inferenceRowsWriter(db, new Redactor(secrets), new PiiRedactor(pii));
const writeTraces = SqliteFirewallRepo.rowsWriter(db);
const writeRows = (b: PostedBatch) => ('traces' in b ? writeTraces(b.traces) : writeInferences(b.batch));
const writeAlone = db.transaction(writeRows);
const writeJoined = db.transaction((batches: PostedBatch[]) => batches.forEach(writeRows));

parentPort!.on('message', (msg: { batches: PostedBatch[]; join: boolean } | { close: true }) => {
  if ('close' in msg) {
    db.close();
    parentPort!.postMessage({ closed: true });
    return;
  }
  parentPort!.postMessage({ acks: write(msg.batches, msg.join) });
});

function write(batches: PostedBatch[], join: boolean): WriterAck[] {
  if (join && batches.length > 1) {
    try {
      writeJoined(batches);
      return batches.map((b) => ({ seq: b.seq, ok: true }));
    } catch {
      // written again below, each batch alone
    }
  }
  return batches.map((b) => {
    try {
      writeAlone(b);
      return { seq: b.seq, ok: true };
    } catch (err) {
      return { seq: b.seq, ok: false, error: (err as Error).message, code: (err as { code?: string }).code };
    }
  });
}
