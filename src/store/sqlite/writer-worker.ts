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

// Each batch of a message is written and answered on its own (a failed one is retried alone);
// the answers go back in one message.
function writeItem(item: WriterItem): WriterAck {
  try {
    if ('traces' in item) writeTraces(item.traces);
    else write(item.batch);
    return { seq: item.seq, ok: true };
  } catch (err) {
    return { seq: item.seq, ok: false, error: (err as Error).message, code: (err as { code?: string }).code };
  }
}

parentPort!.on('message', (msg: { items: WriterItem[] } | { close: true }) => {
  if ('close' in msg) {
    db.close();
    parentPort!.postMessage({ closed: true });
    return;
  }
  parentPort!.postMessage({ acks: msg.items.map(writeItem) });
});
