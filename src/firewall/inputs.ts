import type { EngineConfig } from './engine.js';
import { classifyPath } from './paths.js';
import type { FileWrite, ToolInputs, ToolProfile } from './profiles/index.js';
import { analyzeShell } from './shell/analyze.js';
import { BUILD_FILE, judgeBuildEdit } from './rules/build-integrity.js';
import { CI_FILE, ciRunSteps, CODEOWNERS_FILE, DEPENDENCY_BOT_FILE, judgeCiEdit, judgeCodeowners, judgeDependencyBotEdit, judgeLifecycleEdit, LIFECYCLE_FILE } from './rules/ci.js';
import { judgeDependencySource, MANIFEST_FILE } from './rules/dependency-source.js';
import type { Finding } from './rules/finding.js';
import { AGENT_ONLY_FILE, judgeAgentSettingsEdit, judgeApprovalKeys } from './rules/agent-settings.js';
import { judgeSql } from './rules/sql.js';
import { AGENT_INSTRUCTIONS, AGENT_SETTINGS, judgeSettingsContent, judgeStopAsking } from './rules/tampering.js';
import { judgeUrl } from './rules/urls.js';
import { judgeChangedAccount, judgeWrittenPersonalData, judgeWrittenSecrets, judgeWrittenSends } from './rules/written-content.js';
import { containsLiveSecret } from './redact.js';
import type { Factor, SideEffectClass } from './types.js';

// Factors from what a call touches: files read and written (and what the writes say), URLs,
// SQL, and observations the tool's profile made. Shell, code, outbound text and deferred work
// are judged in engine.ts.

export interface Working {
  factors: Factor[];
  classes: SideEffectClass[];
  irreversible: boolean;
  confidence: number;
  /** Words of the call's commands rules cleared for the learned gate layer (CommandFacts.clear). */
  cleared: string[];
  /** Branches the call's commands push to (CommandFacts.pushedTo). */
  pushed: string[];
}

export function note(w: Working, name: string, risk: number, reason: string, cls?: SideEffectClass, reversible = true): void {
  w.factors.push({ name, risk: Math.round(risk * 1000) / 1000, reason });
  if (cls && risk >= 0.25) w.classes.push(cls);
  if (!reversible && risk >= 0.25) w.irreversible = true;
}

export function noteFinding(w: Working, name: string, f: Finding): void {
  note(w, name, f.risk, f.reason, f.cls, f.reversible);
}

export function inputFactors(profile: ToolProfile, inputs: ToolInputs, config: EngineConfig, w: Working, cwd?: string): void {
  const reads = inputs.reads ?? [];
  const writes = inputs.writes ?? [];
  const lists = inputs.lists ?? [];
  for (const r of reads) pathFactor(r, false, 'read', config, w, cwd);
  for (const l of lists) pathFactor(l, false, 'list', config, w, cwd);
  for (const wr of writes) writeFactors(wr, config, w, cwd);
  if (reads.length + lists.length + writes.length === 0 && (profile.kind === 'read' || profile.kind === 'write') && profile.source !== 'unknown') {
    // Tools like Grep/Glob default to the working directory; nothing to check, nothing gained.
    w.confidence = Math.min(w.confidence, 0.85);
  }
  for (const u of inputs.urls ?? []) {
    if (/^file:/i.test(u)) pathFactor(u.replace(/^file:\/\//i, ''), false, 'read', config, w, cwd);
    for (const f of judgeUrl(u, profile.kind === 'web' || profile.kind === 'browser' || profile.class === 'read_only' ? 'GET' : undefined).findings) noteFinding(w, 'url', f);
  }
  for (const s of inputs.sql ?? []) for (const f of judgeSql(s.sql, { where: s.where })) noteFinding(w, 'sql', f);
  for (const f of inputs.findings ?? []) noteFinding(w, 'tool_action', f);
}

function relative(path: string, cwd?: string): string {
  const base = cwd?.replace(/\/$/, '');
  return base && path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}

/** A listing of a sensitive directory: noted, below any gate. */
const NAMES_ONLY_RISK = 0.2;

function pathFactor(raw: string, writes: boolean, op: string, config: EngineConfig, w: Working, cwd?: string, deleting = false): void {
  if (!raw) return;
  const verdict = classifyPath(relative(raw, cwd), config.sensitive_paths);
  let risk = writes ? verdict.write_risk : verdict.read_risk;
  // Listing secret names is benign by the labelling policy: `.ssh`'s entries name keys, they are not keys.
  if (op === 'list') risk = Math.min(risk, NAMES_ONLY_RISK);
  if (deleting && verdict.level !== 'scratch' && verdict.level !== 'regenerable') risk = Math.max(risk, 0.3);
  if (verdict.level === 'dynamic') w.confidence = Math.min(w.confidence, 0.5);
  if (risk >= 0.1) {
    const verb = deleting ? 'deletes' : writes ? 'writes' : op === 'list' ? 'lists the names in' : 'reads';
    note(w, 'target', risk, `${verb} ${verdict.reason}`, writes ? (risk >= 0.7 ? 'critical' : 'local_edit') : 'read_only', !(writes && risk >= 0.7));
  }
}

/** Credentials files whose values can be references to the environment (`_authToken=${NPM_TOKEN}`). */
const ENV_REFERENCING = new Set(['a credentials file', 'an .env file (secrets)']);

/** A write of a credentials file whose every secret is a `${VAR}` reference: the file holds none, the CI's or shell's environment does. */
function envReferencesOnly(path: string, wr: FileWrite, config: EngineConfig): boolean {
  const content = wr.content ?? '';
  if ((wr.op !== 'write' && wr.op !== 'edit') || !/\$\{[A-Za-z_]\w*\}/.test(content) || containsLiveSecret(content)) return false;
  const { reason } = classifyPath(path, config.sensitive_paths);
  return [...ENV_REFERENCING].some((what) => reason.endsWith(` is ${what}`));
}

function writeFactors(wr: FileWrite, config: EngineConfig, w: Working, cwd?: string): void {
  const path = relative(wr.path, cwd);
  const content = wr.content ?? '';
  // An agent's settings file edited through a file tool shows what changes: the content rules
  // below judge it (a theme change runs, a permission bypass asks). Blind writes keep the path risk.
  const agentFile = AGENT_SETTINGS.test(path) || AGENT_ONLY_FILE.test(path);
  const seen = agentFile && (wr.op === 'edit' || wr.op === 'write') && (content !== '' || !!wr.removed) && !/switchyard\.ya?ml$/.test(path);
  if (seen) note(w, 'target', 0.2, `edits ${path}, an agent's own settings`, 'local_edit');
  else if (envReferencesOnly(path, wr, config)) note(w, 'target', 0.2, `writes ${path}, whose secrets are read from the environment (\${…}), none written in it`, 'local_edit');
  else pathFactor(wr.path, true, wr.op, config, w, cwd, wr.op === 'delete' || wr.op === 'move');
  const findings: Finding[] = [];
  if (CI_FILE.test(path)) {
    findings.push(...judgeCiEdit(path, content, wr.removed ?? '', wr.context ?? ''));
    // Pipeline steps run later, with the repository's secrets: judged as if run now.
    for (const step of ciRunSteps(content)) {
      for (const f of analyzeShell(step, { sensitive_paths: config.sensitive_paths }).findings) {
        if (f.risk >= 0.6) findings.push({ ...f, reason: `CI step in ${path} will run: ${f.reason}` });
      }
    }
  }
  if ((wr.op === 'delete' || wr.op === 'move') && /(^|\/)(migrations?|migrate|alembic\/versions|db\/migrate)\/[^/]+$/.test(path)) {
    findings.push({ risk: 0.65, cls: 'local_edit', reversible: false, category: 'data_loss', reason: `deletes the database migration ${path} (applied migrations cannot be replayed)` });
  }
  if (/\.(ipynb|sql)$/.test(path) && content) {
    for (const m of content.matchAll(/(?:^|["'`(])((?:drop|truncate|delete\s+from|update|alter|grant)\b[^"'`)\n]{3,300})/gim)) {
      for (const f of judgeSql(m[1], { where: path })) if (f.risk >= 0.6) findings.push({ ...f, reason: `${path} will run when executed: ${f.reason}` });
    }
  }
  // A notebook cell runs when the notebook is run: its code is judged as code being executed (what
  // it pays, deletes or sends), keeping only what would hold a call, not that it is code at all.
  if (/\.ipynb$/.test(path) && content && wr.op !== 'delete') {
    const code = content.replace(/\\n/g, '\n').replace(/\\"/g, '"');
    for (const f of analyzeShell(`python3 -c '${code.replace(/'/g, `'\\''`)}'`).findings) if (f.risk >= 0.6) findings.push({ ...f, reason: `${path} will run when executed: ${f.reason}` });
  }
  findings.push(...judgeWrittenSends(path, content));
  if (wr.op === 'delete' && CI_FILE.test(path)) findings.push({ risk: 0.5, cls: 'local_edit', reversible: true, category: 'ci_workflow', reason: `deletes the CI pipeline ${path}` });
  if (MANIFEST_FILE.test(path) && content) findings.push(...judgeDependencySource(path, content, wr.removed ?? ''));
  if (BUILD_FILE.test(path) && (content || wr.removed)) findings.push(...judgeBuildEdit(path, content, wr.removed ?? ''));
  if (LIFECYCLE_FILE.test(path)) findings.push(...judgeLifecycleEdit(path, content, wr.removed ?? ''));
  if (DEPENDENCY_BOT_FILE.test(path) && content) findings.push(...judgeDependencyBotEdit(path, content, wr.removed ?? ''));
  if (CODEOWNERS_FILE.test(path) && (wr.op === 'write' || wr.op === 'edit')) findings.push(...judgeCodeowners(path, content, wr.removed ?? ''));
  if (agentFile) {
    const strong = judgeSettingsContent(path, content, wr.removed ?? '');
    findings.push(...strong);
    if (!strong.length && seen) findings.push(...judgeAgentSettingsEdit(path, content, wr.removed ?? '', wr.context));
  } else if (content) findings.push(...judgeApprovalKeys(path, content, wr.removed ?? ''));
  if (AGENT_INSTRUCTIONS.test(path) && content) findings.push(...judgeStopAsking(content, `edit to ${path}`));
  findings.push(...judgeWrittenSecrets(path, content), ...judgeWrittenPersonalData(path, content), ...judgeChangedAccount(path, content, wr.removed ?? ''));
  for (const f of findings) noteFinding(w, 'content', f);
  if (content && !findings.some((f) => f.category === 'secret_in_file') && containsLiveSecret(content)) note(w, 'target', 0.35, 'writes what looks like a credential into a file', 'local_edit');
}
