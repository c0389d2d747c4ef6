import type pg from 'pg';
import type { ExperimentEvent, ExperimentFeedback, ExperimentRepo, ExperimentSample, ExperimentState } from '../experiment-types.js';
import { exec, jsonb, one, rows, tx, type Queryable } from './db.js';

// Experiment state in PostgreSQL, shared by every replica. Same contract as the SQLite repo: a state
// change and its event commit together, and a stale version loses instead of overwriting.

const counted = (t = '') => `${t}route = ? AND ${t}created_at >= ?::timestamptz AND ${t}variant IS NOT NULL
  AND (${t}routing IS NULL OR (${t}routing->'variant_forced' IS NULL AND ${t}routing->'shadow' IS NULL))`;

const STATE_COLUMNS = 'name, fingerprint, candidate, control, status, step_index, candidate_weight, started_at, step_started_at, updated_at, version';

export class PgExperimentRepo implements ExperimentRepo {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async getState(name: string): Promise<ExperimentState | null> {
    return (await one<ExperimentState>(this.#pool, `SELECT ${STATE_COLUMNS} FROM experiment_state WHERE name = ?`, [name])) ?? null;
  }

  async listStates(): Promise<ExperimentState[]> {
    return rows<ExperimentState>(this.#pool, `SELECT ${STATE_COLUMNS} FROM experiment_state ORDER BY name`);
  }

  async ensureState(state: ExperimentState, event: ExperimentEvent): Promise<ExperimentState> {
    return tx(this.#pool, async (c) => {
      const inserted = await exec(
        c,
        `INSERT INTO experiment_state (${STATE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING`,
        stateParams({ ...state, version: 1 }),
      );
      if (inserted === 1) {
        await insertEvent(c, event);
        return { ...state, version: 1 };
      }
      const current = (await one<ExperimentState>(c, `SELECT ${STATE_COLUMNS} FROM experiment_state WHERE name = ? FOR UPDATE`, [state.name]))!;
      if (current.fingerprint === state.fingerprint) return current;
      const next = { ...state, version: current.version + 1 };
      await exec(
        c,
        `UPDATE experiment_state SET fingerprint = ?, candidate = ?, control = ?, status = ?, step_index = ?, candidate_weight = ?,
           started_at = ?, step_started_at = ?, updated_at = ?, version = ? WHERE name = ?`,
        [...stateParams(next).slice(1), next.name],
      );
      await insertEvent(c, event);
      return next;
    });
  }

  async transition(next: ExperimentState, expectedVersion: number, event: ExperimentEvent): Promise<boolean> {
    return tx(this.#pool, async (c) => {
      const changed = await exec(
        c,
        `UPDATE experiment_state SET status = ?, step_index = ?, candidate_weight = ?, step_started_at = ?, updated_at = ?, version = ?
          WHERE name = ? AND version = ? AND fingerprint = ?`,
        [next.status, next.step_index, next.candidate_weight, next.step_started_at, next.updated_at, expectedVersion + 1, next.name, expectedVersion, next.fingerprint],
      );
      if (changed !== 1) return false;
      await insertEvent(c, event);
      return true;
    });
  }

  async listEvents(name: string, limit = 100): Promise<ExperimentEvent[]> {
    return rows<ExperimentEvent>(
      this.#pool,
      `SELECT id, experiment, created_at, action, actor, reason, from_step, to_step, candidate_weight, details
        FROM experiment_events WHERE experiment = ? ORDER BY id DESC LIMIT ${Math.min(Math.max(Math.trunc(limit), 1), 1000)}`,
      [name],
    );
  }

  async samples(route: string, since: string, limit = 200_000): Promise<ExperimentSample[]> {
    return rows<ExperimentSample>(
      this.#pool,
      `SELECT id AS inference_id, variant, session_id, COALESCE(session_id, id) AS unit, status, latency_ms, ttft_ms, attempts_count, cost_usd,
          (usage->>'prompt_tokens')::double precision AS prompt_tokens, (usage->>'completion_tokens')::double precision AS completion_tokens
        FROM inferences WHERE ${counted()} ORDER BY id LIMIT ?`,
      [route, since, limit],
    );
  }

  async feedback(route: string, since: string): Promise<ExperimentFeedback[]> {
    const has = await one<{ t: string | null }>(this.#pool, `SELECT to_regclass('feedback')::text AS t`);
    if (!has?.t) return [];
    return rows<ExperimentFeedback>(
      this.#pool,
      `SELECT i.variant AS variant, COALESCE(i.session_id, i.id) AS unit, f.metric_name AS metric_name, f.value AS value
          FROM feedback f JOIN inferences i ON f.target_type = 'inference' AND f.target_id = i.id
          WHERE ${counted('i.')} AND f.value IS NOT NULL
        UNION ALL
        SELECT s.variant, s.session_id, f.metric_name, f.value
          FROM feedback f JOIN (SELECT DISTINCT variant, session_id FROM inferences WHERE ${counted()} AND session_id IS NOT NULL) s
            ON f.target_type = 'episode' AND f.target_id = s.session_id
          WHERE f.value IS NOT NULL`,
      [route, since, route, since],
    );
  }
}

function stateParams(s: ExperimentState): unknown[] {
  return [s.name, s.fingerprint, s.candidate, s.control, s.status, s.step_index, s.candidate_weight, s.started_at, s.step_started_at, s.updated_at, s.version];
}

async function insertEvent(c: Queryable, e: ExperimentEvent): Promise<void> {
  await exec(
    c,
    `INSERT INTO experiment_events (id, experiment, created_at, action, actor, reason, from_step, to_step, candidate_weight, details)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)`,
    [e.id, e.experiment, e.created_at, e.action, e.actor, e.reason, e.from_step, e.to_step, e.candidate_weight, jsonb(e.details)],
  );
}
