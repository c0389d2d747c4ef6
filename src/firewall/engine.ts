import type { FirewallConfig } from '../config/firewall-schema.js';
import { DEFAULT_ENGINE_CONFIG } from './defaults.js';
import { commandsOf, requestFactors, runFactors } from './call-factors.js';
import { carriedTexts, contentFactors, joinText } from './carried.js';
import { crisisVerdict } from './crisis/assess.js';
import { withinCall } from './crisis/screen.js';
import { CRISIS_THRESHOLD } from './crisis/types.js';
import { lookupOnly, messageCommand, publishedPath, remembersForLater } from './crisis/reach.js';
import { note, noteFinding, type Working } from './inputs.js';
import { combineRisk, decide, round } from './policy.js';
import { genericExtract } from './profiles/extract.js';
import { profileFor, type ToolInputs, type ToolProfile } from './profiles/index.js';
import { hostedMcpCall } from './profiles/hosted-mcp.js';
import { judgePrompt } from './rules/prompt-intent.js';
import { judgeDeliveredOutput } from './rules/delivered-output.js';
import { uiRequest } from './rules/ui-intent.js';
import { writeTriggersSend } from './rules/written-content.js';
import { latestRequest, type LatestRequest } from './latest-request.js';
import { requestedRefund } from './rules/requested-refund.js';
import { ownAccountTransfer } from './rules/own-account-transfer.js';
import { sandboxPayment, testCardPayment } from './rules/sandbox-payment.js';
import { statedTestKey } from './rules/stated-test-key.js';
import { handedOver } from './rules/handoff-request.js';
import { envelopedMoney } from './rules/api-envelope.js';
import { cliRefund } from './rules/cli-refund.js';
import { serviceMessage } from './rules/service-message.js';
import { ordinaryForm } from './rules/ordinary-form.js';
import { learnedGate } from './learned/gate-layer.js';
import type { Assessment, AssessContext, CrisisDetail, Factor, SideEffectClass, ToolCallInput } from './types.js';
import { switchesOffSafetyNet } from './crisis/safety-net.js';
import { beginCallStrings, forgetCallStrings } from './call-strings.js';

// assess(call, context) -> Assessment. Pure: no I/O, no clock, no randomness, so the gateway,
// the hook command and the MCP proxy get the same verdict for the same call.

export type EngineConfig = Pick<FirewallConfig, 'thresholds' | 'post_execution_review' | 'tools' | 'sensitive_paths'>;

const DEFAULT_CONFIG: EngineConfig = DEFAULT_ENGINE_CONFIG;

const CLASS_RANK: Record<SideEffectClass, number> = { read_only: 0, local_edit: 1, external: 2, critical: 3 };
/** Kinds whose effect can leave this machine even when the profile's class says local. */
const REACHING_KINDS = new Set(['shell', 'code', 'schedule', 'delegate', 'finance', 'message']);

export function assess(call: ToolCallInput, context: AssessContext = {}, config: EngineConfig = DEFAULT_CONFIG): Assessment {
  beginCallStrings();
  try {
    return withinCall(() => assessAt(call, context, config, 0));
  } finally {
    // The rules' shared argument strings live for one assessment only (call-strings.ts).
    forgetCallStrings();
  }
}

// The steps live in functions of their own (call-factors.ts, carried.ts, below): one large
// function saw objects and arrays of every shape the tools produce, and its optimized code was
// thrown away and recompiled again and again on "wrong map" (docs/firewall-speed.md).
function assessAt(asked: ToolCallInput, context: AssessContext, config: EngineConfig, depth: number): Assessment {
  // A hosted MCP call is judged as the call it makes on its server (profiles/hosted-mcp.ts).
  const hosted = hostedMcpCall(asked, config.tools);
  const call = hosted?.call ?? asked;
  const args = call.args && typeof call.args === 'object' ? call.args : {};
  const named = profileFor(call.tool, call.annotations ?? context.mcp_annotations, config.tools);
  const base = substituteFor(call.tool, args, named, context);
  const extracted = base.extract ? base.extract(args) : genericExtract(base, args);
  const inputs = hosted?.findings.length ? { ...extracted, findings: [...(extracted.findings ?? []), ...hosted.findings] } : extracted;
  const profile = inputs.profile ?? base;
  const w: Working = { factors: [], classes: [profile.class], irreversible: !profile.reversible, confidence: profile.confidence, cleared: [], pushed: [] };
  const said = conversationOf(context);

  w.factors.push({ name: 'tool_class', risk: profile.base_risk, reason: `${call.tool} ${profile.label} (${profile.class}${profile.source === 'unknown' ? ', unknown tool' : ''})` });
  if (!profile.reversible) w.factors.push({ name: 'reversibility', risk: Math.min(profile.base_risk + 0.05, 1), reason: `${call.tool} cannot be undone` });

  const commands = commandsOf(inputs);
  const onlyReads = runFactors(args, profile, inputs, commands, config, w, context.cwd);
  requestFactors(call.tool, args, profile, inputs, said, context, config, w);
  const deferred = deferredFactors(inputs, context, config, w, depth);
  const t = carriedTexts({ profile, inputs, args, commands, deferredOutbound: deferred.outboundText, deferredSends: deferred.outbound, hints: profile.kind === 'browser' ? uiRequest(said) : '' });
  contentFactors(profile, t, w);
  // An unknown tool whose name says it sends: once its text has been read and found ordinary, the
  // guess about what it does matters less than what it sends (as for known messaging tools).
  if (profile.source !== 'config' && profile.confidence < 0.7 && profile.kind === 'message' && t.outboundText.trim().length >= 8 && !w.factors.some((f) => f.name.startsWith('content') && f.risk >= 0.25)) {
    w.confidence = Math.max(w.confidence, 0.72);
  }
  const reach = reachOf(call.tool, profile, inputs, commands, onlyReads, t.outbound, w);
  const crisisText = joinText([t.code, t.carried, ...reach.published, ...(reach.reading ? [] : inputs.texts ?? []), ...deferred.prompts]);
  return verdictOf(call, asked.tool, profile, inputs, context, config, depth, w, said, crisisText, reach, deferred.gated);
}

type Substitute = (tool: string, args: Record<string, unknown>, named: ToolProfile, request: LatestRequest) => ToolProfile | null;

/**
 * Profiles that replace the named one for calls they recognise, the first that does wins. A refund
 * made exactly as the latest request asked is the user's decision (rules/requested-refund.ts), as
 * is a transfer between the user's own accounts (rules/own-account-transfer.ts), also when a
 * generic request tool or the Stripe CLI makes them (rules/api-envelope.ts, rules/cli-refund.ts);
 * a payment run in the sandbox the request asked for moves nothing, as does one made with the
 * processor's test card only (rules/sandbox-payment.ts), or by the Stripe CLI on a key the
 * conversation names as a test key (rules/stated-test-key.ts); a message sent through a messaging API
 * is judged as the messaging tool's call (rules/service-message.ts); an unknown form tool filling
 * in a quote request, a ticket or an RSVP is an ordinary form (rules/ordinary-form.ts).
 */
const SUBSTITUTES: readonly Substitute[] = [
  (tool, args, named, request) => requestedRefund(tool, args, named, request.latest, request.earlier),
  (tool, args, named, request) => ownAccountTransfer(tool, args, named, request.latest, request.earlier),
  (tool, args, named, request) => sandboxPayment(tool, args, named, request.latest),
  (tool, args, named) => testCardPayment(tool, args, named),
  (tool, args, _named, request) => envelopedMoney(tool, args, request.latest, request.earlier),
  (_tool, args, named, request) => cliRefund(args, named, request.latest, request.earlier),
  (_tool, args, named, request) => statedTestKey(args, named, request.latest, request.earlier),
  (tool, args) => serviceMessage(tool, args),
  (tool, args, named) => ordinaryForm(tool, args, named),
];

function substituteFor(tool: string, args: Record<string, unknown>, named: ToolProfile, context: AssessContext): ToolProfile {
  const request = latestRequest(context);
  for (const substitute of SUBSTITUTES) {
    const profile = substitute(tool, args, named, request);
    if (profile) return profile;
  }
  return named;
}

interface Reach {
  outbound: boolean;
  /** The call reaches beyond this machine or cannot be undone (crisis/assess.ts). */
  reaches: boolean;
  /** A read that reaches nothing: its queries are screened as lookups. */
  reading: boolean;
  /** Who can read what the call sends (crisis/assess.ts: `person`). */
  person: boolean;
  /** Posts written into a web root. */
  published: string[];
}

function reachOf(tool: string, profile: ToolProfile, inputs: ToolInputs, commands: readonly string[], onlyReads: boolean, outbound: boolean, w: Working): Reach {
  const reachingKind = REACHING_KINDS.has(profile.kind) && !(profile.kind === 'shell' && onlyReads);
  // An edit to an outbox or queue file that releases a message reaches its recipient.
  const releases = (inputs.writes ?? []).some((wr) => !!wr.content && writeTriggersSend(wr.content));
  // A post written into a web root is read by others as soon as it is written.
  const published: string[] = [];
  for (const wr of inputs.writes ?? []) if (wr.content && publishedPath(wr.path)) published.push(wr.content);
  // What an agent memory stores is acted on later, after this conversation (not a message: its
  // text is screened as arguments, so a note about a helpline shift is not an intervention).
  const remembers = remembersForLater(tool, profile.class === 'read_only');
  // `curl -s '…/search?q=…' | head` fetches and prints a page, as a web search tool does.
  const lookup = () => profile.kind === 'shell' && commands.length > 0 && commands.every(lookupOnly);
  const reaches = (outbound || releases || remembers || published.length > 0 || w.irreversible || reachingKind || w.classes.some((c) => c === 'external' || c === 'critical')) && !lookup();
  // Queries a read sends (a search, a page summary) are screened, but only lethal means or a plan
  // in them holds the read, and only when the person's own messages show risk: looking up a
  // hotline or how to help someone must stay instant, and a pharmacist looking up a dose is at work.
  const reading = !reaches && profile.class === 'read_only';
  // Who can read what the call sends: a message, typed text, a released queue item, mail or a
  // POST from a shell, a script run with a recipient and a body, a published post. Partial crisis
  // evidence is enough to hold these.
  const person = outbound || releases || published.length > 0 || w.factors.some((f) => f.name === 'shell:network_send') || commands.some(messageCommand);
  return { outbound, reaches, reading, person, published };
}

/** The rules' verdict, the crisis screen's and the learned layer's, and the assessment they make. */
function verdictOf(call: ToolCallInput, toolName: string, profile: ToolProfile, inputs: ToolInputs, context: AssessContext, config: EngineConfig, depth: number, w: Working, said: readonly string[], crisisText: string, reach: Reach, gated: string | null): Assessment {
  const { outbound, reading } = reach;
  const policy = { thresholds: config.thresholds, post_execution_review: config.post_execution_review };
  const reversible = !w.irreversible;
  const confidence = round(Math.max(0.05, Math.min(1, w.confidence)));
  // Whether a person approves this call whatever the conversation (crisis/assess.ts: `held`).
  const ruled = { risk: combineRisk(w.factors), cls: strongestClass(w.classes, profile.class), factors: w.factors.length, classes: w.classes.length };
  const rulesVerdict = gated ? null : decide({ risk: ruled.risk, confidence, side_effect_class: ruled.cls, reversible, outbound, crisis_sensitive: false }, policy);
  // Switching off a check-in, an alert or an emergency contact is screened as a call a person
  // approves anyway: one weaker signal of risk holds it (crisis/safety-net.ts).
  const net = said.length > 0 && profile.class !== 'read_only' && switchesOffSafetyNet(call.args, said);
  const reaches = reach.reaches || net;
  const held = (rulesVerdict?.requires_human ?? true) || net;
  const crisisDetail = crisisFactors(crisisText, reading ? joinText([crisisText, ...(inputs.texts ?? [])]) : null, { outbound, reaches, person: reach.person, irreversible: w.irreversible, held }, said, context.session_risk, w);
  const crisis = crisisDetail.crisis_sensitive;

  // The crisis screen may add a factor or a class; when it added neither, the rules' verdict stands.
  const unchanged = !crisis && w.factors.length === ruled.factors && w.classes.length === ruled.classes;
  const risk = unchanged ? ruled.risk : combineRisk(w.factors);
  let cls = unchanged ? ruled.cls : strongestClass(w.classes, profile.class);
  if (crisis && reaches) cls = 'critical';
  let verdict = unchanged && rulesVerdict ? rulesVerdict : decide({ risk, confidence, side_effect_class: cls, reversible, outbound, crisis_sensitive: crisis }, policy);
  // Work deferred to a schedule or another agent is at least as gated as doing it directly.
  if (gated && verdict.decision === 'allow') {
    verdict = { pattern: 'pre_execution_gate', decision: 'ask', requires_human: true, crisis_rule: false, reason: `${gated} would need a person's approval if run directly, so scheduling or delegating it does too` };
  }
  // What the rules let through, the learned layer may still hold (escalate only; the call itself,
  // not commands the engine runs through it for deferred work). Added after the risk is combined,
  // so the risk score stays the rules' own.
  const learned = verdict.decision === 'allow' && depth === 0 ? learnedGate(call, profile, context, w.cleared) : null;
  if (learned) {
    verdict = learned.verdict;
    w.factors.push(learned.factor);
  }

  return {
    tool_name: toolName,
    side_effect_class: cls,
    risk_score: risk,
    confidence,
    pattern: verdict.pattern,
    requires_human: verdict.requires_human,
    decision: verdict.decision,
    reasons: reasonsOf(w.factors, verdict.reason),
    reversible,
    crisis_sensitive: crisis,
    profile_source: profile.source,
    factors: w.factors,
    crisis_rule: verdict.crisis_rule,
    crisis_detail: crisisDetail,
  };
}

/** The factors worth telling, strongest first, then the verdict's own reason. */
function reasonsOf(factors: readonly Factor[], verdictReason: string): string[] {
  const told: Factor[] = [];
  for (const f of factors) if (f.risk >= 0.1 || f.name === 'crisis' || f.name === 'learned_gate') told.push(f);
  told.sort((a, b) => b.risk - a.risk);
  const reasons: string[] = [];
  for (const f of told) reasons.push(f.reason);
  if (reasons.length === 0) reasons.push(factors[0].reason);
  reasons.push(verdictReason);
  return reasons;
}

const MAX_DEFER_DEPTH = 3;

interface DeferredResult {
  /** Set to what would be gated if run directly. */
  gated: string | null;
  outbound: boolean;
  outboundText: string[];
  prompts: string[];
}

/** Scheduled jobs, sub-agents and delegated goals: judged by what they will do when they run. */
function deferredFactors(inputs: ToolInputs, context: AssessContext, config: EngineConfig, w: Working, depth: number): DeferredResult {
  const out: DeferredResult = { gated: null, outbound: false, outboundText: [], prompts: [] };
  for (const d of inputs.deferred ?? []) {
    const commands: string[] = d.command ? [d.command] : [];
    // A hand-off with no prompt of its own takes over what the user asked last (in a one-list
    // conversation, its last message).
    const asked = d.fromConversation ? latestRequest(context).latest : undefined;
    const prompt = d.prompt ?? (asked ? handedOver(asked, d.via) : undefined);
    if (prompt) {
      if (!d.fromConversation) out.prompts.push(prompt);
      const intent = judgePrompt(prompt, d.fromConversation ? `the request ${d.via} takes over` : d.via);
      for (const f of intent.findings) noteFinding(w, 'deferred', f);
      if (intent.findings.some((f) => f.risk > config.thresholds.ask_above)) out.gated ??= `what ${d.via} is asked to do`;
      // Output delivered to someone other than the user is a message to them, whatever the prompt's verbs say.
      const delivered = d.deliversTo ? judgeDeliveredOutput(prompt, d.deliversTo, d.via) : null;
      if (delivered) {
        noteFinding(w, 'deferred', delivered);
        if (delivered.risk > config.thresholds.ask_above) out.gated ??= `what ${d.via} delivers to ${d.deliversTo}`;
      }
      if (intent.outbound || d.deliversTo) {
        out.outbound = true;
        out.outboundText.push(prompt);
      }
      commands.push(...intent.commands);
      w.confidence = Math.min(w.confidence, 0.8);
    }
    // Commands it will run, and a call it will make (a scheduled action named with its arguments).
    const runs = [...commands.map((command) => ({ call: { tool: 'Bash', args: { command } }, what: `run \`${clip(command)}\``, named: false })), ...(d.call ? [{ call: d.call, what: `call ${d.call.tool}`, named: true }] : [])];
    if (depth >= MAX_DEFER_DEPTH) {
      if (runs.length) note(w, 'deferred', 0.6, `${d.via} nests deferred work more than ${MAX_DEFER_DEPTH} levels deep`, 'external', false);
      continue;
    }
    for (const run of runs) {
      const inner = assessAt(run.call, context, config, depth + 1);
      // A named action counts when made now it would wait for a person for what it does (its risk
      // or its class), not only for doubt about a name nobody has seen.
      if (run.named && !(inner.decision !== 'allow' && (inner.risk_score > config.thresholds.ask_above || inner.side_effect_class === 'critical' || inner.crisis_sensitive))) continue;
      // A shell's own class says nothing; a named action's class is what its name says it does.
      const top = inner.factors.filter((f) => run.named || f.name !== 'tool_class').sort((a, b) => b.risk - a.risk)[0];
      if (top) note(w, 'deferred', inner.risk_score, `${d.via} will ${run.what}: ${top.reason}`, inner.side_effect_class, inner.reversible);
      w.confidence = Math.min(w.confidence, Math.max(0.5, inner.confidence));
      if (inner.decision !== 'allow') out.gated ??= `${run.what.replace(/^(?:run|call) /, '')} (run by ${d.via})`;
    }
  }
  return out;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

const ACTS = new Set(['means', 'method', 'plan', 'intent']);

/** The user's messages, oldest first, the latest last. */
function conversationOf(context: AssessContext): string[] {
  const conversation = context.user_messages ? [...context.user_messages] : [];
  if (context.user_message && conversation[conversation.length - 1] !== context.user_message) conversation.push(context.user_message);
  return conversation;
}

const strongestClass = (classes: readonly SideEffectClass[], from: SideEffectClass): SideEffectClass =>
  classes.reduce((a, b) => (CLASS_RANK[b] > CLASS_RANK[a] ? b : a), from);

function crisisFactors(text: string, queried: string | null, how: { outbound: boolean; reaches: boolean; person: boolean; irreversible: boolean; held: boolean }, conversation: readonly string[], session: AssessContext['session_risk'], w: Working): CrisisDetail {
  // A literal, not `...how`: a spread copies the keys one by one on every call.
  const input = { conversation, text, outbound: how.outbound, reaches: how.reaches, person: how.person, irreversible: how.irreversible, held: how.held, session };
  let v = crisisVerdict(input);
  if (queried !== null && queried !== text && !v.crisis_sensitive) {
    const q = crisisVerdict({ ...input, text: queried });
    if (q.crisis_sensitive && q.screen.signals.some((s) => ACTS.has(s)) && q.screen.sources.conversation >= CRISIS_THRESHOLD) v = q;
  }
  if (v.factor) {
    if (v.crisis_sensitive && v.factor.risk >= 0.9) note(w, 'crisis', v.factor.risk, v.factor.reason, 'critical', false);
    else note(w, 'crisis', v.factor.risk, v.factor.reason, v.factor.risk >= 0.6 ? 'external' : undefined);
  }
  return {
    crisis_sensitive: v.crisis_sensitive,
    score: v.screen.score,
    signals: v.screen.signals,
    evidence: v.evidence,
    third_person: v.screen.third_person,
    session_risk: v.session_risk,
  };
}
