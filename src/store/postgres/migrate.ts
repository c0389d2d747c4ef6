import type pg from 'pg';
import type { PgMigration } from './migrations/index.js';

// Applies pending migrations in one transaction under an advisory lock, so replicas starting at
// the same moment migrate once and the others wait, then see the result.

const LOCK_KEY = 0x5717c4a; // arbitrary, constant: "switchyard migrations"

export async function migratePostgres(pool: pg.Pool, migrations: PgMigration[]): Promise<number[]> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))', [LOCK_KEY]);
    await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)');
    const done = new Set((await c.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await c.query(m.sql);
      await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [m.version, m.name]);
      applied.push(m.version);
    }
    await c.query('COMMIT');
    return applied;
  } catch (err) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    c.release();
  }
}
