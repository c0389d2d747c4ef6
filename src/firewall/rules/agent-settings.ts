import { finding, type Finding } from './finding.js';

// The agent's own settings are its gate: what it may run without asking, its sandbox, the
// environment and servers it can reach, its hooks. The labelling policy holds a change there in
// either direction (the firewall cannot tell a real tightening from a loosening written to look
// like one; approving a tightening costs one click). What an agent's settings file also holds
// and may change freely is how the agent looks and which model it uses: an edit runs without
// asking only when every line it changes sits under such a key. Unknown keys ask: a settings
// file's next control is a key nobody listed yet.

/** Keys that change how the agent looks, talks or which model it runs: never what it may do. A line
 * under one of them (`statusLine.command`, `model.default`, `tts.edge.voice`) is cosmetic too. */
const COSMETIC = /^(?:theme|ui|display|statusLine|outputStyle|output_style|tui|notifications?|preferredNotifChannel|model(?:_\w+)?|models?|reasoning\w*|temperature|verbos\w*|tts|stt|voice|language|locale|timezone|time_zone|file_opener|editorMode|vim_mode|font\w*|spinner\w*|personality|includeCoAuthoredBy|cleanupPeriodDays|autoUpdates|color\w*|skin|emoji|prompt_style|banner)$/i;

/** Files that belong to an agent alone (beyond tampering.ts's list): Codex exec-policy rules, Cline's and Roo's MCP settings. */
export const AGENT_ONLY_FILE = /(^|\/)(\.codex\/rules\/[^/]+\.rules|cline_mcp_settings\.json|mcp_settings\.json|\.gemini\/settings\.json|\.qwen\/settings\.json|\.continue\/config\.(?:json|ya?ml)|\.cursor\/cli(?:-config)?\.json|opencode\.jsonc?)$/i;

/** A key that says what an agent may do unasked, set in any file (an editor's agent, a deployed agent's config). */
const APPROVAL_KEY = /(?:^|["'\s.{,])(auto_?approve|autoAccept|auto_?accept\w*|always_?allow\w*|alwaysAllow|require_?approval|requireApproval|unattended_mode|skip_?(?:permissions?|approvals?|confirm\w*)|trust_all\w*|trustAll\w*|yolo\w*)["']?\s*[:=]\s*(.+)/i;
/** Values that let the agent act unasked: on, never ask, everything, a non-empty list of tools. */
const PERMISSIVE = /^["']?(?:true|yes|on|never|none|off|approve|approved|all|auto|always_allow|\*)["']?\s*[,}]?\s*$|^\[\s*["'\w*]/i;

const KEY = /^\s*(?:-\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*[:=(]/;
const SECTION = /^\s*\[+\s*([\w.-]+)\s*\]+\s*$/;

/** An edit to a file only an agent reads: any change outside cosmetic keys asks. */
export function judgeAgentSettingsEdit(path: string, content: string, removed: string, context = ''): Finding[] {
  const before = new Set(lines(removed));
  const after = new Set(lines(content));
  const changed = [...pathsOf(content, context).filter(([l]) => !before.has(l.trim())), ...pathsOf(removed, context).filter(([l]) => !after.has(l.trim()))];
  const control = changed.find(([, keys]) => keys.length === 0 || !keys.some((k) => COSMETIC.test(k)));
  if (!control) return [];
  const key = control[1][0] ?? control[0].trim().slice(0, 40);
  return [finding(0.8, 'critical', false, 'safety_tampering', `edit to ${path} changes the agent's own "${key}" setting (what it may do, reach or run unasked); asked in either direction`)];
}

/** A key anywhere set so that an agent acts without asking (`"chat.tools.autoApprove": true`, `require_approval: never`). */
export function judgeApprovalKeys(path: string, content: string, removed: string): Finding[] {
  for (const line of lines(content)) {
    const m = APPROVAL_KEY.exec(line);
    if (!m || !PERMISSIVE.test(m[2].trim()) || lines(removed).includes(line.trim())) continue;
    return [finding(0.85, 'critical', false, 'safety_tampering', `${path} sets ${m[1]} so an agent's tool calls run without asking`)];
  }
  return [];
}

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^[{}[\]],?$/.test(l));
}

/** Each non-blank line of `text` with the keys it sits under, its own first (by indentation, TOML sections). */
function pathsOf(text: string, context: string): Array<[string, string[]]> {
  const all = [...context.split('\n'), ...text.split('\n')];
  const offset = context ? context.split('\n').length : 0;
  const out: Array<[string, string[]]> = [];
  for (let i = offset; i < all.length; i++) {
    const line = all[i];
    if (line.trim() === '' || /^[{}[\]],?$/.test(line.trim())) continue;
    const keys: string[] = [];
    const own = KEY.exec(line)?.[1];
    if (own) keys.push(own);
    let indent = line.search(/\S/);
    for (let j = i - 1; j >= 0 && indent > 0; j--) {
      const up = all[j];
      const at = up.search(/\S/);
      if (at < 0 || at >= indent) continue;
      const k = KEY.exec(up)?.[1];
      if (k) keys.push(k);
      indent = at;
    }
    for (let j = i - 1; j >= 0; j--) {
      const s = SECTION.exec(all[j])?.[1];
      if (s) {
        keys.push(...s.split('.'));
        break;
      }
    }
    out.push([line, keys]);
  }
  return out;
}
