// Firewall traces, approvals and standing approval rules. Inputs are stored redacted.

export interface FirewallTrace {
  id: string;
  created_at: string; // ISO-8601
  session_id: string | null;
  tool_name: string;
  /** { tool, args, context } with secrets redacted. */
  input: unknown;
  /** The full Assessment (factors, score, decision, reasons...). */
  assessment: unknown;
  risk_score: number;
  decision: string;
  approval_id: string | null;
  /** approved_once | approved_session | approved_always | approved_by_rule | denied | expired | null */
  approval_outcome: string | null;
  duration_us: number;
}

/** abandoned: the call's waiter went away (client disconnected, gateway restarted); never approvable. */
export type ApprovalStatus = 'pending' | 'approved' | 'denied' | 'expired' | 'abandoned';
export type ApprovalAnswer = 'once' | 'session' | 'always' | 'deny';

export interface ApprovalRecord {
  id: string;
  trace_id: string | null;
  created_at: string;
  expires_at: string;
  session_id: string | null;
  tool_name: string;
  args: unknown; // redacted
  assessment: unknown;
  pattern: string; // normalized argument pattern
  status: ApprovalStatus;
  answer: ApprovalAnswer | null;
  decided_by: string | null;
  decided_at: string | null;
}

export interface ApprovalRule {
  id: string;
  created_at: string;
  created_by: string;
  tool_name: string;
  pattern: string;
  /** null = always (every session); else only this session. */
  session_id: string | null;
  approval_id: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface TraceQuery {
  session_id?: string;
  tool_name?: string;
  decision?: string;
  limit?: number; // default 100, max 1000
}

/** A session's crisis risk as the firewall service remembers it (see src/firewall/crisis/session.ts). */
export interface SessionRiskRecord {
  session_id: string;
  status: 'at_risk' | 'cleared';
  raised_at: string;
  updated_at: string;
  /** Short reasons from the assessments that raised it (no message text). */
  reasons: string[];
  /** Fingerprints of the user messages that raised it since the last clearing. */
  evidence: string[];
  /** Fingerprints an approver has reviewed by clearing: they no longer raise risk alone. */
  acknowledged: string[];
  cleared_at: string | null;
  cleared_by: string | null;
}

export interface SessionRiskRaise {
  session_id: string;
  at: string;
  reasons: string[];
  evidence: string[];
}

const SESSION_RISK_LIMITS = { reasons: 10, evidence: 50, acknowledged: 200 };

/** The raise applied to the current row (pure, shared by both stores). */
export function raisedRisk(current: SessionRiskRecord | null, r: SessionRiskRaise): SessionRiskRecord {
  const merge = (a: string[], b: string[], max: number) => [...new Set([...a, ...b])].slice(-max);
  if (!current || current.status === 'cleared') {
    return {
      session_id: r.session_id,
      status: 'at_risk',
      raised_at: r.at,
      updated_at: r.at,
      reasons: r.reasons.slice(0, SESSION_RISK_LIMITS.reasons),
      evidence: merge([], r.evidence, SESSION_RISK_LIMITS.evidence),
      acknowledged: current?.acknowledged ?? [],
      cleared_at: null,
      cleared_by: null,
    };
  }
  return {
    ...current,
    updated_at: r.at,
    reasons: merge(current.reasons, r.reasons, SESSION_RISK_LIMITS.reasons),
    evidence: merge(current.evidence, r.evidence, SESSION_RISK_LIMITS.evidence),
  };
}

/** The clearing applied to the current row: the evidence seen so far becomes acknowledged. */
export function clearedRisk(current: SessionRiskRecord, by: string, at: string): SessionRiskRecord {
  return {
    ...current,
    status: 'cleared',
    updated_at: at,
    cleared_at: at,
    cleared_by: by,
    acknowledged: [...new Set([...current.acknowledged, ...current.evidence])].slice(-SESSION_RISK_LIMITS.acknowledged),
    evidence: [],
  };
}

export interface FirewallRepo {
  /** Inserts now (enforce mode: an approval refers to the trace at once). */
  recordTrace(trace: FirewallTrace): Promise<void>;
  /**
   * Hands the trace to the store's batched writer (observe mode): never waits for the database.
   * Durability is that of inferences: queued, retried while the store fails, spilled beyond the
   * queue limit; a crash loses what was not yet written (at most one flush interval). Reads of
   * traces flush the queue first.
   */
  queueTrace(trace: FirewallTrace): void;
  getTrace(id: string): Promise<FirewallTrace | null>;
  /** Newest first. */
  listTraces(q: TraceQuery): Promise<FirewallTrace[]>;
  setTraceOutcome(id: string, approvalId: string | null, outcome: string): Promise<void>;

  createApproval(a: ApprovalRecord): Promise<void>;
  getApproval(id: string): Promise<ApprovalRecord | null>;
  listApprovals(q: { status?: ApprovalStatus; session_id?: string; limit?: number }): Promise<ApprovalRecord[]>;
  /** Compare-and-set from pending; returns the updated record, or null when it was no longer pending. */
  decideApproval(id: string, status: Exclude<ApprovalStatus, 'pending'>, answer: ApprovalAnswer | null, by: string, at: string): Promise<ApprovalRecord | null>;
  /** Pending approvals whose expires_at <= now. */
  listExpired(now: string): Promise<ApprovalRecord[]>;

  addRule(rule: ApprovalRule): Promise<void>;
  listRules(q: { include_revoked?: boolean; session_id?: string }): Promise<ApprovalRule[]>;
  revokeRule(id: string, by: string, at: string): Promise<boolean>;

  getSessionRisk(session_id: string): Promise<SessionRiskRecord | null>;
  /** Marks the session at risk (again, after a clearing) and records why; atomic per session. */
  raiseSessionRisk(r: SessionRiskRaise): Promise<SessionRiskRecord>;
  /** Approver-only: null when the session never showed risk. */
  clearSessionRisk(session_id: string, by: string, at: string): Promise<SessionRiskRecord | null>;
}
