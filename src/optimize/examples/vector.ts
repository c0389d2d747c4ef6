// Exact cosine nearest neighbours over unit vectors kept in one growing Float32Array. A linear
// scan: at 100k examples of a few hundred dimensions it is milliseconds, and it has no recall loss.

export class VectorIndex {
  #dims = 0;
  #data = new Float32Array(0);
  #ids: number[] = [];

  add(id: number, vector: Float32Array): void {
    if (this.#dims === 0) this.#dims = vector.length;
    if (vector.length !== this.#dims) throw new RangeError(`vector has ${vector.length} dimensions, the index ${this.#dims}`);
    const n = this.#ids.length;
    if ((n + 1) * this.#dims > this.#data.length) {
      const grown = new Float32Array(Math.max(1024 * this.#dims, this.#data.length * 2));
      grown.set(this.#data);
      this.#data = grown;
    }
    const norm = Math.hypot(...vector) || 1;
    for (let i = 0; i < this.#dims; i++) this.#data[n * this.#dims + i] = vector[i] / norm;
    this.#ids.push(id);
  }

  nearest(query: Float32Array | number[], k: number, skip?: (id: number) => boolean): number[] {
    if (this.#ids.length === 0 || query.length !== this.#dims) return [];
    const d = this.#dims;
    let qn = 0;
    for (let i = 0; i < d; i++) qn += query[i] * query[i];
    qn = Math.sqrt(qn) || 1;
    const best: { id: number; s: number }[] = [];
    for (let r = 0; r < this.#ids.length; r++) {
      const id = this.#ids[r];
      if (skip?.(id)) continue;
      let s = 0;
      const base = r * d;
      for (let i = 0; i < d; i++) s += this.#data[base + i] * query[i];
      s /= qn;
      if (best.length < k) {
        best.push({ id, s });
        best.sort((a, b) => b.s - a.s);
      } else if (s > best[k - 1].s) {
        best[k - 1] = { id, s };
        best.sort((a, b) => b.s - a.s);
      }
    }
    return best.map((b) => b.id);
  }

  get size(): number {
    return this.#ids.length;
  }
}
