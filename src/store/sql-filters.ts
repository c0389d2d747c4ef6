import { decodeCursor } from './cursor.js';
import type { InferenceQuery } from './types.js';
import type { TraceQuery } from './firewall-types.js';

// Query filters shared by the SQLite and PostgreSQL stores. Both take `?` placeholders (the
// PostgreSQL helpers number them), so one builder serves both dialects.

interface SqlSelect {
  /** The SELECT with WHERE, ORDER BY and LIMIT, ready to run with `params`. */
  sql: string;
  params: unknown[];
  /** The page size; the query fetches one more row to know whether a next page exists. */
  limit: number;
}

function whereClause(where: string[]): string {
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

/**
 * Inferences matching `q`, newest first unless asked otherwise, by id (uuidv7 = time order).
 * `select` is the SELECT ... FROM part; its tables must leave the filtered column names unambiguous.
 */
export function selectInferences(q: InferenceQuery, select = 'SELECT * FROM inferences'): SqlSelect {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (cond: string, v: unknown) => {
    where.push(cond);
    params.push(v);
  };
  for (const col of ['route', 'model', 'variant', 'session_id', 'status'] as const) if (q[col] !== undefined) add(`${col} = ?`, q[col]);
  if (q.since) add('created_at >= ?', q.since);
  if (q.until) add('created_at < ?', q.until);
  const order = q.order === 'asc' ? 'ASC' : 'DESC';
  if (q.cursor) add(order === 'ASC' ? 'id > ?' : 'id < ?', decodeCursor(q.cursor));
  if (q.metric) {
    // Feedback on the inference itself or on its episode (session).
    const value = q.metric.value === undefined ? undefined : Number(q.metric.value);
    where.push(`EXISTS (SELECT 1 FROM feedback f WHERE f.metric_name = ? AND ((f.target_type = 'inference' AND f.target_id = inferences.id)
      OR (f.target_type = 'episode' AND f.target_id = inferences.session_id))${value !== undefined ? ' AND f.value = ?' : ''})`);
    params.push(q.metric.name);
    if (value !== undefined) params.push(value);
  }
  const limit = Math.min(Math.max(q.limit ?? 50, 1), 1000);
  return { sql: `${select} ${whereClause(where)} ORDER BY id ${order} LIMIT ${limit + 1}`, params, limit };
}

/** Firewall approvals by status and session, newest first. */
export function selectApprovals(q: { status?: string; session_id?: string; limit?: number }): SqlSelect {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.status) {
    where.push('status = ?');
    params.push(q.status);
  }
  if (q.session_id) {
    where.push('session_id = ?');
    params.push(q.session_id);
  }
  const limit = Math.min(Math.max(q.limit ?? 100, 1), 1000);
  return { sql: `SELECT * FROM firewall_approvals ${whereClause(where)} ORDER BY id DESC LIMIT ${limit}`, params, limit };
}

/** Firewall traces by session, tool and decision, newest first. */
export function selectTraces(q: TraceQuery): SqlSelect {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const col of ['session_id', 'tool_name', 'decision'] as const) {
    if (q[col]) {
      where.push(`${col} = ?`);
      params.push(q[col]);
    }
  }
  const limit = Math.min(Math.max(q.limit ?? 100, 1), 1000);
  return { sql: `SELECT * FROM firewall_traces ${whereClause(where)} ORDER BY id DESC LIMIT ${limit}`, params, limit };
}
