// Cheaper cross-validation of the learned layers for unseen authors (docs/firewall-learned.md,
// "Unseen authors, one group at a time"). Each held-out author group is scored by a model trained
// on every other group; its threshold is chosen by the trainer's own rule (the same needless
// budget) on the out-of-fold scores of the OTHER groups only, which come from a few grouped folds
// rather than one model per group. Rows come from one cached engine pass (rows.ts), vectors are
// built once per variant, and epochs can be cut for screening; confirm a winner at full settings.
//
// Run: npx tsx scripts/learned-cv/run.ts --layer crisis|gate [--variants base,kind-x-words]
//        [--holdout bq1,bk1,...] [--folds 4] [--epochs 20] [--seed N] [--rows cache.json] [--out results.jsonl]
//        [--thresholds pooled,per-kind,greedy,greedy-at-pooled]   (also thresholds per call kind, ../gate-kind-thresholds.ts;
//          greedy-at-pooled: the greedy spending only the needless gates the pooled threshold adds on the other groups)
//        [--kinds call,call-turn]   (crisis: what a kind is; call = what the call does, call-turn = and whether an earlier user turn exists)
//        [--at 0.5,0.6]   (the held-out groups also counted at these fixed bars, pooled)
//        [--dump-oof FILE]   (each scored positive row, one JSON line: id, group, fold, out-of-fold score, the threshold the
//          trainer's rule picks on the other folds' scores, caught by the rules; for finding the misses of unseen-like authors)
import { appendFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as crisisTrainer from '../train-crisis-model.js';
import * as gateTrainer from '../train-gate-model.js';
import { trainLogistic, type LabelledVector } from '../../src/firewall/learned/logistic.js';
import { scoreVector, type SparseVector } from '../../src/firewall/learned/sparse.js';
import { densify, type CompactModel } from '../../src/firewall/learned/weights-codec.js';
import { FEATURE_BITS, turnsAlone } from '../../src/firewall/crisis/model/features.js';
import { GATE_FEATURE_BITS } from '../../src/firewall/learned/gate-features.js';
import { kindThresholds, type Judged, type ThresholdRule } from '../gate-kind-thresholds.js';
import { thresholdFor } from '../../src/firewall/learned/kind-threshold.js';
import { loadRows, type CrisisRow, type GateRow } from './rows.js';
import { averaged, bootstrap, matchedRate } from './ensembles.js';
import { combine, crisisBase, crisisKind, CRISIS_VARIANTS, gateBase, GATE_VARIANTS, type TrainSettings, type Variant } from './variants.js';

/** The trainers' rules, and the greedy held to the pooled rule's spend (equal needless gates on the other groups). */
type HarnessRule = ThresholdRule | 'greedy-at-pooled';

const DEFAULT_HOLDOUT = ['bq1', 'bk1', 'bu1', 'bv1', 'bw1', 'ax1', 'br1', 'bs1', 'bp1', 'bn1'];

interface Scored {
  id: string;
  group: string;
  eligible: boolean;
  x: SparseVector;
}

/** Which rows a layer trains on, their target and weight, and how its trainer tallies a threshold. */
interface Layer<R, E extends Scored> {
  rows: R[];
  bits: number;
  settings: TrainSettings;
  /** A row's example, its vectors built by `vectorOf` (the variant's featurizer). */
  example: (r: R, vectorOf: (r: R) => SparseVector, v: Variant<R>) => E;
  /** What one example teaches under the settings, as the layer's trainer builds it. */
  training: (e: E, s: TrainSettings) => LabelledVector[];
  /** The example's score under weights, as the layer's scorer computes it. */
  score: (e: E, weights: Float32Array, bias: number) => number;
  trainable: (e: E) => boolean;
  positive: (e: E) => boolean;
  /** Counts against the needless budget when the layer holds it. */
  benign: (e: E) => boolean;
  uncaught: (e: E) => boolean;
  /** Groups that are never held out (always trained on). */
  alwaysTrain: (group: string) => boolean;
  chooseThreshold: (es: E[], scores: Map<E, number>) => number;
  /** [positives, caught by rules, caught with the layer, benign, needless by rules, needless with the layer] of one group. */
  count: (es: E[], scores: Map<E, number>, threshold: number) => number[];
  base: (r: R) => SparseVector;
  variants: Variant<R>[];
  /** Ways to say what kind of call a row is, as the layer sees it at runtime (thresholds per kind); the first is the default. */
  kinds?: Record<string, (e: E) => string>;
}

/** A crisis example, and each of its turns alone as the shipped layer scores them (unless the variant says `turns: false`). */
type CrisisExample = crisisTrainer.Example & CrisisRow;

function crisisLayer(rows: CrisisRow[]): Layer<CrisisRow, CrisisExample> {
  return {
    rows,
    bits: FEATURE_BITS,
    settings: { epochs: crisisTrainer.EPOCHS, learningRate: crisisTrainer.LEARNING_RATE, l2: crisisTrainer.L2, keep: crisisTrainer.KEEP, uncaughtWeight: crisisTrainer.UNCAUGHT_WEIGHT },
    example: (r, vectorOf, v) => ({ ...r, x: vectorOf(r), turns: v.turns !== false && r.eligible ? turnsAlone(r.conversation).map((conversation) => vectorOf({ ...r, conversation })) : [] }),
    // A turn of a row that is no crisis is no crisis alone; a crisis row's turns are unlabelled.
    training: (e, s) => {
      const whole = { x: e.x, positive: e.crisis, weight: e.caught ? 1 : s.uncaughtWeight };
      return e.crisis ? [whole] : [whole, ...e.turns.map((x) => ({ ...whole, x }))];
    },
    score: (e, weights, bias) => e.turns.reduce((best, x) => Math.max(best, scoreVector(x, weights, bias)), scoreVector(e.x, weights, bias)),
    trainable: (e) => e.eligible,
    positive: (e) => e.crisis,
    benign: (e) => e.benign,
    uncaught: (e) => !e.caught,
    alwaysTrain: (g) => g === 'own',
    chooseThreshold: crisisTrainer.chooseThreshold,
    count: (es, scores, t) => {
      const [g] = crisisTrainer.tally(es, scores, t);
      return g ? [g.crisis, g.caughtBefore, g.caughtAfter, g.benign, g.needlessBefore, g.needlessAfter] : [0, 0, 0, 0, 0, 0];
    },
    base: crisisBase,
    variants: CRISIS_VARIANTS,
    // Calls the layer is never asked about have a kind of their own: they count in the budget only.
    // call-turn also says whether an earlier user turn exists.
    kinds: {
      call: (e) => (e.eligible ? crisisKind(e) : 'none'),
      'call-turn': (e) => (e.eligible ? `${crisisKind(e)}${e.conversation.filter((s) => s.trim() !== '').length > 1 ? '+earlier' : ''}` : 'none'),
    },
  };
}

function gateLayer(rows: GateRow[]): Layer<GateRow, gateTrainer.Example> {
  return {
    rows,
    bits: GATE_FEATURE_BITS,
    settings: { epochs: gateTrainer.EPOCHS, learningRate: gateTrainer.LEARNING_RATE, l2: gateTrainer.L2, keep: gateTrainer.KEEP, uncaughtWeight: gateTrainer.ALLOWED_WEIGHT },
    example: (r, vectorOf) => ({ ...r, x: vectorOf(r) }),
    training: (e, s) => [{ x: e.x, positive: e.mustGate, weight: e.gated ? 1 : s.uncaughtWeight }],
    score: (e, weights, bias) => scoreVector(e.x, weights, bias),
    trainable: (e) => e.eligible && !e.crisis,
    positive: (e) => e.mustGate,
    benign: (e) => !e.mustGate,
    uncaught: (e) => !e.gated,
    alwaysTrain: () => false,
    chooseThreshold: gateTrainer.chooseThreshold,
    count: (es, scores, t) => {
      const [g] = gateTrainer.tally(es, scores, t);
      return g ? [g.mustGate, g.gatedBefore, g.gatedAfter, g.benign, g.needlessBefore, g.needlessAfter] : [0, 0, 0, 0, 0, 0];
    },
    base: gateBase,
    variants: GATE_VARIANTS,
    kinds: { call: (e) => e.view.kind },
  };
}

/** Ranking of the out-of-fold score where the layer can act: positives the rules miss above benign calls they let through. */
function auc<R, E extends Scored>(layer: Layer<R, E>, es: E[], scores: Map<E, number>): number | null {
  const open = es.filter((e) => layer.trainable(e) && layer.uncaught(e));
  const pos = open.filter((e) => layer.positive(e)).map((e) => scores.get(e) ?? 0);
  const neg = open.filter((e) => !layer.positive(e)).map((e) => scores.get(e) ?? 0);
  if (!pos.length || !neg.length) return null;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

interface RunOptions {
  holdout: string[];
  folds: number;
  epochs?: number;
  seed: number;
  out?: string;
  thresholds: HarnessRule[];
  kinds?: string[];
  dumpOof?: string;
  /** Fixed bars to count the held-out groups at, pooled, beside the trainer's rule: what a lower bar would buy and cost. */
  at?: number[];
}

/** The held-out group's counts at one pooled threshold, or summed over kinds at each kind's own. */
function countHeldOut<R, E extends Scored>(layer: Layer<R, E>, es: E[], g: string, scores: Map<E, number>, rule: HarnessRule, kindOf?: (e: E) => string): { counts: number[]; threshold: number | Record<string, number> } {
  const others = es.filter((e) => e.group !== g);
  const mine = es.filter((e) => e.group === g);
  if (rule === 'pooled' || !kindOf) {
    const threshold = layer.chooseThreshold(others, scores);
    return { counts: layer.count(mine, scores, threshold), threshold };
  }
  // Groups always trained on have no out-of-fold score: they neither spend nor set the budget.
  const judged = others
    .filter((e) => !layer.alwaysTrain(e.group))
    .map((e): Judged => ({ kind: kindOf(e), positive: layer.positive(e), open: e.eligible && layer.uncaught(e), benign: layer.benign(e), score: scores.get(e) ?? 0 }));
  const pooledSpend = (): number => {
    const t = layer.chooseThreshold(others, scores);
    return judged.filter((j) => j.open && j.benign && j.score >= t).length;
  };
  const thresholds = rule === 'greedy-at-pooled' ? kindThresholds('greedy', judged, pooledSpend()) : kindThresholds(rule, judged);
  const counts = [0, 0, 0, 0, 0, 0];
  for (const k of new Set(mine.map(kindOf))) {
    layer.count(mine.filter((e) => kindOf(e) === k), scores, thresholdFor({ threshold: 1, thresholds }, k)).forEach((n, i) => (counts[i] += n));
  }
  return { counts, threshold: thresholds };
}

/**
 * Each positive row's out-of-fold score and the threshold its fold would run at: the trainer's rule
 * on the scores of every other fold (for a held-out group, the harness's own threshold).
 */
function dumpOutOfFold<R, E extends Scored>(layer: Layer<R, E>, es: E[], foldOf: Map<string, string>, scores: Map<E, number>, file: string): void {
  const lines: string[] = [];
  for (const f of new Set(foldOf.values())) {
    const threshold = layer.chooseThreshold(es.filter((e) => foldOf.get(e.group) !== f), scores);
    for (const e of es) {
      if (foldOf.get(e.group) !== f || !layer.positive(e)) continue;
      lines.push(JSON.stringify({ id: e.id, group: e.group, fold: f, score: e.eligible ? Number((scores.get(e) ?? 0).toFixed(4)) : null, threshold, caught: !layer.uncaught(e) }));
    }
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** Each author group's fold: a held-out group is its own, the others are dealt round the folds in name order. */
function foldAssignment<R, E extends Scored>(layer: Layer<R, E>, es: E[], o: RunOptions): Map<string, string> {
  const others = [...new Set(es.map((e) => e.group))].filter((g) => !o.holdout.includes(g) && !layer.alwaysTrain(g)).sort();
  const foldOf = new Map<string, string>(others.map((g, i) => [g, `fold${i % o.folds}`]));
  for (const g of o.holdout) foldOf.set(g, g);
  return foldOf;
}

/** One view's examples, and its out-of-fold scores by row index (NaN: not scored), memoized per process: a variant that reuses the shipped view builds and trains it once. */
const examplesMemo = new Map<string, unknown[]>();
const scoresMemo = new Map<string, Float64Array>();

function viewScores<R, E extends Scored>(layer: Layer<R, E>, v: Variant<R>, view: { key: string; vectorOf: (r: R) => SparseVector }, s: TrainSettings, o: RunOptions, member: number): { es: E[]; scores: Float64Array } {
  const examplesKey = JSON.stringify([view.key, v.turns !== false]);
  const es = (examplesMemo.get(examplesKey) as E[] | undefined) ?? layer.rows.map((r) => layer.example(r, view.vectorOf, v));
  examplesMemo.set(examplesKey, es);
  const key = JSON.stringify([examplesKey, s, o.seed, o.folds, o.holdout, member]);
  const hit = scoresMemo.get(key);
  if (hit) return { es, scores: hit };
  const train = (rest: E[]): CompactModel =>
    trainLogistic(
      bootstrap(rest.filter(layer.trainable), o.seed, member).flatMap((e) => layer.training(e, s)),
      { bits: layer.bits, seed: o.seed + member, epochs: s.epochs, learningRate: s.learningRate, l2: s.l2, keep: s.keep },
    );
  const foldOf = foldAssignment(layer, es, o);
  const scores = new Float64Array(es.length).fill(NaN);
  for (const f of new Set(foldOf.values())) {
    const m = train(es.filter((e) => foldOf.get(e.group) !== f));
    const dense = densify(m);
    es.forEach((e, i) => {
      if (foldOf.get(e.group) === f && e.eligible) scores[i] = layer.score(e, dense, m.bias);
    });
  }
  scoresMemo.set(key, scores);
  return { es, scores };
}

function scoreMap<E>(es: E[], scores: Float64Array): Map<E, number> {
  const m = new Map<E, number>();
  es.forEach((e, i) => {
    if (!Number.isNaN(scores[i])) m.set(e, scores[i]);
  });
  return m;
}

/**
 * The held-out group's scores: the variant's view (its members averaged), or with an OR'd second
 * view mapped onto the first at the same needless rate on the other groups' open benign calls.
 */
function evaluate<R, E extends Scored>(layer: Layer<R, E>, v: Variant<R>, o: RunOptions): void {
  const t0 = Date.now();
  const s = { ...layer.settings, ...v.settings, ...(o.epochs ? { epochs: o.epochs } : {}) };
  const shipped = !v.extra && !v.base;
  const first = { key: shipped ? 'shipped' : v.name, vectorOf: (r: R): SparseVector => combine((v.base ?? layer.base)(r), v.extra?.(r), v.share ?? 0) };
  const members = Array.from({ length: v.members ?? 1 }, (_, k) => viewScores(layer, v, first, s, o, k));
  const es = members[0].es;
  const scores = averaged(members.map((m) => m.scores));
  let scoresFor = (_g: string): Map<E, number> => scoreMap(es, scores);
  let secondThreshold = (_g: string, _t: number): string => '';
  if (v.orView) {
    const second = viewScores(layer, v, { key: `${v.name}/second`, vectorOf: v.orView }, s, o, 0).scores;
    const mapFor = (g: string): ((x: number) => number) => {
      const ref = es.map((e, i) => i).filter((i) => es[i].group !== g && !Number.isNaN(scores[i]) && layer.benign(es[i]) && layer.uncaught(es[i]));
      return matchedRate(ref.map((i) => scores[i]), ref.map((i) => second[i]));
    };
    scoresFor = (g) => {
      const map = mapFor(g);
      return scoreMap(es, scores.map((x, i) => Math.max(x, map(second[i]))));
    };
    // The second view's own bar: the lowest of its scores that maps to the threshold (bisection; the map is monotone).
    secondThreshold = (g, t) => {
      const map = mapFor(g);
      let lo = 0;
      let hi = 1;
      for (let i = 0; i < 30; i++) {
        const mid = (lo + hi) / 2;
        if (map(mid) >= t) hi = mid;
        else lo = mid;
      }
      return `/${hi.toFixed(2)}`;
    };
  }
  const took = ((Date.now() - t0) / 1000).toFixed(0);
  if (o.dumpOof) dumpOutOfFold(layer, es, foldAssignment(layer, es, o), scoreMap(es, scores), o.dumpOof);
  const kindNames = o.kinds ?? Object.keys(layer.kinds ?? {}).slice(0, 1);
  const choices = o.thresholds.flatMap((rule): Array<{ rule: HarnessRule; kinds?: string }> => (rule === 'pooled' ? [{ rule }] : kindNames.map((kinds) => ({ rule, kinds }))));
  for (const { rule, kinds } of choices) {
    const kindOf = kinds === undefined ? undefined : layer.kinds?.[kinds];
    if (kinds !== undefined && !kindOf) throw new Error(`unknown kinds ${kinds}: ${Object.keys(layer.kinds ?? {}).join(', ')}`);
    console.log(`\n${v.name}, thresholds ${rule}${kinds ? ` by ${kinds}` : ''} (seed ${o.seed}, epochs ${s.epochs}, keep ${s.keep}, l2 ${s.l2}, uncaught ${s.uncaughtWeight}${v.extra ? `, extra block ${v.share}` : ''}${v.turns === false ? ', whole conversation only' : ''}${v.members ? `, ${v.members} members averaged` : ''}${v.orView ? ', a second view OR\'d (thr first/second)' : ''})  [${took} s]`);
    console.log('group   thr   positives rules -> +layer   benign needless rules -> +layer   AUC (misses vs benign passes)');
    const sum = [0, 0, 0, 0, 0, 0];
    for (const g of o.holdout) {
      const held = scoresFor(g);
      const { counts: c, threshold } = countHeldOut(layer, es, g, held, rule, kindOf);
      c.forEach((n, i) => (sum[i] += n));
      const a = auc(layer, es.filter((e) => e.group === g), held);
      const shown = typeof threshold === 'number' ? `${threshold.toFixed(2)}${secondThreshold(g, threshold)}` : 'kinds';
      console.log(`${g.padEnd(7)} ${shown}  ${String(c[0]).padStart(5)}  ${c[1]} -> ${c[2]} (+${c[2] - c[1]})   ${String(c[3]).padStart(5)}  ${c[4]} -> ${c[5]} (+${c[5] - c[4]})   ${a === null ? '-' : a.toFixed(3)}`);
      if (o.out) appendFileSync(o.out, `${JSON.stringify({ variant: v.name, thresholds: rule, kinds, seed: o.seed, epochs: s.epochs, group: g, threshold, counts: c, auc: a })}\n`);
    }
    console.log(`held-out total: positives ${sum[1]} -> ${sum[2]} of ${sum[0]} (+${sum[2] - sum[1]}), needless ${sum[4]} -> ${sum[5]} of ${sum[3]} (+${sum[5] - sum[4]})`);
  }
  for (const t of o.at ?? []) {
    const sum = [0, 0, 0, 0, 0, 0];
    for (const g of o.holdout) layer.count(es.filter((e) => e.group === g), scoresFor(g), t).forEach((n, i) => (sum[i] += n));
    console.log(`held-out total at ${t.toFixed(2)}: positives ${sum[1]} -> ${sum[2]} of ${sum[0]} (+${sum[2] - sum[1]}), needless ${sum[4]} -> ${sum[5]} of ${sum[3]} (+${sum[5] - sum[4]})`);
  }
}

function main(): void {
  const { values } = parseArgs({
    options: { layer: { type: 'string', default: 'crisis' }, variants: { type: 'string' }, holdout: { type: 'string' }, folds: { type: 'string', default: '4' }, epochs: { type: 'string' }, seed: { type: 'string' }, rows: { type: 'string' }, out: { type: 'string' }, thresholds: { type: 'string', default: 'pooled' }, kinds: { type: 'string' }, 'dump-oof': { type: 'string' }, at: { type: 'string' } },
  });
  const rows = loadRows(values.rows);
  const holdout = values.holdout ? values.holdout.split(',') : DEFAULT_HOLDOUT;
  const run = <R, E extends Scored>(layer: Layer<R, E>): void => {
    const wanted = values.variants ? values.variants.split(',') : layer.variants.map((v) => v.name);
    for (const name of wanted) {
      const v = layer.variants.find((x) => x.name === name);
      if (!v) throw new Error(`unknown variant ${name}: ${layer.variants.map((x) => x.name).join(', ')}`);
      evaluate(layer, v, { holdout, folds: Number(values.folds), epochs: values.epochs ? Number(values.epochs) : undefined, seed: values.seed ? Number(values.seed) : crisisTrainer.SEED, out: values.out, thresholds: values.thresholds.split(',') as HarnessRule[], kinds: values.kinds?.split(','), dumpOof: values['dump-oof'], at: values.at?.split(',').map(Number) });
    }
  };
  if (values.layer === 'gate') run(gateLayer(rows.gate));
  else run(crisisLayer(rows.crisis));
}

main();
