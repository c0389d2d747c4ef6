import type pg from 'pg';
import type { ImportCounts, ImportedDatapoint, ImportedEpisode, ImportedTurn, ImportRepo } from '../hermes-import-types.js';
import { exec, jsonb, one, rows, tx } from './db.js';

// Imported session data on PostgreSQL; mirrors src/store/sqlite/import-repo.ts. ON CONFLICT DO
// NOTHING on the source-derived key is what makes a second import add nothing.

const episodeCols = 'session_id, origin, platform, user_id, model, title, system_prompt, parent_session_id, started_at, ended_at, end_reason, stats, extra';
const turnCols = 'source_id, session_id, seq, message, created_at, token_count, finish_reason, reasoning, extra';
const datapointCols = 'source_id, dataset, messages, output, tools, tags, metadata, created_at';

export class PgImportRepo implements ImportRepo {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async addEpisodes(list: ImportedEpisode[]): Promise<number> {
    return tx(this.#pool, async (c) => {
      let n = 0;
      for (const r of list) {
        n += await exec(
          c,
          `INSERT INTO imported_episodes (${episodeCols}, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) ON CONFLICT DO NOTHING`,
          [r.session_id, r.origin, r.platform, r.user_id, r.model, r.title, r.system_prompt, r.parent_session_id, r.started_at, r.ended_at, r.end_reason, jsonb(r.stats), jsonb(r.extra)],
        );
      }
      return n;
    });
  }

  async addTurns(list: ImportedTurn[]): Promise<number> {
    return tx(this.#pool, async (c) => {
      let n = 0;
      for (const r of list) {
        n += await exec(
          c,
          `INSERT INTO imported_turns (source_id, session_id, seq, role, message, created_at, token_count, finish_reason, reasoning, extra)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          [r.source_id, r.session_id, r.seq, r.message.role, jsonb(r.message), r.created_at, r.token_count, r.finish_reason, r.reasoning, jsonb(r.extra)],
        );
      }
      return n;
    });
  }

  async addDatapoints(list: ImportedDatapoint[]): Promise<string[]> {
    return tx(this.#pool, async (c) => {
      const added: string[] = [];
      for (const r of list) {
        const n = await exec(
          c,
          `INSERT INTO imported_datapoints (${datapointCols}, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, now()) ON CONFLICT DO NOTHING`,
          [r.source_id, r.dataset, jsonb(r.messages), jsonb(r.output), jsonb(r.tools), jsonb(r.tags), jsonb(r.metadata), r.created_at],
        );
        if (n > 0) added.push(r.source_id);
      }
      return added;
    });
  }

  async getEpisode(sessionId: string): Promise<ImportedEpisode | null> {
    return (await one<ImportedEpisode>(this.#pool, `SELECT ${episodeCols} FROM imported_episodes WHERE session_id = ?`, [sessionId])) ?? null;
  }

  async listEpisodes(opts: { origin?: string; limit?: number } = {}): Promise<ImportedEpisode[]> {
    const limit = Math.min(Math.max(opts.limit ?? 100, 1), 10_000);
    return opts.origin
      ? rows<ImportedEpisode>(this.#pool, `SELECT ${episodeCols} FROM imported_episodes WHERE origin = ? ORDER BY started_at DESC, session_id LIMIT ?`, [opts.origin, limit])
      : rows<ImportedEpisode>(this.#pool, `SELECT ${episodeCols} FROM imported_episodes ORDER BY started_at DESC, session_id LIMIT ?`, [limit]);
  }

  async listTurns(sessionId: string): Promise<ImportedTurn[]> {
    return rows<ImportedTurn>(this.#pool, `SELECT ${turnCols} FROM imported_turns WHERE session_id = ? ORDER BY seq, source_id`, [sessionId]);
  }

  async listDatapoints(dataset: string): Promise<ImportedDatapoint[]> {
    return rows<ImportedDatapoint>(this.#pool, `SELECT ${datapointCols} FROM imported_datapoints WHERE dataset = ? ORDER BY created_at, source_id`, [dataset]);
  }

  async counts(): Promise<ImportCounts> {
    const r = await one<ImportCounts>(
      this.#pool,
      `SELECT (SELECT COUNT(*) FROM imported_episodes) AS episodes, (SELECT COUNT(*) FROM imported_turns) AS turns, (SELECT COUNT(*) FROM imported_datapoints) AS datapoints`,
    );
    return r!;
  }
}
