import assert from 'node:assert/strict';
import { loadCorpus, loadVisible } from '../../corpus/run-corpus.js';
import { concept, LANGUAGES } from './languages.js';
import { isAscii } from '../../ascii.js';
import { foldText, type Concept, type LanguageWords } from './lexicon.js';

// The check the lexicon-agreement-*.test.ts files share, every fourth text each (one file took
// over 190 s, near the runner's 300 s per-file limit under load): conceptRegex shares one
// word-start test among the languages of a script and joins several concepts into one regex; for a
// text of ASCII only it leaves out the words that need another character (ascii-words.ts). Each
// must match exactly where the plain form does: each language's words behind their own word-start
// test, one regex per concept, any of them for a set.

const START = String.raw`(?<![\p{L}\p{M}\p{N}'’])`;
const END = String.raw`(?![\p{L}\p{M}\p{N}])`;
const ARABIC_CLITIC = String.raw`(?<![\p{L}\p{M}])(?:و|ف|ب|ل|ال|لل|وال|بال|فال)?`;
const WHOLE_WORD = new Set<Concept>(['negation', 'howMuch', 'self']);

function plain(w: LanguageWords, c: Concept): string {
  if (!w[c]) return '';
  if (w.script === 'cjk') return `(?:${w[c]})`;
  return `${w.script === 'arabic' ? ARABIC_CLITIC : START}(?:${w[c]})${WHOLE_WORD.has(c) ? END : ''}`;
}

const plainRegex = (c: Concept) => new RegExp(LANGUAGES.map((w) => plain(w, c)).filter(Boolean).join('|'), 'iu');

export const CONCEPTS = Object.keys(LANGUAGES[0]).filter((k) => k !== 'lang' && k !== 'script') as Concept[];
export const SETS: Concept[][] = [['pay', 'book', 'erase', 'change', 'publish', 'submit', 'send'], ['negation', 'howMuch', 'pay'], ['self', 'others']];

/** How many test files share the check, each every PARTS-th text (lexicon-agreement-1…PARTS.test.ts). */
export const PARTS = 4;

/** The corpus's messages and argument strings, folded, whole and cut into sentences and clauses, and every language's own words. */
function texts(): string[] {
  const out = new Set<string>();
  const add = (s: unknown) => {
    if (typeof s !== 'string' || !s.trim()) return;
    const folded = foldText(s.slice(0, 2000));
    out.add(folded);
    for (const part of folded.split(/(?<=[.!?])\s+|[。！？?؟\n]+|;\s*|[,，、،]\s*/u)) if (part.trim()) out.add(part.trim());
  };
  for (const r of [...loadVisible(), ...loadCorpus()]) {
    for (const m of [...(r.context?.user_messages ?? []), r.context?.user_message]) add(m);
    for (const v of Object.values(r.args)) add(v);
  }
  // Every language's own words, as whole texts: each alternative matches at least itself.
  for (const w of LANGUAGES) for (const c of CONCEPTS) for (const alt of (w[c] || '').split('|')) if (/^[\p{L}\p{M} ]+$/u.test(alt)) add(`x ${alt} y`);
  return [...out];
}

/** Asserts the shared and ASCII regexes of every concept and set agree with the plain ones on one part's texts (every PARTS-th, from `part`, 0-based). */
export function checkAgreement(part: number): void {
  const every = texts();
  const all = every.filter((_, i) => i % PARTS === part);
  let matched = 0;
  let asciiTexts = 0;
  for (const t of every) if (isAscii(t)) asciiTexts++;
  for (const c of CONCEPTS) {
    const reference = plainRegex(c);
    const shared = concept(c);
    const ascii = concept(c, true);
    for (const t of all) {
      const want = reference.test(t);
      if (want) matched++;
      assert.equal(shared.test(t), want, `${c}: ${JSON.stringify(t.slice(0, 200))}`);
      if (isAscii(t)) assert.equal(ascii.test(t), want, `${c} (ASCII words): ${JSON.stringify(t.slice(0, 200))}`);
    }
  }
  for (const set of SETS) {
    const references = set.map(plainRegex);
    const joined = concept(set);
    const ascii = concept(set, true);
    for (const t of all) {
      const want = references.some((re) => re.test(t));
      assert.equal(joined.test(t), want, `${set.join('+')}: ${JSON.stringify(t.slice(0, 200))}`);
      if (isAscii(t)) assert.equal(ascii.test(t), want, `${set.join('+')} (ASCII words): ${JSON.stringify(t.slice(0, 200))}`);
    }
  }
  assert.ok(every.length > 20_000 && asciiTexts > 10_000 && matched > 1_000, `${every.length} texts (${asciiTexts} ASCII), ${matched} matches in part ${part + 1} of ${PARTS}`);
}
