// Long top-level values of JSON objects whose syntax json-syntax.ts checked, kept so that the same
// bytes at the same key in a later object need no second check. A Responses answer echoes the
// request's `tools` and `instructions` (11 KB of Codex's 13 KB answer), the same bytes turn after
// turn, and checking them was most of what reading the answer cost (docs/performance.md,
// "perf-pt3"). Compared with earlier answers, not with the request: the upstream's own spelling of
// the echo (OpenAI's key order) is whatever it is, as long as it repeats.
//
// Sound: a value that starts with a bracket or a quote ends where its own bytes say, so bytes equal
// to a value that checked (at depth 1, under the same depth limit) are that value again: JSON.parse
// takes them, they hold no "__proto__" key and nest no deeper. Only the values' bytes are kept
// (copies), never what they parse to.

const MIN_BYTES = 256; // shorter values check in about the time a comparison takes
const MAX_BYTES = 256 * 1024;
const PER_KEY = 4; // recent values per key: a few clients with different tools take turns

export class CheckedValues {
  readonly #byKey = new Map<string, Buffer[]>();

  /** `keys`: the top-level keys worth remembering (values that repeat); `maxDepth`: the limit the checks were made under. */
  constructor(
    readonly keys: ReadonlySet<string>,
    readonly maxDepth: number,
  ) {}

  /** After the value of `key` starting at `start` of `b` when its bytes are a remembered value's, else -1. */
  endOf(key: string, b: Buffer, start: number): number {
    const known = this.#byKey.get(key);
    if (known === undefined) return -1;
    for (let k = 0; k < known.length; k++) {
      const value = known[k];
      const end = start + value.length;
      if (end > b.length || b[start] !== value[0] || value.compare(b, start, end) !== 0) continue;
      if (k > 0) known.unshift(...known.splice(k, 1)); // most recent first
      return end;
    }
    return -1;
  }

  /** Remembers the values of `keys` in `b` at `spans`, all of whose bytes checked whole. */
  remember(b: Buffer, keys: readonly string[], spans: readonly (readonly [number, number])[]): void {
    for (let f = 0; f < keys.length; f++) {
      const key = keys[f];
      if (!this.keys.has(key)) continue;
      const [start, end] = spans[f];
      const first = b[start];
      if (end - start < MIN_BYTES || end - start > MAX_BYTES || !(first === 0x7b || first === 0x5b || first === 0x22)) continue;
      let known = this.#byKey.get(key);
      if (known === undefined) this.#byKey.set(key, (known = []));
      if (known.length > 0 && known[0].length === end - start && known[0].compare(b, start, end) === 0) continue;
      known.unshift(Buffer.from(b.subarray(start, end)));
      if (known.length > PER_KEY) known.pop();
    }
  }
}
