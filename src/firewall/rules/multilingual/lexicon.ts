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
  return text.normalize('NFC').replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآ]/g, 'ا');
}

/** An apostrophe joins a suffix to a name ("WhatsApp'tan"): it does not start a word. */
const START = String.raw`(?<![\p{L}\p{M}\p{N}'’])`;
const END = String.raw`(?![\p{L}\p{M}\p{N}])`;
const ARABIC_CLITIC = String.raw`(?<![\p{L}\p{M}])(?:و|ف|ب|ل|ال|لل|وال|بال|فال)?`;

/** Short function words that would otherwise match the start of longer ones ("no" in "nomor"). */
const WHOLE_WORD: ReadonlySet<Concept> = new Set(['negation', 'howMuch', 'self']);

function bounded(w: LanguageWords, concept: Concept): string {
  const src = w[concept];
  if (!src) return '';
  if (w.script === 'cjk') return `(?:${src})`;
  return `${w.script === 'arabic' ? ARABIC_CLITIC : START}(?:${src})${WHOLE_WORD.has(concept) ? END : ''}`;
}

/** One regex per concept over every language, built once on first use. */
export function conceptRegex(languages: readonly LanguageWords[], concept: Concept): RegExp {
  const parts = languages.map((w) => bounded(w, concept)).filter(Boolean);
  return new RegExp(parts.join('|'), 'iu');
}
