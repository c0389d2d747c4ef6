import { CueIndex, requiredLiterals } from '../crisis/prefilter.js';
import { matchesOf, NONE } from './matches.js';
import { escapeRegExp } from '../regex-escape.js';

// Which content regexes can match a text, found in one walk over it: each registered regex is
// indexed by literals every match of it contains (derived from its source at load, so the gates
// follow the patterns as the rules change), and only the regexes whose literals occur are run.
// Most outbound texts hold the literals of a few of the ~40 keyword patterns.
//
// Exactness: the walk reads keyOf(text) (lower case, ſ folded to s) and each literal is stored as
// its key. A regex match of literal L at some place means the text has there, code point by code
// point, either L itself (no `i` flag) or a case variant of it. toLowerCase maps each code point
// on its own except Σ (final or not by context), so with no `i` flag keyOf(text) holds keyOf(L)
// unless L has a Σ. Under `i` a non-ASCII letter can match others whose lower cases differ (σ/ς,
// ß/ẞ), so literals of a caseless regex keep only their ASCII: non-u `i` matches an ASCII letter
// by its ASCII case pair only; `iu` adds ſ (s) and K (U+212A, lower case k), and keyOf folds ſ.
// Caseless wide characters (CJK, kana, Hangul) are kept too. literal-gate.test.ts checks each kept
// non-ASCII character against every BMP code unit with the regex engine itself.

/** Escapes requiredLiterals would misread as literal text (`\x60`'s hex digits, `\cJ`,
 * `\u…`, `\k<…>`, octal `\12`) and named groups (it would read `(?<name>`'s name). */
const MISREAD = /\\(?:[xuck]|[0-9])|\(\?<(?![=!])/;

/** The text the index walks: what every literal key is looked up in. */
export function keyOf(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** Wide characters (CJK, kana, Hangul) are looked up alone; others need two units (prefilter.ts). */
const WIDE = 0x2e80;

function usable(code: number, caseless: boolean): boolean {
  if (code < 0x80) return true;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (!caseless) return code !== 0x3a3 && code !== 0x17f;
  // CJK, kana and Hangul have no case: under `i` such a character matches only itself.
  const c = String.fromCharCode(code);
  return code >= WIDE && c.toUpperCase() === c && c.toLowerCase() === c;
}

/** The longest run of `lit` whose characters can be looked up exactly (see above). */
function longestUsable(lit: string, caseless: boolean): string {
  let best = '';
  let from = 0;
  for (let i = 0; i <= lit.length; i++) {
    if (i < lit.length && usable(lit.charCodeAt(i), caseless)) continue;
    if (i - from > best.length) best = lit.slice(from, i);
    from = i + 1;
  }
  return best;
}

/**
 * Keys of literals such that every match of `re` contains (in keyOf form) at least one, or null
 * when the regex must run on every text.
 */
export function indexLiterals(re: RegExp): string[] | null {
  if (MISREAD.test(re.source)) return null;
  const literals = requiredLiterals(re.source);
  if (!literals) return null;
  const caseless = re.flags.includes('i');
  const keys = new Set<string>();
  for (const lit of literals) {
    const key = keyOf(longestUsable(lit, caseless));
    if (key.length < 2 && !(key.length === 1 && key.charCodeAt(0) >= WIDE)) return null;
    keys.add(key);
  }
  return [...keys];
}

/** A source whose requiredLiterals are exactly `keys`: how CueIndex takes its literals. */
function sourceOfKeys(keys: string[] | null): string {
  return keys ? keys.map(escapeRegExp).join('|') : '.';
}

const registered: RegExp[] = [];
const ids = new Map<RegExp, number>();
let index: CueIndex<{ re: RegExp; source: string }> | null = null;
/** The last few texts walked, newest first, with a byte per regex (1: its literals occur). A
 * detector reads the text, its normalized form and a line or two of it in turn: each is walked
 * once per call. */
const SLOTS = 4;
const texts: Array<string | null> = new Array<string | null>(SLOTS).fill(null);
let marks: Uint8Array[] = [];

/** The regexes registered so far (for the tests that check the index against them). */
export function gatedRegexes(): readonly RegExp[] {
  return registered;
}

/** Puts `re` in the index (at module load); mayMatch then answers for it. */
export function gated<R extends RegExp>(re: R): R {
  if (!ids.has(re)) {
    ids.set(re, registered.length);
    registered.push(re);
    index = null;
    texts.fill(null);
  }
  return re;
}

/** False when `re` (registered with gated) cannot match `text`; one index walk per new text. */
export function mayMatch(re: RegExp, text: string): boolean {
  const id = ids.get(re);
  if (id === undefined) throw new TypeError(`mayMatch: /${re.source}/ is not gated`);
  return marksOf(text)[id] === 1;
}

function marksOf(text: string): Uint8Array {
  const hit = texts.indexOf(text);
  if (hit < 0 && !index) {
    index = new CueIndex(registered.map((r) => ({ re: r, source: sourceOfKeys(indexLiterals(r)) })));
    marks = Array.from({ length: SLOTS }, () => new Uint8Array(registered.length));
  }
  // Newest first: a hit moves to the front, a new text takes the oldest slot's place there. The
  // caller's string object replaces an equal one, so its next lookups compare pointers, not contents.
  toFront(hit < 0 ? SLOTS - 1 : hit);
  texts[0] = text;
  if (hit < 0) {
    marks[0].fill(0);
    for (const i of index!.candidates(keyOf(text))) marks[0][i] = 1;
  }
  return marks[0];
}

function toFront(slot: number): void {
  const m = marks[slot];
  for (let k = slot; k > 0; k--) {
    texts[k] = texts[k - 1];
    marks[k] = marks[k - 1];
  }
  marks[0] = m;
}

/** matchesOf(re, text), skipped when the index says `re` cannot match. */
export function gatedMatches(re: RegExp, text: string): readonly RegExpExecArray[] {
  return mayMatch(re, text) ? matchesOf(re, text) : NONE;
}

/** re.test(text), skipped when the index says `re` cannot match (`re` not global: no lastIndex). */
export function testIf(re: RegExp, text: string): boolean {
  return mayMatch(re, text) && re.test(text);
}

/** re.exec(text), skipped likewise. */
export function execIf(re: RegExp, text: string): RegExpExecArray | null {
  return mayMatch(re, text) ? re.exec(text) : null;
}
