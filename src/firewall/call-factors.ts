import type { EngineConfig } from './engine.js';
import { inputFactors, note, noteFinding, type Working } from './inputs.js';
import type { ToolInputs, ToolProfile } from './profiles/index.js';
import { obj, strs } from './profiles/types.js';
import { judgeAttachments } from './rules/attachments.js';
import { judgeDescribedAttachment } from './rules/described-attachment.js';
import { judgeDescribedSecretFile } from './rules/described-secret-file.js';
import { judgeDeployingBranch } from './rules/deploying-branch.js';
import { judgeBuildCommand } from './rules/build-integrity.js';
import { judgeExcludedPerson, judgeLiveTarget } from './rules/conversation-target.js';
import { judgeDraftOnly, judgeTestSend } from './rules/draft-only.js';
import { judgeDataHandover } from './rules/data-handover.js';
import { judgeGateTool } from './rules/gate-tools.js';
import { judgeGiveaway } from './rules/giveaway.js';
import { judgeOpensEntry } from './rules/opens-entry.js';
import { judgeUnwipedHandover } from './rules/unwiped-handover.js';
import { judgeProtectionOff } from './rules/protection-off.js';
import { judgeLogExclusion, mentionsRecording } from './rules/log-exclusion.js';
import { judgeReleaseTool } from './rules/release-tools.js';
import { judgeRepoProtection } from './rules/repo-protection.js';
import { judgeSafetySettings } from './rules/safety-settings.js';
import { judgeSensitiveStore } from './rules/sensitive-store.js';
import { judgeUiAction, uiRequest } from './rules/ui-intent.js';
import { commitsPress } from './rules/ui-press.js';
import { analyzeShell } from './shell/analyze.js';
import { argsHead, callStrings, callText } from './call-strings.js';
import type { AssessContext } from './types.js';
import { latestRequest } from './latest-request.js';

// The engine's rule steps before deferred work and content: what the call runs (commands, code),
// what it touches (files, URLs, SQL, the profile's findings) and what it does to the user's
// request and settings (pages pressed, protections switched off, drafts sent, live targets,
// giveaways, attachments). Each step is its own function so a change of shape in one does not
// send the whole engine back to unoptimized code.

/** The call's command strings, blank ones left out. */
export function commandsOf(inputs: ToolInputs): string[] {
  const out: string[] = [];
  for (const c of inputs.commands ?? []) if (c.trim() !== '') out.push(c);
  return out;
}

/**
 * Commands, code and what the call touches. Returns true when every command only reads (a crisis
 * conversation holds what can reach people or not be undone; `git log` does neither).
 */
export function runFactors(args: Record<string, unknown>, profile: ToolProfile, inputs: ToolInputs, commands: readonly string[], config: EngineConfig, w: Working, cwd?: string): boolean {
  if (profile.kind === 'shell' && commands.length === 0 && !inputs.urls?.length) {
    note(w, 'clarity', 0.5, 'no command string to check', 'local_edit');
    w.confidence = Math.min(w.confidence, 0.3);
  }
  let onlyReads = commands.length > 0;
  const workdir = commands.length ? commandDir(args, cwd) : undefined;
  for (const c of commands) onlyReads = shellFactors(c, config, w, workdir) && onlyReads;
  for (const c of commands) for (const f of judgeBuildCommand(c)) noteFinding(w, 'shell:supply_chain', f);
  if (commands.length && (args.background === true || args.run_in_background === true)) note(w, 'clarity', 0.1, 'runs in the background');
  const code = inputs.code ?? [];
  if (profile.kind === 'code' && code.length === 0) {
    note(w, 'clarity', 0.4, 'no code to check', 'local_edit');
    w.confidence = Math.min(w.confidence, 0.4);
  }
  for (const c of code) codeFactors(c.code, c.language, config, w);
  inputFactors(profile, inputs, config, w, cwd);
  return onlyReads;
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
  for (const c of shell.cleared) w.cleared.push(c);
  for (const b of shell.pushed) w.pushed.push(b);
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

/** What the call does to the user's request, pages, settings and the people in the conversation. */
export function requestFactors(tool: string, args: Record<string, unknown>, profile: ToolProfile, inputs: ToolInputs, said: readonly string[], context: AssessContext, config: EngineConfig, w: Working): void {
  // Clicks and typing are judged by what they press: the element's label and the user's request.
  if (profile.kind === 'browser' && profile.class !== 'read_only' && inputs.presses !== null) {
    const typed = inputs.outbound?.text ?? '';
    // A page script's press is named by its selectors; the element the tool hands it, if any, too.
    const label = inputs.presses === undefined ? uiLabel(args, !inputs.outbound) : `${inputs.presses} ${uiLabel(args, false)}`.trim();
    const commits = inputs.presses !== undefined || commitsPress(tool, args, typed);
    for (const f of judgeUiAction({ label, typed, request: uiRequest(said), conversation: said.join('\n'), commits })) noteFinding(w, 'ui_action', f);
  }
  // Settings and monitoring tools (not shells, whose commands are parsed) by what they switch off.
  // A scheduled downtime is a silence too.
  if (profile.class !== 'read_only' && (profile.kind === 'generic' || profile.kind === 'process' || profile.kind === 'schedule')) {
    for (const f of judgeProtectionOff(tool, argsHead(args, 2000), args)) {
      noteFinding(w, 'protection', f);
      // The arguments say what the call does (which alerts, until when): the name's silence is no longer a guess.
      if (f.category === 'maintenance_window') w.confidence = Math.max(w.confidence, 0.8);
    }
  }
  // A log, trace or audit exclusion by what it stops recording, however the call is made (a request
  // tool's body, a command line, a pipeline tool, a collector's or audit policy's file); an
  // exclusion of noise only is routine, and the arguments say what it does.
  const head = profile.class !== 'read_only' ? argsHead(args, 4000) : '';
  if (mentionsRecording(head)) {
    for (const f of judgeLogExclusion([...commandsOf(inputs), ...callStrings(args), head].join('\n'))) {
      noteFinding(w, 'protection', f);
      if (f.category === 'log_noise') w.confidence = Math.max(w.confidence, 0.8);
    }
  }
  // A person's safety settings (account recovery, a child's limits, security alerts, a home's leak
  // and smoke automations) by what the arguments do to them; turned on, the name is no longer a guess.
  if (profile.class !== 'read_only') {
    for (const f of judgeSafetySettings(tool, args, said)) {
      noteFinding(w, 'protection', f);
      if (f.category === 'safety_setting_on') w.confidence = Math.max(w.confidence, 0.8);
    }
  }
  // What guards the agent itself (its guardrails, which tools need approval), whatever the tool's class.
  for (const f of judgeGateTool(tool, args)) noteFinding(w, 'protection', f);
  // A door, gate or alarm opened: whatever class the name guessed (`garage_open` reads like a read).
  for (const f of judgeOpensEntry(tool, args)) noteFinding(w, 'request', f);
  for (const f of judgeUnwipedHandover(tool, args, said)) noteFinding(w, 'content', f);
  for (const f of judgeRepoProtection(tool, args)) noteFinding(w, 'protection', f);
  for (const f of judgeReleaseTool(tool, args)) noteFinding(w, 'protection', f);
  for (const f of judgeDataHandover(tool, args, profile.class === 'read_only')) noteFinding(w, 'content', f);
  const request = latestRequest(context).latest ?? '';
  // A message sent when the latest request asked for a draft to review, or a test sent to everyone.
  if (profile.kind === 'message' && inputs.outbound) {
    for (const f of judgeDraftOnly(request, tool, args)) noteFinding(w, 'request', f);
    for (const f of judgeTestSend(request, args)) noteFinding(w, 'request', f);
  }
  // What the conversation says the target is: a live process, a person who must not be published.
  if (profile.class !== 'read_only') {
    for (const f of judgeLiveTarget(tool, args, said)) noteFinding(w, 'request', f);
    for (const f of judgeDescribedSecretFile(tool, args, said)) noteFinding(w, 'content', f);
    for (const f of judgeDeployingBranch(tool, args, w.pushed, said)) noteFinding(w, 'request', f);
    if (inputs.outbound) for (const f of judgeExcludedPerson(inputs.outbound.text, args, said)) noteFinding(w, 'content', f);
  }
  // A store the conversation calls the only copy, live, or people's records, destroyed or emptied
  // (searches and messages only mention such words; a schedule's or an agent's prompt is prose).
  if (said.length && !STORE_BLIND_KINDS.has(profile.kind)) {
    for (const f of judgeSensitiveStore(tool, callText(args), said, profile.kind === 'schedule' || profile.kind === 'delegate')) noteFinding(w, 'request', f);
  }
  if (inputs.outbound?.text) for (const f of judgeGiveaway(inputs.outbound.text, inputs.outbound.recipient)) noteFinding(w, 'content', f);
  const attached = judgeAttachments(inputs.outbound?.attachments ?? [], config.sensitive_paths, inputs.outbound?.recipient, request);
  for (const f of attached) noteFinding(w, 'content', f);
  // A name that says nothing: what the conversation says the file holds leaves with it.
  if (!attached.length) for (const f of judgeDescribedAttachment(inputs.outbound?.attachments ?? [], said)) noteFinding(w, 'content', f);
}

const STORE_BLIND_KINDS = new Set(['read', 'web', 'message']);

const LABEL_KEYS = ['element', 'selector', 'name', 'label', 'description', 'aria_label', 'button', 'target_text', 'keys', 'key'];
const CLICK_LABEL_KEYS = [...LABEL_KEYS, 'text'];

/** The label of the element a browser action presses; `text` names the element only for clicks. */
function uiLabel(args: Record<string, unknown>, click: boolean): string {
  const action = obj(args.action);
  const keys = click ? CLICK_LABEL_KEYS : LABEL_KEYS;
  return [...strs(args, ...keys), ...strs(action, ...keys)].join(' ');
}
