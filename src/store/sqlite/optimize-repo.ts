import type Database from 'better-sqlite3';
import { exampleFromRow, vectorBytes, type ExampleRowIn } from '../optimize-rows.js';
import { summaryOf, type OptimizeRepo, type OptimizeRun, type OptimizeRunSummary, type StoredExample } from '../optimize-types.js';

// Example pools and optimize runs in SQLite; mirrors src/store/postgres/optimize-repo.ts.

export class SqliteOptimizeRepo implements OptimizeRepo {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  async addExamples(rows: StoredExample[]): Promise<number> {
    const insert = this.#db.prepare('INSERT OR IGNORE INTO optimize_examples (source, inference_id, created_at, text, shot, embedding) VALUES (?, ?, ?, ?, ?, ?)');
    return this.#db.transaction(() => rows.reduce((n, r) => n + insert.run(r.source, r.inference_id, r.created_at, r.text, JSON.stringify(r.shot), vectorBytes(r.embedding)).changes, 0))();
  }

  async listExamples(source: string, afterSeq: number, limit: number): Promise<(StoredExample & { seq: number })[]> {
    const found = this.#db.prepare('SELECT * FROM optimize_examples WHERE source = ? AND seq > ? ORDER BY seq LIMIT ?').all(source, afterSeq, limit) as ExampleRowIn[];
    return found.map(exampleFromRow);
  }

  async saveRun(run: OptimizeRun): Promise<void> {
    this.#db
      .prepare('INSERT OR REPLACE INTO optimize_runs (id, created_at, updated_at, route, method, status, candidate, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(run.id, run.created_at, run.updated_at, run.route, run.method, run.status, run.candidate, JSON.stringify(run));
  }

  async getRun(idOrPrefix: string): Promise<OptimizeRun | null> {
    const found = this.#db.prepare("SELECT record FROM optimize_runs WHERE id LIKE ? ESCAPE '\\' LIMIT 2").all(`${idOrPrefix.replace(/[\\%_]/g, '\\$&')}%`) as { record: string }[];
    return found.length === 1 ? (JSON.parse(found[0].record) as OptimizeRun) : null;
  }

  async listRuns(opts: { route?: string; limit?: number } = {}): Promise<OptimizeRunSummary[]> {
    const limit = Math.min(opts.limit ?? 50, 1000);
    const found = (opts.route
      ? this.#db.prepare('SELECT record FROM optimize_runs WHERE route = ? ORDER BY id DESC LIMIT ?').all(opts.route, limit)
      : this.#db.prepare('SELECT record FROM optimize_runs ORDER BY id DESC LIMIT ?').all(limit)) as { record: string }[];
    return found.map((r) => summaryOf(JSON.parse(r.record) as OptimizeRun));
  }
}
