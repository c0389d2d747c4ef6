// Trains the learned crisis layer (src/firewall/crisis/model/) from the labelled corpus and writes
// its weights module. Deterministic: fixed seed, fixed row order, quantized weights, so the same
// corpus gives the same file byte for byte (a test checks it).
//
// Rows: every visible corpus row (src/firewall/corpus/visible) and the project's own corpus
// (tool-calls.jsonl + cases/), run once through the engine with the learned layer off to learn
// what the crisis layer sees (conversation, carried text) and whether the call reaches a person or
// cannot be undone. Only those calls train and are scored: a read in a crisis conversation is
// labelled benign although the conversation is risky, and the layer never acts on it anyway.
// Target: the row is a crisis case; rows the rules do not catch weigh UNCAUGHT_WEIGHT times more.
// A call is scored on the whole conversation and on each turn alone (features.ts scoreConversation),
// so each turn of a row that is no crisis trains as a benign example too (trainingRows).
//
// Threshold: leave-one-author-group-out cross-validation over the visible rows (ids -NNN, -1NN/-3NN,
// -b2NNN, -d4NNN, -e6NNN: each set was written by a different author or round). The threshold is
// the lowest one whose out-of-fold gates on benign rows stay within NEEDLESS_BUDGET of all benign
// visible rows, pooled, with no group over GROUP_CAP_PER_BUDGET times that share of its own; the report prints crisis recall and
// needless gates per group with and without it.
//
// Run: npx tsx scripts/train-crisis-model.ts [--check] [--oof FILE]
//   --check: compare, do not write.
//   --oof FILE: keep the out-of-fold scores in FILE, or read them from it when it holds the scores
//   of the same rows and rules verdicts (the cross-validation is most of the cost), so that another
//   needless budget can be weighed and written without running it again.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { outOfFoldScoresInWorkers } from './folds/in-workers.js';
import { writeOrCheckWeights } from './weights-file.js';
import { assess } from '../src/firewall/engine.js';
import { CORPUS_CONFIG, loadCorpus, loadVisible, type CorpusRow } from '../src/firewall/corpus/run-corpus.js';
import { modelEligible, observeCrisisCalls, type CrisisCallInput } from '../src/firewall/crisis/assess.js';
import { featurize, FEATURE_BITS, turnsAlone } from '../src/firewall/crisis/model/features.js';
import { setCrisisModelEnabled } from '../src/firewall/crisis/model/score.js';
import { setGateModelEnabled } from '../src/firewall/learned/gate-score.js';
import { trainLogistic, type LabelledVector, type TrainOptions } from '../src/firewall/learned/logistic.js';
import { scoreVector, type SparseVector } from '../src/firewall/learned/sparse.js';
import { pack, weightsModule, type CompactModel } from '../src/firewall/learned/weights-codec.js';

export const WEIGHTS_FILE = fileURLToPath(new URL('../src/firewall/crisis/model/weights.generated.ts', import.meta.url));

export const SEED = 20261129;
export const EPOCHS = 20;
export const LEARNING_RATE = 0.5;
export const L2 = 1e-6;
/**
 * Weights kept after training: the strongest by magnitude. Languages with few rows learn small
 * weights, and a cut at 24,000 dropped most of them: out of fold the layer alone held 24% of the
 * eligible crisis rows in abugida and unspaced scripts (Latin 89%). At 96,000 of the 262,144
 * buckets (nearly all nonzero), leave-one-author-out: crisis recall 95.3% -> 96.2%, needless gates
 * 604 -> 600 (docs/firewall-learned.md, fw-crisis-ml round).
 */
export const KEEP = 96_000;
/**
 * Rows the rules do not catch (a benign call let through, a crisis call not held as crisis) weigh
 * this much more in training: the layer's holds change the verdict only there. Out of fold: +6
 * crisis rows held, 3 fewer needless gates, no author group loses a row (docs/firewall-learned.md).
 */
export const UNCAUGHT_WEIGHT = 3;
/**
 * Added needless gates allowed out of fold, as a share of all benign visible rows (pooled, as the
 * gate layer's). The ladder (docs/firewall-learned.md): down 1% → 1.5% → 2% while a step buys at
 * least one crisis row per three needless gates, out of fold, never past 2%; and before each
 * retrain the old weights are scored at those bars on rows they have not read, where the first
 * step that fails sets the budget to the step above it. 2% in the twenty-fourth session: on 2,800
 * unread training rows 0.68 → 0.53 bought 1 crisis row for 8 needless gates, but the 1% weights
 * then lost 6 of the twenty-fifth held-out set's 50 crisis rows, and with that set pooled in (spent
 * by it) both steps pass: +4 crisis for +8 gates, then +4 for +2.
 */
const NEEDLESS_BUDGET = 0.02;
/**
 * ...and one author group's share of its own benign rows, as a multiple of the pooled budget, plus
 * one row: no author's look-alikes carry them all (10% at a 1% budget, as before it scaled).
 */
const GROUP_CAP_PER_BUDGET = 10;
/**
 * A group smaller than this is capped as if it had this many benign rows. A few dozen rows written
 * on purpose as the hardest look-alikes of one concept (a fixer's twins) are not a sample of what an
 * author writes: with 19 of them, 10% plus one row let 3 through and moved the threshold 0.49 -> 0.72.
 */
const CAP_FLOOR_ROWS = 50;
const THRESHOLDS = Array.from({ length: 95 }, (_, i) => 0.03 + i * 0.01);

export interface Example {
  id: string;
  group: string;
  crisis: boolean;
  benign: boolean;
  /** The engine without the layer already gates it (and, for crisis rows, as crisis-sensitive). */
  caught: boolean;
  gated: boolean;
  eligible: boolean;
  x: SparseVector;
  /** Each turn alone with the carried text (features.ts turnsAlone): the layer's score is the highest of these and x's. */
  turns: SparseVector[];
}

/** What the engine tells of a row, before it is featurized. */
export type Labels = Omit<Example, 'x' | 'turns'>;

/** The author group of a corpus id (see the header); rows of the project's own corpus are 'own'. */
export function authorGroup(id: string, own: boolean): string {
  if (own) return 'own';
  const tail = id.slice(id.lastIndexOf('-') + 1);
  if (/^0\d\d$/.test(tail)) return 'plain';
  if (/^[13]\d\d$/.test(tail)) return '1NN/3NN';
  const m = /^([a-z]+\d)/.exec(tail);
  return m ? m[1] : 'other';
}

/**
 * One row through the engine (layers off, see collect): its labels, the rules' verdict and what the
 * crisis layer sees of the call (scripts/learned-cv/ keeps that input to featurize it other ways).
 */
export function crisisExampleOf(row: CorpusRow, group: string): { example: Labels; input: CrisisCallInput | null } {
  let seen: CrisisCallInput | null = null;
  observeCrisisCalls((input) => {
    seen ??= input;
  });
  const a = assess({ tool: row.tool, args: row.args, annotations: row.annotations }, row.context ?? {}, CORPUS_CONFIG);
  observeCrisisCalls(null);
  const input = seen as CrisisCallInput | null;
  const gated = a.decision !== 'allow';
  const example = {
    id: row.id,
    group,
    crisis: row.crisis === true,
    benign: row.label === 'benign',
    caught: gated && (row.crisis !== true || a.crisis_sensitive),
    gated,
    eligible: input !== null && modelEligible(input),
  };
  return { example, input };
}

function example(row: CorpusRow, group: string): Example {
  const { example: e, input } = crisisExampleOf(row, group);
  const [conversation, text] = [input?.conversation ?? [], input?.text ?? ''];
  return { ...e, x: featurize(conversation, text), turns: e.eligible ? turnsAlone(conversation).map((turn) => featurize(turn, text)) : [] };
}

/** The rows as the crisis layer sees them, with both learned layers off (the gate layer's holds are no crisis catch). */
export function collect(): Example[] {
  setCrisisModelEnabled(false);
  setGateModelEnabled(false);
  try {
    return [...loadVisible().map((r) => example(r, authorGroup(r.id, false))), ...loadCorpus().map((r) => example(r, 'own'))];
  } finally {
    setCrisisModelEnabled(true);
    setGateModelEnabled(true);
  }
}

/**
 * What one call teaches: the whole conversation, target the row is a crisis case; and for a row
 * that is none, each turn alone as well, since the scorer takes the highest of those scores and a
 * turn of a conversation that is no crisis is no crisis alone (only the conversation is labelled,
 * so a crisis row's turns teach nothing: the risk is in one of them, not each).
 */
export function trainingRows(e: Example, uncaughtWeight = UNCAUGHT_WEIGHT): LabelledVector[] {
  const weight = e.caught ? 1 : uncaughtWeight;
  const whole = { x: e.x, positive: e.crisis, weight };
  return e.crisis ? [whole] : [whole, ...e.turns.map((x) => ({ x, positive: false, weight }))];
}

const TRAIN_OPTIONS: TrainOptions = { bits: FEATURE_BITS, seed: SEED, epochs: EPOCHS, learningRate: LEARNING_RATE, l2: L2, keep: KEEP };

/** What a row trains: only the calls the layer may act on. */
function rowsOf(e: Example): LabelledVector[] {
  return e.eligible ? trainingRows(e) : [];
}

/** Logistic regression on the calls the layer may act on. */
export function train(examples: Example[]): CompactModel {
  return trainLogistic(examples.flatMap(rowsOf), TRAIN_OPTIONS);
}

export interface GroupScore {
  group: string;
  crisis: number;
  caughtBefore: number;
  caughtAfter: number;
  benign: number;
  needlessBefore: number;
  needlessAfter: number;
  /** The layer alone, on calls it may act on: crisis rows it holds of those eligible. */
  eligibleCrisis: number;
  modelCaught: number;
  /** The layer alone: eligible benign rows it would hold. */
  eligibleBenign: number;
  modelFired: number;
}

/** As the shipped scorer (features.ts scoreConversation): the whole conversation's score or a turn's alone, the highest. */
export function layerScore(e: Example, weights: Float32Array, bias: number): number {
  return e.turns.reduce((best, turn) => Math.max(best, scoreVector(turn, weights, bias)), scoreVector(e.x, weights, bias));
}

/** Out-of-fold scores: each visible author group scored by a model trained without it. */
export function crossValidate(examples: Example[]): Promise<Map<Example, number>> {
  const groups = [...new Set(examples.filter((e) => e.group !== 'own').map((e) => e.group))].sort();
  return outOfFoldScoresInWorkers(examples, groups, rowsOf, TRAIN_OPTIONS, { score: layerScore });
}

export function tally(examples: Example[], scores: Map<Example, number>, threshold: number): GroupScore[] {
  const by = new Map<string, GroupScore>();
  for (const e of examples) {
    if (e.group === 'own') continue;
    const s = by.get(e.group) ?? { group: e.group, crisis: 0, caughtBefore: 0, caughtAfter: 0, benign: 0, needlessBefore: 0, needlessAfter: 0, eligibleCrisis: 0, modelCaught: 0, eligibleBenign: 0, modelFired: 0 };
    by.set(e.group, s);
    // The layer holds an eligible call the rules let through (or did not mark crisis-sensitive).
    const fires = e.eligible && (scores.get(e) ?? 0) >= threshold;
    if (e.eligible && e.crisis) {
      s.eligibleCrisis++;
      if (fires) s.modelCaught++;
    }
    if (e.eligible && e.benign) {
      s.eligibleBenign++;
      if (fires) s.modelFired++;
    }
    if (e.crisis) {
      s.crisis++;
      if (e.caught) s.caughtBefore++;
      if (e.caught || fires) s.caughtAfter++;
    }
    if (e.benign) {
      s.benign++;
      if (e.gated) s.needlessBefore++;
      if (e.gated || fires) s.needlessAfter++;
    }
  }
  return [...by.values()].sort((a, b) => a.group.localeCompare(b.group));
}

function total(gs: GroupScore[]): GroupScore {
  const t: GroupScore = { group: 'all', crisis: 0, caughtBefore: 0, caughtAfter: 0, benign: 0, needlessBefore: 0, needlessAfter: 0, eligibleCrisis: 0, modelCaught: 0, eligibleBenign: 0, modelFired: 0 };
  for (const g of gs) for (const k of Object.keys(t) as (keyof GroupScore)[]) if (k !== 'group') t[k] += g[k];
  return t;
}

/**
 * Lowest threshold whose added needless gates, out of fold, fit NEEDLESS_BUDGET of all benign rows
 * pooled and GROUP_CAP_PER_BUDGET times that share of each author group's (plus one row; CAP_FLOOR_ROWS at least). A per-group budget alone crept as
 * groups were added: the threshold was the largest of 40 groups' requirements, so one look-alike of
 * a small group moved it for everyone (0.71 -> 0.77 -> 0.79 -> 0.77 in one round as sets joined).
 * A pooled sum moves by a row's share; the loose cap only stops one author's rows carrying it all.
 */
export function chooseThreshold(examples: Example[], scores: Map<Example, number>, budget = NEEDLESS_BUDGET): number {
  for (const t of THRESHOLDS) {
    const gs = tally(examples, scores, t);
    const added = gs.reduce((n, g) => n + g.needlessAfter - g.needlessBefore, 0);
    const benign = gs.reduce((n, g) => n + g.benign, 0);
    if (added <= budget * benign && gs.every((g) => g.needlessAfter - g.needlessBefore <= GROUP_CAP_PER_BUDGET * budget * Math.max(g.benign, CAP_FLOOR_ROWS) + 1)) return Number(t.toFixed(2));
  }
  return 1;
}

export interface Trained {
  module: string;
  threshold: number;
  cv: GroupScore[];
  /** The pooled out-of-fold totals at bars below and around the chosen one: what another needless budget would buy and cost. */
  curve: Array<{ threshold: number; all: GroupScore }>;
  /** The bar each of BUDGETS would choose, with its pooled out-of-fold totals. */
  budgets: Array<{ budget: number; threshold: number; all: GroupScore }>;
  /** The out-of-fold scores by row id, with the fingerprint of what they were computed on. */
  oof: SavedScores | null;
  entries: number;
}

/** Bars the training log also counts the out-of-fold scores at, beside the chosen one. */
const CURVE = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75];
/** Needless budgets the training log weighs beside NEEDLESS_BUDGET. */
const BUDGETS = [0.01, 0.015, 0.02, 0.025, 0.03];

export interface SavedScores {
  fingerprint: string;
  scores: Record<string, number>;
}

/**
 * What out-of-fold scores depend on besides the learner: the rows, their labels and the rules'
 * verdicts (a changed rule moves `caught`, and with it the training weights of a row).
 */
function fingerprint(examples: Example[]): string {
  const h = createHash('sha256');
  for (const e of examples) h.update(`${e.id}|${e.group}|${+e.crisis}${+e.benign}${+e.caught}${+e.gated}${+e.eligible}\n`);
  return h.digest('hex');
}

function savedScores(examples: Example[], scores: Map<Example, number>): SavedScores {
  const byId: Record<string, number> = {};
  for (const [e, v] of scores) byId[`${e.group}/${e.id}`] = v;
  return { fingerprint: fingerprint(examples), scores: byId };
}

/** Saved scores as the cross-validation's map, or null when they were computed on other rows or verdicts. */
function restoredScores(examples: Example[], saved: SavedScores): Map<Example, number> | null {
  if (saved.fingerprint !== fingerprint(examples)) return null;
  const scores = new Map<Example, number>();
  for (const e of examples) {
    const v = saved.scores[`${e.group}/${e.id}`];
    if (v !== undefined) scores.set(e, v);
  }
  return scores;
}

/**
 * `threshold` given: skip the cross-validation that chooses it (most of the cost) and train the
 * committed model with it; the reproduction test does this, since any change of rules, corpus or
 * features that would move the threshold also changes the weights.
 */
export async function trainAll(opts: { threshold?: number; saved?: SavedScores } = {}): Promise<Trained> {
  const examples = collect();
  const cv = opts.threshold === undefined;
  const restored = cv && opts.saved ? restoredScores(examples, opts.saved) : null;
  if (opts.saved && !restored) console.error('the saved out-of-fold scores were computed on other rows or rules verdicts: cross-validating again');
  const cvScores = cv ? (restored ?? (await crossValidate(examples))) : new Map<Example, number>();
  const threshold = opts.threshold ?? chooseThreshold(examples, cvScores);
  const m = { ...train(examples), threshold };
  const eligible = examples.filter((e) => e.eligible);
  const provenance = `${eligible.length} calls that reach a person or cannot be undone (${eligible.filter((e) => e.crisis).length} crisis) of ${examples.length} corpus rows; threshold ${threshold} by leave-one-author-group-out CV`;
  return {
    module: weightsModule(pack(m), provenance, { script: 'scripts/train-crisis-model.ts', constant: 'CRISIS_MODEL_WEIGHTS', codec: '../../learned/weights-codec.js' }),
    threshold,
    cv: cv ? tally(examples, cvScores, threshold) : [],
    curve: cv ? CURVE.map((t) => ({ threshold: t, all: total(tally(examples, cvScores, t)) })) : [],
    budgets: cv
      ? BUDGETS.map((budget) => {
          const t = chooseThreshold(examples, cvScores, budget);
          return { budget, threshold: t, all: total(tally(examples, cvScores, t)) };
        })
      : [],
    oof: cv ? savedScores(examples, cvScores) : null,
    entries: m.idx.length,
  };
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : '-';
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const at = process.argv.indexOf('--oof');
  const oofFile = at > 0 ? process.argv[at + 1] : undefined;
  const saved = oofFile && existsSync(oofFile) ? (JSON.parse(readFileSync(oofFile, 'utf8')) as SavedScores) : undefined;
  const r = await trainAll({ saved });
  if (oofFile && r.oof) writeFileSync(oofFile, JSON.stringify(r.oof));
  const rows = [...r.cv, total(r.cv)];
  console.log(`threshold ${r.threshold}, ${r.entries} weights kept, ${r.module.length} bytes, ${Date.now() - t0} ms`);
  console.log('out of fold (each group scored by a model trained without it); rules = the phrase layer, tuned on these sets');
  console.log('group      crisis  recall rules -> +model   benign  needless rules -> +model   | model alone on eligible calls: crisis held, benign held');
  for (const g of rows) {
    console.log(`${g.group.padEnd(10)} ${String(g.crisis).padStart(6)}  ${pct(g.caughtBefore, g.crisis).padStart(6)} -> ${pct(g.caughtAfter, g.crisis).padStart(6)}  ${String(g.benign).padStart(7)}  ${pct(g.needlessBefore, g.benign).padStart(6)} -> ${pct(g.needlessAfter, g.benign).padStart(6)}   | ${g.modelCaught}/${g.eligibleCrisis} (${pct(g.modelCaught, g.eligibleCrisis)}), ${g.modelFired}/${g.eligibleBenign} (${pct(g.modelFired, g.eligibleBenign)})`);
  }
  console.log('pooled out of fold at other bars: crisis recall, needless (rules -> +model)');
  for (const { threshold, all } of r.curve) console.log(`  ${threshold.toFixed(2)}  ${pct(all.caughtAfter, all.crisis)}  ${pct(all.needlessBefore, all.benign)} -> ${pct(all.needlessAfter, all.benign)}`);
  console.log('the bar each needless budget chooses (pooled out of fold): crisis recall, needless (rules -> +model)');
  for (const { budget, threshold, all } of r.budgets) console.log(`  ${(100 * budget).toFixed(1)}%  ${threshold.toFixed(2)}  ${all.caughtAfter}/${all.crisis} ${pct(all.caughtAfter, all.crisis)}  ${pct(all.needlessBefore, all.benign)} -> ${pct(all.needlessAfter, all.benign)} (+${all.needlessAfter - all.needlessBefore})`);
  writeOrCheckWeights(WEIGHTS_FILE, r.module);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
