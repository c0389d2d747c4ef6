import type pg from 'pg';
import type { Logger } from 'pino';
import { BatchWriter, type WriteHealth } from '../batch-writer.js';
import { writerOptions, type DurabilityOptions } from '../durability.js';
import { SpillFile } from '../spill-file.js';
import { encodeCursor } from '../cursor.js';
import { selectInferences } from '../sql-filters.js';
import { Redactor } from '../redact.js';
import { PiiRedactor } from '../redact-pii.js';
import { withoutContent } from '../content-mode.js';
import type { AttemptRecord, InferenceQuery, InferenceRecord, Page, Store } from '../types.js';
import { createPool, exec, jsonb, one, rows, toJsonb } from './db.js';
import { PgDatasetRepo } from './dataset-repo.js';
import { PgExperimentRepo } from './experiment-repo.js';
import { PgFeedbackRepo } from './feedback-repo.js';
import { PgFirewallRepo } from './firewall-repo.js';
import { PgImportRepo } from './import-repo.js';
import { PgResponseRepo } from './response-repo.js';
import { PgCacheRepo } from './cache-repo.js';
import { PgOptimizeRepo } from './optimize-repo.js';
import { migratePostgres } from './migrate.js';
import { pgMigrations } from './migrations/index.js';
import type { TraceWrite } from '../trace-writes.js';
import { PgNotifier, type NotifyHandler } from './notify.js';
import { ATTEMPT_COLUMNS, INFERENCE_COLUMNS, attemptFromPg, inferenceFromPg, multiInsert } from './rows.js';

interface PostgresStoreOptions {
  url: string;
  /** Use (and create) this schema instead of the connection's default; tests use one per run. */
  schema?: string;
  poolSize?: number;
  batchMaxRows?: number;
  batchFlushMs?: number;
  /** storage.batch_flush_max_ms: the longest a row waits under load (default 2 x batchFlushMs). */
  batchFlushMaxMs?: number;
  redactor?: Redactor;
  /** Personal-data rules for rows stored as `redacted` (built-in rules when absent). */
  pii?: PiiRedactor;
  logger?: Logger;
  /** Per-statement deadline (storage.statement_timeout_ms): a locked table fails a write instead of stalling it. */
  statementTimeoutMs?: number;
  durability?: DurabilityOptions;
}

type Pending = { row: InferenceRecord; attempts: AttemptRecord[] };

// Rows per INSERT statement: 20 columns x 1000 stays far below PostgreSQL's 65535 parameters.
const CHUNK = 1000;

/** The shared store for several replicas: a pg Pool, versioned migrations, batched writes. */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;
  readonly schema: string | undefined;
  readonly redactor: Redactor;
  readonly experiments: PgExperimentRepo;
  readonly feedback: PgFeedbackRepo;
  readonly datasets: PgDatasetRepo;
  readonly firewall: PgFirewallRepo;
  readonly imports: PgImportRepo;
  readonly responses: PgResponseRepo;
  readonly cache: PgCacheRepo;
  readonly #pii: PiiRedactor;
  readonly optimize: PgOptimizeRepo;
  readonly #writer: BatchWriter<Pending>;
  readonly #traces: BatchWriter<TraceWrite>;
  readonly #notifier: PgNotifier;
  #closed = false;
  readonly #sync: boolean;

  constructor(options: PostgresStoreOptions) {
    this.schema = options.schema;
    this.pool = createPool({ url: options.url, schema: options.schema, max: options.poolSize, statementTimeoutMs: options.statementTimeoutMs });
    this.pool.on('error', (err) => options.logger?.warn({ err }, 'postgres: idle connection error'));
    this.redactor = options.redactor ?? new Redactor();
    this.#pii = options.pii ?? new PiiRedactor();
    this.experiments = new PgExperimentRepo(this.pool);
    this.feedback = new PgFeedbackRepo(this.pool);
    this.datasets = new PgDatasetRepo(this.pool);
    this.imports = new PgImportRepo(this.pool);
    this.responses = new PgResponseRepo(this.pool, this.redactor);
    this.cache = new PgCacheRepo(this.pool);
    this.optimize = new PgOptimizeRepo(this.pool);
    this.#notifier = new PgNotifier(options.url, { prefix: options.schema ? `${options.schema}__` : '', logger: options.logger });
    const durability = options.durability ?? {};
    this.#sync = durability.sync === true;
    const spill = new SpillFile<Pending>(durability.spillPath ?? `./.switchyard/postgres-${options.schema ?? 'public'}-spill.jsonl`);
    this.#writer = new BatchWriter<Pending>((batch) => this.#write(batch), writerOptions(options, spill, this.redactor, options.logger));
    // Firewall traces (observe mode): batched, retried and spilled like inference rows.
    const traceSpill = new SpillFile<TraceWrite>(durability.spillPath ? durability.spillPath.replace(/(\.jsonl)?$/, '.traces$1') : `./.switchyard/postgres-${options.schema ?? 'public'}-traces-spill.jsonl`);
    this.#traces = new BatchWriter<TraceWrite>((rows) => PgFirewallRepo.writeBatch(this.pool, rows), writerOptions(options, traceSpill, this.redactor, options.logger, 'firewall traces'));
    this.firewall = new PgFirewallRepo(this.pool, this.#traces);
  }

  writeHealth(): WriteHealth {
    return this.#writer.health();
  }

  async init(): Promise<void> {
    if (this.schema) {
      try {
        await this.pool.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      } catch (err) {
        // Two replicas creating it at once: one wins, the other sees a duplicate; both are fine.
        if (!['23505', '42P06'].includes((err as { code?: string }).code ?? '')) throw err;
      }
    }
    await migratePostgres(this.pool, pgMigrations);
  }

  recordInference(row: InferenceRecord, attempts: AttemptRecord[]): void | Promise<void> {
    if (this.#sync) return this.#writer.pushDurable({ row, attempts });
    this.#writer.push({ row, attempts });
  }

  async flush(): Promise<void> {
    await Promise.all([this.#writer.flush(), this.#traces.flush()]);
  }

  async #write(batch: Pending[]): Promise<void> {
    const r = this.redactor;
    const pii = this.#pii;
    // Personal data goes for `redacted` and from what `metadata_only` keeps (error text).
    const personal = (row: InferenceRecord) => row.storage_content === 'redacted' || row.storage_content === 'metadata_only';
    const text = (row: InferenceRecord, s: string) => (personal(row) ? pii.text(r.text(s)) : r.text(s));
    const json = (row: InferenceRecord, v: unknown) => toJsonb(r.json(personal(row) ? pii.value(v) : v));
    const infRows = batch.map(({ row: record }) => {
      const row = record.storage_content === 'metadata_only' ? withoutContent(record) : record;
      return [
        row.id, row.created_at, row.session_id && r.text(row.session_id), row.route, row.model, row.variant, row.provider, row.upstream_model, row.stream, row.status,
        row.error && text(row, row.error), json(row, row.request), row.response == null ? null : json(row, row.response),
        jsonb(row.usage), row.latency_ms, row.ttft_ms, row.attempts_count, row.routing == null ? null : toJsonb(r.json(row.routing)), row.tags == null ? null : toJsonb(r.json(row.tags)), row.cost_usd,
        row.kind ?? 'chat', row.request_id ?? null,
        row.usage?.cached_input_tokens ?? null, row.usage?.cache_creation_input_tokens ?? null, row.usage?.reasoning_tokens ?? null,
        row.dropped?.length ? jsonb(row.dropped) : null, row.cache ?? null,
      ];
    });
    const attRows = batch.flatMap(({ row, attempts }) =>
      attempts.map((a) => [
        a.id, a.inference_id, a.seq, a.created_at, a.provider, a.upstream_model, a.target_index, a.retry, a.outcome, a.status_code,
        a.error_kind, a.error && text(row, a.error), a.latency_ms, a.ttft_ms, a.next_reason,
      ]),
    );
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      for (let i = 0; i < infRows.length; i += CHUNK) {
        const q = multiInsert('inferences', INFERENCE_COLUMNS, infRows.slice(i, i + CHUNK));
        await c.query(q.text, q.values);
      }
      for (let i = 0; i < attRows.length; i += CHUNK) {
        const q = multiInsert('attempts', ATTEMPT_COLUMNS, attRows.slice(i, i + CHUNK));
        await c.query(q.text, q.values);
      }
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }

  async getInference(id: string): Promise<InferenceRecord | null> {
    const row = await one<Record<string, unknown>>(this.pool, 'SELECT * FROM inferences WHERE id = ?', [id]);
    return row ? inferenceFromPg(row) : null;
  }

  async listAttempts(inferenceId: string): Promise<AttemptRecord[]> {
    return (await rows<Record<string, unknown>>(this.pool, 'SELECT * FROM attempts WHERE inference_id = ? ORDER BY seq', [inferenceId])).map(attemptFromPg);
  }

  async queryInferences(q: InferenceQuery): Promise<Page<InferenceRecord>> {
    const { sql, params, limit } = selectInferences(q);
    const found = await rows<Record<string, unknown>>(this.pool, sql, params);
    const items = found.slice(0, limit).map(inferenceFromPg);
    return { items, next_cursor: found.length > limit ? encodeCursor(items[items.length - 1].id) : null };
  }

  /** Calls `handler` with each payload sent on `channel` by any replica; returns an unsubscribe function. */
  subscribe(channel: string, handler: NotifyHandler): Promise<() => Promise<void>> {
    return this.#notifier.subscribe(channel, handler);
  }

  /** Sends `payload` (at most ~8000 bytes) to every subscriber of `channel` on every replica. */
  async notify(channel: string, payload: string): Promise<void> {
    await exec(this.pool, 'SELECT pg_notify(?, ?)', [this.#notifier.channelName(channel), payload]);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#writer.close();
    await this.#traces.close();
    await this.#notifier.close();
    await this.pool.end();
  }
}
