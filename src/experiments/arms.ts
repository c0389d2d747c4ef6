import type { ExperimentFeedback, ExperimentSample } from '../store/experiment-types.js';

// Per-arm aggregation. The unit of assignment is the session, and requests of one session are not
// independent, so rates and means are ratio estimators over sessions with a cluster-robust
// (delta-method) variance: Var(Σy/Σm) ≈ n/(n-1) · Σ(y_i - r·m_i)² / (Σm)².

export interface RatioEstimate {
  mean: number;
  variance: number;
  /** Number of observations (requests) behind the mean. */
  n: number;
  /** Number of units (sessions) behind the mean. */
  units: number;
}

/** Ratio estimator Σy / Σm over units. */
export function ratioEstimate(units: readonly { y: number; m: number }[]): RatioEstimate {
  let sy = 0;
  let sm = 0;
  let k = 0;
  for (const u of units) {
    if (u.m <= 0) continue;
    sy += u.y;
    sm += u.m;
    k++;
  }
  if (sm === 0) return { mean: NaN, variance: NaN, n: 0, units: 0 };
  const mean = sy / sm;
  if (k < 2) return { mean, variance: NaN, n: sm, units: k };
  let ss = 0;
  for (const u of units) if (u.m > 0) ss += (u.y - mean * u.m) ** 2;
  return { mean, variance: ((k / (k - 1)) * ss) / (sm * sm), n: sm, units: k };
}

export interface UnitStats {
  requests: number;
  errors: number;
  fallbacks: number;
  ok: number;
  logLatency: number; // Σ ln(latency) over ok requests
  ttftCount: number;
  logTtft: number;
}

export interface ArmData {
  variant: string;
  units: Map<string, UnitStats>;
  latencies: number[]; // ok requests
  ttfts: number[];
  promptTokens: number[];
  completionTokens: number[];
  costs: number[];
  requests: number;
  feedback: Map<string, Map<string, { sum: number; count: number }>>; // metric -> unit -> sums
}

const LOG_FLOOR_MS = 0.05; // latencies of simulated or cached replies can be ~0; ln needs a floor

export function emptyArm(variant: string): ArmData {
  return { variant, units: new Map(), latencies: [], ttfts: [], promptTokens: [], completionTokens: [], costs: [], requests: 0, feedback: new Map() };
}

export function addSample(arm: ArmData, s: ExperimentSample): void {
  let u = arm.units.get(s.unit);
  if (!u) arm.units.set(s.unit, (u = { requests: 0, errors: 0, fallbacks: 0, ok: 0, logLatency: 0, ttftCount: 0, logTtft: 0 }));
  arm.requests++;
  u.requests++;
  // Aborted requests are the client's doing, not the variant's: they count as requests, not errors.
  if (s.status === 'error' || s.status === 'interrupted') u.errors++;
  if (s.attempts_count > 1) u.fallbacks++;
  if (s.status === 'ok') {
    u.ok++;
    u.logLatency += Math.log(Math.max(s.latency_ms, LOG_FLOOR_MS));
    arm.latencies.push(s.latency_ms);
    if (s.ttft_ms != null) {
      u.ttftCount++;
      u.logTtft += Math.log(Math.max(s.ttft_ms, LOG_FLOOR_MS));
      arm.ttfts.push(s.ttft_ms);
    }
  }
  if (s.prompt_tokens != null) arm.promptTokens.push(s.prompt_tokens);
  if (s.completion_tokens != null) arm.completionTokens.push(s.completion_tokens);
  if (s.cost_usd != null) arm.costs.push(s.cost_usd);
}

export function addFeedback(arm: ArmData, f: ExperimentFeedback): void {
  if (!Number.isFinite(f.value)) return;
  let byUnit = arm.feedback.get(f.metric_name);
  if (!byUnit) arm.feedback.set(f.metric_name, (byUnit = new Map()));
  const cur = byUnit.get(f.unit) ?? { sum: 0, count: 0 };
  cur.sum += f.value;
  cur.count++;
  byUnit.set(f.unit, cur);
}

export const errorUnits = (arm: ArmData) => [...arm.units.values()].map((u) => ({ y: u.errors, m: u.requests }));
export const fallbackUnits = (arm: ArmData) => [...arm.units.values()].map((u) => ({ y: u.fallbacks, m: u.requests }));
export const logLatencyUnits = (arm: ArmData) => [...arm.units.values()].map((u) => ({ y: u.logLatency, m: u.ok }));
export const logTtftUnits = (arm: ArmData) => [...arm.units.values()].map((u) => ({ y: u.logTtft, m: u.ttftCount }));

export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i];
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}
