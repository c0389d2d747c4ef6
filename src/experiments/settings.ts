import { createHash } from 'node:crypto';
import type { Config, RolloutConfig, RouteConfig } from '../config/schema.js';
import { newId } from '../core/ids.js';
import type { ExperimentEvent, ExperimentState } from '../store/experiment-types.js';

// What a route's rollout config means for weights and steps. One experiment per route with a
// `rollout`; its identity (fingerprint) is the pair of variants and their definitions, so changing
// the candidate's model in the config starts a new run while a restart continues the old one.

export interface ExperimentDef {
  name: string;
  route: RouteConfig & { variants: NonNullable<RouteConfig['variants']> };
  rollout: RolloutConfig;
  fingerprint: string;
}

export function experimentsOf(config: Config): ExperimentDef[] {
  const out: ExperimentDef[] = [];
  for (const [name, route] of Object.entries(config.routes)) {
    if (!route.rollout || !route.variants) continue;
    out.push({ name, route: route as ExperimentDef['route'], rollout: route.rollout, fingerprint: fingerprintOf(route.variants, route.rollout) });
  }
  return out;
}

function fingerprintOf(variants: NonNullable<RouteConfig['variants']>, r: RolloutConfig): string {
  const strip = (v: (typeof variants)[string]) => ({ model: v.model, system_prompt: v.system_prompt ?? null, params: v.params ?? null });
  const identity = { candidate: r.candidate, control: r.control, c: strip(variants[r.candidate]), o: strip(variants[r.control]), steps: r.steps };
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 16);
}

/** Variant weights when the candidate has `candidateWeight`: the control gives up what the candidate takes. */
export function weightsAt(def: ExperimentDef, candidateWeight: number): Record<string, number> {
  const weights: Record<string, number> = {};
  let others = 0;
  for (const [v, cfg] of Object.entries(def.route.variants)) {
    if (v === def.rollout.candidate || v === def.rollout.control) continue;
    weights[v] = cfg.weight;
    others += cfg.weight;
  }
  weights[def.rollout.candidate] = candidateWeight;
  weights[def.rollout.control] = Math.max(0, 1 - others - candidateWeight);
  return weights;
}

/** The candidate's expected share of (candidate + control) sessions. */
export function expectedShare(def: ExperimentDef, candidateWeight: number): number {
  const w = weightsAt(def, candidateWeight);
  const c = w[def.rollout.candidate];
  const o = w[def.rollout.control];
  return c + o > 0 ? c / (c + o) : 0;
}

/**
 * The step whose end decides completion. When the last step is 100% there is no control left to
 * compare at it, so the decision is taken at the step before; otherwise at the last step itself.
 */
export function finalDecisionStep(steps: readonly number[]): number {
  return steps[steps.length - 1] >= 1 ? steps.length - 2 : steps.length - 1;
}

export function initialState(def: ExperimentDef, now: Date): { state: ExperimentState; event: ExperimentEvent } {
  const at = now.toISOString();
  const weight = def.rollout.steps[0];
  const completed = finalDecisionStep(def.rollout.steps) < 0; // a single 100% step: nothing to compare
  const state: ExperimentState = {
    name: def.name, fingerprint: def.fingerprint, candidate: def.rollout.candidate, control: def.rollout.control,
    status: completed ? 'completed' : 'running', step_index: 0, candidate_weight: weight,
    started_at: at, step_started_at: at, updated_at: at, version: 1,
  };
  const event: ExperimentEvent = {
    id: newId(), experiment: def.name, created_at: at, action: 'started', actor: 'config',
    reason: `rollout of ${def.rollout.candidate} against ${def.rollout.control} started at ${pct(weight)} (steps ${def.rollout.steps.map(pct).join(' -> ')})`,
    from_step: null, to_step: 0, candidate_weight: weight, details: { fingerprint: def.fingerprint },
  };
  return { state, event };
}

export const pct = (x: number) => `${+(x * 100).toFixed(2)}%`;
