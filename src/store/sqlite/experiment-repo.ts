import type Database from 'better-sqlite3';
import type { ExperimentEvent, ExperimentFeedback, ExperimentRepo, ExperimentSample, ExperimentState } from '../experiment-types.js';

// Experiment state in SQLite. A state change and its event are one transaction; the version check
// makes concurrent writers (replicas on one file) lose cleanly instead of overwriting each other.

type EventRow = Omit<ExperimentEvent, 'details'> & { details: string | null };

/** Inferences the analysis may count: a variant was assigned, not forced by header, not a shadow copy. */
const counted = (t = '') => `${t}route = ? AND ${t}created_at >= ? AND ${t}variant IS NOT NULL
  AND (${t}routing IS NULL OR (json_extract(${t}routing, '$.variant_forced') IS NULL AND json_extract(${t}routing, '$.shadow') IS NULL))`;

export class SqliteExperimentRepo implements ExperimentRepo {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  async getState(name: string): Promise<ExperimentState | null> {
    return (this.#db.prepare('SELECT * FROM experiment_state WHERE name = ?').get(name) as ExperimentState | undefined) ?? null;
  }

  async listStates(): Promise<ExperimentState[]> {
    return this.#db.prepare('SELECT * FROM experiment_state ORDER BY name').all() as ExperimentState[];
  }

  async ensureState(state: ExperimentState, event: ExperimentEvent): Promise<ExperimentState> {
    const run = this.#db.transaction(() => {
      const current = this.#db.prepare('SELECT * FROM experiment_state WHERE name = ?').get(state.name) as ExperimentState | undefined;
      if (current && current.fingerprint === state.fingerprint) return current;
      const next = { ...state, version: (current?.version ?? 0) + 1 };
      this.#db
        .prepare(`INSERT OR REPLACE INTO experiment_state (name, fingerprint, candidate, control, status, step_index, candidate_weight, started_at, step_started_at, updated_at, version)
          VALUES (@name, @fingerprint, @candidate, @control, @status, @step_index, @candidate_weight, @started_at, @step_started_at, @updated_at, @version)`)
        .run(next);
      this.#insertEvent(event);
      return next;
    });
    return run.immediate();
  }

  async transition(next: ExperimentState, expectedVersion: number, event: ExperimentEvent): Promise<boolean> {
    const run = this.#db.transaction(() => {
      const changed = this.#db
        .prepare(`UPDATE experiment_state SET status = @status, step_index = @step_index, candidate_weight = @candidate_weight,
            step_started_at = @step_started_at, updated_at = @updated_at, version = @version
          WHERE name = @name AND version = @expected AND fingerprint = @fingerprint`)
        .run({ ...next, version: expectedVersion + 1, expected: expectedVersion }).changes;
      if (changed !== 1) return false;
      this.#insertEvent(event);
      return true;
    });
    return run.immediate();
  }

  async listEvents(name: string, limit = 100): Promise<ExperimentEvent[]> {
    const rows = this.#db
      .prepare(`SELECT * FROM experiment_events WHERE experiment = ? ORDER BY id DESC LIMIT ${Math.min(Math.max(limit, 1), 1000)}`)
      .all(name) as EventRow[];
    return rows.map((r) => ({ ...r, details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null }));
  }

  async samples(route: string, since: string, limit = 200_000): Promise<ExperimentSample[]> {
    return this.#db
      .prepare(`SELECT id AS inference_id, variant, session_id, COALESCE(session_id, id) AS unit, status, latency_ms, ttft_ms, attempts_count, cost_usd,
          json_extract(usage, '$.prompt_tokens') AS prompt_tokens, json_extract(usage, '$.completion_tokens') AS completion_tokens
        FROM inferences WHERE ${counted()} ORDER BY id LIMIT ?`)
      .all(route, since, limit) as ExperimentSample[];
  }

  async feedback(route: string, since: string): Promise<ExperimentFeedback[]> {
    const hasFeedback = this.#db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'feedback'`).get();
    if (!hasFeedback) return [];
    return this.#db
      .prepare(`SELECT i.variant AS variant, COALESCE(i.session_id, i.id) AS unit, f.metric_name AS metric_name, CAST(f.value AS REAL) AS value
          FROM feedback f JOIN inferences i ON f.target_type = 'inference' AND f.target_id = i.id
          WHERE ${counted('i.')} AND f.value IS NOT NULL
        UNION ALL
        SELECT s.variant, s.session_id, f.metric_name, CAST(f.value AS REAL)
          FROM feedback f JOIN (SELECT DISTINCT variant, session_id FROM inferences WHERE ${counted()} AND session_id IS NOT NULL) s
            ON f.target_type = 'episode' AND f.target_id = s.session_id
          WHERE f.value IS NOT NULL`)
      .all(route, since, route, since) as ExperimentFeedback[];
  }

  #insertEvent(e: ExperimentEvent): void {
    this.#db
      .prepare(`INSERT INTO experiment_events (id, experiment, created_at, action, actor, reason, from_step, to_step, candidate_weight, details)
        VALUES (@id, @experiment, @created_at, @action, @actor, @reason, @from_step, @to_step, @candidate_weight, @details)`)
      .run({ ...e, details: e.details ? JSON.stringify(e.details) : null });
  }
}
