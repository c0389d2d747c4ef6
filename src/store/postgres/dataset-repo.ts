import type pg from 'pg';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { checkDatasetName, editedDatapoint, newDatapoint, unknownDatapoint } from '../dataset-common.js';
import type { Datapoint, DatasetChange, DatasetRepo, DatasetVersion } from '../dataset-types.js';
import type { Page } from '../types.js';
import { exec, jsonb, one, rows, tx } from './db.js';

// Datasets on PostgreSQL; mirrors src/store/sqlite/dataset-repo.ts. A commit takes a per-dataset
// advisory lock so two replicas editing one dataset make versions n+1 and n+2, never two n+1.

const versionCols = 'name AS dataset, version, created_at, note, size';

export class PgDatasetRepo implements DatasetRepo {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async commit(name: string, change: DatasetChange): Promise<DatasetVersion> {
    checkDatasetName(name);
    return tx(this.#pool, async (c) => {
      await c.query(`SELECT pg_advisory_xact_lock(hashtext('dataset:' || current_schema() || ':' || $1))`, [name]);
      const latest = (await one<{ v: number | null }>(c, 'SELECT MAX(version) AS v FROM datasets WHERE name = ?', [name]))?.v ?? 0;
      const next = latest + 1;
      const live = (id: string) => one<Datapoint>(c, 'SELECT * FROM datapoints WHERE id = ? AND dataset = ? AND removed_in IS NULL', [id, name]);
      const put = (d: Datapoint) =>
        exec(
          c,
          `INSERT INTO datapoints (id, dataset, created_at, added_in, removed_in, supersedes, messages, tools, output, tags, source_inference_id, source_session_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [d.id, d.dataset, d.created_at, d.added_in, d.removed_in, d.supersedes, jsonb(d.messages), jsonb(d.tools), jsonb(d.output), jsonb(d.tags), d.source_inference_id, d.source_session_id],
        );
      for (const id of change.remove ?? []) {
        if (!(await live(id))) throw unknownDatapoint(id, name);
        await exec(c, 'UPDATE datapoints SET removed_in = ? WHERE id = ?', [next, id]);
      }
      for (const { id, patch } of change.edit ?? []) {
        const old = await live(id);
        if (!old) throw unknownDatapoint(id, name);
        await exec(c, 'UPDATE datapoints SET removed_in = ? WHERE id = ?', [next, id]);
        await put(editedDatapoint(old, next, patch));
      }
      for (const input of change.add ?? []) await put(newDatapoint(name, next, input));
      const size = (await one<{ n: number }>(c, 'SELECT COUNT(*) AS n FROM datapoints WHERE dataset = ? AND removed_in IS NULL', [name]))!.n;
      const version: DatasetVersion = { dataset: name, version: next, created_at: new Date().toISOString(), note: change.note ?? null, size };
      await exec(c, 'INSERT INTO datasets (name, version, created_at, note, size) VALUES (?, ?, ?, ?, ?)', [name, next, version.created_at, version.note, size]);
      return version;
    });
  }

  async list(): Promise<DatasetVersion[]> {
    return rows<DatasetVersion>(this.#pool, `SELECT DISTINCT ON (name) ${versionCols} FROM datasets ORDER BY name, version DESC`);
  }

  async getVersion(name: string, version?: number): Promise<DatasetVersion | null> {
    const row =
      version === undefined
        ? await one<DatasetVersion>(this.#pool, `SELECT ${versionCols} FROM datasets WHERE name = ? ORDER BY version DESC LIMIT 1`, [name])
        : await one<DatasetVersion>(this.#pool, `SELECT ${versionCols} FROM datasets WHERE name = ? AND version = ?`, [name, version]);
    return row ?? null;
  }

  async listVersions(name: string): Promise<DatasetVersion[]> {
    return rows<DatasetVersion>(this.#pool, `SELECT ${versionCols} FROM datasets WHERE name = ? ORDER BY version`, [name]);
  }

  async listDatapoints(name: string, opts: { version?: number; cursor?: string; limit?: number } = {}): Promise<Page<Datapoint>> {
    const v = opts.version ?? (await this.getVersion(name))?.version;
    if (v === undefined) return { items: [], next_cursor: null };
    const limit = Math.min(Math.max(opts.limit ?? 100, 1), 1000);
    const after = opts.cursor ? decodeCursor(opts.cursor) : '';
    const found = await rows<Datapoint>(
      this.#pool,
      'SELECT * FROM datapoints WHERE dataset = ? AND added_in <= ? AND (removed_in IS NULL OR removed_in > ?) AND id > ? ORDER BY id LIMIT ?',
      [name, v, v, after, limit + 1],
    );
    const items = found.slice(0, limit);
    return { items, next_cursor: found.length > limit ? encodeCursor(items[items.length - 1].id) : null };
  }

  async getDatapoint(id: string): Promise<Datapoint | null> {
    return (await one<Datapoint>(this.#pool, 'SELECT * FROM datapoints WHERE id = ?', [id])) ?? null;
  }
}
