import type { Logger } from 'pino';
import type { StorageConfig } from '../config/schema.js';
import type { BatchWriterOptions } from './batch-writer.js';
import type { Redactor } from './redact.js';
import type { SpillFile } from './spill-file.js';

// The storage.* settings that decide what happens to a row the database cannot take right now,
// shared by both stores.

export interface DurabilityOptions {
  /** Unwritten rows held in memory before they spill to disk (storage.max_queue_rows). */
  maxQueueRows?: number;
  /** Where rows go beyond maxQueueRows (storage.spill_path); default beside the database. */
  spillPath?: string;
  /** Acknowledge an inference only once it is committed or spilled (storage.sync). */
  sync?: boolean;
}

export function writerOptions<T>(
  o: { batchMaxRows?: number; batchFlushMs?: number; batchFlushMaxMs?: number; durability?: DurabilityOptions },
  spill: SpillFile<T> | undefined,
  redactor: Redactor,
  logger?: Logger,
  what = 'inferences',
): BatchWriterOptions<T> {
  const describe = (err: unknown) => redactor.text(String((err as Error)?.message ?? err));
  const flushMs = o.batchFlushMs ?? 50;
  return {
    maxRows: o.batchMaxRows ?? 500,
    flushMs,
    // Under load a batch may wait twice the flush interval: bigger commits, same latency when quiet.
    maxFlushMs: o.batchFlushMaxMs ?? 2 * flushMs,
    maxQueueRows: o.durability?.maxQueueRows,
    spill,
    describe,
    onError: (err, n) =>
      logger?.error({ code: (err as { code?: string })?.code, error: describe(err) }, `store: writing ${n} ${what} failed; they stay queued and are retried`),
    onRecover: (ms) => logger?.warn(`store: writes succeed again after ${Math.round(ms)} ms; replaying queued rows`),
    onDrop: (n, err) => logger?.error({ error: describe(err), dropped: n }, `store: DROPPED ${n} ${what} (the store and the spill file both failed)`),
  };
}

export function durabilityOf(storage: StorageConfig): DurabilityOptions {
  return { maxQueueRows: storage.max_queue_rows, spillPath: storage.spill_path, sync: storage.sync };
}
