import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from 'pino';
import { BatchWriter } from '../batch-writer.js';
import { encodeCursor } from '../cursor.js';
import { selectInferences } from '../sql-filters.js';
import { Redactor } from '../redact.js';
import type { AttemptRecord, InferenceQuery, InferenceRecord, Page, Store } from '../types.js';
import { SqliteExperimentRepo } from './experiment-repo.js';
import { SqliteFeedbackRepo } from './feedback-repo.js';
import { SqliteDatasetRepo } from './dataset-repo.js';
import { SqliteFirewallRepo } from './firewall-repo.js';
import { SqliteImportRepo } from './import-repo.js';
import { attemptFromRow, inferenceFromRow, type InferenceRow } from './inference-rows.js';
import { SqliteOptimizeRepo } from './optimize-repo.js';
import { migrateSqlite } from './migrate.js';
import { inferenceBatchWriter, toInferenceWrite, type InferenceWrite } from './inference-writes.js';
import { WriterThread } from './writer-thread.js';
import { sqliteMigrations } from './migrations/index.js';

export interface SqliteStoreOptions {
  /** File path, or ':memory:'. */
  path: string;
  batchMaxRows?: number;
  batchFlushMs?: number;
  redactor?: Redactor;
  logger?: Logger;
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
  readonly optimize: SqliteOptimizeRepo;
  readonly #writer: BatchWriter<InferenceWrite>;
  #thread: WriterThread | undefined;

  constructor(options: SqliteStoreOptions) {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    this.db = new Database(options.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    migrateSqlite(this.db, sqliteMigrations);
    this.redactor = options.redactor ?? new Redactor();
    this.experiments = new SqliteExperimentRepo(this.db);
    this.feedback = new SqliteFeedbackRepo(this.db);
    this.datasets = new SqliteDatasetRepo(this.db);
    this.firewall = new SqliteFirewallRepo(this.db);
    this.imports = new SqliteImportRepo(this.db);
    this.optimize = new SqliteOptimizeRepo(this.db);
    // File databases get a writer thread (a slow fsync must not stall requests); ':memory:' cannot
    // be shared across threads, so it writes in-thread.
    let write: (batch: InferenceWrite[]) => void | Promise<void>;
    if (options.path === ':memory:') {
      write = inferenceBatchWriter(this.db, this.redactor);
    } else {
      const thread = (this.#thread = new WriterThread(options.path, [...this.redactor.literals]));
      let inThread: ((batch: InferenceWrite[]) => void) | undefined;
      write = async (batch) => {
        if (inThread) return inThread(batch);
        try {
          await thread.write(batch);
        } catch (err) {
          // Losing the thread must not lose rows: write this batch and the rest here instead.
          options.logger?.error({ err }, 'store: writer thread failed; writing in the request thread from now on');
          inThread = inferenceBatchWriter(this.db, this.redactor);
          inThread(batch);
        }
      };
    }
    this.#writer = new BatchWriter<InferenceWrite>((rows) => write(rows), {
      maxRows: options.batchMaxRows ?? 500,
      flushMs: options.batchFlushMs ?? 50,
      onError: (err, n) => options.logger?.error({ err }, `store: failed to write ${n} inferences`),
    });
  }

  async init(): Promise<void> {
    // Migrations run in the constructor: SQLite is local and synchronous.
  }

  recordInference(row: InferenceRecord, attempts: AttemptRecord[]): void {
    this.#writer.push(toInferenceWrite(row, attempts));
  }

  flush(): Promise<void> {
    return this.#writer.flush();
  }

  async getInference(id: string): Promise<InferenceRecord | null> {
    const row = this.db.prepare('SELECT * FROM inferences WHERE id = ?').get(id) as InferenceRow | undefined;
    return row ? inferenceFromRow(row) : null;
  }

  async listAttempts(inferenceId: string): Promise<AttemptRecord[]> {
    return (this.db.prepare('SELECT * FROM attempts WHERE inference_id = ? ORDER BY seq').all(inferenceId) as AttemptRecord[]).map(attemptFromRow);
  }

  async queryInferences(q: InferenceQuery): Promise<Page<InferenceRecord>> {
    const { sql, params, limit } = selectInferences(q);
    const rows = this.db.prepare(sql).all(...params) as InferenceRow[];
    const items = rows.slice(0, limit).map(inferenceFromRow);
    return { items, next_cursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
  }

  async close(): Promise<void> {
    await this.flush();
    await this.#thread?.close();
    if (this.db.open) this.db.close();
  }
}
