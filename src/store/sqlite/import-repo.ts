import type Database from 'better-sqlite3';
import type { ImportCounts, ImportedDatapoint, ImportedEpisode, ImportedTurn, ImportRepo } from '../hermes-import-types.js';

// Imported session data in SQLite (migration 005). INSERT OR IGNORE on the source-derived key is
// what makes a second import add nothing.

const json = (v: unknown) => (v == null ? null : JSON.stringify(v));
const parse = <T>(s: string | null): T | null => (s == null ? null : (JSON.parse(s) as T));

type EpisodeRow = Omit<ImportedEpisode, 'stats' | 'extra'> & { stats: string; extra: string };
type TurnRow = Omit<ImportedTurn, 'message' | 'extra'> & { message: string; extra: string; role: string };
type DatapointRow = { source_id: string; dataset: string; messages: string; output: string | null; tools: string | null; tags: string; metadata: string; created_at: string };

const episodeFromRow = ({ stats, extra, ...r }: EpisodeRow & { imported_at?: string }): ImportedEpisode => {
  delete (r as { imported_at?: string }).imported_at;
  return { ...r, stats: JSON.parse(stats), extra: JSON.parse(extra) };
};
const turnFromRow = ({ message, extra, role: _role, ...r }: TurnRow): ImportedTurn => ({ ...r, message: JSON.parse(message), extra: JSON.parse(extra) });
const datapointFromRow = (r: DatapointRow): ImportedDatapoint => ({
  source_id: r.source_id,
  dataset: r.dataset,
  messages: JSON.parse(r.messages),
  output: parse(r.output),
  tools: parse(r.tools),
  tags: JSON.parse(r.tags),
  metadata: JSON.parse(r.metadata),
  created_at: r.created_at,
});

export class SqliteImportRepo implements ImportRepo {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  async addEpisodes(rows: ImportedEpisode[]): Promise<number> {
    const insert = this.#db.prepare(`INSERT OR IGNORE INTO imported_episodes (session_id, origin, platform, user_id, model, title, system_prompt, parent_session_id, started_at, ended_at, end_reason, stats, extra, imported_at)
      VALUES (@session_id, @origin, @platform, @user_id, @model, @title, @system_prompt, @parent_session_id, @started_at, @ended_at, @end_reason, @stats, @extra, @imported_at)`);
    const now = new Date().toISOString();
    return this.#db.transaction(() => rows.reduce((n, r) => n + insert.run({ ...r, stats: JSON.stringify(r.stats), extra: JSON.stringify(r.extra), imported_at: now }).changes, 0))();
  }

  async addTurns(rows: ImportedTurn[]): Promise<number> {
    const insert = this.#db.prepare(`INSERT OR IGNORE INTO imported_turns (source_id, session_id, seq, role, message, created_at, token_count, finish_reason, reasoning, extra)
      VALUES (@source_id, @session_id, @seq, @role, @message, @created_at, @token_count, @finish_reason, @reasoning, @extra)`);
    return this.#db.transaction(() =>
      rows.reduce((n, r) => n + insert.run({ ...r, role: r.message.role, message: JSON.stringify(r.message), extra: JSON.stringify(r.extra) }).changes, 0),
    )();
  }

  async addDatapoints(rows: ImportedDatapoint[]): Promise<string[]> {
    const insert = this.#db.prepare(`INSERT OR IGNORE INTO imported_datapoints (source_id, dataset, messages, output, tools, tags, metadata, created_at, imported_at)
      VALUES (@source_id, @dataset, @messages, @output, @tools, @tags, @metadata, @created_at, @imported_at)`);
    const now = new Date().toISOString();
    return this.#db.transaction(() =>
      rows
        .filter(
          (r) =>
            insert.run({ ...r, messages: JSON.stringify(r.messages), output: json(r.output), tools: json(r.tools), tags: JSON.stringify(r.tags), metadata: JSON.stringify(r.metadata), imported_at: now })
              .changes > 0,
        )
        .map((r) => r.source_id),
    )();
  }

  async getEpisode(sessionId: string): Promise<ImportedEpisode | null> {
    const row = this.#db.prepare('SELECT * FROM imported_episodes WHERE session_id = ?').get(sessionId) as EpisodeRow | undefined;
    return row ? episodeFromRow(row) : null;
  }

  async listEpisodes(opts: { origin?: string; limit?: number } = {}): Promise<ImportedEpisode[]> {
    const limit = Math.min(Math.max(opts.limit ?? 100, 1), 10_000);
    const rows = (
      opts.origin
        ? this.#db.prepare('SELECT * FROM imported_episodes WHERE origin = ? ORDER BY started_at DESC, session_id LIMIT ?').all(opts.origin, limit)
        : this.#db.prepare('SELECT * FROM imported_episodes ORDER BY started_at DESC, session_id LIMIT ?').all(limit)
    ) as EpisodeRow[];
    return rows.map(episodeFromRow);
  }

  async listTurns(sessionId: string): Promise<ImportedTurn[]> {
    return (this.#db.prepare('SELECT * FROM imported_turns WHERE session_id = ? ORDER BY seq, source_id').all(sessionId) as TurnRow[]).map(turnFromRow);
  }

  async listDatapoints(dataset: string): Promise<ImportedDatapoint[]> {
    return (this.#db.prepare('SELECT * FROM imported_datapoints WHERE dataset = ? ORDER BY created_at, source_id').all(dataset) as DatapointRow[]).map(datapointFromRow);
  }

  async counts(): Promise<ImportCounts> {
    const n = (table: string) => (this.#db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { episodes: n('imported_episodes'), turns: n('imported_turns'), datapoints: n('imported_datapoints') };
  }
}
