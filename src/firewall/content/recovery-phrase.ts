import { validateMnemonic } from '@scure/bip39';
import { wordlist as czech } from '@scure/bip39/wordlists/czech.js';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as french } from '@scure/bip39/wordlists/french.js';
import { wordlist as italian } from '@scure/bip39/wordlists/italian.js';
import { wordlist as portuguese } from '@scure/bip39/wordlists/portuguese.js';
import { wordlist as spanish } from '@scure/bip39/wordlists/spanish.js';
import type { ContentFinding } from './types.js';

// A wallet recovery phrase is recognised by its words, not by its label: "Frase de recuperação:",
// "復元フレーズ", "1. model 2. start…" or no label at all. Twelve or more words in a row, each from
// one BIP39 word list, give whoever reads them the wallet. Ordinary prose never runs that long
// inside one list (its commonest words, "the", "and", "is", are in none), so a run is enough when
// the words stand apart as a phrase is written (spaces, lines, numbering). A run separated by
// commas reads like a list of things (a shopping list is mostly BIP39 nouns) and counts only when
// its checksum holds, as a generated phrase's always does.

/** Latin-script lists; accents are dropped on both sides, as people type them either way. */
const LISTS = [english, spanish, french, italian, portuguese, czech];
const MIN_WORDS = 12;

const fold = (w: string) => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

let sets: Set<string>[] | null = null;
const wordSets = () => (sets ??= LISTS.map((list) => new Set(list.map(fold))));

/** Twelve words of 3–8 letters, each followed by a separator or a list number: the cheap test. */
const MAYBE = /(?:\p{L}{3,8}[\s,.;:)\-\d]+){11}\p{L}{3,8}/u;
/** The shortest text MAYBE can match: twelve 3-letter words and eleven separators. */
const MAYBE_MIN_LENGTH = 12 * 3 + 11;
const TOKEN = /\p{L}+|[,;]/gu;

/** The longest run of words from one list, and whether commas separate it. */
function longestRun(tokens: string[], set: Set<string>): { words: string[]; commas: boolean } {
  let best: string[] = [];
  let bestCommas = false;
  let run: string[] = [];
  let commas = false;
  for (const t of tokens) {
    if (t === ',' || t === ';') {
      commas ||= run.length > 0;
      continue;
    }
    if (!set.has(t)) {
      run = [];
      commas = false;
      continue;
    }
    run.push(t);
    // `best` may be this very run, still growing: compare by length after the push.
    if (run === best || run.length > best.length) {
      best = run;
      bestCommas = commas;
    }
  }
  return { words: best, commas: bestCommas };
}

function checksumHolds(words: string[], list: readonly string[]): boolean {
  for (const n of [24, 21, 18, 15, 12]) {
    for (let i = 0; i + n <= words.length; i++) {
      if (validateMnemonic(words.slice(i, i + n).join(' '), list as string[])) return true;
    }
  }
  return false;
}

/** Whether the text has a run of words long enough to be a phrase (the cheap test before the lists). */
export const mayHoldRecoveryPhrase = (text: string) => text.length >= MAYBE_MIN_LENGTH && MAYBE.test(text);

export function scanRecoveryPhrase(text: string): ContentFinding[] {
  if (!mayHoldRecoveryPhrase(text)) return [];
  const tokens = (text.match(TOKEN) ?? []).map(fold);
  const all = wordSets();
  for (let i = 0; i < all.length; i++) {
    const { words, commas } = longestRun(tokens, all[i]);
    if (words.length < MIN_WORDS) continue;
    if (commas && !checksumHolds(words, LISTS[i])) continue;
    return [{ detector: 'credential', kind: 'seed_phrase', risk: 0.95, reason: `a wallet recovery phrase (${words.length} words of a BIP39 word list)` }];
  }
  return [];
}
