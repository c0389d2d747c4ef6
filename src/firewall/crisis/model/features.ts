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

/** FNV-1a over UTF-16 code units, seeded by a namespace character. */
function hash(ns: number, s: string, from: number, to: number): number {
  let h = (0x811c9dc5 ^ ns) >>> 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (FEATURE_DIM - 1);
}

function clip(text: string): string {
  return text.length <= MAX_CHARS ? text : `${text.slice(0, MAX_CHARS * 0.75)} ${text.slice(-MAX_CHARS * 0.25)}`;
}

/** One text's padded form: normalized, whitespace collapsed, a space at each end. */
export function padded(text: string): string {
  return ` ${normalize(clip(text)).replace(/\s+/g, ' ').trim()} `;
}

function addGrams(counts: Map<number, number>, ns: number, s: string): void {
  for (let n = MIN_N; n <= MAX_N; n++) {
    for (let i = 0; i + n <= s.length; i++) {
      for (const k of [hash(ns, s, i, i + n), hash(0, s, i, i + n)]) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
}

export interface SparseVector {
  idx: Int32Array;
  val: Float64Array;
}

/** log(1 + count) per hashed n-gram, L2-normalized; indices ascending (deterministic order). */
export function featurize(conversation: readonly string[], text: string): SparseVector {
  const counts = new Map<number, number>();
  const said = conversation.filter((t) => t.trim() !== '').map(padded).join('|');
  if (said.length > 2) addGrams(counts, 0x63, clip(said));
  const carried = text.trim() ? padded(text) : '';
  if (carried.length > 2) addGrams(counts, 0x74, carried);
  const idx = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const val = new Float64Array(idx.length);
  let norm = 0;
  for (let i = 0; i < idx.length; i++) {
    val[i] = Math.log1p(counts.get(idx[i]) as number);
    norm += val[i] * val[i];
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < val.length; i++) val[i] /= norm;
  return { idx, val };
}
