// A small in-process LRU with expiry, in front of every cache store: a hot entry is served
// without a database read or a Redis round trip. Map iteration order is insertion order, so
// re-inserting on read keeps the least recently used entry first.

export class Lru<V> {
  readonly #max: number;
  readonly #map = new Map<string, { value: V; expiresAt: number }>();

  constructor(max: number) {
    this.#max = max;
  }

  get(key: string, now = Date.now()): V | undefined {
    const hit = this.#map.get(key);
    if (!hit) return undefined;
    this.#map.delete(key);
    if (hit.expiresAt <= now) return undefined;
    this.#map.set(key, hit);
    return hit.value;
  }

  set(key: string, value: V, expiresAt: number): void {
    if (this.#max === 0) return;
    this.#map.delete(key);
    this.#map.set(key, { value, expiresAt });
    while (this.#map.size > this.#max) this.#map.delete(this.#map.keys().next().value!);
  }

  delete(key: string): void {
    this.#map.delete(key);
  }

  get size(): number {
    return this.#map.size;
  }
}
