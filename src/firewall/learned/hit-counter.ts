// Counts of hashed feature indices, in the order first seen, for a featurizer that touches few of
// them per call (the gate layer: a few dozen words of a tool call). An open-addressed table of a few
// thousand slots replaces a dense table of 2^18 counts: in the running gateway the engine's data is
// cold between requests, and each count in the dense table was a cache miss of its own. Nothing is
// allocated per call: the tables are reused and grow when a call counts more.

const MIN_SLOTS = 1 << 12;

export class HitCounter {
  /** touched[0..size): feature indices in the order first counted. */
  touched = new Int32Array(MIN_SLOTS / 2);
  /** hits[i] counts touched[i]. */
  hits = new Int32Array(MIN_SLOTS / 2);
  size = 0;
  #slots = MIN_SLOTS;
  #key = new Int32Array(MIN_SLOTS);
  #at = new Int32Array(MIN_SLOTS);
  // A slot is in use when its stamp is the current round's: reset() empties the table by a new round.
  #stamp = new Uint32Array(MIN_SLOTS);
  #round = 1;

  reset(): void {
    this.size = 0;
    if (++this.#round === 0xffffffff) {
      this.#stamp.fill(0);
      this.#round = 1;
    }
  }

  /** Counts feature `k` (a hash: its low bits pick the slot) `by` more times. */
  add(k: number, by = 1): void {
    const mask = this.#slots - 1;
    for (let s = k & mask; ; s = (s + 1) & mask) {
      if (this.#stamp[s] !== this.#round) {
        // At most half the slots are used, so a free one is always found.
        if (this.size * 2 >= this.#slots) {
          this.#grow();
          this.add(k, by);
          return;
        }
        this.#stamp[s] = this.#round;
        this.#key[s] = k;
        this.#at[s] = this.size;
        this.touched[this.size] = k;
        this.hits[this.size++] = by;
        return;
      }
      if (this.#key[s] === k) {
        this.hits[this.#at[s]] += by;
        return;
      }
    }
  }

  #grow(): void {
    const touched = this.touched.slice(0, this.size);
    const hits = this.hits.slice(0, this.size);
    this.#slots *= 2;
    this.#key = new Int32Array(this.#slots);
    this.#at = new Int32Array(this.#slots);
    this.#stamp = new Uint32Array(this.#slots);
    this.#round = 1;
    this.touched = new Int32Array(this.#slots / 2);
    this.hits = new Int32Array(this.#slots / 2);
    this.size = 0;
    for (let i = 0; i < touched.length; i++) this.add(touched[i], hits[i]);
  }
}
