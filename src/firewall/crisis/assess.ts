import type { Factor } from '../types.js';
import { crisisModelScore } from './model/score.js';
import { asksForHelp } from './help-seeking.js';
import { screenCrisis, type CrisisScreen, type EvidenceSource } from './screen.js';
import { isAcknowledged, type SessionRisk } from './session.js';
import { CRISIS_THRESHOLD, HELD_CRISIS_THRESHOLD, HELD_MODEL_THRESHOLD, OUTBOUND_CRISIS_THRESHOLD } from './types.js';

// What the engine asks about crisis for one call: the conversation, the text the call carries and
// the session's remembered risk, turned into factors. Pure; the engine applies the crisis rule.

export interface CrisisCallInput {
  /** User messages, oldest first (context.user_messages + context.user_message). */
  conversation: readonly string[];
  /** Text the call sends to people (outbound tools) or otherwise carries (other tools). */
  text: string;
  outbound: boolean;
  /**
   * The call reaches beyond this machine or cannot be undone (outbound, external, irreversible,
   * shell, code, browser, schedule, delegate...). Reads and reversible local edits do not.
   */
  reaches: boolean;
  /**
   * The call reaches a person: a message, email, post, typed or submitted text, mail from a shell,
   * a scheduled or delegated prompt that will send. Partial evidence is enough to hold these.
   */
  person?: boolean;
  /**
   * The call cannot be undone (deleting files or accounts, moving money): partial evidence is
   * enough to hold it too, as for a message (an account deleted or savings given away in a dark
   * conversation is the same act as a farewell).
   */
  irreversible?: boolean;
  /**
   * A person must approve the call anyway (money, a cloud delete, a deferred send): weak crisis
   * evidence is enough to mark it crisis-sensitive, so the approver is told what the conversation
   * shows and no setting can wave it through. This adds no gate.
   */
  held?: boolean;
  session?: SessionRisk;
}

export interface CrisisVerdict {
  /** The call is crisis-sensitive: with `reaches`, the crisis rule holds it for a human. */
  crisis_sensitive: boolean;
  factor: Factor | null;
  screen: CrisisScreen;
  /** Evidence sources at or above the threshold in this call (the service raises session risk on these). */
  evidence: EvidenceSource[];
  session_risk: boolean;
}

const ARGS_ACT = new Set(['means', 'method', 'plan', 'intent']);
const EVIDENCE_SOURCES = ['conversation', 'outbound', 'args'] as const;

let outboundThreshold = OUTBOUND_CRISIS_THRESHOLD;

/** Sweep hook (scripts/crisis-threshold-sweep.ts): the threshold for calls that reach a person. */
export function setOutboundCrisisThreshold(t: number = OUTBOUND_CRISIS_THRESHOLD): void {
  outboundThreshold = t;
}

type CrisisObserver = (input: CrisisCallInput, ruled: CrisisVerdict) => void;
let observer: CrisisObserver | null = null;

/** scripts/train-crisis-model.ts: sees each call's crisis input and the phrase screen's verdict. */
export function observeCrisisCalls(fn: CrisisObserver | null): void {
  observer = fn;
}

/**
 * A call the learned layer may hold: anything that reaches beyond this machine or cannot be undone.
 * (It once also required a person reading it; a page clicked or a record changed through an
 * external service in a crisis conversation was then let through on the phrases alone.)
 */
export function modelEligible(input: Pick<CrisisCallInput, 'reaches'>): boolean {
  return input.reaches;
}

export function crisisVerdict(input: CrisisCallInput): CrisisVerdict {
  const ruled = ruleVerdict(input);
  observer?.(input, ruled);
  if (ruled.crisis_sensitive || !modelEligible(input) || toldOnlyAsOver(ruled.screen)) return ruled;
  // The learned layer (model/score.ts) only adds: a call the phrases let through may still be held.
  // Messages an approver already reviewed are not evidence again, as for the phrase screen.
  const acknowledged = input.session?.acknowledged;
  const m = crisisModelScore(input.conversation.filter((text) => !isAcknowledged(text, acknowledged)), input.text);
  const bar = input.held && m ? Math.min(m.threshold, HELD_MODEL_THRESHOLD) : m?.threshold;
  if (!m || bar === undefined || m.score < bar) return ruled;
  const what = input.outbound || input.person ? 'a message to a person' : input.irreversible ? 'a call that cannot be undone' : 'a call that reaches beyond this machine';
  return {
    ...ruled,
    crisis_sensitive: true,
    factor: { name: 'crisis', risk: 0.95, reason: `crisis model: ${m.score.toFixed(2)} (threshold ${bar.toFixed(2)}): the conversation or the text resembles crisis cases no phrase rule matched; ${what} waits for a person` },
  };
}

/**
 * The only crisis words the phrases found tell of a death or an episode that is over (condolences,
 * an anniversary, a person now safe in care: over.ts). The learned layer reads the same words
 * without their tense or time, so it is not asked to overrule that reading.
 */
function toldOnlyAsOver(screen: CrisisScreen): boolean {
  return screen.over && screen.score === 0;
}

function ruleVerdict(input: CrisisCallInput): CrisisVerdict {
  const screen = screenCrisis({
    conversation: input.conversation,
    // Mail or a webhook POST from a shell reaches a person as a message tool does.
    outbound: input.outbound || input.person ? input.text : undefined,
    args: input.outbound || input.person ? undefined : input.text,
    acknowledged: input.session?.acknowledged,
    partialThreshold: (input.person || input.irreversible || input.held) && input.reaches ? outboundThreshold : undefined,
  });
  // Already waiting for a person: a single weaker signal is enough to tell that person why. A time
  // alone ("tonight", "on Friday") is not one: it only strengthens other cues.
  const heldCrisis = !screen.crisis && !!input.held && input.reaches && screen.score >= HELD_CRISIS_THRESHOLD && screen.signals.some((s) => s !== 'timing');
  const evidence: EvidenceSource[] = [];
  for (const k of EVIDENCE_SOURCES) if (screen.sources[k] >= CRISIS_THRESHOLD) evidence.push(k);
  const session = input.session?.active === true;
  if (!screen.crisis && !heldCrisis && !session) {
    const factor = screen.dismissed.length ? { name: 'crisis', risk: 0, reason: `crisis words seen but not a personal crisis: ${screen.dismissed[0]}` } : null;
    return { crisis_sensitive: false, factor, screen, evidence, session_risk: false };
  }
  // The reasons are told only past this point: most calls show no crisis and return above.
  const found = screen.reasons.slice(0, 3).join('; ');
  const who = screen.third_person ? ' (about another person)' : '';
  const sessionReason = session ? `this session showed crisis risk${input.session?.since ? ` since ${input.session.since}` : ''} and no approver has cleared it${input.session?.reasons?.length ? ` (${input.session.reasons[0]})` : ''}` : '';
  const why = [screen.crisis || heldCrisis ? `${found}${who}` : '', sessionReason].filter(Boolean).join('; ');
  if (screen.outbound_harm) {
    return { crisis_sensitive: true, screen, evidence, session_risk: session, factor: { name: 'crisis', risk: 0.98, reason: `outbound content could harm a person at risk: ${found}` } };
  }
  if (input.reaches) {
    const what = input.outbound ? 'crisis-sensitive outbound content' : 'crisis-sensitive call that reaches beyond this machine or cannot be undone';
    return { crisis_sensitive: true, screen, evidence, session_risk: session, factor: { name: 'crisis', risk: 0.95, reason: `${what}: ${why}` } };
  }
  // A read that asks for help (what to say, a crisis line) describes the person at risk: it runs (help-seeking.ts).
  const helpSeeking = asksForHelp(input.text);
  if (!helpSeeking && screen.sources.args >= CRISIS_THRESHOLD && screen.signals.some((s) => ARGS_ACT.has(s))) {
    return { crisis_sensitive: true, screen, evidence, session_risk: session, factor: { name: 'crisis', risk: 0.7, reason: `tool arguments touch lethal means or plans during a crisis: ${found}` } };
  }
  if (!helpSeeking && screen.sources.args >= CRISIS_THRESHOLD) {
    return { crisis_sensitive: true, screen, evidence, session_risk: session, factor: { name: 'crisis', risk: 0.65, reason: `tool arguments carry crisis content: ${found}` } };
  }
  // A read or a reversible local edit in a crisis conversation: noted, not held (looking up a
  // hotline or a safety plan must stay instant).
  return { crisis_sensitive: false, screen, evidence, session_risk: session, factor: { name: 'crisis', risk: 0.1, reason: `conversation shows crisis signals (${why}); this call stays on this machine and can be undone` } };
}
