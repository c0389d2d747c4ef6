import { asciiPart } from './ascii-words.js';
import { caselessRegex, type CaselessRegex } from '../caseless-regex.js';
import { isAscii } from '../../ascii.js';

// One language's words for what a delegated prompt or a UI request asks for, by concept (as the
// crisis lexicons in crisis/lexicon/ are written). Each field is a regex source: alternatives of
// stems or phrases; `script` says how a match is bounded (spaced scripts need a word start, Arabic
// also takes its attached clitics, CJK has no word boundaries to use).

export interface LanguageWords {
  lang: string;
  script: 'spaced' | 'arabic' | 'cjk';
  /** Paying, buying or moving money: acts whatever follows. */
  pay: string;
  /** Booking, ordering, reserving, transferring: money only when a priced thing is named. */
  book: string;
  priced: string;
  /** Deleting, and what makes it permanent or what is worth keeping. */
  erase: string;
  permanent: string;
  valuable: string;
  /** Sending or sharing; to whom (other people, or the user). */
  send: string;
  others: string;
  self: string;
  /** What is handed over: secrets (passwords, codes, locks) and personal records. */
  secret: string;
  personal: string;
  /** Changing a secret or a lock. */
  change: string;
  publish: string;
  /** Submitting an official form: the verb, and the form or authority named. */
  submit: string;
  official: string;
  /** A clause that says not to, asks how much, is a reminder to the user, or is only a draft. */
  negation: string;
  howMuch: string;
  reminder: string;
  draft: string;
  /** UI words: a button or request that pays, confirms a payment or transfer, purchases, subscribes, deletes an account. */
  uiPay: string;
  uiDelete: string;
}

export type Concept = Exclude<keyof LanguageWords, 'lang' | 'script'>;


/** Text as the lexicons are written: Arabic without short vowels and with one alif. */
export function foldText(text: string): string {
  // NFC and the Arabic folds change nothing in ASCII.
  if (isAscii(text)) return text;
  return text.normalize('NFC').replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآ]/g, 'ا');
}

/** An apostrophe joins a suffix to a name ("WhatsApp'tan"): it does not start a word. */
const START = String.raw`(?<![\p{L}\p{M}\p{N}'’])`;
const END = String.raw`(?![\p{L}\p{M}\p{N}])`;
const ARABIC_CLITIC = String.raw`(?<![\p{L}\p{M}])(?:و|ف|ب|ل|ال|لل|وال|بال|فال)?`;

/** Short function words that would otherwise match the start of longer ones ("no" in "nomor"). */
const WHOLE_WORD: ReadonlySet<Concept> = new Set(['negation', 'howMuch', 'self']);

/**
 * One regex for one concept, or for several at once, over every language; only ever `test`ed.
 * The languages of a script share one word-start test: `(?<!…)(?:es|pt|…)` matches where
 * `(?<!…)(?:es)|(?<!…)(?:pt)|…` does (the test is zero-width and the same for each), but is
 * evaluated once per position instead of once per language: 3-5x faster on a sentence none
 * matches, the usual case (docs/firewall-speed.md). Several concepts in one regex match where any
 * of them does: one pass over the text instead of one per concept. `asciiOnly` leaves out the words
 * that cannot match a text of ASCII only (the caller asks it only about such texts).
 */
export function conceptRegex(languages: readonly LanguageWords[], concepts: Concept | readonly Concept[], asciiOnly = false): CaselessRegex {
  const wanted: readonly Concept[] = typeof concepts === 'string' ? [concepts] : concepts;
  const parts: string[] = [];
  for (const whole of [false, true]) {
    const group = wanted.filter((c) => WHOLE_WORD.has(c) === whole);
    const end = whole ? END : '';
    const spaced = sources(languages, group, 'spaced', asciiOnly);
    if (spaced.length) parts.push(`${START}(?:${spaced.join('|')})${end}`);
    const arabic = sources(languages, group, 'arabic', asciiOnly);
    if (arabic.length) parts.push(`${ARABIC_CLITIC}(?:${arabic.join('|')})${end}`);
    // CJK has no word boundaries to use.
    for (const src of sources(languages, group, 'cjk', asciiOnly)) parts.push(src);
  }
  // A regex that cannot match (no word of any language can match ASCII).
  // Caseless: an ASCII text (most prompts) is asked in lowercase by a copy without `i`, 5-10x faster.
  return caselessRegex(parts.length ? parts.join('|') : '[]');
}

/**
 * Each language's words of the concepts, in one script, each a group of its own; with `asciiOnly`,
 * only the words that can match a text of ASCII only (ascii-words.ts).
 */
function sources(languages: readonly LanguageWords[], concepts: readonly Concept[], script: LanguageWords['script'], asciiOnly: boolean): string[] {
  const out: string[] = [];
  for (const w of languages) {
    if (w.script !== script) continue;
    for (const c of concepts) {
      const src = asciiOnly ? asciiPart(w[c]) : w[c];
      if (src) out.push(`(?:${src})`);
    }
  }
  return out;
}
