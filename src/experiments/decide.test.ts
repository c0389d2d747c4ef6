import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolloutSchema } from '../config/schema.js';
import type { ExperimentSample, ExperimentState } from '../store/experiment-types.js';
import { analyze, type Analysis } from './analysis.js';
import { decide, decideManually } from './decide.js';

const rollout = rolloutSchema.parse({ candidate: 'cand', control: 'ctrl', min_step_duration_ms: 60_000, min_sessions_per_arm: 50, steps: [0.1, 0.5, 1] });
const t0 = new Date('2026-01-01T00:00:00Z');
const later = new Date(t0.getTime() + 120_000);

function state(over: Partial<ExperimentState> = {}): ExperimentState {
  return {
    name: 'r', fingerprint: 'f', candidate: 'cand', control: 'ctrl', status: 'running', step_index: 0, candidate_weight: 0.1,
    started_at: t0.toISOString(), step_started_at: t0.toISOString(), updated_at: t0.toISOString(), version: 1, ...over,
  };
}

/** n sessions per arm, 3 requests each; `candErrors` of every 3 candidate requests fail. */
function analysisOf(nCand: number, nCtrl: number, candErrors: number, share: number): Analysis {
  const samples: ExperimentSample[] = [];
  const push = (variant: string, n: number, errors: number) => {
    for (let s = 0; s < n; s++) {
      for (let i = 0; i < 3; i++) {
        samples.push({ variant, unit: `${variant}${s}`, session_id: `${variant}${s}`, inference_id: `${variant}${s}-${i}`, status: i < errors ? 'error' : 'ok', latency_ms: 100 + ((s + i) % 7), ttft_ms: null, attempts_count: 1, prompt_tokens: 1, completion_tokens: 1, cost_usd: null });
      }
    }
  };
  push('cand', nCand, candErrors);
  push('ctrl', nCtrl, 0);
  return analyze({ candidate: 'cand', control: 'ctrl', expectedShare: share, samples, settings: rollout });
}

test('a breach rolls back at once, even mid-step, and says why', () => {
  const d = decide(state(), rollout, analysisOf(30, 270, 1, 0.1), new Date(t0.getTime() + 1000));
  assert.equal(d.action, 'rolled_back');
  assert.ok('weight' in d && d.weight === 0);
  assert.match(d.reason, /guardrail breached: error rate/);
});

test('before the step has run long enough and seen enough sessions: nothing', () => {
  const d = decide(state(), rollout, analysisOf(60, 540, 0, 0.1), new Date(t0.getTime() + 1000));
  assert.equal(d.action, 'none');
  assert.match(d.reason, /still collecting/);
});

test('a clean step end promotes to the next step', () => {
  const d = decide(state(), rollout, analysisOf(60, 540, 0, 0.1), later);
  assert.equal(d.action, 'promoted');
  assert.ok('toStep' in d && d.toStep === 1 && d.weight === 0.5);
});

test('the last comparison step: clear completes at 100%, inconclusive holds for a person', () => {
  const clear = decide(state({ step_index: 1, candidate_weight: 0.5 }), rollout, analysisOf(400, 400, 0, 0.5), later);
  assert.equal(clear.action, 'completed');
  assert.ok('weight' in clear && clear.weight === 1);
  const unsure = decide(state({ step_index: 1, candidate_weight: 0.5 }), rollout, analysisOf(50, 50, 0, 0.5), later);
  assert.equal(unsure.action, 'held');
  assert.match(unsure.reason, /inconclusive/);
});

test('a sample-ratio mismatch holds', () => {
  const d = decide(state({ candidate_weight: 0.5, step_index: 1 }), rollout, analysisOf(40, 400, 0, 0.5), later);
  assert.equal(d.action, 'held');
  assert.match(d.reason, /sample-ratio mismatch/);
});

test('held, rolled back and completed experiments make no automatic decision', () => {
  for (const status of ['held', 'rolled_back', 'completed'] as const) {
    assert.equal(decide(state({ status }), rollout, analysisOf(30, 270, 1, 0.1), later).action, 'none');
  }
});

test('manual actions: promote moves on, from rollback it restores the step; nonsense is refused', () => {
  assert.deepEqual(pick(decideManually(state(), rollout, 'promote')), ['promoted', 1, 0.5]);
  assert.deepEqual(pick(decideManually(state({ step_index: 1, candidate_weight: 0.5 }), rollout, 'promote')), ['completed', 2, 1]);
  assert.deepEqual(pick(decideManually(state({ status: 'rolled_back', candidate_weight: 0 }), rollout, 'promote')), ['promoted', 0, 0.1]);
  assert.deepEqual(pick(decideManually(state(), rollout, 'rollback')), ['rolled_back', 0, 0]);
  assert.deepEqual(pick(decideManually(state(), rollout, 'hold')), ['held', 0, 0.1]);
  assert.throws(() => decideManually(state({ status: 'rolled_back' }), rollout, 'rollback'), /already rolled back/);
  assert.throws(() => decideManually(state({ status: 'completed' }), rollout, 'promote'), /already completed/);
  assert.throws(() => decideManually(state({ status: 'held' }), rollout, 'hold'), /only a running/);
});

const pick = (d: ReturnType<typeof decideManually>) => [d.action, d.toStep, d.weight];
