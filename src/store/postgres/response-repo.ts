import type pg from 'pg';
import type { Redactor } from '../redact.js';
import { CHAIN_SQL, chainResult, type ResponseRepo, type StoredResponse } from '../response-types.js';
import { exec, one, rows, toJsonb } from './db.js';

// Responses API conversation state on PostgreSQL; mirrors src/store/sqlite/response-repo.ts.
// Shared by every replica, so a chain continues wherever the next turn lands.

export class PgResponseRepo implements ResponseRepo {
  readonly #pool: pg.Pool;
  readonly #redactor: Redactor;

  constructor(pool: pg.Pool, redactor: Redactor) {
    this.#pool = pool;
    this.#redactor = redactor;
  }

  async save(r: StoredResponse): Promise<void> {
    const red = this.#redactor;
    await exec(
      this.#pool,
      `INSERT INTO responses (id, created_at, previous_response_id, session_id, inference_id, input, output, response)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET input = EXCLUDED.input, output = EXCLUDED.output, response = EXCLUDED.response`,
      [r.id, r.created_at, r.previous_response_id, r.session_id, r.inference_id, toJsonb(red.json(r.input)), toJsonb(red.json(r.output)), toJsonb(red.json(r.response))],
    );
  }

  async get(id: string): Promise<StoredResponse | null> {
    return (await one<StoredResponse>(this.#pool, 'SELECT * FROM responses WHERE id = ?', [id])) ?? null;
  }

  async chain(id: string, maxDepth: number): Promise<{ rows: StoredResponse[]; complete: boolean }> {
    return chainResult(await rows<StoredResponse>(this.#pool, CHAIN_SQL, [id, maxDepth]));
  }

  async delete(id: string): Promise<boolean> {
    return (await exec(this.#pool, 'DELETE FROM responses WHERE id = ?', [id])) > 0;
  }
}
