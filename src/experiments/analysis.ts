import type { ExperimentFeedback, ExperimentSample } from '../store/experiment-types.js';
import {
  addFeedback, addSample, emptyArm, errorUnits, fallbackUnits, logLatencyUnits, logTtftUnits, mean, percentile, ratioEstimate,
  type ArmData, type RatioEstimate,
} from './arms.js';
import { confidenceSequence, mixtureLikelihoodRatio, type Interval } from './sequential.js';

// Compares a candidate arm with the control arm. Guardrails (error rate, latency, time to first
// token) are one-sided non-inferiority tests with always-valid confidence sequences: a breach means
// "confidently worse than the limit", clear means "confidently within it". The error budget α is
// split evenly over the guardrails, so the chance of any false rollback stays at or under α.

export interface AnalysisSettings {
  alpha: number;
  max_error_rate_ratio: number;
  max_latency_ratio: number;
  error_rate_tolerance: number;
  srm_alpha: number;
}

interface AnalysisInput {
  candidate: string;
  control: string;
  /** The candidate's expected share of (candidate + control) units under the current weights. */
  expectedShare: number;
  samples: readonly ExperimentSample[];
  feedback?: readonly ExperimentFeedback[];
  settings: AnalysisSettings;
}

export type GuardrailVerdict = 'breach' | 'clear' | 'inconclusive' | 'insufficient' | 'not_applicable';

export interface GuardrailResult {
  metric: 'error_rate' | 'latency' | 'ttft';
  verdict: GuardrailVerdict;
  candidate: number | null;
  control: number | null;
  /** The tested quantity: candidate - limit(control), on the metric's scale (> 0 means worse than allowed). */
  margin: Interval | null;
  limit: string;
  summary: string;
}

export interface ArmSummary {
  variant: string;
  sessions: number;
  requests: number;
  error_rate: Interval | null;
  fallback_rate: Interval | null;
  latency_ms: { p50: number | null; p95: number | null; mean: number | null };
  ttft_ms: { p50: number | null; p95: number | null };
  tokens: { prompt_mean: number | null; completion_mean: number | null };
  cost_usd: { total: number; per_request: number | null };
  feedback: Record<string, { n: number; mean: number; lower: number; upper: number }>;
}

export interface SrmResult {
  verdict: 'ok' | 'mismatch' | 'insufficient';
  expected_share: number;
  observed_share: number | null;
  units: number;
  likelihood_ratio: number;
  summary: string;
}

export interface Analysis {
  arms: { candidate: ArmSummary; control: ArmSummary };
  guardrails: GuardrailResult[];
  srm: SrmResult;
  /** Candidate minus control for each feedback metric both arms have. */
  feedback: Record<string, Interval>;
}

/** Guardrails share α (Bonferroni); a fixed count, so the split never changes while a step runs. */
const GUARDRAIL_COUNT = 3;
/** Mixing scales τ: the effect size each test is most sensitive to. */
const TAU = { error_rate: 0.05, log_latency: 0.2, srm: 0.05, arm_rate: 0.05 } as const;
/** Below these the normal approximation is not trusted and a guardrail says "insufficient". */
const MIN_UNITS_PER_ARM = 10;
const MIN_REQUESTS_PER_ARM = 20;
const MIN_SRM_UNITS = 30;

export function analyze(input: AnalysisInput): Analysis {
  const { cand, ctrl } = split(input);
  const s = input.settings;
  return {
    arms: { candidate: summarize(cand, s.alpha), control: summarize(ctrl, s.alpha) },
    ...checks(cand, ctrl, input),
    feedback: feedbackDifferences(cand, ctrl, s.alpha),
  };
}

/** Only what decisions need (guardrails and the sample-ratio check): cheap enough to run at every look of a simulation. */
export function evaluateGuardrails(input: AnalysisInput): Pick<Analysis, 'guardrails' | 'srm'> {
  const { cand, ctrl } = split(input);
  return checks(cand, ctrl, input);
}

function checks(cand: ArmData, ctrl: ArmData, input: AnalysisInput): Pick<Analysis, 'guardrails' | 'srm'> {
  const s = input.settings;
  const a = s.alpha / GUARDRAIL_COUNT;
  return {
    guardrails: [errorGuardrail(cand, ctrl, s, a), logGuardrail('latency', logLatencyUnits, cand, ctrl, s.max_latency_ratio, a), logGuardrail('ttft', logTtftUnits, cand, ctrl, s.max_latency_ratio, a)],
    srm: srmCheck(cand.units.size, ctrl.units.size, input.expectedShare, s.srm_alpha),
  };
}

function split(input: AnalysisInput): { cand: ArmData; ctrl: ArmData } {
  const cand = emptyArm(input.candidate);
  const ctrl = emptyArm(input.control);
  for (const s of input.samples) {
    if (s.variant === input.candidate) addSample(cand, s);
    else if (s.variant === input.control) addSample(ctrl, s);
  }
  for (const f of input.feedback ?? []) {
    if (f.variant === input.candidate) addFeedback(cand, f);
    else if (f.variant === input.control) addFeedback(ctrl, f);
  }
  return { cand, ctrl };
}

const enough = (e: RatioEstimate) => e.units >= MIN_UNITS_PER_ARM && e.n >= MIN_REQUESTS_PER_ARM && Number.isFinite(e.variance);

/** A rate's variance, floored by a binomial variance with half a pseudo-event so 0 errors is not certainty. */
function rateVariance(e: RatioEstimate): number {
  const p = (e.mean * e.n + 0.5) / (e.n + 1);
  return Math.max(e.variance, (p * (1 - p)) / e.n);
}

function verdictOf(margin: Interval): GuardrailVerdict {
  return margin.lower > 0 ? 'breach' : margin.upper < 0 ? 'clear' : 'inconclusive';
}

function errorGuardrail(cand: ArmData, ctrl: ArmData, s: AnalysisSettings, alpha: number): GuardrailResult {
  const c = ratioEstimate(errorUnits(cand));
  const o = ratioEstimate(errorUnits(ctrl));
  const r = s.max_error_rate_ratio;
  const limit = `candidate error rate <= ${r} x control + ${s.error_rate_tolerance}`;
  if (!enough(c) || !enough(o)) {
    return { metric: 'error_rate', verdict: 'insufficient', candidate: nanToNull(c.mean), control: nanToNull(o.mean), margin: null, limit, summary: `error rate: too few sessions (candidate ${c.units}, control ${o.units}; need ${MIN_UNITS_PER_ARM} and ${MIN_REQUESTS_PER_ARM} requests each)` };
  }
  const theta = c.mean - r * o.mean - s.error_rate_tolerance;
  const margin = confidenceSequence(theta, rateVariance(c) + r * r * rateVariance(o), TAU.error_rate, alpha);
  const verdict = verdictOf(margin);
  const word = verdict === 'breach' ? 'exceeds' : verdict === 'clear' ? 'is within' : 'is not yet distinguishable from';
  return {
    metric: 'error_rate', verdict, candidate: c.mean, control: o.mean, margin, limit,
    summary: `error rate ${pct(c.mean)} (candidate, ${c.n} requests) vs ${pct(o.mean)} (control, ${o.n}) ${word} the limit ${r}x + ${pct(s.error_rate_tolerance)}; margin ${fmtInterval(margin, pct)}`,
  };
}

function logGuardrail(metric: 'latency' | 'ttft', unitsOf: (a: ArmData) => { y: number; m: number }[], cand: ArmData, ctrl: ArmData, ratio: number, alpha: number): GuardrailResult {
  const c = ratioEstimate(unitsOf(cand));
  const o = ratioEstimate(unitsOf(ctrl));
  const label = metric === 'latency' ? 'latency' : 'time to first token';
  const limit = `candidate geometric-mean ${label} <= ${ratio} x control`;
  if (c.n === 0 && o.n === 0) {
    return { metric, verdict: 'not_applicable', candidate: null, control: null, margin: null, limit, summary: `${label}: no samples in either arm` };
  }
  if (!enough(c) || !enough(o)) {
    return { metric, verdict: 'insufficient', candidate: expOrNull(c.mean), control: expOrNull(o.mean), margin: null, limit, summary: `${label}: too few samples (candidate ${c.n}, control ${o.n})` };
  }
  // A floor of (1% jitter)² per request keeps identical fixed latencies from claiming certainty.
  const v = Math.max(c.variance, 1e-4 / c.n) + Math.max(o.variance, 1e-4 / o.n);
  const margin = confidenceSequence(c.mean - o.mean - Math.log(ratio), v, TAU.log_latency, alpha);
  const verdict = verdictOf(margin);
  const lr = (x: number) => `${Math.exp(x + Math.log(ratio)).toFixed(2)}x`;
  return {
    metric, verdict, candidate: Math.exp(c.mean), control: Math.exp(o.mean), margin, limit,
    summary: `${label} ratio ${Math.exp(c.mean - o.mean).toFixed(2)}x (${Math.exp(c.mean).toFixed(1)} ms vs ${Math.exp(o.mean).toFixed(1)} ms), interval [${lr(margin.lower)}, ${lr(margin.upper)}], limit ${ratio}x: ${verdict}`,
  };
}

export function srmCheck(candidateUnits: number, controlUnits: number, expectedShare: number, alpha: number): SrmResult {
  const n = candidateUnits + controlUnits;
  if (n < MIN_SRM_UNITS || expectedShare <= 0 || expectedShare >= 1) {
    return { verdict: 'insufficient', expected_share: expectedShare, observed_share: n ? candidateUnits / n : null, units: n, likelihood_ratio: 1, summary: `sample ratio: ${n} sessions, not checked below ${MIN_SRM_UNITS} or at weight 0/1` };
  }
  const observed = candidateUnits / n;
  // Under correct assignment the share's variance is known exactly: w(1-w)/n.
  const lr = mixtureLikelihoodRatio(observed, (expectedShare * (1 - expectedShare)) / n, TAU.srm, expectedShare);
  const verdict = lr >= 1 / alpha ? 'mismatch' : 'ok';
  return {
    verdict, expected_share: expectedShare, observed_share: observed, units: n, likelihood_ratio: lr,
    summary: `sample ratio ${pct(observed)} of ${n} sessions on the candidate vs ${pct(expectedShare)} expected (likelihood ratio ${lr.toPrecision(3)}, threshold ${(1 / alpha).toPrecision(3)}): ${verdict}`,
  };
}

function summarize(arm: ArmData, alpha: number): ArmSummary {
  const rate = (units: { y: number; m: number }[]): Interval | null => {
    const e = ratioEstimate(units);
    if (e.n === 0) return null;
    if (!Number.isFinite(e.variance)) return { estimate: e.mean, lower: 0, upper: 1 };
    const ci = confidenceSequence(e.mean, rateVariance(e), TAU.arm_rate, alpha);
    return { estimate: e.mean, lower: Math.max(0, ci.lower), upper: Math.min(1, ci.upper) };
  };
  const feedback: ArmSummary['feedback'] = {};
  for (const [metric, byUnit] of arm.feedback) {
    const e = ratioEstimate([...byUnit.values()].map((u) => ({ y: u.sum, m: u.count })));
    if (!Number.isFinite(e.variance)) continue;
    const ci = confidenceSequence(e.mean, e.variance, feedbackTau(e.mean), alpha);
    feedback[metric] = { n: e.n, mean: e.mean, lower: ci.lower, upper: ci.upper };
  }
  const totalCost = arm.costs.reduce((x, y) => x + y, 0);
  return {
    variant: arm.variant,
    sessions: arm.units.size,
    requests: arm.requests,
    error_rate: rate(errorUnits(arm)),
    fallback_rate: rate(fallbackUnits(arm)),
    latency_ms: { p50: percentile(arm.latencies, 0.5), p95: percentile(arm.latencies, 0.95), mean: mean(arm.latencies) },
    ttft_ms: { p50: percentile(arm.ttfts, 0.5), p95: percentile(arm.ttfts, 0.95) },
    tokens: { prompt_mean: mean(arm.promptTokens), completion_mean: mean(arm.completionTokens) },
    cost_usd: { total: totalCost, per_request: arm.costs.length ? totalCost / arm.costs.length : null },
    feedback,
  };
}

function feedbackDifferences(cand: ArmData, ctrl: ArmData, alpha: number): Record<string, Interval> {
  const out: Record<string, Interval> = {};
  for (const [metric, byUnit] of cand.feedback) {
    const other = ctrl.feedback.get(metric);
    if (!other) continue;
    const c = ratioEstimate([...byUnit.values()].map((u) => ({ y: u.sum, m: u.count })));
    const o = ratioEstimate([...other.values()].map((u) => ({ y: u.sum, m: u.count })));
    if (!Number.isFinite(c.variance) || !Number.isFinite(o.variance)) continue;
    out[metric] = confidenceSequence(c.mean - o.mean, c.variance + o.variance, feedbackTau((c.mean + o.mean) / 2), alpha);
  }
  return out;
}

/** Feedback metrics have no fixed scale (booleans, 1-5 ratings, scores): mix at a tenth of the level. */
const feedbackTau = (level: number) => Math.max(0.05, Math.abs(level) * 0.1);

const nanToNull = (x: number) => (Number.isFinite(x) ? x : null);
const expOrNull = (x: number) => (Number.isFinite(x) ? Math.exp(x) : null);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const fmtInterval = (i: Interval, f: (x: number) => string) => `${f(i.estimate)} [${f(i.lower)}, ${f(i.upper)}]`;
