// Feature and training variants the CV harness (run.ts) compares with the shipped layers. A variant
// adds a second block of hashed features beside the shipped vector (each block L2-normalized, the
// pair scaled to unit length by BLOCK_SHARE), or changes a training setting; `base` is the shipped
// featurizer and trainer settings unchanged.
import { normalize } from '../../src/firewall/crisis/normalize.js';
import { featurize, FEATURE_BITS } from '../../src/firewall/crisis/model/features.js';
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
  /**
   * Crisis: each message alone with the carried text is scored as well, the highest score counting,
   * and trains as a benign example in rows that are no crisis (docs/firewall-learned.md, fw-learn-crisis).
   */
  turns?: boolean;
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

/** What the call does, as one token: a message to a person, an act that cannot be undone, or another reaching call. */
function crisisKind(r: CrisisRow): string {
  return r.person ? 'person' : r.irreversible ? 'undo' : 'reach';
}

/** The rules' screen's findings (screen-findings.ts) as a block: concept evidence beside the surface forms. */
function screenCues(r: CrisisRow): Map<number, number> {
  const m = new Map<number, number>();
  for (const t of screenFindings({ conversation: r.conversation, text: r.text, outbound: r.outbound, partial: r.person || r.irreversible })) bump(m, hash('cue', t));
  return m;
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
      const values: string[] = [];
      const walk = (v: unknown): void => {
        if (typeof v === 'string') values.push(v);
        else if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      walk(r.view.args);
      for (const v of values) addWords(m, 'vf', v.slice(0, 2000));
      return m;
    },
  },
  { name: 'keep-48k', settings: { keep: 48_000 } },
  { name: 'l2-1e-5', settings: { l2: 1e-5 } },
  { name: 'allowed-1x', settings: { uncaughtWeight: 1 } },
];
