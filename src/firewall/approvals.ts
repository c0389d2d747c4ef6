import { EventEmitter } from 'node:events';
import { newId } from '../core/ids.js';
import { ConflictError, InvalidRequestError, NotFoundError } from '../core/errors.js';
import type { ApprovalAnswer, ApprovalRecord, ApprovalRule, FirewallRepo, SessionRiskRecord } from '../store/firewall-types.js';
import type { CrisisModelScreen } from './crisis/model-screen.js';
import { contextWithRisk, conversationOf, riskToRaise } from './session-risk.js';
import { assess, type EngineConfig } from './engine.js';
import { messageFingerprint } from './crisis/session.js';
import { redact } from './redact.js';
import { profileFor } from './taxonomy.js';
import { applyOpinion, isAmbiguous, type SecondOpinionJudge } from './second-opinion.js';
import type { Assessment, AssessContext, ToolCallInput } from './types.js';

// The approvals service: turns gated assessments into pending approvals, records every
// assessment as a trace, takes human answers, and lets a caller hold a tool call until one
// arrives (`waitForDecision`). The gateway, the hook command and the MCP proxy all go through it.

export interface ApprovalsOptions {
  expireAfterMs: number;
  judge?: SecondOpinionJudge;
  /** Optional model screen for crisis risk (firewall.crisis.screen_model); it can only escalate. */
  crisisScreen?: CrisisModelScreen;
  storeTraces?: boolean;
  now?: () => Date;
  /** How often a waiter re-reads the store, so an answer given by another process is seen. */
  pollMs?: number;
  /** The process's redactor (known secrets too); default: the shared token shapes only. */
  redactValue?: <T>(v: T) => T;
}

export interface GateResult {
  assessment: Assessment;
  trace_id: string;
  /** allow: run it; pending: wait for approval_id; deny: do not run. */
  status: 'allow' | 'pending' | 'deny';
  approval: ApprovalRecord | null;
  /** Set when a standing rule (session/always) let the call through. */
  rule_id: string | null;
}

export class FirewallService {
  readonly #repo: FirewallRepo;
  readonly #opts: ApprovalsOptions;
  readonly #events = new EventEmitter();
  /** Pending approvals opened by this process: released (abandoned) when it shuts down. */
  readonly #mine = new Set<string>();
  /** Set once the process is shutting down: approvals opened from now on are released at once. */
  #releasing: string | undefined;
  #config: EngineConfig;

  constructor(repo: FirewallRepo, config: EngineConfig, opts: ApprovalsOptions) {
    this.#repo = repo;
    this.#config = config;
    this.#opts = opts;
    this.#events.setMaxListeners(0);
  }

  #redact<T>(v: T): T {
    return this.#opts.redactValue ? this.#opts.redactValue(v) : (redact(v) as T);
  }

  #now(): Date {
    return this.#opts.now ? this.#opts.now() : new Date();
  }

  /** Assess one call, store its trace and, when a human must answer, open a pending approval. */
  async gate(call: ToolCallInput, context: AssessContext = {}): Promise<GateResult> {
    const sessionId = context.session_id;
    // Session risk: once a session shows risk, every call that reaches out or cannot be undone is
    // crisis-sensitive until an approver clears it. The engine stays pure; the state lives here.
    const stored = sessionId ? await this.#repo.getSessionRisk(sessionId) : null;
    let ctx = contextWithRisk(context, stored);
    const t0 = process.hrtime.bigint();
    let assessment = assess(call, ctx, this.#config);
    const duration_us = Number(process.hrtime.bigint() - t0) / 1000;
    let raise = riskToRaise(assessment, ctx);
    if (!assessment.crisis_sensitive && !raise && this.#opts.crisisScreen && assessment.side_effect_class !== 'read_only') {
      const verdict = await this.#screenWithModel(call, ctx);
      if (verdict?.risk) {
        const reason = `model screen: ${verdict.reason || 'crisis risk'}`;
        ctx = { ...ctx, session_risk: { ...ctx.session_risk, active: true, reasons: [reason] } };
        assessment = assess(call, ctx, this.#config);
        raise = { reasons: [`${call.tool}: ${reason}`], evidence: conversationOf(ctx).map(messageFingerprint) };
      }
    }
    if (sessionId && raise) await this.#repo.raiseSessionRisk({ session_id: sessionId, at: this.#now().toISOString(), ...raise });
    if (this.#opts.judge && isAmbiguous(assessment, this.#config.thresholds)) {
      assessment = applyOpinion(assessment, await this.#opts.judge.judge(call, assessment), this.#config.thresholds);
    }
    // Reasons, factors and patterns quote the command: a token in it must not reach a row, a
    // webhook or GET /v1/approvals (nor the answer: the caller already has the command).
    assessment = this.#redact(assessment);
    const trace_id = newId();
    const now = this.#now().toISOString();
    const session = context.session_id ?? null;
    const pattern = this.#redact(normalizePattern(call, this.#config));
    let status: GateResult['status'] = assessment.decision === 'allow' ? 'allow' : assessment.decision === 'deny' ? 'deny' : 'pending';
    let approval: ApprovalRecord | null = null;
    let rule: ApprovalRule | null = null;
    let outcome: string | null = null;

    // Standing rules answer repeat calls, but never a crisis gate: each of those needs a person.
    if (status === 'pending' && !assessment.crisis_rule) {
      const rules = await this.#repo.listRules({ session_id: session ?? '' });
      rule = rules.find((r) => r.tool_name === call.tool && patternMatches(r.pattern, pattern) && (r.session_id === null || r.session_id === session)) ?? null;
      if (rule) {
        status = 'allow';
        outcome = 'approved_by_rule';
      }
    }
    if (status === 'pending') {
      // A retry of the same call (same session, tool and arguments) waits on the approval that
      // is already pending instead of paging a person twice.
      const open = session ? await this.#repo.listApprovals({ status: 'pending', session_id: session }) : [];
      const same = open.find((a) => a.tool_name === call.tool && a.pattern === pattern && new Date(a.expires_at).getTime() > this.#now().getTime());
      if (same) return { assessment, trace_id: same.trace_id ?? trace_id, status, approval: same, rule_id: null };
    }
    if (status === 'pending') {
      approval = {
        id: newId(),
        trace_id,
        created_at: now,
        expires_at: new Date(this.#now().getTime() + this.#opts.expireAfterMs).toISOString(),
        session_id: session,
        tool_name: call.tool,
        args: this.#redact(redact(call.args)),
        assessment,
        pattern,
        status: 'pending',
        answer: null,
        decided_by: null,
        decided_at: null,
      };
    }
    if (this.#opts.storeTraces !== false) {
      await this.#repo.recordTrace({
        id: trace_id,
        created_at: now,
        session_id: session,
        tool_name: call.tool,
        input: this.#redact(redact({ tool: call.tool, args: call.args, annotations: call.annotations, context: ctx })),
        assessment,
        risk_score: assessment.risk_score,
        decision: assessment.decision,
        approval_id: approval?.id ?? null,
        approval_outcome: outcome ?? (status === 'pending' ? 'pending' : null),
        duration_us,
      });
    }
    if (approval) {
      await this.#repo.createApproval(approval);
      this.#mine.add(approval.id);
      if (this.#releasing) await this.abandon(approval.id, this.#releasing);
      else this.#events.emit('pending', approval);
    }
    return { assessment, trace_id, status, approval, rule_id: rule?.id ?? null };
  }

  async #screenWithModel(call: ToolCallInput, ctx: AssessContext) {
    const conversation = conversationOf(ctx);
    const outbound = Object.values(call.args ?? {}).filter((v): v is string => typeof v === 'string').join('\n').slice(0, 4_000);
    if (conversation.length === 0 && !outbound) return null;
    return this.#opts.crisisScreen?.screen({ conversation, outbound }) ?? null;
  }

  /** The session's remembered crisis risk (approver view). */
  async getSessionRisk(sessionId: string): Promise<SessionRiskRecord> {
    const r = await this.#repo.getSessionRisk(sessionId);
    if (!r) throw new NotFoundError(`session ${sessionId} has no recorded crisis risk`, 'id');
    return r;
  }

  /** An approver clears a session's risk; the messages behind it are acknowledged, new ones still count. */
  async clearSessionRisk(sessionId: string, by: string): Promise<SessionRiskRecord> {
    const r = await this.#repo.clearSessionRisk(sessionId, by, this.#now().toISOString());
    if (!r) throw new NotFoundError(`session ${sessionId} has no recorded crisis risk`, 'id');
    return r;
  }

  /** A human's answer. `by` is the approver identity from the approver token, never a gateway key. */
  async decide(id: string, answer: ApprovalAnswer, by: string): Promise<ApprovalRecord> {
    if (!['once', 'session', 'always', 'deny'].includes(answer)) throw new InvalidRequestError('answer must be once, session, always or deny', 'answer');
    const current = await this.#repo.getApproval(id);
    if (!current) throw new NotFoundError(`no approval ${id}`, 'id');
    if (current.status !== 'pending') {
      const why = current.status === 'abandoned' ? ` (${current.decided_by ?? 'its caller went away'}); the call was not run` : '';
      throw new ConflictError(`approval ${id} is already ${current.status}${why}`, 'id');
    }
    if (new Date(current.expires_at).getTime() <= this.#now().getTime()) {
      await this.expireDue();
      throw new ConflictError(`approval ${id} expired at ${current.expires_at}`, 'id');
    }
    const assessment = current.assessment as Assessment;
    if (answer === 'session' && !current.session_id) throw new InvalidRequestError('this call has no session id; approve once or always', 'answer');
    if ((answer === 'session' || answer === 'always') && assessment?.crisis_rule) {
      throw new InvalidRequestError('a crisis-gated call can only be approved once', 'answer');
    }
    const at = this.#now().toISOString();
    const decided = await this.#repo.decideApproval(id, answer === 'deny' ? 'denied' : 'approved', answer, by, at);
    if (!decided) throw new ConflictError(`approval ${id} was answered by someone else`, 'id');
    if (answer === 'session' || answer === 'always') {
      await this.#repo.addRule({
        id: newId(),
        created_at: at,
        created_by: by,
        tool_name: current.tool_name,
        pattern: current.pattern,
        session_id: answer === 'session' ? current.session_id : null,
        approval_id: id,
        revoked_at: null,
        revoked_by: null,
      });
    }
    if (current.trace_id) await this.#repo.setTraceOutcome(current.trace_id, id, answer === 'deny' ? 'denied' : `approved_${answer}`);
    this.#mine.delete(id);
    this.#events.emit(`decided:${id}`, decided);
    return decided;
  }

  /**
   * The call's waiter is gone (client disconnected, gateway shutting down): the approval can no
   * longer be answered, and whoever still waits on it is released fail-closed.
   */
  async abandon(id: string, why: string): Promise<ApprovalRecord | null> {
    this.#mine.delete(id);
    const done = await this.#repo.decideApproval(id, 'abandoned', null, `system:${why}`, this.#now().toISOString());
    if (!done) return null;
    if (done.trace_id) await this.#repo.setTraceOutcome(done.trace_id, id, 'abandoned');
    this.#events.emit(`decided:${id}`, done);
    return done;
  }

  /** Shutdown: abandons every approval this process opened that is still pending. */
  async releaseAll(why: string): Promise<number> {
    this.#releasing = why;
    let n = 0;
    for (const id of [...this.#mine]) if (await this.abandon(id, why).catch(() => null)) n++;
    return n;
  }

  /** Single-process stores at start-up: pending approvals of a previous run have no waiter left. */
  async abandonOrphans(why: string): Promise<number> {
    let n = 0;
    for (const a of await this.#repo.listApprovals({ status: 'pending' })) if (await this.abandon(a.id, why)) n++;
    return n;
  }

  /** Turns overdue pending approvals into deny. Returns how many expired. */
  async expireDue(): Promise<number> {
    const now = this.#now().toISOString();
    let n = 0;
    for (const a of await this.#repo.listExpired(now)) {
      const done = await this.#repo.decideApproval(a.id, 'expired', null, 'system:expiry', now);
      this.#mine.delete(a.id);
      if (!done) continue;
      n++;
      if (a.trace_id) await this.#repo.setTraceOutcome(a.trace_id, a.id, 'expired');
      this.#events.emit(`decided:${a.id}`, done);
    }
    return n;
  }

  /**
   * Resolves with the approval once it is no longer pending (approved, denied or expired). Expiry
   * is enforced here too, so a waiting call never outlives its approval. Rejects on abort.
   */
  async waitForDecision(id: string, signal?: AbortSignal): Promise<ApprovalRecord> {
    const current = await this.#repo.getApproval(id);
    if (!current) throw new NotFoundError(`no approval ${id}`, 'id');
    if (current.status !== 'pending') return current;
    return new Promise<ApprovalRecord>((resolve, reject) => {
      const event = `decided:${id}`;
      const finish = (rec: ApprovalRecord) => {
        cleanup();
        resolve(rec);
      };
      const onAbort = () => {
        cleanup();
        reject(signal?.reason ?? new Error('aborted'));
      };
      const delay = Math.max(0, new Date(current.expires_at).getTime() - this.#now().getTime());
      const timer = setTimeout(() => {
        void this.expireDue().then(async () => {
          const latest = await this.#repo.getApproval(id);
          if (latest && latest.status !== 'pending') finish(latest);
        }, onAbort);
      }, Math.min(delay, 2 ** 31 - 1));
      // Answers given through another process sharing the store arrive by polling.
      const poll = setInterval(() => {
        void this.#repo.getApproval(id).then((latest) => {
          if (latest && latest.status !== 'pending') finish(latest);
        }, () => undefined);
      }, this.#opts.pollMs ?? 1_000);
      const cleanup = () => {
        clearInterval(poll);
        clearTimeout(timer);
        this.#events.off(event, finish);
        signal?.removeEventListener('abort', onAbort);
      };
      if (signal?.aborted) return onAbort();
      this.#events.once(event, finish);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Expires overdue approvals every `intervalMs` even when nobody is waiting; returns a stop function. */
  startSweeper(intervalMs = 5_000): () => void {
    const timer = setInterval(() => {
      void this.expireDue().catch(() => undefined);
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Subscribe to new pending approvals (for watch UIs). Returns an unsubscribe function. */
  onPending(fn: (a: ApprovalRecord) => void): () => void {
    this.#events.on('pending', fn);
    return () => this.#events.off('pending', fn);
  }

  async listPending(session_id?: string): Promise<ApprovalRecord[]> {
    await this.expireDue();
    return this.#repo.listApprovals({ status: 'pending', session_id });
  }

  async getApproval(id: string): Promise<ApprovalRecord> {
    let a = await this.#repo.getApproval(id);
    if (a && a.status === 'pending' && new Date(a.expires_at).getTime() <= this.#now().getTime()) {
      await this.expireDue();
      a = await this.#repo.getApproval(id);
    }
    if (!a) throw new NotFoundError(`no approval ${id}`, 'id');
    return a;
  }

  listRules(include_revoked = false): Promise<ApprovalRule[]> {
    return this.#repo.listRules({ include_revoked });
  }

  async revokeRule(id: string, by: string): Promise<void> {
    if (!(await this.#repo.revokeRule(id, by, this.#now().toISOString()))) throw new NotFoundError(`no active rule ${id}`, 'id');
  }

  async getTrace(id: string) {
    const t = await this.#repo.getTrace(id);
    if (!t) throw new NotFoundError(`no trace ${id}`, 'id');
    return t;
  }
}

/**
 * The argument pattern an "approve for session/always" rule is scoped to: the shell command with
 * whitespace collapsed for shell tools, else the arguments as canonical JSON. A rule pattern may
 * end in `*` to cover a prefix (e.g. `git push origin *`).
 */
export function normalizePattern(call: ToolCallInput, config: EngineConfig): string {
  const profile = profileFor(call.tool, call.annotations, config.tools);
  if (profile.kind === 'shell') {
    const cmd = call.args?.[profile.command_arg ?? 'command'];
    if (typeof cmd === 'string') return cmd.trim().replace(/\s+/g, ' ');
  }
  return canonicalJson(redact(call.args ?? {}));
}

export function patternMatches(rule: string, pattern: string): boolean {
  if (rule.endsWith('*')) return pattern.startsWith(rule.slice(0, -1));
  return rule === pattern;
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : v) ?? 'null';
}
