import type Database from 'better-sqlite3';
import type { Logger } from 'pino';
import { BatchWriter, type WriteHealth } from '../batch-writer.js';
import { SpillFile } from '../spill-file.js';
import { openError, openSqliteFile } from './open-file.js';
import { writerOptions, type DurabilityOptions } from '../durability.js';
import { encodeCursor } from '../cursor.js';
import { selectInferences } from '../sql-filters.js';
import { Redactor } from '../redact.js';
import { PiiRedactor } from '../redact-pii.js';
import type { AttemptRecord, InferenceQuery, InferenceRecord, Page, Store } from '../types.js';
import { SqliteExperimentRepo } from './experiment-repo.js';
import { SqliteFeedbackRepo } from './feedback-repo.js';
import { SqliteDatasetRepo } from './dataset-repo.js';
import { SqliteFirewallRepo } from './firewall-repo.js';
import { SqliteImportRepo } from './import-repo.js';
import { SqliteResponseRepo } from './response-repo.js';
import { SqliteCacheRepo } from './cache-repo.js';
import { SELECT_INFERENCES, attemptFromRow, inferenceFromRow, type InferenceRow } from './inference-rows.js';
import { SqliteOptimizeRepo } from './optimize-repo.js';
import { migrateSqlite } from './migrate.js';
import { inferenceBatchWriter, toCompactWrite, type InferenceWrite } from './inference-writes.js';
import { WriterThread } from './writer-thread.js';
import type { TraceWrite } from '../trace-writes.js';
import { sqliteMigrations } from './migrations/index.js';

interface SqliteStoreOptions {
  /** File path, or ':memory:'. */
  path: string;
  batchMaxRows?: number;
  batchFlushMs?: number;
  /** storage.batch_flush_max_ms: the longest a row waits under load (default 2 x batchFlushMs). */
  batchFlushMaxMs?: number;
  redactor?: Redactor;
  /** Personal-data rules for rows stored as `redacted` (built-in rules when absent). */
  pii?: PiiRedactor;
  logger?: Logger;
  durability?: DurabilityOptions;
  /** ':memory:' only: inferences kept (storage.memory_max_inferences); the oldest go, with their attempts and feedback. */
  maxInferences?: number;
}

const DEFAULT_MEMORY_MAX_INFERENCES = 2_000;

/**
 * The memory store keeps its newest `max` inferences: once a tenth more have been written, the
 * oldest beyond `max` are deleted (one indexed range delete amortized over many inserts).
 */
function boundedWriter(write: (batch: InferenceWrite[]) => void, max: number, trim: (keep: number) => void): (batch: InferenceWrite[]) => void {
  const slack = Math.max(1, Math.ceil(max / 10));
  let written = 0;
  return (batch) => {
    write(batch);
    written += batch.length;
    if (written >= slack) {
      written = 0;
      trim(max);
    }
  };
}

/** The embedded default store: one SQLite file in WAL mode, writes batched in transactions. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly db: Database.Database;
  readonly redactor: Redactor;
  readonly experiments: SqliteExperimentRepo;
  readonly feedback: SqliteFeedbackRepo;
  readonly datasets: SqliteDatasetRepo;
  readonly firewall: SqliteFirewallRepo;
  readonly imports: SqliteImportRepo;
  readonly responses: SqliteResponseRepo;
  readonly cache: SqliteCacheRepo;
  readonly optimize: SqliteOptimizeRepo;
  readonly #writer: BatchWriter<InferenceWrite>;
  readonly #traces: BatchWriter<TraceWrite>;
  #thread: WriterThread | undefined;
  readonly #sync: boolean;

  constructor(options: SqliteStoreOptions) {
    this.db = openSqliteFile(options.path, (m) => options.logger?.warn(m));
    try {
      migrateSqlite(this.db, sqliteMigrations);
    } catch (err) {
      this.db.close();
      throw openError(options.path, err);
    }
    this.redactor = options.redactor ?? new Redactor();
    this.experiments = new SqliteExperimentRepo(this.db);
    this.feedback = new SqliteFeedbackRepo(this.db);
    this.datasets = new SqliteDatasetRepo(this.db);
    this.imports = new SqliteImportRepo(this.db);
    this.responses = new SqliteResponseRepo(this.db, this.redactor);
    this.cache = new SqliteCacheRepo(this.db);
    this.optimize = new SqliteOptimizeRepo(this.db);
    // File databases get a writer thread (a slow fsync must not stall requests); ':memory:' cannot
    // be shared across threads, so it writes in-thread.
    const pii = options.pii ?? new PiiRedactor();
    let write: (batch: InferenceWrite[]) => void | Promise<void>;
    let writeTraces: (rows: TraceWrite[]) => void | Promise<void>;
    if (options.path === ':memory:') {
      writeTraces = SqliteFirewallRepo.batchWriter(this.db);
      write = boundedWriter(inferenceBatchWriter(this.db, this.redactor, pii), options.maxInferences ?? DEFAULT_MEMORY_MAX_INFERENCES, (keep) => this.feedback.trimTo(keep));
    } else {
      const secrets = [...this.redactor.literals];
      this.#thread = new WriterThread(options.path, secrets, pii.options);
      // A dead thread is replaced (its batch is retried by the writer); a write error from a
      // live thread (disk full, read-only) is the store's, and stays on the thread.
      const live = () => {
        if (this.#thread!.dead) {
          options.logger?.warn('store: writer thread died; starting a new one');
          this.#thread = new WriterThread(options.path, secrets, pii.options);
        }
        return this.#thread!;
      };
      write = (batch) => live().write(batch);
      writeTraces = (rows) => live().writeTraces(rows);
    }
    const durability = options.durability ?? {};
    this.#sync = durability.sync === true;
    const spillPath = durability.spillPath ?? `${options.path}.spill.jsonl`;
    const spill = options.path === ':memory:' ? undefined : new SpillFile<InferenceWrite>(spillPath);
    this.#writer = new BatchWriter<InferenceWrite>((rows) => write(rows), writerOptions(options, spill, this.redactor, options.logger));
    // Firewall traces (observe mode) take the same way: batched, on the writer thread, retried and
    // spilled (to a file of their own beside the inferences' one) like inference rows.
    const traceSpill = options.path === ':memory:' ? undefined : new SpillFile<TraceWrite>(spillPath.replace(/(\.jsonl)?$/, '.traces$1'));
    this.#traces = new BatchWriter<TraceWrite>((rows) => writeTraces(rows), writerOptions(options, traceSpill, this.redactor, options.logger, 'firewall traces'));
    this.firewall = new SqliteFirewallRepo(this.db, this.#traces);
  }

  writeHealth(): WriteHealth {
    return this.#writer.health();
  }

  async init(): Promise<void> {
    // Migrations run in the constructor: SQLite is local and synchronous.
  }

  recordInference(row: InferenceRecord, attempts: AttemptRecord[]): void | Promise<void> {
    const w = toCompactWrite(row, attempts);
    if (this.#sync) return this.#writer.pushDurable(w);
    this.#writer.push(w);
  }

  async flush(): Promise<void> {
    await Promise.all([this.#writer.flush(), this.#traces.flush()]);
  }

  async getInference(id: string): Promise<InferenceRecord | null> {
    const row = this.db.prepare(`${SELECT_INFERENCES} WHERE inferences.id = ?`).get(id) as InferenceRow | undefined;
    return row ? inferenceFromRow(row) : null;
  }

  async listAttempts(inferenceId: string): Promise<AttemptRecord[]> {
    return (this.db.prepare('SELECT * FROM attempts WHERE inference_id = ? ORDER BY seq').all(inferenceId) as AttemptRecord[]).map(attemptFromRow);
  }

  async queryInferences(q: InferenceQuery): Promise<Page<InferenceRecord>> {
    const { sql, params, limit } = selectInferences(q, SELECT_INFERENCES);
    const rows = this.db.prepare(sql).all(...params) as InferenceRow[];
    const items = rows.slice(0, limit).map(inferenceFromRow);
    return { items, next_cursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
  }

  async close(): Promise<void> {
    await this.#writer.close();
    await this.#traces.close();
    await this.#thread?.close();
    if (this.db.open) this.db.close();
  }
}
