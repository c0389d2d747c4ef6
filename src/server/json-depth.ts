import { closingQuote } from '../core/json-scan.js';

// Jumps from one quote or bracket to the next (a native regex scan) and over each string with
// indexOf: a 50 KB agent request is mostly string content, which a character loop walked one
// code unit at a time.
const STRUCTURAL = /["{}[\]]/g;

/** True when `text` (JSON) nests objects/arrays deeper than `max`; one linear scan, no parse. */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  STRUCTURAL.lastIndex = 0;
  for (;;) {
    const m = STRUCTURAL.exec(text);
    if (!m) return false;
    const c = text.charCodeAt(m.index);
    if (c === 34) {
      const end = closingQuote(text, m.index + 1);
      if (end < 0) return false; // unterminated: the parser reports it
      STRUCTURAL.lastIndex = end + 1;
    } else if (c === 123 || c === 91) {
      if (++depth > max) return true;
    } else depth--;
  }
}
