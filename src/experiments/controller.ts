import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import { ConflictError, NotFoundError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { ExperimentEvent, ExperimentState } from '../store/experiment-types.js';
import type { Store } from '../store/types.js';
import { analyze, type Analysis } from './analysis.js';
import { decide, decideManually, ManualActionError, type Decision, type ManualAction } from './decide.js';
import { expectedShare, experimentsOf, initialState, weightsAt, type ExperimentDef } from './settings.js';

// Keeps every route's rollout moving: evaluates on a timer and on demand, applies decisions to the
// store with compare-and-set (so replicas never double-step), and serves the current weights to the
// router from memory (the hot path never waits for the database).

export interface ExperimentReport {
  name: string;
  status: ExperimentState['status'];
  candidate: string;
  control: string;
  step: number; // 1-based
  steps: number[];
  candidate_weight: number;
  weights: Record<string, number>;
  started_at: string;
  step_started_at: string;
  auto: boolean;
  analysis: Analysis;
  /** What the policy would do now (applied only when auto and running). */
  next: Decision;
  events: ExperimentEvent[];
}

interface ControllerOptions {
  config: Config;
  store: Store;
  logger?: Logger;
  now?: () => Date;
}

/** How often a replica re-reads rollout state written by others. */
const REFRESH_MS = 5_000;

export class ExperimentController {
  readonly #defs: Map<string, ExperimentDef>;
  readonly #store: Store;
  readonly #logger?: Logger;
  readonly #now: () => Date;
  readonly #cache = new Map<string, ExperimentState>();
  /** Weights per route, computed when the state changes rather than on every request. */
  readonly #weights = new Map<string, Record<string, number>>();
  readonly #lastEvaluated = new Map<string, number>();
  #timers: NodeJS.Timeout[] = [];
  #ticking = false;
  #stopped = false;
  #started = false;

  constructor(options: ControllerOptions) {
    this.#defs = new Map(experimentsOf(options.config).map((d) => [d.name, d]));
    this.#store = options.store;
    this.#logger = options.logger;
    this.#now = options.now ?? (() => new Date());
  }

  get names(): string[] {
    return [...this.#defs.keys()];
  }

  /** Creates state for new experiments (or new runs after a config change) and loads the rest. */
  async init(): Promise<void> {
    for (const def of this.#defs.values()) {
      const { state, event } = initialState(def, this.#now());
      this.#remember(def, await this.#store.experiments.ensureState(state, event));
    }
  }

  /** For Gateway.weightsFor: the rollout's current weights, from memory. */
  readonly weightsFor = (route: string): Record<string, number> | undefined => this.#weights.get(route);

  start(): void {
    this.#started = true;
    const intervals = [...this.#defs.values()].map((d) => d.rollout.evaluate_every_ms).filter((ms) => ms > 0);
    if (this.#defs.size === 0) return;
    const refresh = setInterval(() => void this.refresh().catch((err) => this.#logger?.warn({ err }, 'experiments: refresh failed')), REFRESH_MS);
    refresh.unref();
    this.#timers.push(refresh);
    if (intervals.length) {
      const tick = setInterval(() => void this.#tick(), Math.max(100, Math.min(...intervals)));
      tick.unref();
      this.#timers.push(tick);
    }
  }

  /**
   * After a config reload: experiments whose definition (fingerprint) is unchanged keep their state
   * and weights; new or changed ones load or create theirs; removed ones are forgotten.
   */
  async reconfigure(config: Config): Promise<void> {
    const next = new Map(experimentsOf(config).map((d) => [d.name, d]));
    for (const [name, def] of this.#defs) {
      if (next.get(name)?.fingerprint === def.fingerprint) continue;
      this.#cache.delete(name);
      this.#weights.delete(name);
    }
    this.#defs.clear();
    for (const [name, def] of next) this.#defs.set(name, def);
    for (const def of next.values()) {
      if (this.#cache.has(def.name)) continue;
      const { state, event } = initialState(def, this.#now());
      this.#remember(def, await this.#store.experiments.ensureState(state, event));
    }
    if (this.#started && !this.#stopped) {
      for (const t of this.#timers) clearInterval(t);
      this.#timers = [];
      this.start();
    }
  }

  stop(): void {
    this.#stopped = true;
    for (const t of this.#timers) clearInterval(t);
    this.#timers = [];
  }

  /** Re-reads state from the store (another replica may have moved a rollout). */
  async refresh(): Promise<void> {
    for (const state of await this.#store.experiments.listStates()) {
      const def = this.#defs.get(state.name);
      if (def && state.fingerprint === def.fingerprint) this.#remember(def, state);
    }
  }

  /** Analyses one experiment and, when it runs automatically, applies the policy's decision. */
  async evaluate(name: string): Promise<ExperimentReport> {
    const def = this.#def(name);
    await this.#store.flush();
    let report = await this.#report(def);
    this.#lastEvaluated.set(name, Date.now());
    if (def.rollout.auto && report.next.action !== 'none') {
      const applied = await this.#apply(def, report.next, 'auto', report.next.reason, summaryOf(report.analysis));
      if (applied) {
        this.#logger?.info({ experiment: name, action: report.next.action }, `experiment ${name}: ${report.next.reason}`);
        report = await this.#report(def);
      }
    }
    return report;
  }

  async report(name: string): Promise<ExperimentReport> {
    const def = this.#def(name);
    await this.#store.flush();
    return this.#report(def);
  }

  async list(): Promise<ExperimentReport[]> {
    await this.#store.flush();
    return Promise.all([...this.#defs.values()].map((d) => this.#report(d)));
  }

  /** A person's promote, rollback or hold, recorded with who and why. */
  async act(name: string, action: ManualAction, who: string, reason: string): Promise<ExperimentReport> {
    const def = this.#def(name);
    const state = await this.#freshState(def);
    let decision;
    try {
      decision = decideManually(state, def.rollout, action);
    } catch (err) {
      if (err instanceof ManualActionError) throw new ConflictError(`cannot ${action} experiment ${name}: ${err.message}`, 'action');
      throw err;
    }
    if (!(await this.#apply(def, decision, who, reason, null, state))) {
      throw new ConflictError(`experiment ${name} changed while deciding; look again and retry`, 'action');
    }
    return this.report(name);
  }

  async #tick(): Promise<void> {
    if (this.#ticking || this.#stopped) return;
    this.#ticking = true;
    try {
      for (const def of this.#defs.values()) {
        const every = def.rollout.evaluate_every_ms;
        if (every <= 0 || Date.now() - (this.#lastEvaluated.get(def.name) ?? 0) < every) continue;
        if (this.#stopped) return;
        await this.evaluate(def.name).catch((err) => this.#logger?.warn({ err, experiment: def.name }, 'experiments: evaluation failed'));
      }
    } finally {
      this.#ticking = false;
    }
  }

  async #report(def: ExperimentDef): Promise<ExperimentReport> {
    const state = await this.#freshState(def);
    const [samples, feedback, events] = await Promise.all([
      this.#store.experiments.samples(def.name, state.step_started_at),
      this.#store.experiments.feedback(def.name, state.step_started_at),
      this.#store.experiments.listEvents(def.name, 50),
    ]);
    const r = def.rollout;
    const analysis = analyze({
      candidate: r.candidate, control: r.control, expectedShare: expectedShare(def, state.candidate_weight), samples, feedback,
      settings: { alpha: r.alpha, max_error_rate_ratio: r.max_error_rate_ratio, max_latency_ratio: r.max_latency_ratio, error_rate_tolerance: r.error_rate_tolerance, srm_alpha: r.srm_alpha },
    });
    return {
      name: def.name, status: state.status, candidate: r.candidate, control: r.control, step: state.step_index + 1, steps: r.steps,
      candidate_weight: state.candidate_weight, weights: weightsAt(def, state.candidate_weight), started_at: state.started_at,
      step_started_at: state.step_started_at, auto: r.auto, analysis, next: decide(state, r, analysis, this.#now()), events,
    };
  }

  async #freshState(def: ExperimentDef): Promise<ExperimentState> {
    let state = await this.#store.experiments.getState(def.name);
    if (!state || state.fingerprint !== def.fingerprint) {
      const init = initialState(def, this.#now());
      state = await this.#store.experiments.ensureState(init.state, init.event);
    }
    this.#remember(def, state);
    return state;
  }

  async #apply(def: ExperimentDef, d: Exclude<Decision, { action: 'none' }>, actor: string, reason: string, details: Record<string, unknown> | null, current?: ExperimentState): Promise<boolean> {
    const state = current ?? (await this.#freshState(def));
    const at = this.#now().toISOString();
    const next: ExperimentState = {
      ...state, status: d.status, step_index: d.toStep, candidate_weight: d.weight, updated_at: at,
      // A new step (or one resumed after a rollback) collects its own evidence from now on; a
      // rollback or hold keeps the window it was decided on, so the report still shows why.
      step_started_at: d.toStep !== state.step_index || (state.status === 'rolled_back' && d.status !== 'rolled_back') ? at : state.step_started_at,
    };
    const event: ExperimentEvent = {
      id: newId(), experiment: def.name, created_at: at, action: d.action, actor, reason,
      from_step: state.step_index, to_step: d.toStep, candidate_weight: d.weight, details,
    };
    const ok = await this.#store.experiments.transition(next, state.version, event);
    if (ok) this.#remember(def, { ...next, version: state.version + 1 });
    else await this.refresh();
    return ok;
  }

  #remember(def: ExperimentDef, state: ExperimentState): void {
    const known = this.#cache.get(def.name);
    if (known && known.version > state.version && known.fingerprint === state.fingerprint) return; // never step back to an older read
    this.#cache.set(def.name, state);
    this.#weights.set(def.name, weightsAt(def, state.candidate_weight));
  }

  #def(name: string): ExperimentDef {
    const def = this.#defs.get(name);
    if (!def) throw new NotFoundError(`no experiment "${name}"; experiments are routes with a rollout: ${this.names.join(', ') || 'none configured'}`, 'name');
    return def;
  }
}

function summaryOf(a: Analysis): Record<string, unknown> {
  return {
    sessions: { candidate: a.arms.candidate.sessions, control: a.arms.control.sessions },
    requests: { candidate: a.arms.candidate.requests, control: a.arms.control.requests },
    guardrails: a.guardrails.map((g) => ({ metric: g.metric, verdict: g.verdict, candidate: g.candidate, control: g.control, margin: g.margin })),
    srm: { verdict: a.srm.verdict, observed_share: a.srm.observed_share, expected_share: a.srm.expected_share },
  };
}
