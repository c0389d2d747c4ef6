import { formatP } from '../evals/stats/compare.js';
import type { EvalReport, PairComparison } from '../evals/runner/analyze.js';
import type { EvalItem } from '../evals/types.js';
import type { Scorer, ScoredVariant } from './scorer.js';

// The gate between an optimizer and live traffic: the candidate and the current variant answer
// the same held-out items, and the suite's paired test (McNemar for pass/fail, paired bootstrap
// for scores, Holm across evaluators) decides. A candidate passes when no evaluator finds it
// significantly worse and none has it behind on the point estimate; `requireBetter` also asks for
// at least one significant improvement.

interface GateDecision {
  pass: boolean;
  reason: string;
  comparisons: Array<{ evaluator: string; candidate: number; control: number; difference: number; lower: number; upper: number; p: number; test: string; verdict: 'candidate' | 'control' | 'none'; n: number }>;
}

function gate(report: EvalReport, candidate: string, control: string, requireBetter = false): GateDecision {
  const pairs = report.comparisons.filter((c) => (c.a === candidate && c.b === control) || (c.a === control && c.b === candidate));
  const comparisons = pairs.map((p) => row(p, candidate));
  const failedCalls = report.contenders.reduce((n, c) => n + c.errors, 0);
  if (comparisons.length === 0 || comparisons.every((c) => c.n === 0)) return { pass: false, reason: 'no paired items were scored', comparisons };
  const worse = comparisons.filter((c) => c.verdict === 'control');
  const behind = comparisons.filter((c) => c.verdict === 'none' && c.difference < 0);
  const better = comparisons.filter((c) => c.verdict === 'candidate');
  const fmt = (c: GateDecision['comparisons'][number]) => `${c.evaluator}: ${pct(c.candidate)} vs ${pct(c.control)} (difference ${signed(c.difference)}, ${Math.round(report.confidence * 100)}% CI ${signed(c.lower)}..${signed(c.upper)}, ${c.test} p=${formatP(c.p)}, n=${c.n})`;
  const calls = failedCalls ? `; ${failedCalls} calls failed and scored 0` : '';
  if (worse.length) return { pass: false, reason: `candidate is significantly worse: ${worse.map(fmt).join('; ')}${calls}`, comparisons };
  if (behind.length) return { pass: false, reason: `candidate is behind (not significantly, but not "not worse"): ${behind.map(fmt).join('; ')}${calls}`, comparisons };
  if (requireBetter && !better.length) return { pass: false, reason: `no significant improvement (required): ${comparisons.map(fmt).join('; ')}${calls}`, comparisons };
  return { pass: true, reason: `${better.length ? 'candidate is significantly better' : 'candidate is not worse'}: ${comparisons.map(fmt).join('; ')}${calls}`, comparisons };
}

function row(p: PairComparison, candidate: string): GateDecision['comparisons'][number] {
  const flip = p.a !== candidate;
  const c = p.comparison;
  const d = c.difference;
  const verdict = p.verdict === 'none' ? 'none' : (p.verdict === 'A') !== flip ? 'candidate' : 'control';
  return {
    evaluator: p.evaluator, n: c.n, test: c.test, p: c.adjustedP, verdict,
    candidate: flip ? c.meanB : c.meanA, control: flip ? c.meanA : c.meanB,
    difference: flip ? -d.estimate : d.estimate, lower: flip ? -d.upper : d.lower, upper: flip ? -d.lower : d.upper,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const signed = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}pp`;

export async function evaluateOffline(scorer: Scorer, name: string, candidate: ScoredVariant, control: ScoredVariant, items: EvalItem[], opts: { requireBetter?: boolean; onProgress?: (d: number, t: number) => void } = {}): Promise<{ report: EvalReport; decision: GateDecision }> {
  const report = await scorer.score(name, [candidate, control], items, opts.onProgress);
  return { report, decision: gate(report, candidate.name, control.name, opts.requireBetter) };
}
