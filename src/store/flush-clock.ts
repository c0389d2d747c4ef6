// One flush timer for the batched writers of one store (inference rows and firewall traces).
// With a timer each, an observe-mode tool call's trace and its inference row were flushed tens of
// milliseconds apart: two posts to the SQLite writer thread and two answers back per flush
// interval, and waking a thread costs more CPU on a small VM than writing the rows
// (docs/performance.md, "The observe path around the engine"). On one clock, what is due
// flushes in the same turn, so the writer thread gets it as one message.

export class FlushClock {
  readonly #due = new Set<() => void>();
  #timer: NodeJS.Timeout | undefined;

  constructor(readonly ms: number) {}

  /** Runs `flush` when the clock next strikes: at most `ms` from the first writer that waits. */
  wait(flush: () => void): void {
    this.#due.add(flush);
    this.#timer ??= setTimeout(() => this.#strike(), this.ms);
  }

  /** The writer flushed by itself (a full batch, a reader): it no longer waits. */
  cancel(flush: () => void): void {
    this.#due.delete(flush);
    if (this.#due.size === 0 && this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
  }

  #strike(): void {
    this.#timer = undefined;
    const due = [...this.#due];
    this.#due.clear();
    for (const flush of due) flush();
  }
}
