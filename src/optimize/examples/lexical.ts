import MiniSearch from 'minisearch';

// BM25 over example texts (MiniSearch scores with BM25+). Documents can be added at any time,
// which is what an index fed by live feedback needs.

export class LexicalIndex {
  readonly #search = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], idField: 'id' });

  add(id: number, text: string): void {
    this.#search.add({ id, text });
  }

  discard(id: number): void {
    this.#search.discard(id);
  }

  /** Ids of the best matches, best first; `skip` filters ids out (held-out items in offline evals). */
  nearest(text: string, k: number, skip?: (id: number) => boolean): number[] {
    const hits = this.#search.search(text, { combineWith: 'OR', ...(skip ? { filter: (r) => !skip(r.id as number) } : {}) });
    return hits.slice(0, k).map((h) => h.id as number);
  }

  get size(): number {
    return this.#search.documentCount;
  }
}
