import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { Redactor } from '../redact.js';
import { PiiRedactor, type PiiOptions } from '../redact-pii.js';
import { inferenceBatchWriter, type InferenceWrite } from './inference-writes.js';
import { SqliteFirewallRepo } from './firewall-repo.js';
import { applyWalSettings } from './wal-settings.js';
import type { TraceWrite } from '../trace-writes.js';

// The SQLite writer thread: inference batches are redacted and inserted here, and firewall trace
// batches inserted, so a slow disk (fsync, WAL checkpoints) never stalls the event loop that
// serves requests.

const { path, secrets, pii } = workerData as { path: string; secrets: string[]; pii?: PiiOptions };
const db = new Database(path);
applyWalSettings(db);
const write = inferenceBatchWriter(db, new Redactor(secrets), new PiiRedactor(pii));
const writeTraces = SqliteFirewallRepo.batchWriter(db);

parentPort!.on('message', (msg: { seq: number; batch: InferenceWrite[] } | { seq: number; traces: TraceWrite[] } | { close: true }) => {
  if ('close' in msg) {
    db.close();
    parentPort!.postMessage({ closed: true });
    return;
  }
  try {
    if ('traces' in msg) writeTraces(msg.traces);
    else write(msg.batch);
    parentPort!.postMessage({ seq: msg.seq, ok: true });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, ok: false, error: (err as Error).message, code: (err as { code?: string }).code });
  }
});
