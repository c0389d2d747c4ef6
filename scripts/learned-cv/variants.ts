// Feature and training variants the CV harness (run.ts) compares with the shipped layers. A variant
// adds a second block of hashed features beside the shipped vector (each block L2-normalized, the
// pair scaled to unit length by BLOCK_SHARE), or changes a training setting; `base` is the shipped
// featurizer and trainer settings unchanged.
import { normalize } from '../../src/firewall/crisis/normalize.js';
import { featurize, FEATURE_BITS, turnsRead } from '../../src/firewall/crisis/model/features.js';
import { gateFeatures } from '../../src/firewall/learned/gate-features.js';
import type { SparseVector } from '../../src/firewall/learned/sparse.js';
import type { CrisisRow, GateRow } from './rows.js';
import { screenFindings } from './screen-findings.js';

const MASK = (1 << FEATURE_BITS) - 1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export interface TrainSettings {
  epochs: number;
  learningRate: number;
  l2: number;
  keep: number;
  /** Weight of the rows the rules do not catch (crisis: uncaught; gate: allowed). */
  uncaughtWeight: number;
}

export interface Variant<R> {
  name: string;
  /** Extra features beside the shipped ones (none: the shipped vector alone). */
  extra?: (r: R) => Map<number, number> | undefined;
  /** Share of the squared norm the extra block gets. */
  share?: number;
  settings?: Partial<TrainSettings>;
  /** The shipped vector replaced (a variant that moves features out of it into its block). */
  base?: (r: R) => SparseVector;
  /**
   * Crisis: each message alone with the carried text is scored as well, the highest score counting,
   * and trains as a benign example in rows that are no crisis (docs/firewall-learned.md, fw-learn-crisis).
   */
  turns?: boolean;
  /** Models averaged (bagging: the plain model and bootstrap resamples; ensembles.ts); absent: one. */
  members?: number;
  /** A second model over this view, OR'd with the first, both at the same needless rate (ensembles.ts). */
  orView?: (r: R) => SparseVector;
}

function hash(ns: string, t: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < ns.length; i++) h = Math.imul(h ^ ns.charCodeAt(i), FNV_PRIME);
  h = Math.imul(h ^ 0x1e, FNV_PRIME);
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), FNV_PRIME);
  return (h >>> 0) & MASK;
}

const WORD = /[\p{L}\p{N}_']+/gu;
/** Digits folded: amounts, dates and ids count as their shape, not their value. */
function wordsOf(text: string): string[] {
  return (normalize(text).match(WORD) ?? []).map((w) => w.replace(/\d/g, '0').slice(0, 24));
}

function bump(m: Map<number, number>, k: number): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** Word unigrams and bigrams of a text under namespace `ns`. */
function addWords(m: Map<number, number>, ns: string, text: string, pairs = true): void {
  const ws = wordsOf(text);
  for (let i = 0; i < ws.length; i++) {
    bump(m, hash(ns, ws[i]));
    if (pairs && i > 0) bump(m, hash(`${ns}2`, `${ws[i - 1]} ${ws[i]}`));
  }
}

/** Each string or number in a call's arguments, with the key that holds it (lowercased). */
function leavesOf(v: unknown, key = '', out: Array<[string, string | number]> = []): Array<[string, string | number]> {
  if (typeof v === 'string' || typeof v === 'number') out.push([key, v]);
  else if (Array.isArray(v)) for (const x of v) leavesOf(x, key, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leavesOf(x, k.toLowerCase(), out);
  return out;
}

/** Every key of a call's arguments at any depth, as written. */
function keysOf(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) keysOf(x, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(k), keysOf(x, out);
  return out;
}

/** An identifier's words: `create_listing`, `createListing`, `mcp__shop__create-listing` → create, listing (and mcp, shop). */
function identifierWords(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1);
}

/** Numbers written in a value (1,250.00 counts as 1250); long digit runs (ids, timestamps) are left out. */
const NUMBER = /\d[\d,]*(?:\.\d+)?/g;
function numbersIn(v: string | number): number[] {
  if (typeof v === 'number') return Number.isFinite(v) ? [v] : [];
  const out: number[] = [];
  for (const m of v.slice(0, 2000).matchAll(NUMBER)) {
    const digits = m[0].replace(/,/g, '');
    if (digits.replace('.', '').length <= 9) out.push(Number(digits));
  }
  return out;
}

/** An amount's size: 0 below 10, then one bucket per power of ten up to 10^7 and more. */
function magnitude(n: number): number {
  return Math.min(7, Math.max(0, Math.floor(Math.log10(Math.abs(n) || 1))));
}

/**
 * Character 3-5-grams of a call's string values (at most 2,000 characters), padded per value: the
 * prototype's n-grams, here in a block of their own norm rather than among the words.
 */
function valueGrams(m: Map<number, number>, args: unknown): void {
  let budget = 2_000;
  for (const [, v] of leavesOf(args)) {
    if (typeof v !== 'string' || budget <= 0) continue;
    const part = ` ${normalize(v.slice(0, budget)).replace(/\s+/g, ' ').trim()} `;
    budget -= part.length;
    for (let i = 0; i + 3 <= part.length; i++) for (let n = 3; n <= 5 && i + n <= part.length; n++) bump(m, hash('g', part.slice(i, i + n)));
  }
}

/** What the call does, as one token: a message to a person, an act that cannot be undone, or another reaching call (as crisis/assess.ts tells the approver). */
export function crisisKind(r: Pick<CrisisRow, 'person' | 'irreversible'>): string {
  return r.person ? 'person' : r.irreversible ? 'undo' : 'reach';
}

/** The rules' screen's findings (screen-findings.ts) as a block: concept evidence beside the surface forms. */
function screenCues(r: CrisisRow): Map<number, number> {
  const m = new Map<number, number>();
  for (const t of screenFindings({ conversation: r.conversation, text: r.text, outbound: r.outbound, partial: r.person || r.irreversible })) bump(m, hash('cue', t));
  return m;
}

/** One block alone as a vector (log counts, L2-normalized). */
function blockVector(m: Map<number, number>): SparseVector {
  return combine({ idx: new Int32Array(0), val: new Float64Array(0) }, m, 1);
}

/** Words and word bigrams only, of the messages the shipped features read and of the carried text: a view with no n-grams. */
function wordsView(r: CrisisRow): SparseVector {
  const m = new Map<number, number>();
  for (const said of turnsRead(r.conversation)) addWords(m, 'cw', said);
  addWords(m, 'tw', r.text);
  return blockVector(m);
}

export function combine(base: SparseVector, extra: Map<number, number> | undefined, share: number): SparseVector {
  if (!extra || extra.size === 0) return base;
  const out = new Map<number, number>();
  const a = Math.sqrt(1 - share);
  for (let i = 0; i < base.idx.length; i++) out.set(base.idx[i], (out.get(base.idx[i]) ?? 0) + a * base.val[i]);
  let norm = 0;
  for (const c of extra.values()) norm += Math.log1p(c) ** 2;
  const b = Math.sqrt(share) / (Math.sqrt(norm) || 1);
  for (const [k, c] of extra) out.set(k, (out.get(k) ?? 0) + b * Math.log1p(c));
  const idx = Int32Array.from(out.keys());
  return { idx, val: Float64Array.from(idx, (k) => out.get(k) ?? 0) };
}

export const crisisBase = (r: CrisisRow): SparseVector => featurize(r.conversation, r.text);
export const gateBase = (r: GateRow): SparseVector => gateFeatures(r.view);

export const CRISIS_VARIANTS: Variant<CrisisRow>[] = [
  // 'words' (unigrams and bigrams as a 0.3 block) won here and ships in the featurizer since the
  // fifteenth session, so `base` includes it.
  { name: 'base' },
  // Each turn alone as well ships since the sixteenth session (fw-learn-crisis), so `base` reads
  // them; this is the layer before.
  { name: 'whole-conversation', turns: false },
  {
    name: 'kind-x-words',
    share: 0.3,
    extra: (r) => {
      const m = new Map<number, number>();
      const k = crisisKind(r);
      bump(m, hash('kind', k));
      for (const said of r.conversation) addWords(m, `cw@${k}`, said, false);
      addWords(m, `tw@${k}`, r.text, false);
      return m;
    },
  },
  {
    name: 'position',
    share: 0.3,
    extra: (r) => {
      const m = new Map<number, number>();
      const said = r.conversation.filter((s) => s.trim() !== '');
      said.forEach((s, i) => addWords(m, i === said.length - 1 ? 'last' : 'early', s));
      return m;
    },
  },
  // The rules' screen's findings beside the n-grams and words: worse on seed 7 at shares 0.1 and
  // 0.3, and on seeds 7 and 11 with findings only on the calls the rules let through (the only calls
  // the layer is asked about; docs/firewall-learned.md, fw-learn-cues). Kept to measure again when
  // the lexicons change.
  { name: 'screen-cues-0.1', share: 0.1, extra: screenCues },
  { name: 'screen-cues-open-0.1', share: 0.1, extra: (r) => (r.caught ? undefined : screenCues(r)) },
  // issue 13 (fw-learner): more than one linear model over the same rows. Both held fewer crisis
  // rows than base on seed 7 (bag-3 −20, or-words −59 of 947; docs/firewall-learned.md).
  { name: 'bag-3', members: 3 },
  { name: 'or-words', orView: wordsView },
  { name: 'keep-all', settings: { keep: 1 << 18 } },
  { name: 'l2-1e-5', settings: { l2: 1e-5 } },
  { name: 'uncaught-1x', settings: { uncaughtWeight: 1 } },
];

export const GATE_VARIANTS: Variant<GateRow>[] = [
  // The request words crossed with the call's class and kind ship in gate-features.ts since the
  // fw-learn round, so `base` includes them.
  { name: 'base' },
  {
    name: 'position',
    share: 0.3,
    extra: (r) => {
      const m = new Map<number, number>();
      r.view.said.forEach((s, i) => addWords(m, i === r.view.said.length - 1 ? 'last' : 'early', s));
      return m;
    },
  },
  {
    name: 'words-digits-folded',
    share: 0.3,
    extra: (r) => {
      const m = new Map<number, number>();
      for (const [, v] of leavesOf(r.view.args)) if (typeof v === 'string') addWords(m, 'vf', v.slice(0, 2000));
      return m;
    },
  },
  // issue 13 (fw-gate-feat): blocks meant to carry to tools, fields and amounts no author wrote before.
  // None held more must-gate rows than base at 20 epochs on seeds 7 and 11 (docs/firewall-learned.md).
  {
    name: 'tool-words',
    share: 0.2,
    extra: (r) => {
      const m = new Map<number, number>();
      for (const w of identifierWords(r.view.tool)) bump(m, hash('tn', w));
      return m;
    },
  },
  {
    name: 'key-words',
    share: 0.2,
    extra: (r) => {
      const m = new Map<number, number>();
      for (const k of keysOf(r.view.args)) {
        bump(m, hash('key', k.toLowerCase()));
        for (const w of identifierWords(k)) bump(m, hash('kw', w));
      }
      return m;
    },
  },
  {
    name: 'magnitude',
    share: 0.15,
    extra: (r) => {
      const m = new Map<number, number>();
      for (const [key, v] of leavesOf(r.view.args)) {
        for (const n of numbersIn(v)) {
          const b = magnitude(n);
          bump(m, hash('mag', String(b)));
          bump(m, hash('magk', `${r.view.kind}/${b}`));
          for (const w of identifierWords(key)) bump(m, hash('magw', `${w}/${b}`));
        }
      }
      return m;
    },
  },
  {
    name: 'request-apart',
    share: 0.3,
    base: (r) => gateFeatures({ ...r.view, said: [] }),
    extra: (r) => {
      const m = new Map<number, number>();
      const request = r.view.said.join('\n');
      addWords(m, 'u', request);
      addWords(m, `u@${r.view.sideEffectClass}/${r.view.kind}`, request, false);
      return m;
    },
  },
  {
    name: 'value-grams',
    share: 0.2,
    extra: (r) => {
      const m = new Map<number, number>();
      valueGrams(m, r.view.args);
      return m;
    },
  },
  { name: 'keep-48k', settings: { keep: 48_000 } },
  { name: 'l2-1e-5', settings: { l2: 1e-5 } },
  { name: 'allowed-1x', settings: { uncaughtWeight: 1 } },
];
