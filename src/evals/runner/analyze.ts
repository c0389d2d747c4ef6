import { pairedBootstrap } from '../stats/bootstrap.js';
import { adjustAcrossEvaluators, comparePaired, verdictOf, verdictText, type Comparison, type Verdict } from '../stats/compare.js';
import { wilsonInterval, type Interval } from '../stats/wilson.js';
import type { Evaluator } from '../evaluators/index.js';
import type { RawRun, Observation } from './run.js';

// Turns raw observations into what a person reads: per contender and evaluator a score with its
// interval, per pair of contenders a paired comparison per evaluator (Holm-adjusted) and a verdict.

interface ScoreSummary {
  evaluator: string;
  binary: boolean;
  n: number;
  mean: number;
  interval: Interval;
  method: 'wilson' | 'bootstrap';
}

export interface ContenderSummary {
  name: string;
  route: string;
  variant?: string;
  calls: number;
  errors: number;
  cached: number;
  latencyMs: { mean: number | null; p50: number | null; p95: number | null };
  tokens: { prompt: number; completion: number; total: number };
  costUsd: number | null;
  scores: ScoreSummary[];
}

export interface PairComparison {
  a: string;
  b: string;
  evaluator: string;
  comparison: Comparison;
  verdict: Verdict;
  text: string;
}

export interface PairVerdict {
  a: string;
  b: string;
  verdict: Verdict | 'mixed';
  text: string;
  neededN: number | null;
}

export interface EvalReport {
  id: string;
  name: string;
  file: string;
  startedAt: string;
  finishedAt: string;
  interrupted: boolean;
  items: number;
  repetitions: number;
  confidence: number;
  seed: number;
  evaluators: Array<{ name: string; type: string; binary: boolean }>;
  contenders: ContenderSummary[];
  comparisons: PairComparison[];
  verdicts: PairVerdict[];
  warnings: string[];
  observations: Observation[];
}

interface AnalyzeInput {
  raw: RawRun;
  name: string;
  file: string;
  contenders: Array<{ name: string; route: string; variant?: string }>;
  evaluators: Evaluator[];
  repetitions: number;
  confidence: number;
  seed: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);

function quantile(sorted: number[], q: number): number | null {
  if (!sorted.length) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

/** item id -> mean score over repetitions, for one contender and evaluator. */
function perItem(obs: Observation[], contender: string, evaluator: string): Map<string, number> {
  const sums = new Map<string, { s: number; n: number }>();
  for (const o of obs) {
    if (o.contender !== contender) continue;
    const sc = o.scores[evaluator];
    if (!sc) continue;
    const cur = sums.get(o.item) ?? { s: 0, n: 0 };
    cur.s += sc.score;
    cur.n++;
    sums.set(o.item, cur);
  }
  return new Map([...sums].map(([k, v]) => [k, v.s / v.n]));
}

export function analyze(input: AnalyzeInput): EvalReport {
  const { raw, evaluators, confidence, seed } = input;
  const obs = raw.observations;
  const warnings: string[] = [];
  if (raw.interrupted) warnings.push(`interrupted after ${obs.length} of ${raw.total} calls; re-run the same command to resume from the cache`);
  // Pass/fail statistics need one pass/fail per item; with repetitions the per-item pass rate is a float.
  const binaryOf = (ev: Evaluator) => input.repetitions === 1 && obs.every((o) => !o.scores[ev.name] || o.scores[ev.name].pass !== undefined);
  const itemIds = [...new Set(obs.map((o) => o.item))];

  const contenders: ContenderSummary[] = input.contenders.map((c) => {
    const mine = obs.filter((o) => o.contender === c.name);
    const lat = mine.flatMap((o) => (o.latencyMs === null || o.cached ? [] : [o.latencyMs])).sort((x, y) => x - y);
    const costs = mine.map((o) => o.costUsd).filter((x): x is number => x !== null);
    const tokens = { prompt: 0, completion: 0, total: 0 };
    for (const o of mine) {
      tokens.prompt += o.usage?.prompt_tokens ?? 0;
      tokens.completion += o.usage?.completion_tokens ?? 0;
      tokens.total += o.usage?.total_tokens ?? 0;
    }
    const scores = evaluators.map((ev): ScoreSummary => {
      const binary = binaryOf(ev);
      const items = [...perItem(obs, c.name, ev.name).values()];
      if (binary) {
        const passes = items.filter((x) => x >= 1).length;
        return { evaluator: ev.name, binary, n: items.length, mean: mean(items), interval: wilsonInterval(passes, items.length, confidence), method: 'wilson' };
      }
      const b = pairedBootstrap(items, items.map(() => 0), { seed, confidence });
      return { evaluator: ev.name, binary, n: items.length, mean: mean(items), interval: { estimate: b.estimate, lower: b.lower, upper: b.upper }, method: 'bootstrap' };
    });
    return {
      name: c.name, route: c.route, variant: c.variant, calls: mine.length, errors: mine.filter((o) => !o.ok).length, cached: mine.filter((o) => o.cached).length,
      latencyMs: { mean: lat.length ? mean(lat) : null, p50: quantile(lat, 0.5), p95: quantile(lat, 0.95) },
      tokens, costUsd: costs.length ? costs.reduce((s, x) => s + x, 0) : null, scores,
    };
  });

  const comparisons: PairComparison[] = [];
  const verdicts: PairVerdict[] = [];
  for (let i = 0; i < input.contenders.length; i++) {
    for (let j = i + 1; j < input.contenders.length; j++) {
      const a = input.contenders[i].name;
      const b = input.contenders[j].name;
      const pair: PairComparison[] = evaluators.map((ev) => {
        const ma = perItem(obs, a, ev.name);
        const mb = perItem(obs, b, ev.name);
        const common = itemIds.filter((id) => ma.has(id) && mb.has(id));
        const comparison = comparePaired(common.map((id) => ma.get(id)!), common.map((id) => mb.get(id)!), { binary: binaryOf(ev), seed, confidence });
        return { a, b, evaluator: ev.name, comparison, verdict: 'none', text: '' };
      });
      adjustAcrossEvaluators(pair.map((p) => p.comparison));
      const alpha = 1 - confidence;
      for (const p of pair) {
        p.verdict = verdictOf(p.comparison, alpha);
        p.text = verdictText(p.comparison, a, b, alpha);
      }
      comparisons.push(...pair);
      verdicts.push(overall(a, b, pair));
    }
  }
  for (const c of comparisons) for (const w of c.comparison.warnings) warnings.push(`${c.a} vs ${c.b}, ${c.evaluator}: ${w}`);

  return {
    id: raw.id, name: input.name, file: input.file, startedAt: raw.startedAt, finishedAt: raw.finishedAt, interrupted: raw.interrupted,
    items: itemIds.length, repetitions: input.repetitions, confidence, seed,
    evaluators: evaluators.map((e) => ({ name: e.name, type: e.type, binary: binaryOf(e) })),
    contenders, comparisons, verdicts, warnings, observations: obs,
  };
}

function overall(a: string, b: string, pair: PairComparison[]): PairVerdict {
  const forA = pair.filter((p) => p.verdict === 'A').map((p) => p.evaluator);
  const forB = pair.filter((p) => p.verdict === 'B').map((p) => p.evaluator);
  const needs = pair.map((p) => p.comparison.neededN).filter((n): n is number => n !== null);
  const neededN = needs.length ? Math.min(...needs) : null;
  if (forA.length && forB.length) return { a, b, verdict: 'mixed', text: `mixed: ${a} better on ${forA.join(', ')}; ${b} better on ${forB.join(', ')}`, neededN };
  if (forA.length) return { a, b, verdict: 'A', text: `${a} better than ${b} (on ${forA.join(', ')})`, neededN };
  if (forB.length) return { a, b, verdict: 'B', text: `${b} better than ${a} (on ${forB.join(', ')})`, neededN };
  const n = pair[0]?.comparison.n ?? 0;
  const need = neededN === null ? 'no difference was observed at all' : neededN > n ? `about ${neededN} items would be needed to detect the observed difference` : 'the observed differences are within noise';
  return { a, b, verdict: 'none', text: `no significant difference between ${a} and ${b} at n=${n} (${need})`, neededN };
}
