// Each turn of an agent conversation resends the whole conversation, so a request starts with
// most of the previous turn's bytes. The writer remembers, per session, the last request that
// redaction left unchanged; the next one is then screened from where the two differ
// (Redactor.jsonBytesUnchanged), not over the whole body again. A second memory of the same kind
// (another 64 MB at most) holds each session's request base (request-bases.ts).

import { sharedEnds } from '../core/shared-bytes.js';

/** The budget bounds the bytes of remembered requests held at once. */
const DEFAULT_BUDGET_BYTES = 64 * 1024 * 1024;

/** One remembered request per session, within a byte budget (oldest sessions go first). */
export class SessionRequests {
  readonly #last = new Map<string, Buffer>();
  #held = 0;

  constructor(private readonly budget = DEFAULT_BUDGET_BYTES) {}

  get(session: string): Buffer | undefined {
    return this.#last.get(session);
  }

  /** How many leading bytes, and then trailing bytes, `bytes` shares with the request remembered for `session`. */
  shared(session: string, bytes: Buffer): { head: number; tail: number } {
    const last = this.#last.get(session);
    return last ? sharedEnds(last, bytes) : { head: 0, tail: 0 };
  }

  /** Remembers `bytes` for `session`; returns the buffer held (undefined past the budget). */
  remember(session: string, bytes: Buffer): Buffer | undefined {
    this.forget(session);
    if (bytes.length > this.budget) return undefined;
    // A row's bytes arrive as a view of its whole batch's moved buffer (sqlite/writer-thread.ts):
    // holding the view would keep every row of that batch alive, outside the budget. Keep a copy.
    const held = bytes.byteLength === bytes.buffer.byteLength ? bytes : Buffer.from(bytes);
    this.#last.set(session, held);
    this.#held += bytes.length;
    // Oldest sessions first (a Map iterates in insertion order; remember re-inserts).
    for (const [key, old] of this.#last) {
      if (this.#held <= this.budget) break;
      this.#last.delete(key);
      this.#held -= old.length;
    }
    return this.#last.get(session);
  }

  forget(session: string): void {
    const old = this.#last.get(session);
    if (!old) return;
    this.#last.delete(session);
    this.#held -= old.length;
  }
}
