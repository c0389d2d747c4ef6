import { DE, NL } from './germanic.js';
import { ES, FR, IT, PT } from './romance.js';
import { PL, RU, TR, UK } from './slavic-turkish.js';
import { AR, HI, HINGLISH } from './arabic-indic.js';
import { ID, JA, KO, VI, ZH } from './asia.js';
import type { CaselessRegex } from '../caseless-regex.js';
import { conceptRegex, type Concept, type LanguageWords } from './lexicon.js';

/** Every language the multilingual judges read (English has its own, richer reader in prompt-intent.ts). */
export const LANGUAGES: readonly LanguageWords[] = [ES, PT, FR, IT, DE, NL, PL, RU, UK, TR, AR, HI, HINGLISH, ID, VI, JA, KO, ZH];

/** Compiled regexes, for all text and for ASCII text, keyed by the concept or the (constant) list of concepts. */
const cache = [new Map<Concept | readonly Concept[], CaselessRegex>(), new Map<Concept | readonly Concept[], CaselessRegex>()];

/**
 * A concept's words in every language, compiled once on first use (a short-lived hook may never
 * need them); a constant list of concepts gives one regex that matches where any of them does.
 * `ascii`: only the words that can match a text of ASCII only, for such texts (`ascii.ts` isAscii).
 */
export function concept(c: Concept | readonly Concept[], ascii = false): CaselessRegex {
  const compiled = cache[ascii ? 1 : 0];
  let re = compiled.get(c);
  if (!re) compiled.set(c, (re = conceptRegex(LANGUAGES, c, ascii)));
  return re;
}
