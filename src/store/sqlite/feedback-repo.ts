import type Database from 'better-sqlite3';
import type { DeleteCounts, FeedbackInsert, FeedbackRecord, FeedbackRepo, FeedbackTargetType } from '../feedback-types.js';
import { DELETE_ORPHAN_BASES } from './inference-rows.js';

// Feedback rows and episode/retention deletion in SQLite. Deletion finds every table with an
// `inference_id` (or `session_id`) column, so rows other parts attach to inferences (attempts,
// firewall assessments, ...) go with them without this file knowing those tables.

type FeedbackRow = Omit<FeedbackRecord, 'raw' | 'tags'> & { raw: string; tags: string | null };

const fromRow = (r: FeedbackRow): FeedbackRecord => ({ ...r, raw: JSON.parse(r.raw), tags: r.tags ? JSON.parse(r.tags) : null });

export class SqliteFeedbackRepo implements FeedbackRepo {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  async add(row: FeedbackRecord): Promise<FeedbackInsert> {
    const insert = this.#db.transaction((): FeedbackInsert => {
      const changes = this.#db
        .prepare(`INSERT INTO feedback (id, created_at, metric_name, target_type, target_id, value, raw, idempotency_key, tags)
          VALUES (@id, @created_at, @metric_name, @target_type, @target_id, @value, @raw, @idempotency_key, @tags)
          ON CONFLICT (idempotency_key) DO NOTHING`)
        .run({ ...row, raw: JSON.stringify(row.raw ?? null), tags: row.tags ? JSON.stringify(row.tags) : null }).changes;
      if (changes === 1) return { feedback: row, created: true };
      const first = this.#db.prepare('SELECT * FROM feedback WHERE idempotency_key = ?').get(row.idempotency_key) as FeedbackRow;
      return { feedback: fromRow(first), created: false };
    });
    return insert.immediate();
  }

  async get(id: string): Promise<FeedbackRecord | null> {
    const r = this.#db.prepare('SELECT * FROM feedback WHERE id = ?').get(id) as FeedbackRow | undefined;
    return r ? fromRow(r) : null;
  }

  async listForTarget(targetType: FeedbackTargetType, targetId: string): Promise<FeedbackRecord[]> {
    return (this.#db.prepare('SELECT * FROM feedback WHERE target_type = ? AND target_id = ? ORDER BY id').all(targetType, targetId) as FeedbackRow[]).map(fromRow);
  }

  async listForInferences(ids: string[]): Promise<FeedbackRecord[]> {
    if (ids.length === 0) return [];
    const out: FeedbackRecord[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = this.#db
        .prepare(`SELECT * FROM feedback WHERE target_type = 'inference' AND target_id IN (${chunk.map(() => '?').join(',')}) ORDER BY id`)
        .all(...chunk) as FeedbackRow[];
      out.push(...rows.map(fromRow));
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async episodeExists(sessionId: string): Promise<boolean> {
    if (this.#db.prepare('SELECT 1 FROM inferences WHERE session_id = ? LIMIT 1').get(sessionId) !== undefined) return true;
    // Sessions imported from another agent are episodes too (their table exists once imports are migrated).
    return this.#tablesWith('session_id').includes('imported_episodes') && this.#db.prepare('SELECT 1 FROM imported_episodes WHERE session_id = ?').get(sessionId) !== undefined;
  }

  async deleteEpisode(sessionId: string): Promise<DeleteCounts> {
    const run = this.#db.transaction(() => {
      const related: Record<string, number> = {};
      const scope = 'SELECT id FROM inferences WHERE session_id = ?';
      for (const t of this.#tablesWith('inference_id')) {
        related[t] = this.#db.prepare(`DELETE FROM "${t}" WHERE inference_id IN (${scope})`).run(sessionId).changes;
      }
      related.feedback = this.#db
        .prepare(`DELETE FROM feedback WHERE (target_type = 'inference' AND target_id IN (${scope})) OR (target_type = 'episode' AND target_id = ?)`)
        .run(sessionId, sessionId).changes;
      related.datapoints = this.#db
        .prepare(`DELETE FROM datapoints WHERE source_session_id = ? OR source_inference_id IN (${scope})`)
        .run(sessionId, sessionId).changes;
      const inferences = this.#db.prepare('DELETE FROM inferences WHERE session_id = ?').run(sessionId).changes;
      related.request_bases = this.#db.prepare(DELETE_ORPHAN_BASES).run().changes;
      for (const t of this.#tablesWith('session_id')) {
        if (t === 'inferences') continue;
        related[t] = (related[t] ?? 0) + this.#db.prepare(`DELETE FROM "${t}" WHERE session_id = ?`).run(sessionId).changes;
      }
      return { inferences, related };
    });
    return run.immediate();
  }

  async deleteOlderThan(before: string): Promise<DeleteCounts> {
    const run = this.#db.transaction(() => {
      const related: Record<string, number> = {};
      const scope = 'SELECT id FROM inferences WHERE created_at < ?';
      for (const t of this.#tablesWith('inference_id')) {
        related[t] = this.#db.prepare(`DELETE FROM "${t}" WHERE inference_id IN (${scope})`).run(before).changes;
      }
      related.feedback = this.#db.prepare(`DELETE FROM feedback WHERE target_type = 'inference' AND target_id IN (${scope})`).run(before).changes;
      const inferences = this.#db.prepare('DELETE FROM inferences WHERE created_at < ?').run(before).changes;
      related.request_bases = this.#db.prepare(DELETE_ORPHAN_BASES).run().changes;
      return { inferences, related };
    });
    return run.immediate();
  }

  /**
   * The memory store's bound: deletes all but the newest `keep` inferences (ids are time-ordered)
   * with everything attached to them, as retention does; and all but the newest `keep` firewall
   * traces that no approval refers to.
   */
  trimTo(keep: number): DeleteCounts {
    const run = this.#db.transaction(() => {
      const related: Record<string, number> = {};
      const scope = 'SELECT id FROM inferences ORDER BY id DESC LIMIT -1 OFFSET ?';
      for (const t of this.#tablesWith('inference_id')) {
        related[t] = this.#db.prepare(`DELETE FROM "${t}" WHERE inference_id IN (${scope})`).run(keep).changes;
      }
      related.feedback = this.#db.prepare(`DELETE FROM feedback WHERE target_type = 'inference' AND target_id IN (${scope})`).run(keep).changes;
      related.firewall_traces = this.#db
        .prepare('DELETE FROM firewall_traces WHERE id IN (SELECT id FROM firewall_traces WHERE approval_id IS NULL ORDER BY id DESC LIMIT -1 OFFSET ?)')
        .run(keep).changes;
      const inferences = this.#db.prepare(`DELETE FROM inferences WHERE id IN (${scope})`).run(keep).changes;
      related.request_bases = this.#db.prepare(DELETE_ORPHAN_BASES).run().changes;
      return { inferences, related };
    });
    return run.immediate();
  }

  #tablesWith(column: string): string[] {
    return (
      this.#db
        .prepare(`SELECT m.name AS name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND p.name = ? ORDER BY m.name`)
        .all(column) as { name: string }[]
    ).map((r) => r.name);
  }
}
