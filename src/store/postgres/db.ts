import pg from 'pg';

// Pool creation and small query helpers shared by the PostgreSQL repos.

const TIMESTAMPTZ = 1184;
const TIMESTAMP = 1114;
const INT8 = 20;
const NUMERIC = 1700;

/** Timestamps come back as the ISO strings the records use; counts as numbers. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMPTZ || oid === TIMESTAMP) {
      const base = pg.types.getTypeParser(oid, 'text') as (v: string) => Date;
      return (v: string) => base(v).toISOString();
    }
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
  },
} as pg.CustomTypesConfig;

interface PoolOptions {
  url: string;
  /** Schema for every connection (search_path); created when missing. */
  schema?: string;
  max?: number;
  /** statement_timeout for every connection, ms (0 = none). */
  statementTimeoutMs?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function createPool(o: PoolOptions): pg.Pool {
  if (o.schema !== undefined && !SCHEMA_NAME.test(o.schema)) throw new Error(`invalid postgres schema name "${o.schema}"`);
  return new pg.Pool({
    connectionString: o.url,
    max: o.max ?? 10,
    types,
    options: o.schema ? `-c search_path=${o.schema}` : undefined,
    statement_timeout: o.statementTimeoutMs || undefined,
    // A connection that cannot even be had within this long counts as a failed write/read.
    query_timeout: o.statementTimeoutMs ? o.statementTimeoutMs + 2_000 : undefined,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
}

export function pgTypes(): pg.CustomTypesConfig {
  return types;
}

/** Rewrites `?` placeholders to $1, $2... so queries read like their SQLite twins. */
function sql(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

export type Queryable = pg.Pool | pg.PoolClient;

export async function rows<T>(db: Queryable, text: string, params: unknown[] = []): Promise<T[]> {
  return (await db.query(sql(text), params)).rows as T[];
}

export async function one<T>(db: Queryable, text: string, params: unknown[] = []): Promise<T | undefined> {
  return (await rows<T>(db, text, params))[0];
}

export async function exec(db: Queryable, text: string, params: unknown[] = []): Promise<number> {
  return (await db.query(sql(text), params)).rowCount ?? 0;
}

export async function tx<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const out = await fn(c);
    await c.query('COMMIT');
    return out;
  } catch (err) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    c.release();
  }
}

/** JSON text for a JSONB parameter. PostgreSQL rejects \u0000 in JSONB, so NULs become U+FFFD. */
export function jsonb(v: unknown): string | null {
  if (v == null) return null;
  return toJsonb(JSON.stringify(v));
}

export function toJsonb(text: string): string {
  return text.includes('\\u0000') ? text.replace(/((?:^|[^\\])(?:\\\\)*)\\u0000/g, '$1\\ufffd') : text;
}
