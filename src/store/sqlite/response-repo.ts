import type Database from 'better-sqlite3';
import type { Redactor } from '../redact.js';
import { CHAIN_SQL, chainResult, type ResponseRepo, type StoredResponse } from '../response-types.js';

// Responses API conversation state in SQLite (migration 006). Written synchronously on the
// request connection: the next turn may arrive the moment the client has the response.

type Row = Omit<StoredResponse, 'input' | 'output' | 'response'> & { input: string; output: string; response: string };

const fromRow = (r: Row): StoredResponse => ({ ...r, input: JSON.parse(r.input), output: JSON.parse(r.output), response: JSON.parse(r.response) });

export class SqliteResponseRepo implements ResponseRepo {
  readonly #db: Database.Database;
  readonly #redactor: Redactor;

  constructor(db: Database.Database, redactor: Redactor) {
    this.#db = db;
    this.#redactor = redactor;
  }

  async save(r: StoredResponse): Promise<void> {
    const red = this.#redactor;
    this.#db
      .prepare(`INSERT OR REPLACE INTO responses (id, created_at, previous_response_id, session_id, inference_id, input, output, response)
        VALUES (@id, @created_at, @previous_response_id, @session_id, @inference_id, @input, @output, @response)`)
      .run({ ...r, input: red.json(r.input), output: red.json(r.output), response: red.json(r.response) });
  }

  async get(id: string): Promise<StoredResponse | null> {
    const row = this.#db.prepare('SELECT * FROM responses WHERE id = ?').get(id) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  async chain(id: string, maxDepth: number): Promise<{ rows: StoredResponse[]; complete: boolean }> {
    return chainResult((this.#db.prepare(CHAIN_SQL).all(id, maxDepth) as Row[]).map(fromRow));
  }

  async delete(id: string): Promise<boolean> {
    return this.#db.prepare('DELETE FROM responses WHERE id = ?').run(id).changes > 0;
  }
}
