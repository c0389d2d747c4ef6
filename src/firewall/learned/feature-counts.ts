// How often each hashed feature index occurs in one text or call, in first-seen order: what the
// learned layers' featurizers count and sparse.ts scores. A small open-addressing table sized to
// the text replaces one dense count per index of the 2^18-wide feature space: a call bumps a few
// hundred indices at random, and in the dense table (1 MB) each bump was a cache miss on a cold
// call, the hottest line of the engine's cold profile (docs/firewall-speed.md). The counts and the
// order are the same, so the scores are the same to the last bit (feature-counts.test.ts).

export class FeatureCounts {
  /** Index + 1 per slot (0: empty). */
  private keys = new Int32Array(1024);
  /** Position in `touched` per slot, and the slot of each position (to clear it). */
  private posOf = new Int32Array(1024);
  private slotOf = new Int32Array(512);
  private mask = 1023;
  /** The indices counted, in first-seen order, and their counts: positions 0..n-1 are valid. */
  touched = new Int32Array(512);
  counts = new Int32Array(512);
  n = 0;

  /** Counts index `k` once more. */
  bump(k: number): void {
    const keys = this.keys;
    const mask = this.mask;
    for (let s = k & mask; ; s = (s + 1) & mask) {
      const at = keys[s];
      if (at === k + 1) {
        this.counts[this.posOf[s]]++;
        return;
      }
      if (at === 0) {
        this.insert(s, k, 1);
        return;
      }
    }
  }

  /** Adds index `k`, not counted yet, with `count` (a count remembered from an earlier call). */
  add(k: number, count: number): void {
    for (let s = k & this.mask; ; s = (s + 1) & this.mask) {
      if (this.keys[s] === 0) {
        this.insert(s, k, count);
        return;
      }
      if (this.keys[s] === k + 1) throw new RangeError(`FeatureCounts.add: index ${k} is already counted`);
    }
  }

  /**
   * Adds every count of `from` in its first-seen order: a table that sums several texts' counts
   * this way holds the same indices in the same order as one that counted the texts one after
   * another (scoreConversation sums each turn's counts instead of counting every turn twice).
   */
  addAll(from: FeatureCounts): void {
    for (let i = 0; i < from.n; i++) this.bumpBy(from.touched[i], from.counts[i]);
  }

  private bumpBy(k: number, count: number): void {
    const keys = this.keys;
    const mask = this.mask;
    for (let s = k & mask; ; s = (s + 1) & mask) {
      const at = keys[s];
      if (at === k + 1) {
        this.counts[this.posOf[s]] += count;
        return;
      }
      if (at === 0) {
        this.insert(s, k, count);
        return;
      }
    }
  }

  /** Forgets every count (the slots used are cleared one by one: a call touches few). */
  clear(): void {
    for (let i = 0; i < this.n; i++) this.keys[this.slotOf[i]] = 0;
    this.n = 0;
  }

  private insert(slot: number, k: number, count: number): void {
    if (this.n === this.touched.length) {
      this.touched = grown(this.touched);
      this.counts = grown(this.counts);
      this.slotOf = grown(this.slotOf);
    }
    this.keys[slot] = k + 1;
    this.posOf[slot] = this.n;
    this.slotOf[this.n] = slot;
    this.touched[this.n] = k;
    this.counts[this.n++] = count;
    // At most half full, so probes stay short.
    if (this.n * 2 > this.mask) this.rehash();
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    this.keys = new Int32Array(size);
    this.posOf = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < this.n; i++) {
      let s = this.touched[i] & this.mask;
      while (this.keys[s] !== 0) s = (s + 1) & this.mask;
      this.keys[s] = this.touched[i] + 1;
      this.posOf[s] = i;
      this.slotOf[i] = s;
    }
  }
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
