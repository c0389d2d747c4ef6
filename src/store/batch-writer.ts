// Collects rows in memory and writes them in one go, on a timer or when the batch is full, so a
// request never waits for the disk. `flush()` resolves once everything enqueued before it is written.

export class BatchWriter<T> {
  #queue: T[] = [];
  #timer: NodeJS.Timeout | undefined;
  #writing: Promise<void> = Promise.resolve();
  #failures = 0;

  constructor(
    private readonly write: (rows: T[]) => void | Promise<void>,
    private readonly options: { maxRows: number; flushMs: number; onError: (err: unknown, rows: number) => void },
  ) {}

  get pending(): number {
    return this.#queue.length;
  }

  get failures(): number {
    return this.#failures;
  }

  push(row: T): void {
    this.#queue.push(row);
    if (this.#queue.length >= this.options.maxRows) void this.flush();
    else this.#timer ??= setTimeout(() => void this.flush(), this.options.flushMs);
  }

  flush(): Promise<void> {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    const rows = this.#queue;
    if (rows.length === 0) return this.#writing;
    this.#queue = [];
    // Chain writes so batches land in order and flush() waits for all earlier ones.
    this.#writing = this.#writing.then(async () => {
      try {
        await this.write(rows);
      } catch (err) {
        this.#failures++;
        this.options.onError(err, rows.length);
      }
    });
    return this.#writing;
  }
}
