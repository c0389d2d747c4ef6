import { mulberry32, normal, type Rng } from '../providers/simulated/random.js';
import type { ExperimentSample } from '../store/experiment-types.js';
import { evaluateGuardrails, type AnalysisSettings, type GuardrailResult } from './analysis.js';

// Seeded outcome streams for checking the analysis without a gateway: sessions arrive one by one,
// are assigned by weight, make a few requests each, and the guardrails are evaluated every few
// sessions, exactly as a controller checking every minute would. Sessions differ from each other
// (their own error propensity and latency level), so requests within one are correlated.

export interface ArmModel {
  errorRate: number;
  medianLatencyMs: number;
  /** Spread of ln(latency) per request. */
  latencySigma: number;
}

interface RunSpec {
  seed: number;
  sessions: number;
  lookEvery: number;
  weight: number;
  control: ArmModel;
  candidate: ArmModel;
  maxRequestsPerSession: number;
  settings: AnalysisSettings;
}

interface RunOutcome {
  /** Sessions seen when a guardrail first breached; null if none did. */
  breachAtSessions: number | null;
  breached: GuardrailResult['metric'] | null;
  candidateSessions: number;
  srmMismatch: boolean;
}

export function simulateRun(spec: RunSpec): RunOutcome {
  const rng = mulberry32(spec.seed);
  const samples: ExperimentSample[] = [];
  let candidateSessions = 0;
  let srmMismatch = false;
  for (let s = 1; s <= spec.sessions; s++) {
    const toCandidate = rng() < spec.weight;
    if (toCandidate) candidateSessions++;
    pushSession(samples, rng, `s${s}`, toCandidate ? 'candidate' : 'control', toCandidate ? spec.candidate : spec.control, spec.maxRequestsPerSession);
    if (s % spec.lookEvery !== 0 && s !== spec.sessions) continue;
    const r = evaluateGuardrails({ candidate: 'candidate', control: 'control', expectedShare: spec.weight, samples, settings: spec.settings });
    srmMismatch ||= r.srm.verdict === 'mismatch';
    const breach = r.guardrails.find((g) => g.verdict === 'breach');
    if (breach) return { breachAtSessions: s, breached: breach.metric, candidateSessions, srmMismatch };
  }
  return { breachAtSessions: null, breached: null, candidateSessions, srmMismatch };
}

function pushSession(out: ExperimentSample[], rng: Rng, unit: string, variant: string, arm: ArmModel, maxRequests: number): void {
  const requests = 1 + Math.floor(rng() * maxRequests);
  // Mean-preserving session effects: E[exp(σz - σ²/2)] = 1.
  const errorRate = Math.min(1, arm.errorRate * Math.exp(0.5 * normal(rng) - 0.125));
  const latencyLevel = Math.exp(0.3 * normal(rng));
  for (let i = 0; i < requests; i++) {
    const failed = rng() < errorRate;
    const latency = arm.medianLatencyMs * latencyLevel * Math.exp(arm.latencySigma * normal(rng));
    out.push({
      variant, unit, session_id: unit, inference_id: `${unit}-${i}`, status: failed ? 'error' : 'ok', latency_ms: latency,
      ttft_ms: null, attempts_count: 1, prompt_tokens: 100, completion_tokens: 50, cost_usd: null,
    });
  }
}

/** Runs `runs` seeded runs and counts how many rolled back (any guardrail breach). */
export function falseRollbackRate(base: Omit<RunSpec, 'seed'>, runs: number, firstSeed = 1): { runs: number; rollbacks: number; rate: number; srmMismatches: number } {
  let rollbacks = 0;
  let srmMismatches = 0;
  for (let i = 0; i < runs; i++) {
    const r = simulateRun({ ...base, seed: firstSeed + i });
    if (r.breachAtSessions !== null) rollbacks++;
    if (r.srmMismatch) srmMismatches++;
  }
  return { runs, rollbacks, rate: rollbacks / runs, srmMismatches };
}
