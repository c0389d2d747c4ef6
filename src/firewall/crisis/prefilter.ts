import type { Cue } from './types.js';

// Which cues can possibly match a text, found in one pass: every cue is indexed by the literal
// runs of its pattern (every match of the pattern contains at least one of them), the runs are
// bucketed by their first two characters, and a text is walked once looking its bigrams up.
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
      if (run.length >= 2) best = better(best, [run]);
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

/** A cue's pattern, without building its regex when the cue keeps the pattern apart. */
export function sourceOf(cue: { re: RegExp; source?: string }): string {
  return cue.source ?? cue.re.source;
}

export class CueIndex<T extends { re: RegExp; source?: string } = Cue> {
  readonly cues: readonly T[];
  /**
   * Literal and cue alternating (`[lit, cue, lit, cue...]`: no object per literal), keyed by the
   * first two UTF-16 code units (c0 * 65536 + c1): no string is built per position.
   */
  readonly #buckets = new Map<number, Array<string | number>>();
  /** Literals of three or more units, keyed by their first three (fewer false starts to compare). */
  readonly #buckets3 = new Map<number, Array<string | number>>();
  /** Cues with no usable literal: always run. */
  readonly #always: number[] = [];
  readonly #marks: Uint8Array;
  /**
   * A superset filter in front of the maps, one byte per pair of first units (hashed to 12 bits):
   * bit 1 when some two-unit literal may start there, bit 2 a longer one. Most positions of a
   * text start no literal and cost one array read instead of two map lookups.
   */
  readonly #starts = new Uint8Array(FILTER_SIZE);
  /** Whether some literal of three or more units may have this `key3` (hashed to 12 bits). */
  readonly #keys3 = new Uint8Array(FILTER_SIZE);
  #built = false;

  // The index is built on first use: a short-lived process (the Claude Code hook) screens few
  // kinds of text and never pays for the indexes it does not need.
  constructor(cues: readonly T[]) {
    this.cues = cues;
    this.#marks = new Uint8Array(cues.length);
  }

  #build(): void {
    this.#built = true;
    const starts = this.#starts;
    const keys3 = this.#keys3;
    for (let i = 0; i < this.cues.length; i++) {
      const runs = requiredLiterals(sourceOf(this.cues[i]));
      if (!runs) {
        this.#always.push(i);
        continue;
      }
      for (const lit of runs) {
        const long = lit.length >= 3;
        const map = long ? this.#buckets3 : this.#buckets;
        const key = long ? key3(lit, 0) : lit.charCodeAt(0) * 65536 + lit.charCodeAt(1);
        const b = map.get(key);
        if (b) b.push(lit, i);
        else map.set(key, [lit, i]);
        starts[pairKey(lit.charCodeAt(0), lit.charCodeAt(1))] |= long ? 2 : 1;
        if (long) keys3[key & FILTER_MASK] = 1;
      }
    }
  }

  /** Indexes (ascending) of the cues whose literals occur in `text`. */
  candidates(text: string): number[] {
    if (!this.#built) this.#build();
    const marks = this.#marks;
    const starts = this.#starts;
    const keys3 = this.#keys3;
    const out: number[] = [...this.#always];
    for (const i of out) marks[i] = 1;
    let prev = text.charCodeAt(0);
    for (let p = 0; p < text.length - 1; p++) {
      const cur = text.charCodeAt(p + 1);
      const may = starts[pairKey(prev, cur)];
      if (may !== 0) {
        if (may & 1) {
          const b = this.#buckets.get(prev * 65536 + cur);
          if (b) this.#mark(b, text, p, out);
        }
        if (may & 2 && p < text.length - 2) {
          const k = key3(text, p);
          if (keys3[k & FILTER_MASK] !== 0) {
            const b3 = this.#buckets3.get(k);
            if (b3) this.#mark(b3, text, p, out);
          }
        }
      }
      prev = cur;
    }
    for (const i of out) marks[i] = 0;
    return out.sort((a, b) => a - b);
  }

  #mark(b: Array<string | number>, text: string, p: number, out: number[]): void {
    const marks = this.#marks;
    for (let k = 0; k < b.length; k += 2) {
      const cue = b[k + 1] as number;
      if (marks[cue] === 0 && text.startsWith(b[k] as string, p)) {
        marks[cue] = 1;
        out.push(cue);
      }
    }
  }
}

const FILTER_SIZE = 4096;
const FILTER_MASK = FILTER_SIZE - 1;

/** Two UTF-16 units hashed to 12 bits (the low six of each: exact for lowercase ASCII letters). */
function pairKey(c0: number, c1: number): number {
  return ((c0 & 0x3f) << 6) | (c1 & 0x3f);
}

/** First three UTF-16 units folded into one small integer (collisions only cost a startsWith). */
function key3(s: string, p: number): number {
  return ((s.charCodeAt(p) * 31 + s.charCodeAt(p + 1)) * 31 + s.charCodeAt(p + 2)) & 0x3fffffff;
}

/** A cheap "can this regex match here?" for one big regex (frames, idioms): false means it cannot. */
export class LiteralGate {
  readonly #index: CueIndex<{ re: RegExp }>;

  constructor(re: RegExp) {
    this.#index = new CueIndex([{ re }]);
  }

  mayMatch(text: string): boolean {
    return this.#index.candidates(text).length > 0;
  }
}
