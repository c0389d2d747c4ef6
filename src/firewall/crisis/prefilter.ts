import type { Cue } from './types.js';

// Which cues can possibly match a text, found in one pass: every cue is indexed by the literal
// runs of its pattern (every match of the pattern contains at least one of them), the runs are
// bucketed by their first two, three or four characters (their whole length up to four), and a
// text is walked once looking up the two, three and four characters at each position.
// Only the cues whose literals occur are run as regexes: a few per text instead of hundreds.

/**
 * A set of literals such that every match of the regex source contains at least one of them,
 * chosen to be as selective as possible: in a sequence, the one item whose literals are longest;
 * in an alternation, one set per branch. Returns null when no such set exists (the cue then runs
 * on every text). Handles the subset the lexicon uses: literals, escapes, classes, groups,
 * lookarounds, alternation and quantifiers.
 */
export function requiredLiterals(src: string): string[] | null {
  let i = 0;
  type Set_ = string[] | null;
  const better = (a: Set_, b: Set_): Set_ => {
    if (!a) return b;
    if (!b) return a;
    const score = (x: string[]) => Math.min(...x.map((l) => l.length)) * 4 - x.length;
    return score(b) > score(a) ? b : a;
  };
  const quantifier = (): 'none' | 'optional' | 'some' => {
    const c = src[i];
    let q: 'none' | 'optional' | 'some' = 'none';
    if (c === '?' || c === '*') q = 'optional';
    else if (c === '+') q = 'some';
    else if (c === '{' && /^\{\d*(,\d*)?\}/.test(src.slice(i))) q = /^\{0/.test(src.slice(i)) ? 'optional' : 'some';
    else return 'none';
    i = c === '{' ? src.indexOf('}', i) + 1 : i + 1;
    if (src[i] === '?') i++; // lazy
    return q;
  };
  const alternation = (): Set_ => {
    const branches: Set_[] = [sequence()];
    while (src[i] === '|') {
      i++;
      branches.push(sequence());
    }
    if (branches.some((b) => b === null)) return null;
    return [...new Set(branches.flatMap((b) => b as string[]))];
  };
  const sequence = (): Set_ => {
    let best: Set_ = null;
    let run = '';
    const endRun = () => {
      // A single CJK or Hangul character is a word on its own (死, 药, 살): usable, if nothing longer is.
      if (run.length >= 2 || (run.length === 1 && run.charCodeAt(0) >= WIDE)) best = better(best, [run]);
      run = '';
    };
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const c = src[i];
      if (c === '\\') {
        const e = src[i + 1];
        i += 2;
        if (/[bBdDwWsSpPuxk0-9cfnrtv]/.test(e)) {
          if ((e === 'p' || e === 'P' || e === 'u' || e === 'k') && src[i] === '{') i = src.indexOf('}', i) + 1;
          endRun();
          quantifier();
          continue;
        }
        const q = quantifier();
        if (q === 'optional') endRun();
        else {
          run += e;
          if (q === 'some') endRun();
        }
      } else if (c === '[') {
        endRun();
        for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
        i++;
        quantifier();
      } else if (c === '(') {
        endRun();
        const negative = src.startsWith('(?!', i) || src.startsWith('(?<!', i);
        const lookaround = negative || src.startsWith('(?=', i) || src.startsWith('(?<=', i);
        i += src.startsWith('(?<', i) ? 4 : src.startsWith('(?', i) ? 3 : 1;
        const inner = alternation();
        i++; // ')'
        const q = quantifier();
        if (!lookaround && q !== 'optional') best = better(best, inner);
      } else if (c === '.' || c === '^' || c === '$') {
        endRun();
        i++;
        quantifier();
      } else {
        i++;
        const q = quantifier();
        if (q === 'optional') endRun();
        else {
          run += c;
          if (q === 'some') endRun();
        }
      }
    }
    endRun();
    return best;
  };
  const out = alternation();
  return out && out.length ? out : null;
}

/** Code units from here up (CJK, kana, Hangul) are indexed alone when a pattern has nothing longer. */
const WIDE = 0x2e80;

/** A cue's pattern, without building its regex when the cue keeps the pattern apart (cue.ts). */
export function sourceOf(cue: { re: RegExp; source?: string }): string {
  return cue.source ?? cue.re.source;
}

export class CueIndex<T extends { re: RegExp; source?: string } = Cue> {
  readonly cues: readonly T[];
  /** Literals of two units, by a hash of those two. */
  readonly #pairs: LiteralTable;
  /** Literals of three units, by a hash of the three. */
  readonly #triples: LiteralTable;
  /** Literals of four or more units, by a hash of their first four: three-unit starts ("you",
   * "pla", "the") begin some literal in one of fifty languages at a third of text positions,
   * four-unit ones far less often, and each false start costs a bucket read and a compare. */
  readonly #quads: LiteralTable;
  /** Literals of one wide character (see WIDE), keyed by it. */
  readonly #singles = new Map<number, number[]>();
  /** Cues with no usable literal: always run. */
  readonly #always: number[] = [];
  readonly #marks: Uint8Array;

  constructor(cues: readonly T[]) {
    this.cues = cues;
    this.#marks = new Uint8Array(cues.length);
    const pairs: Array<[number, string, number]> = [];
    const triples: Array<[number, string, number]> = [];
    const quads: Array<[number, string, number]> = [];
    cues.forEach((cue, i) => {
      const runs = requiredLiterals(sourceOf(cue));
      if (!runs) this.#always.push(i);
      for (const lit of runs ?? []) {
        if (lit.length === 1) {
          const code = lit.charCodeAt(0);
          const ids = this.#singles.get(code);
          if (ids) ids.push(i);
          else this.#singles.set(code, [i]);
        } else if (lit.length === 2) pairs.push([hash2(lit, 0), lit, i]);
        else if (lit.length === 3) triples.push([hash3(lit, 0), lit, i]);
        else quads.push([hash4(lit, 0), lit, i]);
      }
    });
    this.#pairs = literalTable(pairs);
    this.#triples = literalTable(triples);
    this.#quads = literalTable(quads);
  }

  /** Indexes (ascending) of the cues whose literals occur in `text`. */
  candidates(text: string): number[] {
    const marks = this.#marks;
    const out: number[] = [...this.#always];
    for (const i of out) marks[i] = 1;
    const singles = this.#singles.size > 0;
    const pairs = this.#pairs.used;
    const triples = this.#triples.used;
    const quads = this.#quads.used;
    for (let p = 0; p < text.length - 1; p++) {
      if (singles && text.charCodeAt(p) >= WIDE) this.#markSingle(text.charCodeAt(p), out);
      let h = hash2(text, p);
      if (used(pairs, h)) this.#mark(this.#pairs, h, text, p, out);
      if (p < text.length - 2) {
        h = hash3(text, p);
        if (used(triples, h)) this.#mark(this.#triples, h, text, p, out);
        if (p < text.length - 3) {
          h = hash4(text, p);
          if (used(quads, h)) this.#mark(this.#quads, h, text, p, out);
        }
      }
    }
    if (singles && text.length > 0 && text.charCodeAt(text.length - 1) >= WIDE) this.#markSingle(text.charCodeAt(text.length - 1), out);
    for (const i of out) marks[i] = 0;
    return sortSmall(out);
  }

  #markSingle(code: number, out: number[]): void {
    const ids = this.#singles.get(code);
    if (!ids) return;
    for (const cue of ids) {
      if (this.#marks[cue] === 0) {
        this.#marks[cue] = 1;
        out.push(cue);
      }
    }
  }

  #mark(table: LiteralTable, hash: number, text: string, p: number, out: number[]): void {
    const marks = this.#marks;
    const h = hash >>> (32 - HASH_BITS);
    const units = table.units;
    for (let j = table.start[h]; j < table.start[h + 1]; j++) {
      const cue = table.cue[j];
      if (marks[cue] !== 0) continue;
      // The literal's units, compared in place (they sit next to the bucket's other literals).
      const from = table.at[j];
      const len = table.at[j + 1] - from;
      if (p + len > text.length) continue;
      let k = 0;
      while (k < len && text.charCodeAt(p + k) === units[from + k]) k++;
      if (k === len) {
        marks[cue] = 1;
        out.push(cue);
      }
    }
  }
}

/**
 * Literals grouped by a hash of their first units, as offsets into flat arrays: a text position
 * whose hash no literal has costs one bitmap read (most positions), with no Map lookup and no
 * allocation. A hash collision only costs a compare. The literals' UTF-16 units are stored one
 * after another in bucket order, so a bucket's compares read one run of memory instead of a
 * string object each (on a call that comes after other work, each was a cache miss).
 */
interface LiteralTable {
  /** Entries of hash h are [start[h], start[h + 1]). */
  start: Int32Array;
  /** A bit per USED_BITS-bit hash, set when a literal has it. Most text positions have none: this
   * bitmap is all they read, where `start` (128 KB) is mostly out of the CPU caches on a call that
   * comes after other work, as the engine's calls do (a cache miss per position). It has more bits
   * than the buckets, so fewer positions go on to a bucket that holds no literal of theirs. */
  used: Uint32Array;
  /** Entry j's literal is units[at[j] .. at[j + 1]). */
  at: Int32Array;
  units: Uint16Array;
  cue: Int32Array;
}

/** Buckets per table. */
const HASH_BITS = 15;
/** Bits of the bitmap in front of them (8 KB): a short text reads a line of it per position. */
const USED_BITS = 16;

function used(bitmap: Uint32Array, hash: number): number {
  const b = hash >>> (32 - USED_BITS);
  return bitmap[b >>> 5] & (1 << (b & 31));
}

function literalTable(entries: Array<[number, string, number]>): LiteralTable {
  entries.sort((a, b) => a[0] - b[0]);
  const start = new Int32Array((1 << HASH_BITS) + 1);
  for (const [hash] of entries) start[(hash >>> (32 - HASH_BITS)) + 1]++;
  for (let h = 0; h < 1 << HASH_BITS; h++) start[h + 1] += start[h];
  const used = new Uint32Array((1 << USED_BITS) >>> 5);
  for (const [hash] of entries) {
    const b = hash >>> (32 - USED_BITS);
    used[b >>> 5] |= 1 << (b & 31);
  }
  const at = new Int32Array(entries.length + 1);
  entries.forEach(([, lit], j) => (at[j + 1] = at[j] + lit.length));
  const units = new Uint16Array(at[entries.length]);
  entries.forEach(([, lit], j) => {
    for (let k = 0; k < lit.length; k++) units[at[j] + k] = lit.charCodeAt(k);
  });
  return { start, used, at, units, cue: Int32Array.from(entries, (e) => e[2]) };
}

function hash2(s: string, p: number): number {
  return (Math.imul(s.charCodeAt(p), 0x9e3779b1) ^ Math.imul(s.charCodeAt(p + 1), 0x85ebca77)) >>> 0;
}

function hash3(s: string, p: number): number {
  return (Math.imul(s.charCodeAt(p), 0x9e3779b1) ^ Math.imul(s.charCodeAt(p + 1), 0x85ebca77) ^ Math.imul(s.charCodeAt(p + 2), 0xc2b2ae3d)) >>> 0;
}

function hash4(s: string, p: number): number {
  return (Math.imul(s.charCodeAt(p), 0x9e3779b1) ^ Math.imul(s.charCodeAt(p + 1), 0x85ebca77) ^ Math.imul(s.charCodeAt(p + 2), 0xc2b2ae3d) ^ Math.imul(s.charCodeAt(p + 3), 0x27d4eb2f)) >>> 0;
}

/** Ascending, in place. Candidates are a handful: an insertion sort allocates nothing (Array#sort copies to a work array). */
export function sortSmall(a: number[]): number[] {
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    let j = i - 1;
    for (; j >= 0 && a[j] > v; j--) a[j + 1] = a[j];
    a[j + 1] = v;
  }
  return a;
}
