import { FeatureCounts } from '../../learned/feature-counts.js';
import { countsVector, scoreCounts, type SparseVector } from '../../learned/sparse.js';
import { normalize } from '../normalize.js';

// Features of the learned crisis layer: hashed character n-grams (2-5) of the user's messages and
// of the text the call carries. Character n-grams need no tokenizer, so the same features work
// for Latin, Cyrillic, CJK, Thai and Hebrew, and they catch new wordings that share pieces of
// words ("kill myself" / "killing myself" / "kill herself") where a phrase list does not.
// Each n-gram is hashed twice: once per source ("c" for the conversation, "t" for the call's
// text) and once shared, so what is learnt from a farewell typed by the user also applies to one
// the agent sends.

export const FEATURE_BITS = 18;
export const FEATURE_DIM = 1 << FEATURE_BITS;
const MIN_N = 2;
const MAX_N = 5;
/** Longer texts are scored on head and tail: cost stays bounded for a pasted document. */
const MAX_CHARS = 3_000;

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

/**
 * FNV-1a over UTF-16 code units, extended one character at a time from each start, so all n-grams
 * of 2..5 from one position cost 5 steps. Each n-gram counts under its source's namespace and
 * under the shared one.
 */
function addGrams(ns: number, s: string): void {
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

/** log(1 + count) per hashed n-gram, L2-normalized. */
export function featurize(conversation: readonly string[], text: string): SparseVector {
  count(conversation, text);
  return countsVector(counted);
}

/** The logistic score of featurize(conversation, text) under the weights, without building the vector. */
export function scoreFeatures(conversation: readonly string[], text: string, weights: Float32Array | Float64Array, bias: number): number {
  count(conversation, text);
  return scoreCounts(counted, weights, bias);
}

function count(conversation: readonly string[], text: string): void {
  counted.clear();
  // Each message on its own, newest first, within one budget: n-grams never span two messages, so
  // the number of messages is no feature (joined with a separator, "several messages" alone had
  // become evidence of a crisis, since crisis rows carry longer conversations).
  let budget = MAX_CHARS;
  for (let i = conversation.length - 1; i >= 0 && budget > 2; i--) {
    if (conversation[i].trim() === '') continue;
    const said = padded(conversation[i]);
    const part = said.length <= budget ? said : said.slice(0, budget);
    addGrams(0x63, part);
    budget -= part.length;
  }
  const carried = text.trim() ? padded(text) : '';
  if (carried.length > 2) addGrams(0x74, carried);
}
