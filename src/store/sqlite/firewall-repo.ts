import { selectApprovals, selectTraces } from '../sql-filters.js';
import type Database from 'better-sqlite3';
import { TRACE_COLUMNS, restoreTrace, toTraceWrite, type TraceQueue, type TraceWrite } from '../trace-writes.js';
import { clearedRisk, raisedRisk, type ApprovalAnswer, type ApprovalRecord, type ApprovalRule, type ApprovalStatus, type FirewallRepo, type FirewallTrace, type SessionRiskRaise, type SessionRiskRecord, type TraceQuery } from '../firewall-types.js';

// Firewall rows in SQLite. JSON columns hold already-redacted input; decisions are a
// compare-and-set on status so two approvers (or an approver and the expiry sweep) cannot both win.

type TraceRow = Omit<FirewallTrace, 'input' | 'assessment'> & { input: string; assessment: string };
type ApprovalRow = Omit<ApprovalRecord, 'args' | 'assessment'> & { args: string; assessment: string };

const traceFrom = (r: TraceRow): FirewallTrace => restoreTrace({ ...r, input: JSON.parse(r.input), assessment: JSON.parse(r.assessment) });
const approvalFrom = (r: ApprovalRow): ApprovalRecord => ({ ...r, args: JSON.parse(r.args), assessment: JSON.parse(r.assessment) });
type RiskRow = Omit<SessionRiskRecord, 'reasons' | 'evidence' | 'acknowledged'> & { reasons: string; evidence: string; acknowledged: string };
const riskFrom = (r: RiskRow): SessionRiskRecord => ({ ...r, reasons: JSON.parse(r.reasons), evidence: JSON.parse(r.evidence), acknowledged: JSON.parse(r.acknowledged) });

export class SqliteFirewallRepo implements FirewallRepo {
  readonly #db: Database.Database;
  readonly #queue: TraceQueue | undefined;

  constructor(db: Database.Database, queue?: TraceQueue) {
    this.#db = db;
    this.#queue = queue;
  }

  queueTrace(t: FirewallTrace): void {
    if (this.#queue) this.#queue.push(toTraceWrite(t));
    else void this.recordTrace(t).catch(() => undefined);
  }

  async recordTrace(t: FirewallTrace): Promise<void> {
    this.#db
      .prepare(`INSERT OR IGNORE INTO firewall_traces (id, created_at, session_id, tool_name, input, assessment, risk_score, decision, approval_id, approval_outcome, duration_us)
        VALUES (@id, @created_at, @session_id, @tool_name, @input, @assessment, @risk_score, @decision, @approval_id, @approval_outcome, @duration_us)`)
      .run({ ...t, input: JSON.stringify(t.input), assessment: JSON.stringify(t.assessment), duration_us: Math.round(t.duration_us) });
  }

  async getTrace(id: string): Promise<FirewallTrace | null> {
    await this.#queue?.flush();
    const row = this.#db.prepare('SELECT * FROM firewall_traces WHERE id = ?').get(id) as TraceRow | undefined;
    return row ? traceFrom(row) : null;
  }

  async listTraces(q: TraceQuery): Promise<FirewallTrace[]> {
    await this.#queue?.flush();
    const { sql, params } = selectTraces(q);
    return (this.#db.prepare(sql).all(...params) as TraceRow[]).map(traceFrom);
  }

  async setTraceOutcome(id: string, approvalId: string | null, outcome: string): Promise<void> {
    await this.#queue?.flush();
    this.#db.prepare('UPDATE firewall_traces SET approval_id = COALESCE(?, approval_id), approval_outcome = ? WHERE id = ?').run(approvalId, outcome, id);
  }

  async createApproval(a: ApprovalRecord): Promise<void> {
    this.#db
      .prepare(`INSERT INTO firewall_approvals (id, trace_id, created_at, expires_at, session_id, tool_name, args, assessment, pattern, status, answer, decided_by, decided_at)
        VALUES (@id, @trace_id, @created_at, @expires_at, @session_id, @tool_name, @args, @assessment, @pattern, @status, @answer, @decided_by, @decided_at)`)
      .run({ ...a, args: JSON.stringify(a.args), assessment: JSON.stringify(a.assessment) });
  }

  async getApproval(id: string): Promise<ApprovalRecord | null> {
    const row = this.#db.prepare('SELECT * FROM firewall_approvals WHERE id = ?').get(id) as ApprovalRow | undefined;
    return row ? approvalFrom(row) : null;
  }

  async listApprovals(q: { status?: ApprovalStatus; session_id?: string; limit?: number }): Promise<ApprovalRecord[]> {
    const { sql, params } = selectApprovals(q);
    return (this.#db.prepare(sql).all(...params) as ApprovalRow[]).map(approvalFrom);
  }

  async decideApproval(id: string, status: Exclude<ApprovalStatus, 'pending'>, answer: ApprovalAnswer | null, by: string, at: string): Promise<ApprovalRecord | null> {
    const changed = this.#db
      .prepare(`UPDATE firewall_approvals SET status = ?, answer = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'pending'`)
      .run(status, answer, by, at, id).changes;
    return changed === 1 ? this.getApproval(id) : null;
  }

  async listExpired(now: string): Promise<ApprovalRecord[]> {
    const rows = this.#db.prepare(`SELECT * FROM firewall_approvals WHERE status = 'pending' AND expires_at <= ? ORDER BY id`).all(now) as ApprovalRow[];
    return rows.map(approvalFrom);
  }

  async addRule(r: ApprovalRule): Promise<void> {
    this.#db
      .prepare(`INSERT INTO firewall_rules (id, created_at, created_by, tool_name, pattern, session_id, approval_id, revoked_at, revoked_by)
        VALUES (@id, @created_at, @created_by, @tool_name, @pattern, @session_id, @approval_id, @revoked_at, @revoked_by)`)
      .run(r);
  }

  async listRules(q: { include_revoked?: boolean; session_id?: string }): Promise<ApprovalRule[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (!q.include_revoked) where.push('revoked_at IS NULL');
    if (q.session_id !== undefined) {
      where.push('(session_id IS NULL OR session_id = ?)');
      params.push(q.session_id);
    }
    return this.#db
      .prepare(`SELECT * FROM firewall_rules ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`)
      .all(...params) as ApprovalRule[];
  }

  async revokeRule(id: string, by: string, at: string): Promise<boolean> {
    return this.#db.prepare('UPDATE firewall_rules SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL').run(at, by, id).changes === 1;
  }

  /** Writes queued trace rows in one transaction (the writer thread has its own copy of this). */
  static batchWriter(db: Database.Database): (rows: TraceWrite[]) => void {
    const insert = db.prepare(`INSERT OR IGNORE INTO firewall_traces (${TRACE_COLUMNS.join(', ')}) VALUES (${TRACE_COLUMNS.map(() => '?').join(', ')})`);
    return db.transaction((rows: TraceWrite[]) => {
      for (const r of rows) insert.run(r);
    });
  }

  async getSessionRisk(session_id: string): Promise<SessionRiskRecord | null> {
    const row = this.#db.prepare('SELECT * FROM firewall_session_risk WHERE session_id = ?').get(session_id) as RiskRow | undefined;
    return row ? riskFrom(row) : null;
  }

  async raiseSessionRisk(r: SessionRiskRaise): Promise<SessionRiskRecord> {
    // better-sqlite3 runs the read and the write in one synchronous transaction: no lost update.
    return this.#db.transaction(() => {
      const row = this.#db.prepare('SELECT * FROM firewall_session_risk WHERE session_id = ?').get(r.session_id) as RiskRow | undefined;
      const next = raisedRisk(row ? riskFrom(row) : null, r);
      this.#writeRisk(next);
      return next;
    })();
  }

  async clearSessionRisk(session_id: string, by: string, at: string): Promise<SessionRiskRecord | null> {
    return this.#db.transaction(() => {
      const row = this.#db.prepare('SELECT * FROM firewall_session_risk WHERE session_id = ?').get(session_id) as RiskRow | undefined;
      if (!row) return null;
      const next = clearedRisk(riskFrom(row), by, at);
      this.#writeRisk(next);
      return next;
    })();
  }

  #writeRisk(r: SessionRiskRecord): void {
    this.#db
      .prepare(`INSERT INTO firewall_session_risk (session_id, status, raised_at, updated_at, reasons, evidence, acknowledged, cleared_at, cleared_by)
        VALUES (@session_id, @status, @raised_at, @updated_at, @reasons, @evidence, @acknowledged, @cleared_at, @cleared_by)
        ON CONFLICT(session_id) DO UPDATE SET status = excluded.status, raised_at = excluded.raised_at, updated_at = excluded.updated_at,
          reasons = excluded.reasons, evidence = excluded.evidence, acknowledged = excluded.acknowledged, cleared_at = excluded.cleared_at, cleared_by = excluded.cleared_by`)
      .run({ ...r, reasons: JSON.stringify(r.reasons), evidence: JSON.stringify(r.evidence), acknowledged: JSON.stringify(r.acknowledged) });
  }
}
