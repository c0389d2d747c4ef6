import type pg from 'pg';
import { exampleFromRow, vectorBytes, type ExampleRowIn } from '../optimize-rows.js';
import { summaryOf, type OptimizeRepo, type OptimizeRun, type OptimizeRunSummary, type StoredExample } from '../optimize-types.js';
import { exec, jsonb, rows, tx } from './db.js';

// Example pools and optimize runs on PostgreSQL; mirrors src/store/sqlite/optimize-repo.ts.
// Vectors are float32 bytes, not pgvector: retrieval runs over an in-memory index, so the store
// only has to keep them (pgvector would only pay off for SQL-side nearest-neighbour search).

export class PgOptimizeRepo implements OptimizeRepo {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async addExamples(list: StoredExample[]): Promise<number> {
    if (list.length === 0) return 0;
    return tx(this.#pool, async (c) => {
      let n = 0;
      for (const r of list) {
        n += await exec(c, 'INSERT INTO optimize_examples (source, inference_id, created_at, text, shot, embedding) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source, inference_id) DO NOTHING', [
          r.source, r.inference_id, r.created_at, r.text, jsonb(r.shot), vectorBytes(r.embedding),
        ]);
      }
      return n;
    });
  }

  async listExamples(source: string, afterSeq: number, limit: number): Promise<(StoredExample & { seq: number })[]> {
    const found = await rows<ExampleRowIn>(this.#pool, 'SELECT * FROM optimize_examples WHERE source = ? AND seq > ? ORDER BY seq LIMIT ?', [source, afterSeq, limit]);
    return found.map(exampleFromRow);
  }

  async saveRun(run: OptimizeRun): Promise<void> {
    await exec(
      this.#pool,
      `INSERT INTO optimize_runs (id, created_at, updated_at, route, method, status, candidate, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET updated_at = EXCLUDED.updated_at, status = EXCLUDED.status, record = EXCLUDED.record`,
      [run.id, run.created_at, run.updated_at, run.route, run.method, run.status, run.candidate, jsonb(run)],
    );
  }

  async getRun(idOrPrefix: string): Promise<OptimizeRun | null> {
    const found = await rows<{ record: OptimizeRun }>(this.#pool, "SELECT record FROM optimize_runs WHERE id LIKE ? ESCAPE '\\' LIMIT 2", [`${idOrPrefix.replace(/[\\%_]/g, '\\$&')}%`]);
    return found.length === 1 ? found[0].record : null;
  }

  async listRuns(opts: { route?: string; limit?: number } = {}): Promise<OptimizeRunSummary[]> {
    const limit = Math.min(opts.limit ?? 50, 1000);
    const found = opts.route
      ? await rows<{ record: OptimizeRun }>(this.#pool, 'SELECT record FROM optimize_runs WHERE route = ? ORDER BY id DESC LIMIT ?', [opts.route, limit])
      : await rows<{ record: OptimizeRun }>(this.#pool, 'SELECT record FROM optimize_runs ORDER BY id DESC LIMIT ?', [limit]);
    return found.map((r) => summaryOf(r.record));
  }
}
