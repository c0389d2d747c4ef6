// A large alternation (the frames and idioms the screen runs per clause) kept beside its parts.
// V8 tries every part of a union at each position of the subject, so one frame test on a short
// clause cost ~5 µs when the text's literals (text-index.ts) had already shown that only one or
// two of its 34 parts could match. Given those parts, a test runs them alone and a replacement
// runs a union of them alone, in the union's order: the parts left out cannot match, so the
// leftmost-first matches, and the results, are the whole union's.

/** Sub-unions kept per set of parts; the sets a workload meets are few, and this bounds them. */
const MAX_SUBSETS = 64;

export class PartedUnion {
  /** The union of every part, as `union()` builds it (cue.ts). */
  readonly whole: RegExp;
  /** Each part alone, without the `g` flag (they only test). */
  readonly parts: readonly RegExp[];
  readonly #sources: readonly string[];
  readonly #flags: string;
  readonly #subsets = new Map<string, RegExp>();

  constructor(sources: readonly string[], flags: string) {
    this.#sources = sources;
    this.#flags = flags;
    this.whole = new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags);
    this.parts = sources.map((s) => new RegExp(s, flags.replace('g', '')));
  }

  /** `whole.test(subject)` when only the parts `candidates` can match `subject`. */
  testSome(subject: string, candidates: readonly number[]): boolean {
    for (const i of candidates) if (this.parts[i].test(subject)) return true;
    return false;
  }

  /** The union of the parts `candidates` (ascending), with the whole's flags; null for none. */
  subset(candidates: readonly number[]): RegExp | null {
    if (candidates.length === 0) return null;
    if (candidates.length === this.parts.length) return this.whole;
    const key = candidates.join(',');
    let re = this.#subsets.get(key);
    if (!re) {
      if (this.#subsets.size >= MAX_SUBSETS) this.#subsets.clear();
      re = new RegExp(candidates.map((i) => `(?:${this.#sources[i]})`).join('|'), this.#flags);
      this.#subsets.set(key, re);
    }
    return re;
  }
}
