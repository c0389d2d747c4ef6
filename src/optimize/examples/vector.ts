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
    let sq = 0;
    for (let i = 0; i < vector.length; i++) sq += vector[i] * vector[i];
    const norm = Math.sqrt(sq) || 1;
    for (let i = 0; i < this.#dims; i++) this.#data[n * this.#dims + i] = vector[i] / norm;
    this.#ids.push(id);
  }

  nearest(query: Float32Array | number[], k: number, skip?: (id: number) => boolean): number[] {
    if (this.#ids.length === 0 || query.length !== this.#dims) return [];
    const d = this.#dims;
    const q = Float32Array.from(query);
    let qn = 0;
    for (let i = 0; i < d; i++) qn += q[i] * q[i];
    qn = Math.sqrt(qn) || 1;
    // Locals, not private fields, in the hot loop: the scan is most of a request's added time.
    const data = this.#data;
    const ids = this.#ids;
    const best: { id: number; s: number }[] = [];
    for (let r = 0; r < ids.length; r++) {
      const id = ids[r];
      if (skip?.(id)) continue;
      const base = r * d;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let i = 0;
      for (; i + 3 < d; i += 4) {
        s0 += data[base + i] * q[i];
        s1 += data[base + i + 1] * q[i + 1];
        s2 += data[base + i + 2] * q[i + 2];
        s3 += data[base + i + 3] * q[i + 3];
      }
      for (; i < d; i++) s0 += data[base + i] * q[i];
      const s = (s0 + s1 + s2 + s3) / qn;
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
