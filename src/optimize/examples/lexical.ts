// BM25 (Okapi, k1 = 1.2, b = 0.75) over example texts, with documents added at any time (an index
// fed by live feedback). Hand-written because the general-purpose search libraries build a result
// object per matching document: with 100k examples and everyday words in the query that cost
// 60+ ms a request (measured with MiniSearch in bench/optimize-retrieval.ts); dense typed-array
// postings and one score array keep it to a few milliseconds.

const K1 = 1.2;
const B = 0.75;

class Postings {
  docs = new Int32Array(8);
  tfs = new Uint16Array(8);
  length = 0;

  push(doc: number, tf: number): void {
    if (this.length === this.docs.length) {
      const docs = new Int32Array(this.docs.length * 2);
      docs.set(this.docs);
      this.docs = docs;
      const tfs = new Uint16Array(this.tfs.length * 2);
      tfs.set(this.tfs);
      this.tfs = tfs;
    }
    this.docs[this.length] = doc;
    this.tfs[this.length++] = Math.min(tf, 65535);
  }
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export class LexicalIndex {
  readonly #terms = new Map<string, Postings>();
  #lengths = new Float32Array(1024);
  #removed = new Uint8Array(1024);
  #scores = new Float32Array(1024);
  #count = 0;
  #totalLength = 0;

  /** `id` is a small positive integer (the pool's own counter). */
  add(id: number, text: string): void {
    this.#grow(id + 1);
    const words = tokens(text);
    const tf = new Map<string, number>();
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const [w, n] of tf) {
      let p = this.#terms.get(w);
      if (!p) this.#terms.set(w, (p = new Postings()));
      p.push(id, n);
    }
    this.#lengths[id] = words.length;
    this.#count++;
    this.#totalLength += words.length;
  }

  discard(id: number): void {
    if (id < this.#removed.length && !this.#removed[id]) {
      this.#removed[id] = 1;
      this.#count--;
      this.#totalLength -= this.#lengths[id];
    }
  }

  /** Ids of the best matches, best first; `skip` filters ids out (held-out items in offline evals). */
  nearest(text: string, k: number, skip?: (id: number) => boolean): number[] {
    const scores = this.#scores;
    const touched: number[] = [];
    const avg = this.#totalLength / Math.max(1, this.#count) || 1;
    const lists = [...new Set(tokens(text))].map((t) => this.#terms.get(t)).filter((p): p is Postings => !!p);
    // Words in a quarter or more of all examples ("the", "please") carry almost no BM25 weight but
    // most of the work: they are left out when the query has rarer words to rank by.
    const common = this.#count / 4;
    const ranked = lists.some((p) => p.length < common) ? lists.filter((p) => p.length < common) : lists;
    for (const p of ranked) {
      const idf = Math.log(1 + (this.#count - p.length + 0.5) / (p.length + 0.5));
      const { docs, tfs } = p;
      for (let i = 0; i < p.length; i++) {
        const d = docs[i];
        const tf = tfs[i];
        if (scores[d] === 0) touched.push(d);
        scores[d] += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.#lengths[d]) / avg));
      }
    }
    const best: { id: number; s: number }[] = [];
    for (const d of touched) {
      const s = scores[d];
      scores[d] = 0;
      if (this.#removed[d] || (best.length === k && s <= best[k - 1].s) || skip?.(d)) continue;
      let at = best.length;
      while (at > 0 && best[at - 1].s < s) at--;
      best.splice(at, 0, { id: d, s });
      if (best.length > k) best.pop();
    }
    return best.map((b) => b.id);
  }

  get size(): number {
    return this.#count;
  }

  #grow(n: number): void {
    if (n <= this.#lengths.length) return;
    const size = Math.max(n, this.#lengths.length * 2);
    const lengths = new Float32Array(size);
    lengths.set(this.#lengths);
    this.#lengths = lengths;
    const removed = new Uint8Array(size);
    removed.set(this.#removed);
    this.#removed = removed;
    this.#scores = new Float32Array(size);
  }
}
