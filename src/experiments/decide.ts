import type { RolloutConfig } from '../config/schema.js';
import type { ExperimentAction, ExperimentState, ExperimentStatus } from '../store/experiment-types.js';
import type { Analysis } from './analysis.js';
import { finalDecisionStep, pct } from './settings.js';

// The automatic rollout policy, as a pure function of state, config, analysis and time:
//  - any guardrail breach rolls back at once (candidate weight 0) and says which and why;
//  - a sample-ratio mismatch holds for a person (the comparison itself cannot be trusted);
//  - at a step's end (duration and sessions per arm reached), no breach promotes to the next step;
//  - the step that decides completion needs every guardrail *clear*; inconclusive there holds.

export type Decision =
  | { action: 'none'; reason: string }
  | { action: Exclude<ExperimentAction, 'started'>; status: ExperimentStatus; toStep: number; weight: number; reason: string };

export function decide(state: ExperimentState, rollout: RolloutConfig, analysis: Analysis, now: Date): Decision {
  if (state.status !== 'running') return { action: 'none', reason: `experiment is ${state.status}` };
  const steps = rollout.steps;
  const i = state.step_index;

  const breaches = analysis.guardrails.filter((g) => g.verdict === 'breach');
  if (breaches.length) {
    return { action: 'rolled_back', status: 'rolled_back', toStep: i, weight: 0, reason: `guardrail breached: ${breaches.map((g) => g.summary).join('; ')}` };
  }
  if (analysis.srm.verdict === 'mismatch') {
    return { action: 'held', status: 'held', toStep: i, weight: state.candidate_weight, reason: `sample-ratio mismatch, the comparison is not trustworthy until explained: ${analysis.srm.summary}` };
  }

  const elapsed = now.getTime() - Date.parse(state.step_started_at);
  const c = analysis.arms.candidate.sessions;
  const o = analysis.arms.control.sessions;
  const waiting: string[] = [];
  if (elapsed < rollout.min_step_duration_ms) waiting.push(`step has run ${Math.round(elapsed / 1000)}s of ${Math.round(rollout.min_step_duration_ms / 1000)}s`);
  if (c < rollout.min_sessions_per_arm || o < rollout.min_sessions_per_arm) waiting.push(`sessions candidate ${c}, control ${o} of ${rollout.min_sessions_per_arm} per arm`);
  if (waiting.length) return { action: 'none', reason: `step ${i + 1}/${steps.length} at ${pct(state.candidate_weight)} still collecting: ${waiting.join('; ')}` };

  const f = finalDecisionStep(steps);
  const applicable = analysis.guardrails.filter((g) => g.verdict !== 'not_applicable');
  const evidence = applicable.map((g) => `${g.metric} ${g.verdict}`).join(', ');
  if (i < f) {
    return { action: 'promoted', status: 'running', toStep: i + 1, weight: steps[i + 1], reason: `step ${i + 1} ended with no guardrail breached (${evidence}); ${pct(steps[i])} -> ${pct(steps[i + 1])}` };
  }
  const unsettled = applicable.filter((g) => g.verdict !== 'clear');
  if (unsettled.length) {
    return { action: 'held', status: 'held', toStep: i, weight: state.candidate_weight, reason: `last step inconclusive, a person decides: ${unsettled.map((g) => g.summary).join('; ')}` };
  }
  const to = Math.min(i + 1, steps.length - 1);
  return { action: 'completed', status: 'completed', toStep: to, weight: steps[to], reason: `every guardrail clear at the last step (${evidence}); candidate at ${pct(steps[to])}` };
}

export type ManualAction = 'promote' | 'rollback' | 'hold';

/** A person's decision; throws ManualActionError when it makes no sense in the current state. */
export function decideManually(state: ExperimentState, rollout: RolloutConfig, action: ManualAction): Exclude<Decision, { action: 'none' }> {
  const steps = rollout.steps;
  const i = state.step_index;
  switch (action) {
    case 'rollback':
      if (state.status === 'rolled_back') throw new ManualActionError('already rolled back');
      return { action: 'rolled_back', status: 'rolled_back', toStep: i, weight: 0, reason: '' };
    case 'hold':
      if (state.status !== 'running') throw new ManualActionError(`only a running experiment can be held (it is ${state.status})`);
      return { action: 'held', status: 'held', toStep: i, weight: state.candidate_weight, reason: '' };
    case 'promote': {
      if (state.status === 'completed') throw new ManualActionError('already completed');
      // After a rollback, promote restores the step it was rolled back from; otherwise it moves on.
      const to = state.status === 'rolled_back' ? i : Math.min(i + 1, steps.length - 1);
      const done = to > finalDecisionStep(steps) || (state.status !== 'rolled_back' && i === steps.length - 1);
      return { action: done ? 'completed' : 'promoted', status: done ? 'completed' : 'running', toStep: to, weight: steps[to], reason: '' };
    }
  }
}

export class ManualActionError extends Error {}
