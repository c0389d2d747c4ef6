// Which words of a lexicon source can match a text of ASCII only. Most prompts and UI requests are
// written in English: the Cyrillic, Arabic, Devanagari and CJK words of the other languages, and
// the accented ones of the Latin-script languages, cannot match them, and leaving them out of the
// regex asked about such a text leaves a regex a fraction of the size (docs/firewall-speed.md).
//
// An alternative is left out only when every match of it must contain a non-ASCII character that
// matches no ASCII one even under `iu` (not ſ or the Kelvin sign, which fold to s and k; the test
// checks every character it relies on against every ASCII one with the regex engine itself).
// Anything not understood (an escape, a class with ranges, a backreference) is assumed to match
// ASCII, so the split can only keep too much, never too little.

/** Non-ASCII characters that case-fold to ASCII letters under `iu`: ſ (s), K (Kelvin, k). */
const FOLDS_TO_ASCII = new Set([0x17f, 0x212a]);

const QUANTIFIER = /^(?:([?*+])|\{(\d+)(?:,\d*)?\})\??/;

const needs = (code: number) => code >= 0x80 && !FOLDS_TO_ASCII.has(code) && !(code >= 0xd800 && code <= 0xdfff);

/** The top-level alternatives of a regex source (split at `|` outside groups and classes). */
export function alternativesOf(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** True when every match of the source must contain a non-ASCII character (see above). */
export function needsNonAscii(src: string): boolean {
  return alternativesOf(src).every(sequenceNeeds);
}

function sequenceNeeds(seq: string): boolean {
  let i = 0;
  while (i < seq.length) {
    let element = false;
    const c = seq[i];
    if (c === '\\') {
      i = seq[i + 1] === 'p' || seq[i + 1] === 'P' ? seq.indexOf('}', i) + 1 || seq.length : i + 2;
    } else if (c === '[') {
      const end = classEnd(seq, i);
      element = classNeeds(seq.slice(i + 1, end));
      i = end + 1;
    } else if (c === '(') {
      const end = groupEnd(seq, i);
      const inner = seq.slice(i + 1, end);
      // Look-arounds consume nothing; a group needs what every alternative inside it needs.
      if (!/^\?(?:<?[=!])/.test(inner)) element = needsNonAscii(inner.replace(/^\?(?::|<[A-Za-z_]\w*>)/, ''));
      i = end + 1;
    } else {
      element = needs(seq.charCodeAt(i));
      i++;
    }
    // A quantifier that allows none makes the element optional.
    const q = QUANTIFIER.exec(seq.slice(i));
    const optional = !!q && (q[1] === '?' || q[1] === '*' || Number(q[2]) === 0);
    if (q) i += q[0].length;
    if (element && !optional) return true;
  }
  return false;
}

/** A class needs a non-ASCII character when it is not negated and lists only such characters. */
function classNeeds(body: string): boolean {
  if (body.startsWith('^') || body.includes('\\') || body.includes('-')) return false;
  if (body.length === 0) return false;
  for (let i = 0; i < body.length; i++) if (!needs(body.charCodeAt(i))) return false;
  return true;
}

function classEnd(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ']') return i;
  }
  return s.length;
}

function groupEnd(s: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return s.length;
}

/** The alternatives of `src` that can match a text of ASCII only, joined; '' when none can. */
export function asciiPart(src: string): string {
  return alternativesOf(src).filter((alt) => !sequenceNeeds(alt)).join('|');
}

/** Characters the split relies on: every non-ASCII character outside escapes and classes with ranges. */
export function reliedOn(src: string): string[] {
  const out = new Set<string>();
  for (const ch of src) if (needs(ch.codePointAt(0)!)) out.add(ch);
  return [...out];
}
