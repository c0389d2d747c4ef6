import { firewallConfigSchema, type FirewallConfig } from '../config/firewall-schema.js';
import { detectCrisis } from './crisis.js';
import { classifyPath } from './paths.js';
import { combineRisk, decide, round } from './policy.js';
import { containsSecret } from './redact.js';
import { analyzeShell } from './shell/analyze.js';
import { profileFor, type ToolProfile } from './taxonomy.js';
import type { Assessment, AssessContext, Factor, SideEffectClass, ToolCallInput } from './types.js';

// assess(call, context) -> Assessment. Pure: no I/O, no clock, no randomness, so the gateway,
// the hook command and the MCP proxy get the same verdict for the same call.

export type EngineConfig = Pick<FirewallConfig, 'thresholds' | 'post_execution_review' | 'tools' | 'sensitive_paths'>;

const DEFAULT_CONFIG: EngineConfig = firewallConfigSchema.parse({});

const CLASS_RANK: Record<SideEffectClass, number> = { read_only: 0, local_edit: 1, external: 2, critical: 3 };
const MAX_CONTEXT_MESSAGES = 3;

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
  if (profile.outbound) outboundFactors(profile, args, w);

  const crisis = crisisFactors(profile, args, context, w);
  const outbound = profile.outbound || w.classes.includes('external') && profile.kind === 'message';

  const risk = combineRisk(w.factors);
  let cls = w.classes.reduce((a, b) => (CLASS_RANK[b] > CLASS_RANK[a] ? b : a), profile.class);
  if (crisis && outbound) cls = 'critical';
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

function outboundFactors(profile: ToolProfile, args: Record<string, unknown>, w: Working): void {
  const text = profile.content_args.map((k) => args[k]).filter((v): v is string => typeof v === 'string').join('\n');
  if (text && containsSecret(text)) note(w, 'human_impact', 0.9, 'outbound message contains what looks like a credential', 'critical', false);
  if (!text && profile.kind === 'message') {
    note(w, 'clarity', 0.3, 'message has no readable text to check');
    w.confidence = Math.min(w.confidence, 0.5);
  }
}

function crisisFactors(profile: ToolProfile, args: Record<string, unknown>, context: AssessContext, w: Working): boolean {
  const history = [...(context.user_messages ?? [])];
  if (context.user_message) history.push(context.user_message);
  const recent = history.slice(-MAX_CONTEXT_MESSAGES).map((text, i, all) => ({ label: all.length === 1 || i === all.length - 1 ? 'the user message' : 'an earlier user message', text: String(text) }));
  const content = profile.content_args.map((k) => args[k]).filter((v): v is string => typeof v === 'string').join('\n');
  const inConversation = detectCrisis(recent);
  const inArgs = content ? detectCrisis([{ label: profile.outbound ? 'the outbound content' : 'the tool arguments', text: content }]) : null;
  const crisis = inConversation.crisis || !!inArgs?.crisis;
  if (!crisis) {
    const dismissed = [...inConversation.dismissed, ...(inArgs?.dismissed ?? [])];
    if (dismissed.length) note(w, 'crisis', 0, `crisis words seen but not a personal crisis: ${dismissed[0]}`);
    return false;
  }
  const found = [...inConversation.reasons, ...(inArgs?.reasons ?? [])];
  const signals = new Set([...inConversation.signals, ...(inArgs?.signals ?? [])]);
  if (profile.outbound) {
    note(w, 'crisis', 0.95, `crisis-sensitive outbound content: ${found.slice(0, 3).join('; ')}`, 'critical', false);
  } else if (inArgs?.crisis && (signals.has('means') || signals.has('plan'))) {
    note(w, 'crisis', 0.7, `tool arguments touch lethal means or plans during a crisis: ${found.slice(0, 3).join('; ')}`, 'external');
  } else {
    note(w, 'crisis', 0.3, `conversation shows crisis signals (${found.slice(0, 2).join('; ')}); this call does not reach out`);
  }
  return true;
}
