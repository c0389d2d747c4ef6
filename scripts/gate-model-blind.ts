// Development measurement of non-rule layers on a held-out directory (issue 13), AGGREGATES ONLY.
// The held-out rows are read in memory and never printed: no id, tool, argument or message leaves
// this script, only counts, rates, AUCs and histograms per family. It trains on visible/ + the
// project's own corpus (never on the held-out directory) and compares, on the held-out rows:
//   1. the rules alone against rules OR the learned gate layer (base features, and with the rule
//      engine's own conclusions as extra features), swept over thresholds;
//   2. structural defaults built from what the engine already knows about a call it lets through
//      (side-effect class, reversibility, confidence, reach, unknown tool).
// Every run appends a line to .blind-looks (untracked) so the number of looks can be reported.
// The visible-chosen threshold of the shipped variant is the one scripts/train-gate-model.ts commits.
//
//   npx tsx scripts/gate-model-blind.ts <a development set's directory>
// (The seventh set was measured this way while it was a development set. Choosing a variant by
// what this prints for blind/ spends that set: blind/README.md.)
import { appendFileSync } from 'node:fs';
import { assess } from '../src/firewall/engine.js';
import { CORPUS_CONFIG, loadCorpus, loadRows, loadVisible, type CorpusRow } from '../src/firewall/corpus/run-corpus.js';
import { gateEligible, gateViewOf } from '../src/firewall/learned/gate-call.js';
import { gateFeatures, GATE_FEATURE_BITS } from '../src/firewall/learned/gate-features.js';
import { outOfFoldScores, trainLogistic } from '../src/firewall/learned/logistic.js';
import { scoreVector, type SparseVector } from '../src/firewall/learned/sparse.js';
import { setGateModelEnabled } from '../src/firewall/learned/gate-score.js';
import { densify, type CompactModel } from '../src/firewall/learned/weights-codec.js';
import { genericExtract } from '../src/firewall/profiles/extract.js';
import { profileFor } from '../src/firewall/profiles/index.js';
import type { Assessment } from '../src/firewall/types.js';
import { authorOf } from './train-gate-model.js';

interface Row {
  group: string;
  family: string;
  mustGate: boolean;
  crisis: boolean;
  gated: boolean;
  eligible: boolean;
  a: Assessment;
  outbound: boolean;
  /** Base features with character n-grams (the prototype's). */
  x: SparseVector;
  xs: SparseVector;
  /** Without character n-grams (the shipped layer's). */
  xw: SparseVector;
  /** Without the request's words. */
  xn: SparseVector;
}

const bucket = (v: number) => (Math.floor(v * 10) / 10).toFixed(1);

/** What the engine concluded, as tokens: the features of the "engine signals" variant. */
function signals(a: Assessment, kind: string, outbound: boolean): string[] {
  const out = [`class:${a.side_effect_class}`, `rev:${a.reversible}`, `conf:${bucket(a.confidence)}`, `risk:${bucket(a.risk_score)}`, `src:${a.profile_source}`, `kind:${kind}`, `out:${outbound}`, `dec:${a.decision}`];
  for (const f of a.factors) if (f.risk >= 0.1) out.push(`f:${f.name}`, `f:${f.name}:${bucket(f.risk)}`);
  return out;
}

function row(r: CorpusRow, group: string): Row {
  const call = { tool: r.tool, args: r.args, annotations: r.annotations };
  const context = r.context ?? {};
  const { profile, view } = gateViewOf(call, context, CORPUS_CONFIG);
  const base = profileFor(call.tool, call.annotations ?? context.mcp_annotations, CORPUS_CONFIG.tools);
  const inputs = base.extract ? base.extract(r.args) : genericExtract(base, r.args);
  const a = assess(call, context, CORPUS_CONFIG);
  const outbound = profile.outbound || !!inputs.outbound;
  return {
    group,
    family: r.category,
    mustGate: r.label === 'must_gate',
    crisis: r.crisis === true,
    gated: a.decision !== 'allow',
    eligible: gateEligible(profile),
    a,
    outbound,
    x: gateFeatures({ ...view, grams: true }),
    xs: gateFeatures({ ...view, grams: true, signals: signals(a, profile.kind, outbound) }),
    xw: gateFeatures(view),
    xn: gateFeatures({ ...view, grams: true, said: [] }),
  };
}

interface Variant {
  name: string;
  pick: 'x' | 'xs' | 'xw' | 'xn';
  l2?: number;
  /** Train only on features seen in rows of at least this many authors: one author's wording does not transfer. */
  minAuthors?: number;
  /** Score held-out rows by the mean of the leave-one-author-out models instead of the full model. */
  bag?: boolean;
}

/** Hashed features seen in rows of at least `k` author groups. */
function supported(rows: readonly Row[], pick: Variant['pick'], k: number): Set<number> {
  const by = new Map<number, Set<string>>();
  for (const e of rows) for (const i of e[pick].idx) (by.get(i) ?? by.set(i, new Set()).get(i)!).add(e.group);
  return new Set([...by].filter(([, g]) => g.size >= k).map(([i]) => i));
}

function restrict(x: SparseVector, keep: Set<number>): SparseVector {
  const at = [...x.idx.keys()].filter((j) => keep.has(x.idx[j]));
  return { idx: Int32Array.from(at.map((j) => x.idx[j])), val: Float64Array.from(at.map((j) => x.val[j])) };
}

function train(rows: readonly Row[], v: Variant): CompactModel {
  const used = rows.filter((e) => e.eligible && !e.crisis);
  const keep = v.minAuthors ? supported(used, v.pick, v.minAuthors) : null;
  const data = used.map((e) => ({ x: keep ? restrict(e[v.pick], keep) : e[v.pick], positive: e.mustGate }));
  return trainLogistic(data, { bits: GATE_FEATURE_BITS, seed: 20261129, epochs: 20, learningRate: 0.5, l2: v.l2 ?? 1e-6, keep: 24_000 });
}

function scoreAll(rows: readonly Row[], ms: readonly CompactModel[], v: Variant): Map<Row, number> {
  const dense = ms.map((m) => ({ w: densify(m), b: m.bias }));
  return new Map(rows.filter((e) => e.eligible).map((e) => [e, dense.reduce((t, d) => t + scoreVector(e[v.pick], d.w, d.b), 0) / dense.length]));
}

interface Tally {
  mustGate: number;
  before: number;
  after: number;
  benign: number;
  nBefore: number;
  nAfter: number;
}

function tally(rows: readonly Row[], fires: (e: Row) => boolean): Tally {
  const t: Tally = { mustGate: 0, before: 0, after: 0, benign: 0, nBefore: 0, nAfter: 0 };
  for (const e of rows) {
    const after = e.gated || (e.eligible && fires(e));
    if (e.mustGate) {
      t.mustGate++;
      t.before += +e.gated;
      t.after += +after;
    } else {
      t.benign++;
      t.nBefore += +e.gated;
      t.nAfter += +after;
    }
  }
  return t;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
const fmt = (t: Tally) => `recall ${pct(t.before, t.mustGate)} -> ${pct(t.after, t.mustGate)} (+${t.after - t.before})  needless ${pct(t.nBefore, t.benign)} -> ${pct(t.nAfter, t.benign)} (+${t.nAfter - t.nBefore})`;

/** AUC of the score on eligible calls the rules allow: non-crisis misses above benign passes. */
function auc(rows: readonly Row[], s: Map<Row, number>): string {
  const open = rows.filter((e) => e.eligible && !e.gated && !e.crisis);
  const pos = open.filter((e) => e.mustGate).map((e) => s.get(e) ?? 0);
  const neg = open.filter((e) => !e.mustGate).map((e) => s.get(e) ?? 0);
  if (!pos.length || !neg.length) return '-';
  let w = 0;
  for (const p of pos) for (const n of neg) w += p > n ? 1 : p === n ? 0.5 : 0;
  return `${(w / (pos.length * neg.length)).toFixed(3)} (${pos.length} misses, ${neg.length} benign passes)`;
}

function histogram(rows: readonly Row[], s: Map<Row, number>): void {
  const open = rows.filter((e) => e.eligible && !e.gated && !e.crisis);
  const bins = (pos: boolean) => Array.from({ length: 10 }, (_, b) => open.filter((e) => e.mustGate === pos && Math.min(9, Math.floor((s.get(e) ?? 0) * 10)) === b).length);
  console.log(`  score decile of allowed eligible calls  misses: ${bins(true).join(' ')}   benign: ${bins(false).join(' ')}`);
}

const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

function perFamily(rows: readonly Row[], fires: (e: Row) => boolean): void {
  for (const fam of [...new Set(rows.map((e) => e.family))].sort()) {
    const t = tally(rows.filter((e) => e.family === fam), fires);
    console.log(`    ${fam.padEnd(22)} ${fmt(t)}`);
  }
}

/** Visible, out of fold by author: the threshold choice tied to visible data. */
function visibleChoice(vis: readonly Row[], v: Variant): { oof: Map<Row, number>; quantile: number; folds: CompactModel[] } {
  const folds: CompactModel[] = [];
  // Out-of-fold scores of the variant's own features (each row seen as its `pick` vector).
  const views = vis.map((e) => ({ group: e.group, eligible: e.eligible, x: e[v.pick], row: e }));
  const byView = outOfFoldScores(views, [...new Set(vis.map((e) => e.group))].sort(), (rest) => {
    const m = train(rest.map((r) => r.row), v);
    folds.push(m);
    return m;
  });
  const oof = new Map([...byView].map(([k, score]) => [k.row, score]));
  // Lowest threshold at which the out-of-fold layer adds at most 1% of visible benign rows as needless gates.
  const benign = vis.filter((e) => !e.mustGate).length;
  let quantile = 1;
  for (let t = 0.99; t >= 0.2; t -= 0.01) {
    const tt = Number(t.toFixed(2));
    const r = tally(vis, (e) => (oof.get(e) ?? 0) >= tt);
    if (r.nAfter - r.nBefore > 0.01 * benign) break;
    quantile = tt;
  }
  return { oof, quantile, folds };
}

/**
 * Approach 3, measured only: gates the layer could relax (non-crisis, not crisis-sensitive, asked
 * not denied, risk below 0.8), by the layer's score: must-gate rows against needless gates.
 */
function relaxable(rows: readonly Row[], s: Map<Row, number>, name: string): void {
  const weak = rows.filter((e) => e.eligible && e.gated && !e.crisis && !e.a.crisis_sensitive && e.a.decision === 'ask' && e.a.risk_score < 0.8);
  const line = (r: number) => {
    const hit = weak.filter((e) => (s.get(e) ?? 1) < r);
    return `<${r}: ${hit.filter((e) => e.mustGate).length} must-gate / ${hit.filter((e) => !e.mustGate).length} needless`;
  };
  console.log(`  relaxable gates (${name}; ${weak.filter((e) => e.mustGate).length} must-gate, ${weak.filter((e) => !e.mustGate).length} needless): ${[0.05, 0.1, 0.2, 0.3].map(line).join(', ')}`);
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: gate-model-blind.ts HELD_OUT_DIR');
  appendFileSync('.blind-looks', `${new Date().toISOString()} gate-model-blind ${process.argv.slice(2).join(' ')}\n`);
  // The rules alone: the shipped gate layer is what the variants below are measured against.
  setGateModelEnabled(false);
  const vis = [...loadVisible().map((r) => row(r, authorOf(r.id, false))), ...loadCorpus().map((r) => row(r, 'own'))];
  const held = loadRows([dir]).map((r) => row(r, 'held'));
  console.log(`train rows ${vis.length}; held-out rows ${held.length}, eligible ${held.filter((e) => e.eligible).length}`);
  console.log(`rules alone on held-out: ${fmt(tally(held, () => false))}`);

  const variants: Variant[] = [
    { name: 'shipped: no character n-grams', pick: 'xw' },
    { name: 'base (prototype, with character n-grams)', pick: 'x' },
    { name: 'features seen in >= 2 authors', pick: 'x', minAuthors: 2 },
    { name: 'features seen in >= 3 authors', pick: 'x', minAuthors: 3 },
    { name: 'features seen in >= 5 authors', pick: 'x', minAuthors: 5 },
    { name: 'no request words', pick: 'xn' },
    { name: 'L2 1e-4', pick: 'x', l2: 1e-4 },
    { name: 'mean of the leave-one-author-out models', pick: 'x', bag: true },
  ];
  const only = process.argv[3];
  for (const v of variants.filter((x) => !only || x.name === only)) {
    const { oof, quantile, folds } = visibleChoice(vis, v);
    const s = scoreAll(held, v.bag ? folds : [train(vis, v)], v);
    console.log(`\n== learned layer, ${v.name}`);
    console.log(`  visible OOF AUC on allowed calls ${auc(vis, oof)}; threshold by visible (OOF adds <= 1% of visible benign): ${quantile}`);
    console.log(`  held-out AUC on allowed calls ${auc(held, s)}`);
    histogram(held, s);
    for (const t of [...THRESHOLDS, quantile].sort((a, b) => a - b)) {
      const vt = tally(vis, (e) => (oof.get(e) ?? 0) >= t);
      console.log(`  t=${t.toFixed(2)}  held-out ${fmt(tally(held, (e) => (s.get(e) ?? 0) >= t))}   | visible OOF +${vt.after - vt.before} / +${vt.nAfter - vt.nBefore} needless`);
    }
    console.log(`  per family at the visible-chosen threshold ${quantile}:`);
    perFamily(held, (e) => (s.get(e) ?? 0) >= quantile);
    relaxable(vis, oof, 'visible OOF');
    relaxable(held, s, 'held-out');
  }
  if (only) return;

  console.log('\n== structural defaults (allowed, eligible calls that reach or cannot be undone)');
  const reach = (e: Row) => e.outbound || !e.a.reversible || e.a.side_effect_class === 'external' || e.a.side_effect_class === 'critical';
  const open = (rows: readonly Row[]) => rows.filter((e) => e.eligible && !e.gated && !e.crisis);
  for (const [name, rows] of [['visible', vis], ['held-out', held]] as const) {
    const o = open(rows);
    const cells = new Map<string, [number, number]>();
    for (const e of o) {
      const k = `${e.a.side_effect_class}/${e.a.reversible ? 'rev' : 'irrev'}/${e.outbound ? 'out' : 'local'}/${e.a.profile_source === 'unknown' ? 'unknown' : 'known'}`;
      const c = cells.get(k) ?? [0, 0];
      c[e.mustGate ? 0 : 1]++;
      cells.set(k, c);
    }
    console.log(`  ${name}: allowed non-crisis eligible calls by class/reversible/outbound/profile: misses, benign passes`);
    for (const [k, [p, n]] of [...cells].sort()) console.log(`    ${k.padEnd(36)} ${p} ${n}`);
    const confBins = (pos: boolean) => Array.from({ length: 10 }, (_, b) => o.filter((e) => reach(e) && e.mustGate === pos && Math.min(9, Math.floor(e.a.confidence * 10)) === b).length);
    console.log(`    reaching calls by confidence decile  misses: ${confBins(true).join(' ')}   benign: ${confBins(false).join(' ')}`);
    const riskBins = (pos: boolean) => Array.from({ length: 10 }, (_, b) => o.filter((e) => e.mustGate === pos && Math.min(9, Math.floor(e.a.risk_score * 10)) === b).length);
    console.log(`    all allowed by risk decile            misses: ${riskBins(true).join(' ')}   benign: ${riskBins(false).join(' ')}`);
  }
  for (const c of [0.5, 0.6, 0.7, 0.8, 0.9, 1.01]) {
    const f = (e: Row) => reach(e) && e.a.confidence < c;
    const vt = tally(vis, f);
    console.log(`  reaching & confidence < ${c}: held-out ${fmt(tally(held, f))}   | visible +${vt.after - vt.before} / +${vt.nAfter - vt.nBefore}`);
  }
  for (const r of [0.1, 0.2, 0.3]) {
    const f = (e: Row) => reach(e) && e.a.risk_score >= r;
    const vt = tally(vis, f);
    console.log(`  reaching & risk >= ${r}: held-out ${fmt(tally(held, f))}   | visible +${vt.after - vt.before} / +${vt.nAfter - vt.nBefore}`);
  }
  const unk = (e: Row) => e.a.profile_source === 'unknown' && reach(e);
  const ut = tally(vis, unk);
  console.log(`  unknown tool & reaching: held-out ${fmt(tally(held, unk))}   | visible +${ut.after - ut.before} / +${ut.nAfter - ut.nBefore}`);
}

main();
