import type Database from 'better-sqlite3';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { checkDatasetName, editedDatapoint, newDatapoint, unknownDatapoint } from '../dataset-common.js';
import type { Datapoint, DatasetChange, DatasetRepo, DatasetVersion } from '../dataset-types.js';
import type { Page } from '../types.js';

// Datasets in SQLite. A datapoint belongs to version v when added_in <= v and it was not removed
// at or before v; a commit only inserts rows and stamps removed_in, so old versions stay readable.

type DatapointRow = Omit<Datapoint, 'messages' | 'tools' | 'output' | 'tags'> & { messages: string; tools: string | null; output: string | null; tags: string | null };

const parse = (s: string | null) => (s == null ? null : JSON.parse(s));
const fromRow = (r: DatapointRow): Datapoint => ({ ...r, messages: JSON.parse(r.messages), tools: parse(r.tools), output: parse(r.output), tags: parse(r.tags) });
const json = (v: unknown) => (v == null ? null : JSON.stringify(v));

export class SqliteDatasetRepo implements DatasetRepo {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  async commit(name: string, change: DatasetChange): Promise<DatasetVersion> {
    checkDatasetName(name);
    const run = this.#db.transaction((): DatasetVersion => {
      const latest = (this.#db.prepare('SELECT MAX(version) AS v FROM datasets WHERE name = ?').get(name) as { v: number | null }).v ?? 0;
      const next = latest + 1;
      const live = (id: string) =>
        this.#db.prepare('SELECT * FROM datapoints WHERE id = ? AND dataset = ? AND removed_in IS NULL').get(id, name) as DatapointRow | undefined;
      const retire = this.#db.prepare('UPDATE datapoints SET removed_in = ? WHERE id = ?');
      const insert = this.#db.prepare(`INSERT INTO datapoints (id, dataset, created_at, added_in, removed_in, supersedes, messages, tools, output, tags, source_inference_id, source_session_id)
        VALUES (@id, @dataset, @created_at, @added_in, @removed_in, @supersedes, @messages, @tools, @output, @tags, @source_inference_id, @source_session_id)`);
      const put = (d: Datapoint) => insert.run({ ...d, messages: JSON.stringify(d.messages), tools: json(d.tools), output: json(d.output), tags: json(d.tags) });
      for (const id of change.remove ?? []) {
        if (!live(id)) throw unknownDatapoint(id, name);
        retire.run(next, id);
      }
      for (const { id, patch } of change.edit ?? []) {
        const old = live(id);
        if (!old) throw unknownDatapoint(id, name);
        retire.run(next, id);
        put(editedDatapoint(fromRow(old), next, patch));
      }
      for (const input of change.add ?? []) put(newDatapoint(name, next, input));
      const size = (this.#db.prepare('SELECT COUNT(*) AS n FROM datapoints WHERE dataset = ? AND removed_in IS NULL').get(name) as { n: number }).n;
      const version: DatasetVersion = { dataset: name, version: next, created_at: new Date().toISOString(), note: change.note ?? null, size };
      this.#db.prepare('INSERT INTO datasets (name, version, created_at, note, size) VALUES (?, ?, ?, ?, ?)').run(name, next, version.created_at, version.note, size);
      return version;
    });
    return run.immediate();
  }

  async list(): Promise<DatasetVersion[]> {
    return this.#db
      .prepare(`SELECT name AS dataset, version, created_at, note, size FROM datasets d WHERE version = (SELECT MAX(version) FROM datasets WHERE name = d.name) ORDER BY name`)
      .all() as DatasetVersion[];
  }

  async getVersion(name: string, version?: number): Promise<DatasetVersion | null> {
    const row =
      version === undefined
        ? this.#db.prepare('SELECT name AS dataset, version, created_at, note, size FROM datasets WHERE name = ? ORDER BY version DESC LIMIT 1').get(name)
        : this.#db.prepare('SELECT name AS dataset, version, created_at, note, size FROM datasets WHERE name = ? AND version = ?').get(name, version);
    return (row as DatasetVersion | undefined) ?? null;
  }

  async listVersions(name: string): Promise<DatasetVersion[]> {
    return this.#db.prepare('SELECT name AS dataset, version, created_at, note, size FROM datasets WHERE name = ? ORDER BY version').all(name) as DatasetVersion[];
  }

  async listDatapoints(name: string, opts: { version?: number; cursor?: string; limit?: number } = {}): Promise<Page<Datapoint>> {
    const v = opts.version ?? (await this.getVersion(name))?.version;
    if (v === undefined) return { items: [], next_cursor: null };
    const limit = Math.min(Math.max(opts.limit ?? 100, 1), 1000);
    const after = opts.cursor ? decodeCursor(opts.cursor) : '';
    const rows = this.#db
      .prepare(`SELECT * FROM datapoints WHERE dataset = ? AND added_in <= ? AND (removed_in IS NULL OR removed_in > ?) AND id > ? ORDER BY id LIMIT ?`)
      .all(name, v, v, after, limit + 1) as DatapointRow[];
    const items = rows.slice(0, limit).map(fromRow);
    return { items, next_cursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
  }

  async getDatapoint(id: string): Promise<Datapoint | null> {
    const r = this.#db.prepare('SELECT * FROM datapoints WHERE id = ?').get(id) as DatapointRow | undefined;
    return r ? fromRow(r) : null;
  }
}
