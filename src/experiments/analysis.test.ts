import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExperimentSample } from '../store/experiment-types.js';
import { analyze, srmCheck, type AnalysisSettings } from './analysis.js';
import { falseRollbackRate, simulateRun, type ArmModel } from './simulate.js';

const strict: AnalysisSettings = { alpha: 0.05, max_error_rate_ratio: 1, max_latency_ratio: 1, error_rate_tolerance: 0, srm_alpha: 0.001 };
const defaults: AnalysisSettings = { alpha: 0.05, max_error_rate_ratio: 1.5, max_latency_ratio: 1.5, error_rate_tolerance: 0.01, srm_alpha: 0.001 };
const arm: ArmModel = { errorRate: 0.05, medianLatencyMs: 800, latencySigma: 0.5 };

describe('false rollbacks of identical arms, checked every 10 sessions', () => {
  // Strict limits (ratio 1, no tolerance) put identical arms exactly on the null boundary: the
  // hardest case for validity. 200 runs x 100 looks each.
  for (const weight of [0.1, 0.5]) {
    test(`weight ${weight}: rate <= alpha over 200 seeded runs`, () => {
      const r = falseRollbackRate({ sessions: 1000, lookEvery: 10, weight, control: arm, candidate: arm, maxRequestsPerSession: 5, settings: strict }, 200);
      console.log(`false rollbacks at weight ${weight} (strict limits): ${r.rollbacks}/${r.runs} = ${r.rate}`);
      assert.ok(r.rate <= strict.alpha, `false-rollback rate ${r.rate} exceeds alpha ${strict.alpha}`);
    });
  }
});

test('a 3x error rate is rolled back, at 10% and at 50% weight, in every seeded run', () => {
  const bad = { ...arm, errorRate: 0.15 };
  for (const weight of [0.1, 0.5]) {
    const at: number[] = [];
    for (let seed = 1; seed <= 10; seed++) {
      const r = simulateRun({ seed, sessions: 6000, lookEvery: 20, weight, control: arm, candidate: bad, maxRequestsPerSession: 5, settings: defaults });
      assert.equal(r.breached, 'error_rate', `seed ${seed} at weight ${weight} did not roll back`);
      at.push(r.breachAtSessions!);
    }
    at.sort((a, b) => a - b);
    console.log(`3x error rate at weight ${weight}: rolled back after median ${at[5]}, max ${at[9]} sessions (all arms)`);
  }
});

test('a 2x slower candidate breaches the latency guardrail', () => {
  const slow = { ...arm, medianLatencyMs: 1600 };
  const r = simulateRun({ seed: 3, sessions: 3000, lookEvery: 10, weight: 0.2, control: arm, candidate: slow, maxRequestsPerSession: 5, settings: defaults });
  assert.equal(r.breached, 'latency');
});

test('identical arms become clear on every guardrail with enough data', () => {
  const samples: ExperimentSample[] = [];
  for (let s = 0; s < 600; s++) {
    const variant = s % 2 ? 'candidate' : 'control';
    for (let i = 0; i < 3; i++) {
      samples.push({ variant, unit: `s${s}`, session_id: `s${s}`, inference_id: `${s}-${i}`, status: 'ok', latency_ms: 100 + ((s * 7 + i * 13) % 40), ttft_ms: null, attempts_count: 1, prompt_tokens: 10, completion_tokens: 5, cost_usd: 0.001 });
    }
  }
  const a = analyze({ candidate: 'candidate', control: 'control', expectedShare: 0.5, samples, settings: defaults });
  assert.deepEqual(a.guardrails.map((g) => [g.metric, g.verdict]), [['error_rate', 'clear'], ['latency', 'clear'], ['ttft', 'not_applicable']]);
  assert.equal(a.srm.verdict, 'ok');
  assert.equal(a.arms.candidate.sessions, 300);
  assert.equal(a.arms.candidate.requests, 900);
  assert.equal(a.arms.candidate.error_rate!.estimate, 0);
  assert.ok(a.arms.candidate.latency_ms.p95! >= a.arms.candidate.latency_ms.p50!);
  assert.ok(Math.abs(a.arms.candidate.cost_usd.total - 0.9) < 1e-9);
});

test('too few sessions gives insufficient, never a verdict', () => {
  const samples: ExperimentSample[] = [
    { variant: 'candidate', unit: 'a', session_id: 'a', inference_id: '1', status: 'error', latency_ms: 5, ttft_ms: null, attempts_count: 1, prompt_tokens: null, completion_tokens: null, cost_usd: null },
    { variant: 'control', unit: 'b', session_id: 'b', inference_id: '2', status: 'ok', latency_ms: 5, ttft_ms: null, attempts_count: 1, prompt_tokens: null, completion_tokens: null, cost_usd: null },
  ];
  const a = analyze({ candidate: 'candidate', control: 'control', expectedShare: 0.1, samples, settings: defaults });
  assert.equal(a.guardrails[0].verdict, 'insufficient');
  assert.equal(a.srm.verdict, 'insufficient');
});

test('sample-ratio check: a 5% split where 20% was configured is a mismatch; 20% is not', () => {
  assert.equal(srmCheck(15, 285, 0.2, 0.001).verdict, 'mismatch');
  assert.equal(srmCheck(60, 240, 0.2, 0.001).verdict, 'ok');
});

test('feedback metrics are summarized per arm with an interval for the difference', () => {
  const samples: ExperimentSample[] = [];
  const feedback = [];
  for (let s = 0; s < 40; s++) {
    const variant = s % 2 ? 'candidate' : 'control';
    samples.push({ variant, unit: `s${s}`, session_id: `s${s}`, inference_id: `i${s}`, status: 'ok', latency_ms: 10, ttft_ms: null, attempts_count: 1, prompt_tokens: 1, completion_tokens: 1, cost_usd: null });
    feedback.push({ variant, unit: `s${s}`, metric_name: 'task_success', value: variant === 'candidate' ? (s % 4 === 1 ? 1 : 0) : 1 });
  }
  const a = analyze({ candidate: 'candidate', control: 'control', expectedShare: 0.5, samples, feedback, settings: defaults });
  assert.equal(a.arms.control.feedback.task_success.mean, 1);
  assert.equal(a.arms.candidate.feedback.task_success.mean, 0.5);
  assert.ok(a.feedback.task_success.estimate < 0);
});

test('a candidate whose streams start 3x later breaches the time-to-first-token guardrail', () => {
  const samples: ExperimentSample[] = [];
  for (let s = 0; s < 200; s++) {
    const variant = s % 2 ? 'candidate' : 'control';
    const ttft = (variant === 'candidate' ? 300 : 100) * (1 + ((s * 31) % 17) / 40);
    samples.push({ variant, unit: `s${s}`, session_id: `s${s}`, inference_id: `i${s}`, status: 'ok', latency_ms: 1000, ttft_ms: ttft, attempts_count: 1, prompt_tokens: 1, completion_tokens: 1, cost_usd: null });
  }
  const a = analyze({ candidate: 'candidate', control: 'control', expectedShare: 0.5, samples, settings: defaults });
  // 100 error-free requests per arm cannot yet show the error rate within 1.5x + 1 point: inconclusive, not clear.
  assert.deepEqual(a.guardrails.map((g) => g.verdict), ['inconclusive', 'clear', 'breach']);
  assert.ok(a.arms.candidate.ttft_ms.p50! > 2 * a.arms.control.ttft_ms.p50!);
});
