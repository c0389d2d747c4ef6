import { firewallConfigSchema, type FirewallConfig } from '../config/firewall-schema.js';
import { scanCode, scanOutbound } from './content/index.js';
import { textOf } from './content/text-of.js';
import { crisisVerdict } from './crisis/assess.js';
import { classifyPath } from './paths.js';
import { combineRisk, decide, round } from './policy.js';
import { containsSecret } from './redact.js';
import { analyzeShell } from './shell/analyze.js';
import { profileFor, type ToolProfile } from './taxonomy.js';
import type { Assessment, AssessContext, CrisisDetail, Factor, SideEffectClass, ToolCallInput } from './types.js';

// assess(call, context) -> Assessment. Pure: no I/O, no clock, no randomness, so the gateway,
// the hook command and the MCP proxy get the same verdict for the same call.

export type EngineConfig = Pick<FirewallConfig, 'thresholds' | 'post_execution_review' | 'tools' | 'sensitive_paths'>;

const DEFAULT_CONFIG: EngineConfig = firewallConfigSchema.parse({});

const CLASS_RANK: Record<SideEffectClass, number> = { read_only: 0, local_edit: 1, external: 2, critical: 3 };
/** Kinds whose effect can leave this machine even when the profile's class says local. */
const REACHING_KINDS = new Set(['shell', 'code', 'schedule', 'delegate', 'finance', 'message']);

interface Working {
  factors: Factor[];
  classes: SideEffectClass[];
  irreversible: boolean;
  confidence: number;
}

export function assess(call: ToolCallInput, context: AssessContext = {}, config: EngineConfig = DEFAULT_CONFIG): Assessment {
  const profile = profileFor(call.tool, call.annotations, config.tools);
  const args = call.args && typeof call.args === 'object' ? call.args : {};
  const w: Working = { factors: [], classes: [profile.class], irreversible: !profile.reversible, confidence: profile.confidence };

  w.factors.push({ name: 'tool_class', risk: profile.base_risk, reason: `${call.tool} ${profile.label} (${profile.class}${profile.source === 'unknown' ? ', unknown tool' : ''})` });
  if (!profile.reversible) w.factors.push({ name: 'reversibility', risk: Math.min(profile.base_risk + 0.05, 1), reason: `${call.tool} cannot be undone` });

  switch (profile.kind) {
    case 'shell':
      shellFactors(profile, args, config, w);
      break;
    case 'code':
      codeFactors(profile, args, config, w);
      break;
    default:
      pathFactors(profile, args, config, w, context.cwd);
  }
  const outbound = profile.outbound || w.classes.includes('external') && profile.kind === 'message';
  const leaves = outbound || profile.class === 'external' || profile.class === 'critical' || profile.source === 'unknown';
  const code = profile.kind === 'shell' || profile.kind === 'code';
  const carried = code ? firstString(args, [profile.command_arg, profile.code_arg, 'command', 'cmd', 'code', 'script']) ?? '' : textOf(args, profile.content_args, leaves);
  contentFactors(profile, carried, code, leaves, w);

  const reaches = outbound || w.irreversible || REACHING_KINDS.has(profile.kind) || w.classes.some((c) => c === 'external' || c === 'critical');
  const crisisDetail = crisisFactors(carried, outbound, reaches, context, w);
  const crisis = crisisDetail.crisis_sensitive;

  const risk = combineRisk(w.factors);
  let cls = w.classes.reduce((a, b) => (CLASS_RANK[b] > CLASS_RANK[a] ? b : a), profile.class);
  if (crisis && reaches) cls = 'critical';
  const reversible = !w.irreversible;
  const confidence = round(Math.max(0.05, Math.min(1, w.confidence)));
  const verdict = decide({ risk, confidence, side_effect_class: cls, reversible, outbound, crisis_sensitive: crisis }, {
    thresholds: config.thresholds,
    post_execution_review: config.post_execution_review,
  });

  const reasons = w.factors
    .filter((f) => f.risk >= 0.1 || f.name === 'crisis')
    .sort((a, b) => b.risk - a.risk)
    .map((f) => f.reason);
  if (reasons.length === 0) reasons.push(w.factors[0].reason);
  reasons.push(verdict.reason);

  return {
    tool_name: call.tool,
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

function note(w: Working, name: string, risk: number, reason: string, cls?: SideEffectClass, reversible = true): void {
  w.factors.push({ name, risk: round(risk), reason });
  if (cls && risk >= 0.25) w.classes.push(cls);
  if (!reversible && risk >= 0.25) w.irreversible = true;
}

function firstString(args: Record<string, unknown>, keys: Array<string | undefined>): string | undefined {
  for (const k of keys) {
    if (!k) continue;
    const v = args[k];
    if (typeof v === 'string') return v;
  }
  return undefined;
}

function shellFactors(profile: ToolProfile, args: Record<string, unknown>, config: EngineConfig, w: Working): void {
  const command = firstString(args, [profile.command_arg, 'command', 'cmd', 'script']);
  if (command === undefined || command.trim() === '') {
    note(w, 'clarity', 0.5, 'no command string to check', 'local_edit');
    w.confidence = Math.min(w.confidence, 0.3);
    return;
  }
  const shell = analyzeShell(command, { sensitive_paths: config.sensitive_paths });
  w.confidence = Math.min(w.confidence, shell.confidence);
  for (const f of shell.findings) note(w, `shell:${f.category}`, f.risk, f.reason, f.cls, f.reversible);
  if (args.background === true || args.run_in_background === true) note(w, 'clarity', 0.1, 'runs in the background');
}

function codeFactors(profile: ToolProfile, args: Record<string, unknown>, config: EngineConfig, w: Working): void {
  const code = firstString(args, [profile.code_arg, 'code', 'source', 'script']);
  if (!code) {
    note(w, 'clarity', 0.4, 'no code to check', 'local_edit');
    w.confidence = Math.min(w.confidence, 0.4);
    return;
  }
  const language = String(args.language ?? 'python').toLowerCase();
  const quoted = `'${code.replace(/'/g, `'\\''`)}'`;
  const script = language === 'bash' || language === 'sh' || language === 'shell' ? code : `${language === 'javascript' || language === 'node' ? 'node -e' : 'python3 -c'} ${quoted}`;
  const shell = analyzeShell(script, { sensitive_paths: config.sensitive_paths });
  w.confidence = Math.min(w.confidence, Math.max(0.5, shell.confidence - 0.1));
  for (const f of shell.findings) note(w, `code:${f.category}`, f.risk, f.reason, f.cls, f.reversible);
}

function pathFactors(profile: ToolProfile, args: Record<string, unknown>, config: EngineConfig, w: Working, cwd?: string): void {
  const writes = profile.class !== 'read_only';
  let seen = 0;
  for (const key of profile.path_args) {
    const v = args[key];
    if (typeof v !== 'string' || v === '') continue;
    seen++;
    const rel = cwd && v.startsWith(cwd.replace(/\/$/, '') + '/') ? v.slice(cwd.replace(/\/$/, '').length + 1) : v;
    const verdict = classifyPath(rel, config.sensitive_paths);
    const risk = writes ? verdict.write_risk : verdict.read_risk;
    if (verdict.level === 'dynamic') w.confidence = Math.min(w.confidence, 0.5);
    if (risk >= 0.1) {
      const verb = writes ? 'writes' : 'reads';
      note(w, 'target', risk, `${verb} ${verdict.reason}`, writes ? (risk >= 0.7 ? 'critical' : 'local_edit') : 'read_only', !(writes && risk >= 0.7));
    }
  }
  if (seen === 0 && (profile.kind === 'read' || profile.kind === 'write') && profile.source !== 'unknown') {
    // Tools like Grep/Glob default to the working directory; nothing to check, nothing gained.
    w.confidence = Math.min(w.confidence, 0.85);
  }
  if (profile.kind === 'write') {
    const content = firstString(args, ['content', 'new_string', 'new_str', 'text']);
    if (content && containsSecret(content)) note(w, 'target', 0.35, 'writes what looks like a credential into a file', 'local_edit');
  }
}

function contentFactors(profile: ToolProfile, text: string, code: boolean, leaves: boolean, w: Working): void {
  if (code) {
    for (const f of scanCode(text)) note(w, `content:${f.detector}`, f.risk, f.reason, 'critical', false);
    return;
  }
  if (!text) {
    if (profile.kind === 'message') {
      note(w, 'clarity', 0.3, 'message has no readable text to check');
      w.confidence = Math.min(w.confidence, 0.5);
    }
    return;
  }
  if (!leaves) return;
  for (const f of scanOutbound(text)) {
    const serious = f.risk >= 0.6;
    note(w, `content:${f.detector}`, f.risk, `content leaving this machine contains ${f.reason}`, serious ? 'critical' : 'external', !serious);
  }
}

function crisisFactors(text: string, outbound: boolean, reaches: boolean, context: AssessContext, w: Working): CrisisDetail {
  const conversation = context.user_messages ? [...context.user_messages] : [];
  if (context.user_message && conversation[conversation.length - 1] !== context.user_message) conversation.push(context.user_message);
  const v = crisisVerdict({ conversation, text, outbound, reaches, session: context.session_risk });
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
