import type { Shot } from '../../core/examples.js';
import type { ExamplesConfig } from '../../config/optimize-schema.js';
import type { StoredExample } from '../../store/optimize-types.js';
import { LexicalIndex } from './lexical.js';
import { VectorIndex } from './vector.js';

// One pool of good examples in memory: the shots, and a BM25 or vector index over them. Loaded
// from the store once, then grown one example at a time as feedback arrives.

interface Doc {
  inferenceId: string;
  shot: Shot;
}

export class ExamplePool {
  readonly key: string;
  readonly route: string;
  readonly config: ExamplesConfig;
  /** Highest store seq read so far (for refreshing from rows other replicas wrote). */
  lastSeq = 0;
  loaded = false;
  readonly #docs = new Map<number, Doc>();
  readonly #byInference = new Map<string, number>();
  readonly #removed = new Set<number>();
  readonly #lexical?: LexicalIndex;
  readonly #vector?: VectorIndex;
  #next = 1;

  constructor(key: string, route: string, config: ExamplesConfig) {
    this.key = key;
    this.route = route;
    this.config = config;
    if (config.similarity === 'embeddings') this.#vector = new VectorIndex();
    else this.#lexical = new LexicalIndex();
  }

  has(inferenceId: string): boolean {
    return this.#byInference.has(inferenceId);
  }

  get size(): number {
    return this.#docs.size;
  }

  /** False when the example is already in the pool (or has no vector for a vector pool). */
  add(row: Pick<StoredExample, 'inference_id' | 'text' | 'shot' | 'embedding'>): boolean {
    if (this.#byInference.has(row.inference_id)) return false;
    if (this.#vector && !row.embedding) return false;
    const id = this.#next++;
    this.#docs.set(id, { inferenceId: row.inference_id, shot: row.shot });
    this.#byInference.set(row.inference_id, id);
    if (this.#vector) this.#vector.add(id, row.embedding!);
    else this.#lexical!.add(id, row.text);
    if (this.#docs.size > this.config.max_pool) this.#evictOldest();
    return true;
  }

  #evictOldest(): void {
    const [oldest, doc] = this.#docs.entries().next().value as [number, Doc];
    this.#docs.delete(oldest);
    this.#byInference.delete(doc.inferenceId);
    if (this.#lexical) this.#lexical.discard(oldest);
    else this.#removed.add(oldest); // the vector index has no removal; skipped at search time
  }

  /** The k nearest examples, best first, never one of `exclude` (inference ids). */
  nearest(query: { text?: string; vector?: Float32Array | number[] }, k: number, exclude?: ReadonlySet<string>): Shot[] {
    const skip = exclude?.size || this.#removed.size ? (id: number) => this.#removed.has(id) || !!exclude?.has(this.#docs.get(id)?.inferenceId ?? '') : undefined;
    const ids = this.#vector ? this.#vector.nearest(query.vector ?? [], k, skip) : this.#lexical!.nearest(query.text ?? '', k, skip);
    return ids.map((id) => this.#docs.get(id)!.shot);
  }
}
