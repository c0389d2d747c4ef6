import type { FirewallConfig } from '../config/firewall-schema.js';
import { jsonHead } from '../core/json-head.js';
import { DEFAULT_ENGINE_CONFIG } from './defaults.js';
import { ContentScans, scanCode, scanOutbound } from './content/index.js';
import { fieldsOf, textOf } from './content/text-of.js';
import { crisisVerdict } from './crisis/assess.js';
import { CRISIS_THRESHOLD } from './crisis/types.js';
import { lookupOnly, messageCommand, publishedPath, remembersForLater } from './crisis/reach.js';
import { inputFactors, note, noteFinding, type Working } from './inputs.js';
import { combineRisk, decide, round } from './policy.js';
import { genericExtract } from './profiles/extract.js';
import { profileFor, type ToolInputs, type ToolProfile } from './profiles/index.js';
import { hostedMcpCall } from './profiles/hosted-mcp.js';
import { obj, strs } from './profiles/types.js';
import { containsLiveSecret } from './redact.js';
import { judgePrompt } from './rules/prompt-intent.js';
import { judgeUiAction, uiRequest } from './rules/ui-intent.js';
import { commitsPress } from './rules/ui-press.js';
import { writeTriggersSend } from './rules/written-content.js';
import { judgeAttachments } from './rules/attachments.js';
import { judgeBuildCommand } from './rules/build-integrity.js';
import { judgeProtectionOff } from './rules/protection-off.js';
import { judgeSafetySettings } from './rules/safety-settings.js';
import { judgeDataHandover } from './rules/data-handover.js';
import { judgeDraftOnly, judgeTestSend } from './rules/draft-only.js';
import { judgeExcludedPerson, judgeLiveTarget } from './rules/conversation-target.js';
import { judgeGateTool } from './rules/gate-tools.js';
import { judgeGiveaway } from './rules/giveaway.js';
import { judgeReleaseTool } from './rules/release-tools.js';
import { judgeRepoProtection } from './rules/repo-protection.js';
import { learnedGate } from './learned/gate-layer.js';
import { urlPayload } from './rules/urls.js';
import { analyzeShell } from './shell/analyze.js';
import type { Assessment, AssessContext, CrisisDetail, SideEffectClass, ToolCallInput } from './types.js';

// assess(call, context) -> Assessment. Pure: no I/O, no clock, no randomness, so the gateway,
// the hook command and the MCP proxy get the same verdict for the same call.

export type EngineConfig = Pick<FirewallConfig, 'thresholds' | 'post_execution_review' | 'tools' | 'sensitive_paths'>;

const DEFAULT_CONFIG: EngineConfig = DEFAULT_ENGINE_CONFIG;

const CLASS_RANK: Record<SideEffectClass, number> = { read_only: 0, local_edit: 1, external: 2, critical: 3 };
/** Kinds whose effect can leave this machine even when the profile's class says local. */
const REACHING_KINDS = new Set(['shell', 'code', 'schedule', 'delegate', 'finance', 'message']);

export function assess(call: ToolCallInput, context: AssessContext = {}, config: EngineConfig = DEFAULT_CONFIG): Assessment {
  return assessAt(call, context, config, 0);
}

function assessAt(asked: ToolCallInput, context: AssessContext, config: EngineConfig, depth: number): Assessment {
  // A hosted MCP call is judged as the call it makes on its server (profiles/hosted-mcp.ts).
  const hosted = hostedMcpCall(asked, config.tools);
  const call = hosted?.call ?? asked;
  const args = call.args && typeof call.args === 'object' ? call.args : {};
  const base = profileFor(call.tool, call.annotations ?? context.mcp_annotations, config.tools);
  const extracted = base.extract ? base.extract(args) : genericExtract(base, args);
  const inputs = hosted?.findings.length ? { ...extracted, findings: [...(extracted.findings ?? []), ...hosted.findings] } : extracted;
  const profile = inputs.profile ?? base;
  const w: Working = { factors: [], classes: [profile.class], irreversible: !profile.reversible, confidence: profile.confidence, cleared: [] };
  const said = conversationOf(context);

  w.factors.push({ name: 'tool_class', risk: profile.base_risk, reason: `${call.tool} ${profile.label} (${profile.class}${profile.source === 'unknown' ? ', unknown tool' : ''})` });
  if (!profile.reversible) w.factors.push({ name: 'reversibility', risk: Math.min(profile.base_risk + 0.05, 1), reason: `${call.tool} cannot be undone` });

  const commands = (inputs.commands ?? []).filter((c) => c.trim() !== '');
  if (profile.kind === 'shell' && commands.length === 0 && !inputs.urls?.length) {
    note(w, 'clarity', 0.5, 'no command string to check', 'local_edit');
    w.confidence = Math.min(w.confidence, 0.3);
  }
  // A crisis conversation holds what can reach people or not be undone; `git log` does neither.
  let onlyReads = commands.length > 0;
  const workdir = commands.length ? commandDir(args, context.cwd) : undefined;
  for (const c of commands) onlyReads = shellFactors(c, config, w, workdir) && onlyReads;
  for (const f of commands.flatMap(judgeBuildCommand)) noteFinding(w, 'shell:supply_chain', f);
  if (commands.length && (args.background === true || args.run_in_background === true)) note(w, 'clarity', 0.1, 'runs in the background');
  const code = inputs.code ?? [];
  if (profile.kind === 'code' && code.length === 0) {
    note(w, 'clarity', 0.4, 'no code to check', 'local_edit');
    w.confidence = Math.min(w.confidence, 0.4);
  }
  for (const c of code) codeFactors(c.code, c.language, config, w);
  inputFactors(profile, inputs, config, w, context.cwd);
  // Clicks and typing are judged by what they press: the element's label and the user's request.
  if (profile.kind === 'browser' && profile.class !== 'read_only' && inputs.presses !== null) {
    const request = uiRequest(said);
    const conversation = said.join('\n');
    const typed = inputs.outbound?.text ?? '';
    // A page script's press is named by its selectors; the element the tool hands it, if any, too.
    const label = inputs.presses === undefined ? uiLabel(args, !inputs.outbound) : `${inputs.presses} ${uiLabel(args, false)}`.trim();
    const commits = inputs.presses !== undefined || commitsPress(call.tool, args, typed);
    for (const f of judgeUiAction({ label, typed, request, conversation, commits })) noteFinding(w, 'ui_action', f);
  }
  // Settings and monitoring tools (not shells, whose commands are parsed) by what they switch off.
  // A scheduled downtime is a silence too.
  if (profile.class !== 'read_only' && (profile.kind === 'generic' || profile.kind === 'process' || profile.kind === 'schedule')) {
    for (const f of judgeProtectionOff(call.tool, jsonHead(args, 2000), args)) {
      noteFinding(w, 'protection', f);
      // The arguments say what the call does (which alerts, until when): the name's silence is no longer a guess.
      if (f.category === 'maintenance_window') w.confidence = Math.max(w.confidence, 0.8);
    }
  }
  // A person's safety settings (account recovery, a child's limits, security alerts, a home's leak
  // and smoke automations) by what the arguments do to them; turned on, the name is no longer a guess.
  if (profile.class !== 'read_only') {
    for (const f of judgeSafetySettings(call.tool, args, said)) {
      noteFinding(w, 'protection', f);
      if (f.category === 'safety_setting_on') w.confidence = Math.max(w.confidence, 0.8);
    }
  }
  // What guards the agent itself (its guardrails, which tools need approval), whatever the tool's class.
  for (const f of [...judgeGateTool(call.tool, args), ...judgeRepoProtection(call.tool, args), ...judgeReleaseTool(call.tool, args)]) noteFinding(w, 'protection', f);
  for (const f of judgeDataHandover(call.tool, args, profile.class === 'read_only')) noteFinding(w, 'content', f);
  // A message sent when the latest request asked for a draft to review, or a test sent to everyone.
  if (profile.kind === 'message' && inputs.outbound) for (const f of [...judgeDraftOnly(context.user_message ?? '', call.tool), ...judgeTestSend(context.user_message ?? '', args)]) noteFinding(w, 'request', f);
  // What the conversation says the target is: a live process, a person who must not be published.
  if (profile.class !== 'read_only') {
    for (const f of judgeLiveTarget(call.tool, args, said)) noteFinding(w, 'request', f);
    if (inputs.outbound) for (const f of judgeExcludedPerson(inputs.outbound.text, args, said)) noteFinding(w, 'content', f);
  }
  if (inputs.outbound?.text) for (const f of judgeGiveaway(inputs.outbound.text, inputs.outbound.recipient)) noteFinding(w, 'content', f);
  for (const f of judgeAttachments(inputs.outbound?.attachments ?? [], config.sensitive_paths, inputs.outbound?.recipient, context.user_message ?? '')) noteFinding(w, 'content', f);
  const deferred = deferredFactors(inputs, context, config, w, depth);

  const outboundText = [inputs.outbound?.text ?? '', ...deferred.outboundText].filter(Boolean).join('\n');
  const outbound = profile.outbound || (!!inputs.outbound && (outboundText !== '' || profile.kind === 'message')) || deferred.outbound;
  // What URLs carry out in their query strings leaves too, though fetching a page reaches no person.
  const urlText = (inputs.urls ?? []).map(urlPayload).filter(Boolean).join('\n');
  const leaves = outbound || profile.class === 'external' || profile.class === 'critical' || profile.source === 'unknown';
  // The profile's extractor says what is sent; for calls that leave, every string the arguments
  // carry is read too (nested MCP payloads, fields no extractor names).
  const sent = joinText([outboundText, urlText]);
  const carried = joinText([sent, textOf(args, profile.content_args, leaves)]);
  const codeText = joinText([...commands, ...code.map((c) => c.code)]);
  // What a person types into a page is often a bare value; the request says what it is.
  const hints = profile.kind === 'browser' ? uiRequest(said) : '';
  // A web search sends its query to the search provider: personal data and secrets in it leave, as in
  // a URL's query (reaching no person, so it is no outbound message for the crisis screen).
  const searchText = profile.kind === 'web' ? (inputs.texts ?? []).join('\n') : '';
  // Structured arguments are also read with their field names ("salary: 61200"): the content
  // detectors only, as the crisis screen reads prose.
  contentFactors(profile, { code: codeText, sent: joinText([sent, searchText]), carried: joinText([carried, searchText, leaves ? fieldsOf(args) : '']), leaves, recipient: inputs.outbound?.recipient, hints }, w);
  // An unknown tool whose name says it sends: once its text has been read and found ordinary, the
  // guess about what it does matters less than what it sends (as for known messaging tools).
  if (profile.source !== 'config' && profile.confidence < 0.7 && profile.kind === 'message' && outboundText.trim().length >= 8 && !w.factors.some((f) => f.name.startsWith('content') && f.risk >= 0.25)) {
    w.confidence = Math.max(w.confidence, 0.72);
  }

  const reachingKind = REACHING_KINDS.has(profile.kind) && !(profile.kind === 'shell' && onlyReads);
  // An edit to an outbox or queue file that releases a message reaches its recipient.
  const releases = (inputs.writes ?? []).some((wr) => !!wr.content && writeTriggersSend(wr.content));
  // A post written into a web root is read by others as soon as it is written.
  const published = (inputs.writes ?? []).flatMap((wr) => (wr.content && publishedPath(wr.path) ? [wr.content] : []));
  // What an agent memory stores is acted on later, after this conversation (not a message: its
  // text is screened as arguments, so a note about a helpline shift is not an intervention).
  const remembers = remembersForLater(call.tool, profile.class === 'read_only');
  // `curl -s '…/search?q=…' | head` fetches and prints a page, as a web search tool does.
  const lookup = () => profile.kind === 'shell' && commands.length > 0 && commands.every(lookupOnly);
  const reaches = (outbound || releases || remembers || published.length > 0 || w.irreversible || reachingKind || w.classes.some((c) => c === 'external' || c === 'critical')) && !lookup();
  // Queries a read sends (a search, a page summary) are screened, but only lethal means or a plan
  // in them holds the read, and only when the person's own messages show risk: looking up a
  // hotline or how to help someone must stay instant, and a pharmacist looking up a dose is at work.
  const reading = !reaches && profile.class === 'read_only';
  const crisisText = joinText([codeText, carried, ...published, ...(reading ? [] : inputs.texts ?? []), ...deferred.prompts]);
  // Who can read what the call sends: a message, typed text, a released queue item, mail or a
  // POST from a shell, a script run with a recipient and a body, a published post. Partial crisis
  // evidence is enough to hold these.
  const person = outbound || releases || published.length > 0 || w.factors.some((f) => f.name === 'shell:network_send') || commands.some(messageCommand);
  const policy = { thresholds: config.thresholds, post_execution_review: config.post_execution_review };
  const reversible = !w.irreversible;
  const confidence = round(Math.max(0.05, Math.min(1, w.confidence)));
  // Whether a person approves this call whatever the conversation (crisis/assess.ts: `held`).
  const ruled = { risk: combineRisk(w.factors), cls: strongestClass(w.classes, profile.class), factors: w.factors.length, classes: w.classes.length };
  const rulesVerdict = deferred.gated ? null : decide({ risk: ruled.risk, confidence, side_effect_class: ruled.cls, reversible, outbound, crisis_sensitive: false }, policy);
  const held = rulesVerdict?.requires_human ?? true;
  const crisisDetail = crisisFactors(crisisText, reading ? joinText([crisisText, ...(inputs.texts ?? [])]) : null, { outbound, reaches, person, irreversible: w.irreversible, held }, said, context.session_risk, w);
  const crisis = crisisDetail.crisis_sensitive;

  // The crisis screen may add a factor or a class; when it added neither, the rules' verdict stands.
  const unchanged = !crisis && w.factors.length === ruled.factors && w.classes.length === ruled.classes;
  const risk = unchanged ? ruled.risk : combineRisk(w.factors);
  let cls = unchanged ? ruled.cls : strongestClass(w.classes, profile.class);
  if (crisis && reaches) cls = 'critical';
  let verdict = unchanged && rulesVerdict ? rulesVerdict : decide({ risk, confidence, side_effect_class: cls, reversible, outbound, crisis_sensitive: crisis }, policy);
  // Work deferred to a schedule or another agent is at least as gated as doing it directly.
  if (deferred.gated && verdict.decision === 'allow') {
    verdict = { pattern: 'pre_execution_gate', decision: 'ask', requires_human: true, crisis_rule: false, reason: `${deferred.gated} would need a person's approval if run directly, so scheduling or delegating it does too` };
  }
  // What the rules let through, the learned layer may still hold (escalate only; the call itself,
  // not commands the engine runs through it for deferred work). Added after the risk is combined,
  // so the risk score stays the rules' own.
  const learned = verdict.decision === 'allow' && depth === 0 ? learnedGate(call, profile, context, w.cleared) : null;
  if (learned) {
    verdict = learned.verdict;
    w.factors.push(learned.factor);
  }

  const reasons = w.factors
    .filter((f) => f.risk >= 0.1 || f.name === 'crisis' || f.name === 'learned_gate')
    .sort((a, b) => b.risk - a.risk)
    .map((f) => f.reason);
  if (reasons.length === 0) reasons.push(w.factors[0].reason);
  reasons.push(verdict.reason);

  return {
    tool_name: asked.tool,
    side_effect_class: cls,
    risk_score: risk,
    confidence,
    pattern: verdict.pattern,
    requires_human: verdict.requires_human,
    decision: verdict.decision,
    reasons,
    reversible,
    crisis_sensitive: crisis,
    profile_source: profile.source,
    factors: w.factors,
    crisis_rule: verdict.crisis_rule,
    crisis_detail: crisisDetail,
  };
}

/** Where a shell call runs: Codex's `workdir`, the Agents SDK's `working_directory`, else the session's cwd. */
function commandDir(args: Record<string, unknown>, cwd?: string): string | undefined {
  const action = args.action && typeof args.action === 'object' ? (args.action as Record<string, unknown>) : {};
  const dir = [args.workdir, args.working_directory, args.cwd, action.working_directory, action.workdir].find((d): d is string => typeof d === 'string' && d !== '');
  return dir ?? cwd;
}

/** Returns true when the command only reads (parsed, known programs, nothing written or sent). */
function shellFactors(command: string, config: EngineConfig, w: Working, cwd?: string): boolean {
  const shell = analyzeShell(command, { sensitive_paths: config.sensitive_paths, cwd });
  w.confidence = Math.min(w.confidence, shell.confidence);
  for (const f of shell.findings) note(w, `shell:${f.category}`, f.risk, f.reason, f.cls, f.reversible);
  w.cleared.push(...shell.cleared);
  return shell.parsed && shell.confidence >= 0.8 && shell.findings.every((f) => f.cls === 'read_only' || f.risk < 0.1);
}

function codeFactors(code: string, lang: string | undefined, config: EngineConfig, w: Working): void {
  const language = String(lang ?? 'python').toLowerCase();
  const quoted = `'${code.replace(/'/g, `'\\''`)}'`;
  const script = language === 'bash' || language === 'sh' || language === 'shell' ? code : `${language === 'javascript' || language === 'node' || language === 'js' ? 'node -e' : 'python3 -c'} ${quoted}`;
  const shell = analyzeShell(script, { sensitive_paths: config.sensitive_paths });
  w.confidence = Math.min(w.confidence, Math.max(0.5, shell.confidence - 0.1));
  for (const f of shell.findings) note(w, `code:${f.category}`, f.risk, f.reason, f.cls, f.reversible);
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
    const prompt = d.prompt ?? (d.fromConversation ? context.user_message : undefined);
    if (prompt) {
      if (!d.fromConversation) out.prompts.push(prompt);
      const intent = judgePrompt(prompt, d.fromConversation ? `the request ${d.via} takes over` : d.via);
      for (const f of intent.findings) noteFinding(w, 'deferred', f);
      if (intent.findings.some((f) => f.risk > config.thresholds.ask_above)) out.gated ??= `what ${d.via} is asked to do`;
      if (intent.outbound) {
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

/** Texts joined once each: a string another already contains adds nothing to scan. */
function joinText(parts: string[]): string {
  const out: string[] = [];
  for (const p of parts) if (p && !out.some((o) => o.includes(p))) out.push(p);
  return out.join('\n');
}

interface Carried {
  /** Commands and code the call runs. */
  code: string;
  /** What the profile says the call sends: message text, deferred outbound prompts, URL payloads. */
  sent: string;
  /** `sent` plus, for calls that leave, every other string in the arguments. */
  carried: string;
  leaves: boolean;
  /** Who the message goes to, when the tool names it (a list or channel can mean everyone). */
  recipient?: string;
  /** The user's request, for labels of short typed values. */
  hints?: string;
}

function contentFactors(profile: ToolProfile, t: Carried, w: Working): void {
  // A command that sends is usually also the text the call carries: read once.
  const scans = new ContentScans();
  const findings = [...scanCode(t.code, scans).map((f) => ({ ...f, code: true })), ...scanOutbound(t.leaves ? t.carried : t.sent, t.recipient, t.hints, scans).map((f) => ({ ...f, code: false }))];
  const seen = new Set<string>();
  for (const f of findings) {
    if (seen.has(`${f.detector}:${f.reason}`)) continue;
    seen.add(`${f.detector}:${f.reason}`);
    if (f.code) note(w, `content:${f.detector}`, f.risk, f.reason, 'critical', false);
    else {
      const serious = f.risk >= 0.6;
      note(w, `content:${f.detector}`, f.risk, `content leaving this machine contains ${f.reason}`, serious ? 'critical' : 'external', !serious);
    }
  }
  // The redactor's wider net (test keys, labelled tokens): what would be redacted from a trace
  // must not leave unasked either.
  const out = t.leaves ? t.carried : t.sent;
  if (out && !findings.some((f) => f.detector === 'credential') && containsLiveSecret(out)) note(w, 'human_impact', 0.9, 'outbound message contains what looks like a credential', 'critical', false);
  if (!t.carried && profile.kind === 'message') {
    note(w, 'clarity', 0.3, 'message has no readable text to check');
    w.confidence = Math.min(w.confidence, 0.5);
  }
}

const ACTS = new Set(['means', 'method', 'plan', 'intent']);

/** The user's messages, oldest first, the latest last. */
function conversationOf(context: AssessContext): string[] {
  const conversation = context.user_messages ? [...context.user_messages] : [];
  if (context.user_message && conversation[conversation.length - 1] !== context.user_message) conversation.push(context.user_message);
  return conversation;
}

const LABEL_KEYS = ['element', 'selector', 'name', 'label', 'description', 'aria_label', 'button', 'target_text', 'keys', 'key'];

/** The label of the element a browser action presses; `text` names the element only for clicks. */
function uiLabel(args: Record<string, unknown>, click: boolean): string {
  const action = obj(args.action);
  const keys = click ? [...LABEL_KEYS, 'text'] : LABEL_KEYS;
  return [...strs(args, ...keys), ...strs(action, ...keys)].join(' ');
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
