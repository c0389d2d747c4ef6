import { selectApprovals, selectTraces } from '../sql-filters.js';
import type pg from 'pg';
import { clearedRisk, raisedRisk, type ApprovalAnswer, type ApprovalRecord, type ApprovalRule, type ApprovalStatus, type FirewallRepo, type FirewallTrace, type SessionRiskRaise, type SessionRiskRecord, type TraceQuery } from '../firewall-types.js';
import { exec, jsonb, one, rows, toJsonb, tx, type Queryable } from './db.js';
import { multiInsert } from './rows.js';
import { TRACE_COLUMNS, restoreJsonbTrace, toTraceWrite, type TraceQueue, type TraceWrite } from '../trace-writes.js';

// Firewall rows on PostgreSQL; mirrors src/store/sqlite/firewall-repo.ts (decisions are a
// compare-and-set on status, so two approvers on two replicas cannot both win).

export class PgFirewallRepo implements FirewallRepo {
  readonly #pool: pg.Pool;
  readonly #queue: TraceQueue | undefined;

  constructor(pool: pg.Pool, queue?: TraceQueue) {
    this.#pool = pool;
    this.#queue = queue;
  }

  queueTrace(t: FirewallTrace): void {
    if (this.#queue) this.#queue.push(toTraceWrite(t));
    else void this.recordTrace(t).catch(() => undefined);
  }

  /** Writes queued trace rows in one multi-row INSERT. */
  static async writeBatch(pool: pg.Pool, rows: TraceWrite[]): Promise<void> {
    // input and assessment arrive as JSON text; PostgreSQL's JSONB rejects \u0000 (toJsonb)
    const json = TRACE_COLUMNS.flatMap((c, i) => (c === 'input' || c === 'assessment' ? [i] : []));
    const q = multiInsert('firewall_traces', TRACE_COLUMNS, rows.map((r) => r.map((v, i) => (json.includes(i) ? toJsonb(v as string) : v))));
    await pool.query(q.text, q.values);
  }

  async recordTrace(t: FirewallTrace): Promise<void> {
    await exec(
      this.#pool,
      `INSERT INTO firewall_traces (id, created_at, session_id, tool_name, input, assessment, risk_score, decision, approval_id, approval_outcome, duration_us)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [t.id, t.created_at, t.session_id, t.tool_name, jsonb(t.input) ?? 'null', jsonb(t.assessment) ?? 'null', t.risk_score, t.decision, t.approval_id, t.approval_outcome, Math.round(t.duration_us)],
    );
  }

  async getTrace(id: string): Promise<FirewallTrace | null> {
    await this.#queue?.flush();
    const t = await one<FirewallTrace>(this.#pool, 'SELECT * FROM firewall_traces WHERE id = ?', [id]);
    return t ? restoreJsonbTrace(t) : null;
  }

  async listTraces(q: TraceQuery): Promise<FirewallTrace[]> {
    await this.#queue?.flush();
    const { sql, params } = selectTraces(q);
    return (await rows<FirewallTrace>(this.#pool, sql, params)).map(restoreJsonbTrace);
  }

  async setTraceOutcome(id: string, approvalId: string | null, outcome: string): Promise<void> {
    await this.#queue?.flush();
    await exec(this.#pool, 'UPDATE firewall_traces SET approval_id = COALESCE(?, approval_id), approval_outcome = ? WHERE id = ?', [approvalId, outcome, id]);
  }

  async createApproval(a: ApprovalRecord): Promise<void> {
    await exec(
      this.#pool,
      `INSERT INTO firewall_approvals (id, trace_id, created_at, expires_at, session_id, tool_name, args, assessment, pattern, status, answer, decided_by, decided_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [a.id, a.trace_id, a.created_at, a.expires_at, a.session_id, a.tool_name, jsonb(a.args) ?? 'null', jsonb(a.assessment) ?? 'null', a.pattern, a.status, a.answer, a.decided_by, a.decided_at],
    );
  }

  async getApproval(id: string): Promise<ApprovalRecord | null> {
    return (await one<ApprovalRecord>(this.#pool, 'SELECT * FROM firewall_approvals WHERE id = ?', [id])) ?? null;
  }

  async listApprovals(q: { status?: ApprovalStatus; session_id?: string; limit?: number }): Promise<ApprovalRecord[]> {
    const { sql, params } = selectApprovals(q);
    return rows<ApprovalRecord>(this.#pool, sql, params);
  }

  async decideApproval(id: string, status: Exclude<ApprovalStatus, 'pending'>, answer: ApprovalAnswer | null, by: string, at: string): Promise<ApprovalRecord | null> {
    const row = await one<ApprovalRecord>(
      this.#pool,
      `UPDATE firewall_approvals SET status = ?, answer = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'pending' RETURNING *`,
      [status, answer, by, at, id],
    );
    return row ?? null;
  }

  async listExpired(now: string): Promise<ApprovalRecord[]> {
    return rows<ApprovalRecord>(this.#pool, `SELECT * FROM firewall_approvals WHERE status = 'pending' AND expires_at <= ? ORDER BY id`, [now]);
  }

  async addRule(r: ApprovalRule): Promise<void> {
    await exec(
      this.#pool,
      `INSERT INTO firewall_rules (id, created_at, created_by, tool_name, pattern, session_id, approval_id, revoked_at, revoked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [r.id, r.created_at, r.created_by, r.tool_name, r.pattern, r.session_id, r.approval_id, r.revoked_at, r.revoked_by],
    );
  }

  async listRules(q: { include_revoked?: boolean; session_id?: string }): Promise<ApprovalRule[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (!q.include_revoked) where.push('revoked_at IS NULL');
    if (q.session_id !== undefined) {
      where.push('(session_id IS NULL OR session_id = ?)');
      params.push(q.session_id);
    }
    return rows<ApprovalRule>(this.#pool, `SELECT * FROM firewall_rules ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`, params);
  }

  async revokeRule(id: string, by: string, at: string): Promise<boolean> {
    return (await exec(this.#pool, 'UPDATE firewall_rules SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL', [at, by, id])) === 1;
  }

  async getSessionRisk(session_id: string): Promise<SessionRiskRecord | null> {
    return (await one<SessionRiskRecord>(this.#pool, 'SELECT * FROM firewall_session_risk WHERE session_id = ?', [session_id])) ?? null;
  }

  async raiseSessionRisk(r: SessionRiskRaise): Promise<SessionRiskRecord> {
    return tx(this.#pool, async (c) => {
      // Creates the row if needed, then locks it, so two replicas raising at once both keep their reasons.
      await exec(c, `INSERT INTO firewall_session_risk (session_id, status, raised_at, updated_at, reasons, evidence, acknowledged) VALUES (?, 'cleared', ?, ?, '[]', '[]', '[]') ON CONFLICT DO NOTHING`, [r.session_id, r.at, r.at]);
      const current = await one<SessionRiskRecord>(c, 'SELECT * FROM firewall_session_risk WHERE session_id = ? FOR UPDATE', [r.session_id]);
      // The placeholder just inserted (cleared, never cleared by anyone) counts as no row.
      const base = current && !(current.status === 'cleared' && current.cleared_at === null) ? current : null;
      const next = raisedRisk(base, r);
      await writeRisk(c, next);
      return next;
    });
  }

  async clearSessionRisk(session_id: string, by: string, at: string): Promise<SessionRiskRecord | null> {
    return tx(this.#pool, async (c) => {
      const current = await one<SessionRiskRecord>(c, 'SELECT * FROM firewall_session_risk WHERE session_id = ? FOR UPDATE', [session_id]);
      if (!current) return null;
      const next = clearedRisk(current, by, at);
      await writeRisk(c, next);
      return next;
    });
  }
}

async function writeRisk(c: Queryable, r: SessionRiskRecord): Promise<void> {
  await exec(
    c,
    `UPDATE firewall_session_risk SET status = ?, raised_at = ?, updated_at = ?, reasons = ?, evidence = ?, acknowledged = ?, cleared_at = ?, cleared_by = ? WHERE session_id = ?`,
    [r.status, r.raised_at, r.updated_at, jsonb(r.reasons), jsonb(r.evidence), jsonb(r.acknowledged), r.cleared_at, r.cleared_by, r.session_id],
  );
}
