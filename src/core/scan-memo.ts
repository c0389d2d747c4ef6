import { scanBody, type ObjectScan } from './json-syntax.js';
import { sharedEnds } from './shared-bytes.js';

// An agent's next request repeats its previous one but for the turn it adds (and a moved cache
// marker): a Claude Code turn is ~50-200 KB of which a few KB are new, and checking the syntax of
// all of it (src/core/json-syntax.ts) was the largest piece of the request thread's own work on
// the same-format pass-through (docs/performance.md, "perf-pt2"). The memo keeps the last scan per
// key (the client's session, else the route) and scans the next body only between the last mark
// before the first byte it changes and the first mark after the last one (scanBody's `base`).
// Which scan is taken as the base never changes the answer, only how much is skipped: a body that
// shares nothing with it is scanned whole, at the cost of comparing its first and last bytes.
//
// Memory: the remembered bodies are the requests' own buffers (not copies), at most
// DEFAULT_BUDGET_BYTES together and MAX_KEYS keys; the least recently scanned key goes first.
// (A lever until perf-18, which measured it in the gateway: docs/performance.md.)

const DEFAULT_BUDGET_BYTES = 32 * 1024 * 1024;
const MAX_KEYS = 1024;

export class ScanMemo {
  readonly #last = new Map<string, ObjectScan>();
  #held = 0;

  constructor(private readonly budget = DEFAULT_BUDGET_BYTES) {}

  /** scanBody of `bytes`, taken up from the last scan remembered under `key`; the result is remembered in its place. */
  scan(bytes: Buffer, maxDepth: number, key: string): ObjectScan | undefined {
    const last = this.#last.get(key);
    let scan: ObjectScan | undefined;
    if (last && last.maxDepth === maxDepth) {
      const { head, tail } = sharedEnds(last.bytes, bytes);
      scan = scanBody(bytes, maxDepth, { scan: last, head, tail });
    } else scan = scanBody(bytes, maxDepth);
    if (scan) this.#remember(key, scan);
    return scan;
  }

  /** How many bodies are held, and their bytes (tests). */
  get size(): { keys: number; bytes: number } {
    return { keys: this.#last.size, bytes: this.#held };
  }

  #remember(key: string, scan: ObjectScan): void {
    const old = this.#last.get(key);
    if (old) {
      this.#last.delete(key);
      this.#held -= old.bytes.length;
    }
    if (scan.bytes.length > this.budget) return;
    this.#last.set(key, scan);
    this.#held += scan.bytes.length;
    // Least recently scanned first (a Map iterates in insertion order; a scan re-inserts).
    for (const [k, s] of this.#last) {
      if (this.#held <= this.budget && this.#last.size <= MAX_KEYS) break;
      this.#last.delete(k);
      this.#held -= s.bytes.length;
    }
  }
}
