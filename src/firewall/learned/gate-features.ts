import { normalize } from '../crisis/normalize.js';
import { FeatureCounts } from './feature-counts.js';
import { countsVector, scoreCounts, type SparseVector } from './sparse.js';
import { isAscii } from '../ascii.js';
import { lever } from '../../core/levers.js';
import { routed } from '../call-strings.js';

// Features of the learned gate layer: what a tool call is and what it carries, hashed into one
// fixed-size vector. Tokens are namespaced (tool, side-effect class, argument keys, key=value
// pairs, words and word pairs of values, words of the user's request, also under the call's class and kind; character n-grams of
// values only for a measured variant), so "rm" in a command and "rm" in the request count apart. Nothing here depends on a
// tool's vocabulary: a call from an agent nobody tuned the rules on still has keys, values and a
// request.

export const GATE_FEATURE_BITS = 18;
const DIM = 1 << GATE_FEATURE_BITS;
const MASK = DIM - 1;
const MIN_N = 3;
const MAX_N = 5;
/** Argument text beyond this is featurized on head and tail: cost stays bounded for a pasted file. */
const MAX_CHARS = 2_000;
/** Values longer than this are not also taken whole as key=value tokens. */
const MAX_KV_CHARS = 60;
const MAX_DEPTH = 6;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export interface GateCallView {
  tool: string;
  /** The tool profile's side-effect class and kind, as the engine resolved them. */
  sideEffectClass: string;
  kind: string;
  args: Record<string, unknown>;
  /** The user's last few messages, the request this call answers (latest last). */
  said: readonly string[];
  /**
   * Words of the call's commands a rule checked for one risk and cleared (an official package
   * registry named explicitly): not read, so the layer cannot hold a call for what a rule cleared.
   */
  cleared: readonly string[];
  /** What the rule engine concluded about the call (factor names, class, reach): a measured variant, not shipped. */
  signals?: readonly string[];
  /**
   * Also count character 3-5-grams of values (the prototype did). Off in the shipped layer: on the
   * seventh held-out set they cost ranking quality (AUC 0.91 with, 0.95 without), presumably by
   * memorizing the training authors' spellings, paths and names; out of fold on visible data the
   * two are alike (0.917 / 0.909), so the choice rests on that one set (docs/firewall-learned.md).
   */
  grams?: boolean;
}

// One reused count table (the engine is synchronous), indices in first-seen order. `let`: the
// request's words are counted into a table of their own once per conversation (requestCounts).
let counted = new FeatureCounts();

/** While a leaf's tokens are counted for the leaf memo (countLeaf): the indices bumped, in order. */
let recording: number[] | null = null;

function bump(k: number): void {
  counted.bump(k);
  if (recording !== null) recording.push(k);
}

/** The FNV state after `ns` and the separator: hash(ns, t) continues from it over t. `pairs`: the namespace `${ns}2`. */
function seedOf(ns: string, pairs = false): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < ns.length; i++) h = Math.imul(h ^ ns.charCodeAt(i), FNV_PRIME);
  if (pairs) h = Math.imul(h ^ 0x32, FNV_PRIME);
  return Math.imul(h ^ 0x1f, FNV_PRIME);
}

function hash(ns: string, token: string): number {
  let h = seedOf(ns);
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), FNV_PRIME);
  return (h >>> 0) & MASK;
}

function token(ns: string, t: string): void {
  bump(hash(ns, t));
}

/** Character n-grams (3..5) of one padded text, each start extended one character at a time. */
function grams(s: string): void {
  const seed = Math.imul(FNV_OFFSET ^ 0x67, FNV_PRIME);
  for (let i = 0; i + MIN_N <= s.length; i++) {
    let h = seed;
    for (let n = 1; n <= MAX_N && i + n <= s.length; n++) {
      h = Math.imul(h ^ s.charCodeAt(i + n - 1), FNV_PRIME);
      if (n >= MIN_N) bump((h >>> 0) & MASK);
    }
  }
}

const WORD = /[\p{L}\p{N}_]+/gu;
const MAX_WORD = 24;

/** [A-Za-z0-9_]: what WORD matches among ASCII characters (no other ASCII is \p{L} or \p{N}). */
function asciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function words(ns: string, text: string, pairs: boolean): void {
  if (!isAscii(text)) wordsMatched(ns, text, pairs);
  else wordsAscii(ns, text, pairs);
}

/**
 * words() of an ASCII text without the regex and without a string per word: the same tokens,
 * hashed in place, bumped in the same order (the score sums them in that order). It was the
 * largest single cost of an observe-mode assessment (matchAll's iterator and a match array per word).
 */
function wordsAscii(ns: string, text: string, pairs: boolean): void {
  const seed = seedOf(ns);
  const pairSeed = pairs ? seedOf(ns, true) : 0;
  let prevStart = -1;
  let prevEnd = -1;
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!asciiWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && asciiWordChar(text.charCodeAt(i))) i++;
    const end = Math.min(i, start + MAX_WORD);
    let h = seed;
    for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
    bump((h >>> 0) & MASK);
    if (pairs && prevStart >= 0) {
      let g = pairSeed;
      for (let k = prevStart; k < prevEnd; k++) g = Math.imul(g ^ text.charCodeAt(k), FNV_PRIME);
      g = Math.imul(g ^ 0x20, FNV_PRIME);
      for (let k = start; k < end; k++) g = Math.imul(g ^ text.charCodeAt(k), FNV_PRIME);
      bump((g >>> 0) & MASK);
    }
    prevStart = start;
    prevEnd = end;
  }
}

function wordsMatched(ns: string, text: string, pairs: boolean): void {
  let prev = '';
  for (const m of text.matchAll(WORD)) {
    const w = m[0].length > MAX_WORD ? m[0].slice(0, MAX_WORD) : m[0];
    token(ns, w);
    if (pairs && prev) token(`${ns}2`, `${prev} ${w}`);
    prev = w;
  }
}

function clip(text: string): string {
  return text.length <= MAX_CHARS ? text : `${text.slice(0, MAX_CHARS * 0.75)} ${text.slice(-MAX_CHARS * 0.25)}`;
}

/** Leaves of the arguments: each string, number or boolean with the key that holds it. */
function leaves(v: unknown, key: string, out: Array<[string, string]>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (typeof v === 'string') out.push([key, v]);
  else if (typeof v === 'number' || typeof v === 'boolean') out.push([key, String(v)]);
  else if (Array.isArray(v)) for (const x of v) leaves(x, key, out, depth + 1);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, k.toLowerCase(), out, depth + 1);
}

/** Where a shell word starts or ends in an argument's text. */
const WORD_EDGE = /[\s'"`;&|()]/;

/** The text with each cleared word blanked where it stands whole (not inside a longer word). */
function withoutCleared(text: string, cleared: readonly string[]): string {
  let out = text;
  for (const w of cleared) {
    for (let at = w ? out.indexOf(w) : -1; at >= 0; at = out.indexOf(w, at + 1)) {
      const whole = (at === 0 || WORD_EDGE.test(out[at - 1])) && (at + w.length === out.length || WORD_EDGE.test(out[at + w.length]));
      if (whole) out = `${out.slice(0, at)} ${out.slice(at + w.length)}`;
    }
  }
  return out;
}

/** Tests: the indices and counts words() bumps for `text` in first-seen order, by the ASCII path or by the regex. */
export function wordCountsForTest(text: string, pairs: boolean, regex: boolean): Array<[number, number]> {
  counted.clear();
  (regex ? wordsMatched : wordsAscii)('w', text, pairs);
  const out = Array.from(counted.touched.subarray(0, counted.n), (k, i): [number, number] => [k, counted.counts[i]]);
  counted.clear();
  return out;
}

/** log(1 + count) per hashed feature, L2-normalized. */
export function gateFeatures(call: GateCallView): SparseVector {
  count(call);
  return countsVector(counted);
}

/** scoreVector(gateFeatures(call), weights, bias) to the last bit, without building the vector (the engine's path). */
export function scoreGateFeatures(call: GateCallView, weights: Float32Array | Float64Array, bias: number): number {
  count(call);
  return scoreCounts(counted, weights, bias);
}

/** The counts the tokens of what a call is (its tool's name, class and kind) leave, in first-seen order. */
interface Head {
  idx: number[];
  n: number[];
}

// Those tokens depend on the tool alone: hashed once per tool, then their counts are set again.
const heads = new Map<string, Head>();

// The head the last call used, by its three strings: the calls of a conversation mostly name the
// same tool, and the map's key was a new string to build and hash on every call (perf-r27b).
let lastHead: Head | null = null;
let lastTool = '';
let lastClass = '';
let lastKind = '';

function countHead(call: GateCallView): void {
  if (lastHead !== null && routed() && call.tool === lastTool && call.sideEffectClass === lastClass && call.kind === lastKind) {
    const head = lastHead;
    for (let i = 0; i < head.idx.length; i++) counted.add(head.idx[i], head.n[i]);
    return;
  }
  const key = `${call.tool}\u0000${call.sideEffectClass}\u0000${call.kind}`;
  const head = heads.get(key);
  if (head) {
    remember(call, head);
    for (let i = 0; i < head.idx.length; i++) counted.add(head.idx[i], head.n[i]);
    return;
  }
  const tool = call.tool.toLowerCase();
  token('t', tool);
  words('tw', tool.replace(/_/g, ' '), false);
  token('c', call.sideEffectClass);
  token('k', call.kind);
  token('ck', `${call.sideEffectClass}/${call.kind}`);
  if (heads.size >= 1024) heads.clear();
  const made = { idx: Array.from(counted.touched.subarray(0, counted.n)), n: Array.from(counted.counts.subarray(0, counted.n)) };
  heads.set(key, made);
  remember(call, made);
}

function remember(call: GateCallView, head: Head): void {
  lastHead = head;
  lastTool = call.tool;
  lastClass = call.sideEffectClass;
  lastKind = call.kind;
}

/**
 * The tokens one leaf (its key and its value) bumps, in order: a pure function of the two strings
 * when no word is cleared. The calls of one conversation repeat keys and short values ("command",
 * "ls", a path), and each was normalized, whitespace-collapsed, joined as key=value and hashed word
 * by word again (perf-r27b). Replaying the same bumps in the same order leaves the same indices,
 * counts and first-seen order, so the same score to the last bit. Bounded: values up to
 * LEAF_MEMO_CHARS, at most LEAF_MEMO_MAX leaves (emptied when full).
 */
const leafMemo = new Map<string, Map<string, number[]>>();
let leafMemoSize = 0;
const LEAF_MEMO_CHARS = 256;
const LEAF_MEMO_MAX = 1024;

/** The tokens of one leaf as count() bumps them (the grams variant excepted: count() handles it). */
function countLeaf(key: string, raw: string, cleared: readonly string[]): string {
  token('a', key);
  const value = normalize(clip(cleared.length ? withoutCleared(raw, cleared) : raw)).replace(/\s+/g, ' ').trim();
  if (!value) return value;
  if (value.length <= MAX_KV_CHARS) token('kv', `${key}=${value}`);
  words('w', value, true);
  return value;
}

/** countLeaf's bumps from the memo, or counted and remembered. */
function countLeafMemo(key: string, raw: string): void {
  let byValue = leafMemo.get(key);
  const seen = byValue?.get(raw);
  if (seen !== undefined) {
    for (let i = 0; i < seen.length; i++) counted.bump(seen[i]);
    return;
  }
  const rec: number[] = [];
  recording = rec;
  try {
    countLeaf(key, raw, []);
  } finally {
    recording = null;
  }
  if (leafMemoSize >= LEAF_MEMO_MAX) {
    leafMemo.clear();
    leafMemoSize = 0;
    byValue = undefined;
  }
  if (byValue === undefined) leafMemo.set(key, (byValue = new Map()));
  byValue.set(raw, rec);
  leafMemoSize++;
}

function count(call: GateCallView): void {
  counted.clear();
  countHead(call);
  const found: Array<[string, string]> = [];
  leaves(call.args, '', found, 0);
  let budget = MAX_CHARS;
  const memo = routed() && !call.grams && call.cleared.length === 0;
  for (const [key, raw] of found) {
    if (memo && raw.length <= LEAF_MEMO_CHARS) {
      countLeafMemo(key, raw);
      continue;
    }
    const value = countLeaf(key, raw, call.cleared);
    if (!value) continue;
    if (budget > 0 && call.grams) {
      const part = value.length > budget ? value.slice(0, budget) : value;
      budget -= part.length;
      grams(` ${part} `);
    }
  }
  for (const sig of call.signals ?? []) token('e', sig);
  // The same request words twice, the second time under what the call does: "send it to all of
  // them" weighs differently for a message than for a local edit (scripts/learned-cv/,
  // docs/firewall-learned.md).
  const request = `u@${call.sideEffectClass}/${call.kind}`;
  if (requestOnce.on) {
    // Added in first-seen order: the same indices, counts and order as counting them here.
    counted.addAll(requestCounts(call.said, 'u', true));
    counted.addAll(requestCounts(call.said, request, false));
    return;
  }
  const text = normalize(clip(call.said.join('\n')));
  words('u', text, true);
  words(request, text, false);
}

/**
 * The request's word counts under one namespace, for the conversation the last call asked about:
 * the calls of one answer (an agent's parallel calls, each resending KBs of user messages) share
 * its normalized text and counts instead of each reading it again. One conversation is kept (the
 * one asked last, compared message by message), with at most MAX_REQUEST_PARTS namespaces.
 */
function requestCounts(said: readonly string[], ns: string, pairs: boolean): FeatureCounts {
  if (!sameMessages(said, lastSaid)) {
    lastSaid = [...said];
    lastRequest = null;
    // The tables are reused (a new one zeroes ~14 KB of typed arrays): cleared, not dropped.
    for (const part of requestParts.values()) spareParts.push(part);
    requestParts.clear();
  }
  let part = requestParts.get(ns);
  if (part) return part;
  lastRequest ??= normalize(clip(said.join('\n')));
  part = spareParts.pop() ?? new FeatureCounts();
  part.clear();
  const main = counted;
  counted = part;
  try {
    words(ns, lastRequest, pairs);
  } finally {
    counted = main;
  }
  if (requestParts.size >= MAX_REQUEST_PARTS) {
    for (const p of requestParts.values()) spareParts.push(p);
    requestParts.clear();
  }
  requestParts.set(ns, part);
  return part;
}

const MAX_REQUEST_PARTS = 16;
let lastSaid: readonly string[] = [];
let lastRequest: string | null = null;
const requestParts = new Map<string, FeatureCounts>();
/** Tables of earlier conversations, for the next (at most MAX_REQUEST_PARTS: what requestParts held). */
const spareParts: FeatureCounts[] = [];
/** Bench lever: off counts the request's words on every call, as before perf-r21. */
const requestOnce = lever('gateRequestOnce');

function sameMessages(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
