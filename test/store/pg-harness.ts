import pg from 'pg';
import { PostgresStore } from '../../src/store/postgres/store.js';

// A fresh schema per test run on the real PostgreSQL, so parallel runs never share tables.

export const PG_URL = process.env.SWITCHYARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function uniqueSchema(prefix = 'sy_test'): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
}

export async function openPgStore(schema: string): Promise<PostgresStore> {
  const store = new PostgresStore({ url: PG_URL, schema, batchFlushMs: 5, poolSize: 4 });
  await store.init();
  return store;
}

export async function dropSchema(schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await c.end();
  }
}
