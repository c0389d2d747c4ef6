import { isAscii } from '../ascii.js';

// Text normalization shared by every crisis and content detector: one lowercase form with Latin
// accents removed, full-width and compatibility forms folded (NFKC), typographic apostrophes
// unified. Lexicon entries go through the same function, so "está", "ESTA" and "ｅｓｔａ" all match.
// CJK, Hangul and other scripts keep their letters (only combining accents U+0300–036F are dropped,
// so Japanese dakuten and Hangul syllables survive).

/** Texts longer than this are scanned as head + tail, never skipped. */
export const MAX_SCAN_CHARS = 16_384;
const HEAD_CHARS = 12_288;
const TAIL_CHARS = MAX_SCAN_CHARS - HEAD_CHARS;

const COMBINING = /[\u0300-\u036f\u064b-\u0652]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4\uff07]/g;
const LETTER_FOLDS: Record<string, string> = { ß: 'ss', ł: 'l', ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ё: 'е', й: 'и', أ: 'ا', إ: 'ا', آ: 'ا' };
const LETTER_FOLD_RE = /[ßłıøæœđёйأإآ]/g;

export interface Bounded {
  text: string;
  /** True when the middle of a long text was left out of the scan. */
  truncated: boolean;
  length: number;
}

/** Head and tail of a long text: a crisis or a card number at either end is still seen. */
export function bound(text: string): Bounded {
  if (text.length <= MAX_SCAN_CHARS) return { text, truncated: false, length: text.length };
  return { text: `${text.slice(0, HEAD_CHARS)}\n${text.slice(-TAIL_CHARS)}`, truncated: true, length: text.length };
}

export function normalize(text: string): string {
  let s = text.toLowerCase();
  if (isAscii(s)) return s;
  s = s.normalize('NFKC').toLowerCase().replace(APOSTROPHES, "'");
  return foldMarks(s);
}

/**
 * Accents and harakat dropped, then the letters normalize() folds (ß, ł, ı, ø, æ, œ, đ, ё, й, alef
 * forms). Lexicon patterns go through it too (cue.ts), without lowercasing: a pattern written with
 * Azerbaijani "ı" ("hamı") never matched text, in which it is "i".
 */
export function foldMarks(s: string): string {
  s = s.normalize('NFD').replace(COMBINING, '').normalize('NFC');
  return s.replace(LETTER_FOLD_RE, (c) => LETTER_FOLDS[c] ?? c);
}

/**
 * Clause boundaries: sentence ends in any script, semicolons, line breaks and the contrast words
 * that let one clause deny what the next one says ("I volunteer at a hotline, but I want to die").
 * Italian "ma" only after a comma: alone it is Romanian "mă" ("să nu mă mai trezesc"), Czech "má".
 */
const CLAUSE_SPLIT =
  /(?:[!?;\n\r。！？；…、，]|(?<!\d)\.|\.(?!\d))+|,?\s+(?:but|however|though|although|pero|aunque|sin embargo|porem|cependant|aber|jedoch|tuttavia|maar|echter|но|однако|ale|jednak|ama|fakat|lekin|لكن)\s+|,\s*ma\s+|しかし|でも|けど|但是|可是|不过|하지만|그런데|그러나/;

export function clauses(normalized: string): string[] {
  const out: string[] = [];
  for (const part of normalized.split(CLAUSE_SPLIT)) {
    const t = part.trim();
    if (t) out.push(t);
  }
  return out;
}

const QUOTING = /['"\\\u201c\u201d\u00ab\u00bb\u201e]/;
const SHELL_QUOTE = /'"'"'|'\\''|\\u0027/g;
const ESCAPED_BREAK = /\\[nrt]/g;
const QUOTE_OPEN = /(^|[\s(:])['"\u201c\u201d\u00ab\u00bb\u201e]+(?=[\p{L}\p{N}])/gu;
const QUOTE_CLOSE = /([\p{L}\p{N}])['"\u201c\u201d\u00ab\u00bb]+(?=[\s.,!?;:)]|$)/gu;

/**
 * Words as a person reads them, for the crisis screen: the quoting of shell commands
 * (`'"'"'`, `'\''`), escaped line breaks in printf/JSON strings and quotation marks around words
 * are removed ("wants to 'not exist'" reads as wants to not exist). Apostrophes inside words stay.
 */
export function plainWords(normalized: string): string {
  if (!QUOTING.test(normalized)) return normalized;
  return normalized.replace(SHELL_QUOTE, "'").replace(ESCAPED_BREAK, '\n').replace(QUOTE_OPEN, '$1').replace(QUOTE_CLOSE, '$1');
}
