import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { Redactor } from '../redact.js';
import { PiiRedactor, type PiiOptions } from '../redact-pii.js';
import { inferenceBatchWriter } from './inference-writes.js';
import { SqliteFirewallRepo } from './firewall-repo.js';
import type { WriterAck, WriterItem } from './writer-thread.js';

// The SQLite writer thread: inference batches are redacted and inserted here, and firewall trace
// batches inserted, so a slow disk (fsync, WAL checkpoints) never stalls the event loop that
// serves requests.

const { path, secrets, pii } = workerData as { path: string; secrets: string[]; pii?: PiiOptions };
const db = new Database(path);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
const write = inferenceBatchWriter(db, new Redactor(secrets), new PiiRedactor(pii));
const writeTraces = SqliteFirewallRepo.batchWriter(db);

const failed = (seq: number, err: unknown): WriterAck => ({ seq, ok: false, error: (err as Error).message, code: (err as { code?: string }).code });

// Each batch of a message is written and answered on its own (its transaction is a savepoint of
// the message's: a failed batch is rolled back and retried alone); the message commits once, and
// the answers go back in one message. A failed commit fails every batch of it.
function writeItem(item: WriterItem): WriterAck {
  try {
    if ('traces' in item) writeTraces(item.traces);
    else write(item.batch);
    return { seq: item.seq, ok: true };
  } catch (err) {
    return failed(item.seq, err);
  }
}
const writeAll = db.transaction((items: WriterItem[]) => items.map(writeItem));

parentPort!.on('message', (msg: { items: WriterItem[] } | { close: true }) => {
  if ('close' in msg) {
    db.close();
    parentPort!.postMessage({ closed: true });
    return;
  }
  let acks: WriterAck[];
  try {
    acks = msg.items.length === 1 ? [writeItem(msg.items[0])] : writeAll(msg.items);
  } catch (err) {
    acks = msg.items.map((item) => failed(item.seq, err));
  }
  parentPort!.postMessage({ acks });
});
