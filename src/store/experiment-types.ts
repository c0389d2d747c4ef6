// Experiment (canary) state and its decision history. The state is shared by every replica through
// the store; transitions are compare-and-set on `version`, so two replicas deciding at once cannot
// both move the rollout.

export type ExperimentStatus = 'running' | 'held' | 'rolled_back' | 'completed';

export interface ExperimentState {
  /** The route name (one experiment per route). */
  name: string;
  /** Hash of the rollout config (candidate, control, their models, steps); a change starts a new run. */
  fingerprint: string;
  candidate: string;
  control: string;
  status: ExperimentStatus;
  step_index: number;
  candidate_weight: number;
  started_at: string; // ISO-8601
  step_started_at: string;
  updated_at: string;
  version: number;
}

export type ExperimentAction = 'started' | 'promoted' | 'rolled_back' | 'held' | 'completed';

export interface ExperimentEvent {
  id: string;
  experiment: string;
  created_at: string;
  action: ExperimentAction;
  /** "auto" for the controller, else the person (admin token label plus the name they gave). */
  actor: string;
  reason: string;
  from_step: number | null;
  to_step: number | null;
  candidate_weight: number;
  /** The analysis summary the decision was based on (automatic decisions). */
  details: Record<string, unknown> | null;
}

/** One inference as the canary analysis sees it (forced-variant and shadow inferences excluded). */
export interface ExperimentSample {
  variant: string;
  /** The unit of assignment: the session id, or the inference id for requests without one. */
  unit: string;
  /** Set when the unit is a real session (sticky); null for per-request assignment. */
  session_id: string | null;
  inference_id: string;
  status: 'ok' | 'error' | 'aborted' | 'interrupted';
  latency_ms: number;
  ttft_ms: number | null;
  attempts_count: number;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  cost_usd: number | null;
}

/** Feedback values attached to an experiment's inferences or their sessions. */
export interface ExperimentFeedback {
  variant: string;
  unit: string;
  metric_name: string;
  value: number;
}

export interface ExperimentRepo {
  getState(name: string): Promise<ExperimentState | null>;
  listStates(): Promise<ExperimentState[]>;
  /** Writes `state` when there is none for its name or the stored one has another fingerprint; returns what is stored after. */
  ensureState(state: ExperimentState, event: ExperimentEvent): Promise<ExperimentState>;
  /** Replaces the state if the stored version is still `expectedVersion` (and appends the event); false if another writer moved first. */
  transition(next: ExperimentState, expectedVersion: number, event: ExperimentEvent): Promise<boolean>;
  /** Newest first. */
  listEvents(name: string, limit?: number): Promise<ExperimentEvent[]>;
  /** Inferences of `route` created at or after `since`, excluding forced variants and shadow copies. */
  samples(route: string, since: string, limit?: number): Promise<ExperimentSample[]>;
  /** Feedback on those inferences (or their sessions); empty when the store has no feedback yet. */
  feedback(route: string, since: string): Promise<ExperimentFeedback[]>;
}
