import { FeatureCounts } from '../../learned/feature-counts.js';
import { countsVector, dotCounts, type SparseVector } from '../../learned/sparse.js';
import { normalize } from '../normalize.js';
import { isAscii } from '../../ascii.js';

// Features of the learned crisis layer: hashed character n-grams (2-5) of the user's messages and
// of the text the call carries. Character n-grams need no tokenizer, so the same features work
// for Latin, Cyrillic, CJK, Thai and Hebrew, and they catch new wordings that share pieces of
// words ("kill myself" / "killing myself" / "kill herself") where a phrase list does not.
// Each n-gram is hashed twice: once per source ("c" for the conversation, "t" for the call's
// text) and once shared, so what is learnt from a farewell typed by the user also applies to one
// the agent sends.
// Whole words (unigrams and bigrams, digits folded) are a second block beside the n-grams, each
// block L2-normalized and the pair weighted WORD_SHARE of the squared norm: held out one recent
// author at a time, words beside n-grams held more crisis rows on every author with no more
// needless gates (+12 and +4 of 546 on two seeds; docs/firewall-learned.md, fw-learn round).

export const FEATURE_BITS = 18;
export const FEATURE_DIM = 1 << FEATURE_BITS;
const MIN_N = 2;
const MAX_N = 5;
/** Longer texts are scored on head and tail: cost stays bounded for a pasted document. */
const MAX_CHARS = 3_000;

/** Share of the squared norm the word block gets; the n-grams keep the rest. */
const WORD_SHARE = 0.3;
const CHAR_SCALE = Math.sqrt(1 - WORD_SHARE);
const WORD_SCALE = Math.sqrt(WORD_SHARE);
const MAX_WORD = 24;
const WORD = /[\p{L}\p{N}_']+/gu;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const MASK = FEATURE_DIM - 1;

function clip(text: string): string {
  return text.length <= MAX_CHARS ? text : `${text.slice(0, MAX_CHARS * 0.75)} ${text.slice(-MAX_CHARS * 0.25)}`;
}

/** One text's padded form: normalized, whitespace collapsed, a space at each end. */
export function padded(text: string): string {
  return ` ${normalize(clip(text)).replace(/\s+/g, ' ').trim()} `;
}

// Counts live in one reused table (the engine is synchronous, so no two calls share it), with the
// indices in first-seen order, which is deterministic for a given text.
const counted = new FeatureCounts();
const words = new FeatureCounts();

/**
 * FNV-1a over UTF-16 code units, extended one character at a time from each start, so all n-grams
 * of 2..5 from one position cost 5 steps. Each n-gram counts under its source's namespace and
 * under the shared one.
 */
function addGrams(counted: FeatureCounts, ns: number, s: string): void {
  for (let i = 0; i + MIN_N <= s.length; i++) {
    let own = (FNV_OFFSET ^ ns) >>> 0;
    let shared = FNV_OFFSET;
    for (let n = 1; n <= MAX_N && i + n <= s.length; n++) {
      const c = s.charCodeAt(i + n - 1);
      own = Math.imul(own ^ c, FNV_PRIME);
      shared = Math.imul(shared ^ c, FNV_PRIME);
      if (n >= MIN_N) {
        counted.bump((own >>> 0) & MASK);
        counted.bump((shared >>> 0) & MASK);
      }
    }
  }
}

/** FNV-1a state after a namespace's character and the separator, where a token's hash starts. */
function hashStart(ns: number): number {
  return Math.imul(Math.imul(FNV_OFFSET ^ ns, FNV_PRIME) ^ 0x1e, FNV_PRIME);
}

/** Hash of a token under a namespace (the namespace's characters, a separator, the token's). */
function wordHash(ns: number, token: string): number {
  let h = hashStart(ns);
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), FNV_PRIME);
  return (h >>> 0) & MASK;
}

/** Word unigrams (namespace `ns`) and bigrams (`ns + 1`) of a normalized text, digits folded to 0. */
function addWords(words: FeatureCounts, ns: number, s: string): void {
  if (!isAscii(s)) addWordsMatched(words, ns, s);
  else addWordsAscii(words, ns, s);
}

function addWordsMatched(words: FeatureCounts, ns: number, s: string): void {
  let previous = '';
  for (const m of s.matchAll(WORD)) {
    const w = (m[0].length > MAX_WORD ? m[0].slice(0, MAX_WORD) : m[0]).replace(/\d/g, '0');
    words.bump(wordHash(ns, w));
    if (previous) words.bump(wordHash(ns + 1, `${previous} ${w}`));
    previous = w;
  }
}

/** WORD's characters within ASCII: \p{L} is A-Z and a-z there, \p{N} is 0-9. */
function isAsciiWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x27;
}

/**
 * addWordsMatched for a text of ASCII only, without the Unicode-property regex, the match objects
 * and the word and bigram strings: FNV-1a is sequential, so each word's hash and its bigram's are
 * carried along character by character (the bigram's from the previous word's prefix and a space),
 * the same units in the same order as wordHash over the strings, so the same indices.
 */
function addWordsAscii(words: FeatureCounts, ns: number, s: string): void {
  const unigramStart = hashStart(ns);
  const bigramStart = hashStart(ns + 1);
  let afterPrevious = bigramStart; // bigramStart over the previous word and a space
  let hasPrevious = false;
  let i = 0;
  while (i < s.length) {
    if (!isAsciiWordUnit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let unigram = unigramStart;
    let bigram = afterPrevious;
    let prefix = bigramStart;
    for (let n = 0; i < s.length; i++, n++) {
      let c = s.charCodeAt(i);
      if (!isAsciiWordUnit(c)) break;
      if (n >= MAX_WORD) continue;
      if (c >= 0x30 && c <= 0x39) c = 0x30;
      unigram = Math.imul(unigram ^ c, FNV_PRIME);
      bigram = Math.imul(bigram ^ c, FNV_PRIME);
      prefix = Math.imul(prefix ^ c, FNV_PRIME);
    }
    words.bump((unigram >>> 0) & MASK);
    if (hasPrevious) words.bump((bigram >>> 0) & MASK);
    afterPrevious = Math.imul(prefix ^ 0x20, FNV_PRIME);
    hasPrevious = true;
  }
}

/** The n-gram block then the word block, each log(1 + count) L2-normalized and scaled by its share. */
export function featurize(conversation: readonly string[], text: string): SparseVector {
  count(turnsRead(conversation), text);
  const chars = countsVector(counted, CHAR_SCALE);
  const said = countsVector(words, WORD_SCALE);
  const idx = new Int32Array(chars.idx.length + said.idx.length);
  const val = new Float64Array(idx.length);
  idx.set(chars.idx);
  idx.set(said.idx, chars.idx.length);
  val.set(chars.val);
  val.set(said.val, chars.val.length);
  return { idx, val };
}

/** The logistic score of featurize(conversation, text) under the weights, without building the vector. */
export function scoreFeatures(conversation: readonly string[], text: string, weights: Float32Array | Float64Array, bias: number): number {
  count(turnsRead(conversation), text);
  return scoreCounted(weights, bias);
}

/** The logistic score of what `counted` and `words` hold; clears them. */
function scoreCounted(weights: Float32Array | Float64Array, bias: number): number {
  const z = dotCounts(counted, weights, bias, CHAR_SCALE);
  return 1 / (1 + Math.exp(-dotCounts(words, weights, z, WORD_SCALE)));
}

/**
 * The messages the features read, padded, newest first, within one budget (the oldest read may be
 * cut). Each is counted on its own: n-grams never span two messages, so the number of messages is
 * no feature (joined with a separator, "several messages" alone had become evidence of a crisis,
 * since crisis rows carry longer conversations).
 */
export function turnsRead(conversation: readonly string[]): string[] {
  const out: string[] = [];
  let budget = MAX_CHARS;
  for (let i = conversation.length - 1; i >= 0 && budget > 2; i--) {
    if (conversation[i].trim() === '') continue;
    const said = padded(conversation[i]);
    const part = said.length <= budget ? said : said.slice(0, budget);
    out.push(part);
    budget -= part.length;
  }
  return out;
}

/**
 * Each message read, on its own with the carried text, when there are several (one message alone is
 * the conversation). A risk said once in an early turn is diluted by the ordinary turns after it in
 * the whole conversation's vector; alone it counts in full (docs/firewall-learned.md, "Each turn
 * alone as well").
 */
export function turnsAlone(conversation: readonly string[]): string[][] {
  const turns = turnsRead(conversation);
  return turns.length > 1 ? turns.map((t) => [t]) : [];
}

/** One text's counts, kept to be added into several vectors. */
class TextCounts {
  readonly chars = new FeatureCounts();
  readonly words = new FeatureCounts();

  count(ns: number, s: string): void {
    this.chars.clear();
    this.words.clear();
    addGrams(this.chars, ns, s);
    addWords(this.words, ns, s);
  }
}

/** Reused per call: each turn read's counts, and the carried text's. */
const turnCounts: TextCounts[] = [];
const carriedCounts = new TextCounts();

/**
 * The layer's score of a call: the highest of the whole conversation's and each turn's alone.
 * Each turn and the carried text are counted once and their counts added up for each vector: the
 * same counts in the same first-seen order as counting the texts of each vector one after another,
 * so the same score to the last bit, without hashing every turn twice and the text n + 1 times.
 */
export function scoreConversation(conversation: readonly string[], text: string, weights: Float32Array | Float64Array, bias: number): number {
  const turns = turnsRead(conversation);
  if (turns.length <= 1) {
    count(turns, text);
    return scoreCounted(weights, bias);
  }
  for (let i = 0; i < turns.length; i++) (turnCounts[i] ??= new TextCounts()).count(0x63, turns[i]);
  const carried = carriedOf(text);
  carriedCounts.count(0x74, carried.length > 2 ? carried : '');
  for (let i = 0; i < turns.length; i++) addCounts(turnCounts[i]);
  addCounts(carriedCounts);
  let score = scoreCounted(weights, bias);
  for (let i = 0; i < turns.length; i++) {
    // A turn alone is read as scoreFeatures([turn]) reads it, padded again: a turn that changes
    // (one the budget cut gains a closing space) is counted anew.
    const alone = turnsRead([turns[i]]);
    if (alone.length === 1 && alone[0] === turns[i]) {
      addCounts(turnCounts[i]);
      addCounts(carriedCounts);
    } else count(alone, text);
    score = Math.max(score, scoreCounted(weights, bias));
  }
  return score;
}

function addCounts(c: TextCounts): void {
  counted.addAll(c.chars);
  words.addAll(c.words);
}

/** The call's text as the features read it ('' for none). */
function carriedOf(text: string): string {
  return text.trim() ? padded(text) : '';
}

function count(turns: readonly string[], text: string): void {
  counted.clear();
  words.clear();
  for (const part of turns) {
    addGrams(counted, 0x63, part);
    addWords(words, 0x63, part);
  }
  const carried = carriedOf(text);
  if (carried.length > 2) {
    addGrams(counted, 0x74, carried);
    addWords(words, 0x74, carried);
  }
}
