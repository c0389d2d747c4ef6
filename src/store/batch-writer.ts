import type { SpillFile } from './spill-file.js';
import { StoreUnavailableError } from './errors.js';

// Collects rows in memory and writes them in one go, on a timer or when the batch is full, so a
// request never waits for the disk. A failed write never drops rows silently: they stay queued
// and are retried with backoff; beyond `maxQueueRows` they go to a spill file that is replayed
// once the store accepts writes again. Only when the spill file also fails are rows dropped, and
// then they are counted, logged and shown on /health.

export interface WriterCounters {
  queued: number;
  written: number;
  retried: number;
  spilled: number;
  replayed: number;
  dropped: number;
}

export interface WriteHealth {
  /** False while the last write attempt failed (the store cannot currently write). */
  writable: boolean;
  /** Rows accepted but not yet written: in memory and in the spill file. */
  pending: number;
  spilled: number;
  /** Age of the oldest unwritten row, ms (0 when nothing waits). */
  lag_ms: number;
  failing_since: string | null;
  last_error: string | null;
  last_error_at: string | null;
  counters: WriterCounters;
}

export interface BatchWriterOptions<T> {
  maxRows: number;
  flushMs: number;
  /**
   * The longest a row waits under load (default flushMs: never longer). When the flush timer
   * strikes with at least `busyRows` rows queued, the batch waits up to this age for more rows (or
   * until it holds maxRows): a commit's fixed pages and the wake-up are then shared by more rows.
   */
  maxFlushMs?: number;
  /** Rows queued at flushMs that count as load (default 32: ~640 rows a second at 50 ms). */
  busyRows?: number;
  /** Unwritten rows kept in memory; more go to `spill` (or are dropped without one). */
  maxQueueRows?: number;
  spill?: SpillFile<T>;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Called once when writes start failing and once for each later distinct error. */
  onError: (err: unknown, rows: number) => void;
  onRecover?: (downMs: number) => void;
  onDrop?: (rows: number, err: unknown) => void;
  /** Redacts error text before it is kept for /health. */
  describe?: (err: unknown) => string;
}

type Waiter = { resolve: () => void; reject: (err: Error) => void };

export class BatchWriter<T extends object> {
  #queue: T[] = [];
  /** Rows whose write failed, oldest first; written before new ones. */
  #retry: T[] = [];
  #timer: NodeJS.Timeout | undefined;
  #pumping: Promise<void> | undefined;
  #failures = 0;
  #failingSince: number | undefined;
  #lastError: string | undefined;
  #lastErrorAt: number | undefined;
  #oldestAt: number | undefined;
  #closed = false;
  readonly #waiters = new WeakMap<T, Waiter>();
  readonly counters: WriterCounters = { queued: 0, written: 0, retried: 0, spilled: 0, replayed: 0, dropped: 0 };

  constructor(
    private readonly write: (rows: T[]) => void | Promise<void>,
    private readonly options: BatchWriterOptions<T>,
  ) {
    // Rows spilled by an earlier run that could not write them: replay them soon.
    if (options.spill && options.spill.rows > 0) {
      this.#oldestAt = Date.now();
      this.#schedule(0);
    }
  }

  /** Rows accepted and not yet written (memory and spill file). */
  get pending(): number {
    return this.#queue.length + this.#retry.length + (this.options.spill?.rows ?? 0);
  }

  get failures(): number {
    return this.#failures;
  }

  get writable(): boolean {
    return this.#failingSince === undefined;
  }

  health(): WriteHealth {
    const iso = (t: number | undefined) => (t === undefined ? null : new Date(t).toISOString());
    return {
      writable: this.writable,
      pending: this.pending,
      spilled: this.options.spill?.rows ?? 0,
      lag_ms: this.#oldestAt === undefined || this.pending === 0 ? 0 : Date.now() - this.#oldestAt,
      failing_since: iso(this.#failingSince),
      last_error: this.#lastError ?? null,
      last_error_at: iso(this.#lastErrorAt),
      counters: { ...this.counters },
    };
  }

  push(row: T): void {
    this.#enqueue(row);
  }

  /**
   * Synchronous mode: resolves once the row is durable (committed, or fsynced to the spill file);
   * rejects with StoreUnavailableError when neither is possible, so the caller can refuse the client.
   */
  pushDurable(row: T): Promise<void> {
    const done = new Promise<void>((resolve, reject) => this.#waiters.set(row, { resolve, reject }));
    this.#enqueue(row);
    void this.flush();
    return done;
  }

  #enqueue(row: T): void {
    if (this.#closed) throw new StoreUnavailableError('the store is closed');
    this.counters.queued++;
    if (this.pending === 0) this.#oldestAt = Date.now();
    this.#queue.push(row);
    this.#bound();
    if (!this.writable) return; // the retry timer owns the next attempt
    if (this.#queue.length >= this.options.maxRows) void this.flush();
    else this.#timer ??= setTimeout(this.#due, this.options.flushMs);
  }

  /**
   * The flush timer: a quiet batch goes now; a busy one (load) waits until its first row is
   * maxFlushMs old, or until it is full (#enqueue flushes at maxRows). Readers, storage.sync and
   * close() call flush() directly and never wait for this.
   */
  readonly #due = (): void => {
    this.#timer = undefined;
    const extra = (this.options.maxFlushMs ?? this.options.flushMs) - this.options.flushMs;
    if (extra > 0 && this.#queue.length >= (this.options.busyRows ?? 32)) this.#timer = setTimeout(() => void this.flush(), extra);
    else void this.flush();
  };

  /**
   * Writes everything enqueued so far. While the store is failing it makes one attempt and
   * resolves (rows stay queued for the retry loop): a reader or a shutdown never hangs on it.
   */
  async flush(): Promise<void> {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    // Wait for a pump already running, then run one more so rows pushed meanwhile are covered.
    if (this.#pumping) await this.#pumping;
    if (this.#queue.length === 0 && this.#retry.length === 0 && (this.options.spill?.rows ?? 0) === 0) return;
    this.#pumping ??= this.#pump().finally(() => (this.#pumping = undefined));
    await this.#pumping;
  }

  /** Final flush: what cannot be written now goes to the spill file for the next start. */
  async close(): Promise<void> {
    await this.flush();
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    const left = [...this.#retry, ...this.#queue];
    this.#retry = [];
    this.#queue = [];
    if (left.length > 0) this.#spillOrDrop(left, new Error('store still failing at shutdown'));
    this.options.spill?.close();
  }

  async #pump(): Promise<void> {
    for (;;) {
      const next = this.#nextBatch();
      if (!next) break;
      try {
        await this.write(next.rows);
      } catch (err) {
        this.#failed(err, next);
        return;
      }
      next.commit();
      this.counters.written += next.rows.length;
      if (next.fromSpill) this.counters.replayed += next.rows.length;
      for (const r of next.rows) this.#settle(r);
      if (this.#failingSince !== undefined) {
        this.options.onRecover?.(Date.now() - this.#failingSince);
        this.#failingSince = undefined;
        this.#failures = 0;
      }
    }
    if (this.pending === 0) this.#oldestAt = undefined;
  }

  #nextBatch(): { rows: T[]; fromSpill: boolean; commit: () => void } | undefined {
    const max = this.options.maxRows;
    if (this.#retry.length > 0) {
      const rows = this.#retry.slice(0, max);
      return { rows, fromSpill: false, commit: () => this.#retry.splice(0, rows.length) };
    }
    // Spilled rows are older than anything in the queue: replay them first.
    const spilled = this.options.spill?.read(max);
    if (spilled) {
      if (spilled.bad > 0) this.#drop(spilled.bad, new Error('unreadable line in the spill file'));
      if (spilled.rows.length === 0) {
        spilled.commit();
        return this.#nextBatch();
      }
      return { rows: spilled.rows, fromSpill: true, commit: spilled.commit };
    }
    if (this.#queue.length > 0) {
      const rows = this.#queue.splice(0, max);
      this.#retry.push(...rows); // until the write succeeds, they count as unwritten
      return { rows, fromSpill: false, commit: () => this.#retry.splice(0, rows.length) };
    }
    return undefined;
  }

  #failed(err: unknown, batch: { rows: T[]; fromSpill: boolean }): void {
    this.#failures++;
    this.counters.retried += batch.rows.length;
    const text = this.options.describe ? this.options.describe(err) : String((err as Error)?.message ?? err);
    const first = this.#failingSince === undefined;
    if (first || text !== this.#lastError) this.options.onError(err, batch.rows.length);
    this.#failingSince ??= Date.now();
    this.#lastError = text;
    this.#lastErrorAt = Date.now();
    // Synchronous callers are not held while the store is down: their rows go to the spill file now.
    const durable = this.#retry.filter((r) => this.#waiters.has(r));
    if (durable.length > 0) {
      this.#retry = this.#retry.filter((r) => !this.#waiters.has(r));
      this.#spillOrDrop(durable, err);
    }
    this.#bound();
    const delay = Math.min(this.options.retryMaxMs ?? 5_000, (this.options.retryBaseMs ?? 100) * 2 ** Math.min(this.#failures - 1, 10));
    this.#schedule(delay);
  }

  #schedule(delay: number): void {
    if (this.#closed) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, delay);
    // Retrying must not keep a process alive that is otherwise done; close() spills what is left.
    this.#timer.unref();
  }

  /** Keeps memory bounded: rows beyond maxQueueRows move to the spill file (newest first out). */
  #bound(): void {
    const max = this.options.maxQueueRows ?? 10_000;
    const over = this.#queue.length + this.#retry.length - max;
    if (over <= 0) return;
    const fromQueue = Math.min(over, this.#queue.length);
    const moved = this.#queue.splice(this.#queue.length - fromQueue, fromQueue);
    // The retry list holds a batch being written; only rows past it may move.
    this.#spillOrDrop(moved, new Error(`more than ${max} rows waiting for the store`));
  }

  #spillOrDrop(rows: T[], cause: unknown): void {
    if (rows.length === 0) return;
    const spill = this.options.spill;
    if (spill) {
      try {
        spill.append(rows);
        this.counters.spilled += rows.length;
        for (const r of rows) this.#settle(r);
        return;
      } catch (err) {
        cause = err;
      }
    }
    this.#drop(rows.length, cause);
    for (const r of rows) this.#settle(r, new StoreUnavailableError(`the store cannot write and the spill file failed: ${(cause as Error).message}`));
  }

  #drop(n: number, cause: unknown): void {
    this.counters.dropped += n;
    this.options.onDrop?.(n, cause);
  }

  #settle(row: T, err?: Error): void {
    const w = this.#waiters.get(row);
    if (!w) return;
    this.#waiters.delete(row);
    if (err) w.reject(err);
    else w.resolve();
  }
}
