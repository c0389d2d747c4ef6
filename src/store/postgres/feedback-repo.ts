import type pg from 'pg';
import type { DeleteCounts, FeedbackInsert, FeedbackRecord, FeedbackRepo, FeedbackTargetType } from '../feedback-types.js';
import { exec, jsonb, one, rows, tx } from './db.js';

// Feedback and episode/retention deletion on PostgreSQL; mirrors src/store/sqlite/feedback-repo.ts.

const cols = 'id, created_at, metric_name, target_type, target_id, value, raw, idempotency_key, tags';

export class PgFeedbackRepo implements FeedbackRepo {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async add(row: FeedbackRecord): Promise<FeedbackInsert> {
    const inserted = await exec(
      this.#pool,
      `INSERT INTO feedback (${cols}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
      [row.id, row.created_at, row.metric_name, row.target_type, row.target_id, row.value, jsonb(row.raw ?? null) ?? 'null', row.idempotency_key, jsonb(row.tags)],
    );
    if (inserted === 1) return { feedback: row, created: true };
    const first = await one<FeedbackRecord>(this.#pool, `SELECT ${cols} FROM feedback WHERE idempotency_key = ?`, [row.idempotency_key]);
    return { feedback: first!, created: false };
  }

  async get(id: string): Promise<FeedbackRecord | null> {
    return (await one<FeedbackRecord>(this.#pool, `SELECT ${cols} FROM feedback WHERE id = ?`, [id])) ?? null;
  }

  async listForTarget(targetType: FeedbackTargetType, targetId: string): Promise<FeedbackRecord[]> {
    return rows<FeedbackRecord>(this.#pool, `SELECT ${cols} FROM feedback WHERE target_type = ? AND target_id = ? ORDER BY id`, [targetType, targetId]);
  }

  async listForInferences(ids: string[]): Promise<FeedbackRecord[]> {
    if (ids.length === 0) return [];
    return rows<FeedbackRecord>(this.#pool, `SELECT ${cols} FROM feedback WHERE target_type = 'inference' AND target_id = ANY(?) ORDER BY id`, [ids]);
  }

  async episodeExists(sessionId: string): Promise<boolean> {
    // Sessions imported from another agent are episodes too.
    const found = await one(
      this.#pool,
      `SELECT 1 WHERE EXISTS (SELECT 1 FROM inferences WHERE session_id = ?) OR EXISTS (SELECT 1 FROM imported_episodes WHERE session_id = ?)`,
      [sessionId, sessionId],
    );
    return found !== undefined;
  }

  async deleteEpisode(sessionId: string): Promise<DeleteCounts> {
    return tx(this.#pool, async (c) => {
      const related: Record<string, number> = {};
      const scope = 'SELECT id FROM inferences WHERE session_id = ?';
      for (const t of await tablesWith(c, 'inference_id')) related[t] = await exec(c, `DELETE FROM "${t}" WHERE inference_id IN (${scope})`, [sessionId]);
      related.feedback = await exec(
        c,
        `DELETE FROM feedback WHERE (target_type = 'inference' AND target_id IN (${scope})) OR (target_type = 'episode' AND target_id = ?)`,
        [sessionId, sessionId],
      );
      related.datapoints = await exec(c, `DELETE FROM datapoints WHERE source_session_id = ? OR source_inference_id IN (${scope})`, [sessionId, sessionId]);
      const inferences = await exec(c, 'DELETE FROM inferences WHERE session_id = ?', [sessionId]);
      for (const t of await tablesWith(c, 'session_id')) {
        if (t === 'inferences') continue;
        related[t] = (related[t] ?? 0) + (await exec(c, `DELETE FROM "${t}" WHERE session_id = ?`, [sessionId]));
      }
      return { inferences, related };
    });
  }

  async deleteOlderThan(before: string): Promise<DeleteCounts> {
    return tx(this.#pool, async (c) => {
      const related: Record<string, number> = {};
      const scope = 'SELECT id FROM inferences WHERE created_at < ?';
      for (const t of await tablesWith(c, 'inference_id')) related[t] = await exec(c, `DELETE FROM "${t}" WHERE inference_id IN (${scope})`, [before]);
      related.feedback = await exec(c, `DELETE FROM feedback WHERE target_type = 'inference' AND target_id IN (${scope})`, [before]);
      const inferences = await exec(c, 'DELETE FROM inferences WHERE created_at < ?', [before]);
      return { inferences, related };
    });
  }
}

async function tablesWith(c: pg.PoolClient, column: string): Promise<string[]> {
  const found = await rows<{ table_name: string }>(
    c,
    `SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t
       ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = current_schema() AND c.column_name = ? ORDER BY c.table_name`,
    [column],
  );
  return found.map((r) => r.table_name);
}
