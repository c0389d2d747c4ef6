import type { SessionRiskRecord } from '../store/firewall-types.js';
import { messageFingerprint } from './crisis/session.js';
import { SIGNAL_TEXT, type CrisisSignal } from './crisis/types.js';
import type { Assessment, AssessContext } from './types.js';

// The service side of session risk: what goes into the engine (the stored risk, merged with what
// the caller said, which may only add risk) and what comes out (fingerprints and reasons to store).

/** Stored risk wins; a caller may mark a session at risk but never clear or acknowledge anything. */
export function contextWithRisk(context: AssessContext, stored: SessionRiskRecord | null): AssessContext {
  const callerActive = context.session_risk?.active === true;
  if (!stored && !callerActive) return context.session_risk ? { ...context, session_risk: undefined } : context;
  return {
    ...context,
    session_risk: {
      active: stored?.status === 'at_risk' || callerActive,
      since: stored?.status === 'at_risk' ? stored.raised_at : undefined,
      reasons: stored?.status === 'at_risk' ? stored.reasons : callerActive ? ['the caller marked the session at risk'] : undefined,
      acknowledged: stored?.acknowledged,
    },
  };
}

/** The user messages an assessment read (oldest first), as the engine sees them. */
export function conversationOf(context: AssessContext): string[] {
  const all = context.user_messages ? [...context.user_messages] : [];
  if (context.user_message && all[all.length - 1] !== context.user_message) all.push(context.user_message);
  return all.slice(-6);
}

/** What to record when this call's own evidence shows risk; null when it does not. */
export function riskToRaise(a: Assessment, context: AssessContext): { reasons: string[]; evidence: string[] } | null {
  const d = a.crisis_detail;
  if (!d || d.evidence.length === 0) return null;
  // Signals only, no quoted words: the row outlives the conversation and is shown in lists.
  const signals = d.signals.map((s) => SIGNAL_TEXT[s as CrisisSignal] ?? s).join(', ');
  return {
    reasons: [`${a.tool_name}: ${d.evidence.join(' and ')} showed ${signals || 'crisis signals'} (score ${d.score})`],
    evidence: d.evidence.includes('conversation') ? conversationOf(context).map(messageFingerprint) : [],
  };
}
