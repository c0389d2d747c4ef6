import { anyOf } from './any-of.js';
import { finding, type Finding } from './finding.js';

// The agent switching off its own safety: instructions that tell it to stop asking (memory entries,
// agent instruction files, delegated prompts), and settings that widen its own permissions.

const STOP_ASKING = [
  /\b(don'?t|do not|never|stop|no need to|quit|without)\s+(ask(ing)?|request(ing)?|seek(ing)?|wait(ing)?|check(ing)?\s+with\s+(me|the user|anyone))\s+(for\s+)?(my\s+|the user'?s?\s+|any\s+)?(human\s+|explicit\s+|user\s+|further\s+)?(permission|confirmation|approval|consent|sign[- ]?off|go[- ]ahead)/i,
  /\b(don'?t|do not|never|stop|no need to)\s+(ask(ing)?|confirm(ing)?|check(ing)?|prompt(ing)?)\s+(me\s+|the user\s+)?(before|prior to)\s+\w+ing\b/i,
  /\b(skip|bypass|disable|turn off|switch off|ignore|circumvent|get around|deactivate|silence)\s+(all\s+|the\s+|any\s+|your\s+|its\s+|switchyard'?s?\s+)?(approvals?|confirmations?|permission (prompts?|checks?)|permissions? checks?|(tool[- ]call\s+)?firewall|guardrails?|safety (checks?|prompts?|rules?)|human (review|approval|confirmation)|approval (gate|prompts?|step))/i,
  /\b(never|not|don'?t|no longer)\b[^.\n]{0,30}\b(be asked|asking|ask)\b[^.\n]{0,25}\b(approval|permission|confirmation|consent)/i,
  /\bwithout (asking|confirming|confirmation|approval|permission|checking with (me|the user)|checking(?: (?:first|in|back))?(?=[\s.,;!]*$|[.,;!]))(?! (follow-up|clarifying|questions))/im,
  // Standing permission handed over in a note the agent reads later: "fine with you deleting anything".
  /\b(?:is|are|i'?m|we'?re)\s+(?:fine|ok(?:ay)?|happy|cool)\s+with\s+you\s+\w+ing\b[^.\n]{0,80}\b(?:without|no need to|whenever|any ?time|anything|everything)\b/i,
  /\b(approve|accept|confirm|allow|answer)\b[^.\n]{0,40}\b(pending|all|every|any)\b[^.\n]{0,40}\b(approvals?|approval requests?|permission requests?|confirmations?)\b/i,
  /\b(treat|consider)\b[^.\n]{0,40}\b(pre-?approved|already approved)|\bpre-?approve[ds]?\b/i,
  // A person's check named and removed (fw-fresh-recall): "don't ask her first", "without further
  // sign-off from the lead", "no need to read the diffs", "just pay and tell her after". A check
  // that already happened ("merged without review", "posted without further edits") is not one.
  /\b(?:don'?t|do not|never|no need to)\s+(?:ask|check with|run (?:it|this|them) by|bother)\s+(?:me|him|her|them|us|anyone|anybody)\s+first\b(?!\s+thing)/i,
  /\b(?<!(?:merged|was|were|been|went|got|landed|shipped|approved)\s)without\s+(?:any\s+|further\s+|prior\s+|my\s+|her\s+|his\s+|their\s+|our\s+|another\s+)+(?:human\s+)?(?:approval|sign[- ]?off|authori[sz]ation|review|rücksprache)\b/i,
  /\bno need to (?:read|review|look at|check|open)\s+(?:the\s+|their\s+|any\s+)?(?:diffs?|changes|pull requests?|PRs?)\b/i,
  /\bjust\s+\w+(?:\s+(?:it|them))?\s+and\s+tell\s+(?:me|him|her|them|us)\s+after(?:wards)?\b/i,
  /\b(?:don'?t|do not|no need to)\s+check\s+with\s+(?:me|us|anyone|anybody)(?=[\s.,;!]*$|[.,;!])/im,
  /\b(auto[- ]?approve|always (allow|approve) (everything|all|every)|approve (everything|all (tool )?calls)|yolo[- ]mode|dangerously[- ]skip[- ]permissions|bypass ?permissions|dangerously-bypass-approvals)/i,
  // A few other languages: "no pidas confirmación", "ne demande pas de confirmation", "frag nicht nach Bestätigung".
  /\b(no (pidas|pedir|preguntes)|sin pedir|nunca pidas)\s+(confirmaci[oó]n|permiso|aprobaci[oó]n)/i,
  /\bsin\s+(?:m[aá]s|otra|ninguna|previa)\s+(?:aprobaci[oó]n|autorizaci[oó]n|revisi[oó]n|consulta)|\bno me consultes (?:antes|primero)\b/i,
  /\bohne\s+(?:weitere|vorherige|erneute)\s+(?:freigabe|genehmigung|rücksprache|prüfung)|\bfrag(?:e|t)?\s+mich\s+nicht\s+(?:vorher|erst)\b/i,
  /\b(ne (demande|demandez) (pas|plus|jamais)|sans demander)\s+(de\s+)?(confirmation|permission|autorisation|approbation)/i,
  /\b(frag|frage)\s+(nicht|nie|niemals)\s+(mehr\s+)?nach\s+(bestätigung|erlaubnis|genehmigung)/i,
];

/** Any of them: every delegated prompt and stored note is read, and almost none says to stop asking.
 * A union takes one set of flags, so the line-anchored (`m`) patterns are asked on their own. */
const ANY_STOP_ASKING = anyOf(STOP_ASKING.filter((re) => !re.multiline));
const LINE_ANCHORED = STOP_ASKING.filter((re) => re.multiline);

export function judgeStopAsking(text: string, where: string): Finding[] {
  if (!ANY_STOP_ASKING.test(text) && !LINE_ANCHORED.some((re) => re.test(text))) return [];
  for (const re of STOP_ASKING) {
    const m = re.exec(text);
    if (m) return [finding(0.88, 'critical', false, 'safety_tampering', `${where} tells the agent to stop asking for approval ("${m[0].trim()}")`)];
  }
  return [];
}

const SETTINGS: Array<[RegExp, string]> = [
  [/"?defaultMode"?\s*[:=]\s*"?bypassPermissions/i, 'sets Claude Code to bypass every permission prompt'],
  [/"?(skipDangerousModePermissionPrompt|dangerouslySkipPermissions|disableAllHooks)"?\s*[:=]\s*true/i, 'turns off permission prompts or hooks'],
  [/"(Bash|Bash\(\*\)|Bash\(:\*\)|\*|mcp__\w*__\*|Write|Edit)"\s*[,\]]/, 'allows a whole tool class without asking'],
  [/trust_level\s*=\s*"?trusted/i, 'marks a project as trusted in Codex (fewer prompts)'],
  [/"(allow|additionalDirectories)"\s*:\s*\[[^\]]*"(Bash|Write|Edit|WebFetch|Read)\(\*\)"/, 'allows a whole tool class without asking'],
  [/enableAllProjectMcpServers"?\s*[:=]\s*true/i, 'trusts every project MCP server without asking'],
  [/approval_policy\s*=\s*"?(never|on-failure)"?/i, "sets Codex's approval policy to never ask"],
  [/sandbox_mode\s*=\s*"?danger-full-access"?/i, "turns Codex's sandbox off"],
  [/^\s*mode:\s*["']?(off|observe|never|auto|yolo|disabled?)["']?\s*$/m, 'turns the Switchyard firewall off or to observe-only'],
  [/\b(auto_below|ask_above):\s*(0?\.9\d*|1(\.0+)?)\b|\bmin_confidence:\s*0(\.0+)?\b/, 'raises the firewall thresholds so nothing asks'],
  [/"?(crisis|firewall|approvals?|confirm|gate|require_approval|human_review)"?\s*[:=]\s*(false|\[\s*\]|"?(off|none|never|disabled?)"?)\s*[,}\n]/i, "switches the firewall's checks or approvals off"],
  [/^\s*(yolo|auto_approve|always_approve|skip_approvals?|approvals?_mode):\s*(true|yes|on|off|never|auto)\s*$/im, "switches the agent's approvals off"],
];

const ALLOWLIST = /\b(?:command_allowlist|allowed_commands|allowlist|allow_list|always_allow|auto_approve|allowedTools|trusted_commands)\b|"allow"\s*:/i;
const DANGEROUS_ENTRY = /rm -(?:rf|fr|r)\b|\|\s*(?:ba|z)?sh\b|push (?:--force|-f)\b|\bsudo\b|chmod 777|\bdd if=|\bmkfs|\bdrop (?:table|database)|--no-verify|\bBash\(\*\)|\bBash\(:\*\)|^\s*-\s*["']?\*["']?\s*$|^\s*"\*"\s*,?$|\bcurl \*|\bwget \*|\beval\b/i;

const RESTRICTING_LIST = /"(?:deny|ask)"\s*:\s*\[[^\]]*\]/g;

const GUARDS = /(PreToolUse|"hooks"|hooks:|"deny"\s*:|deny:|switchyard|firewall|approvers?:|approver_tokens|"ask"\s*:)/;

/** Content written to an agent's or the gateway's own settings; `removed` is what an edit replaces. */
export function judgeSettingsContent(path: string, content: string, removed = ''): Finding[] {
  const out: Finding[] = [];
  for (const [re, what] of SETTINGS) if (re.test(content) && !re.test(removed)) out.push(finding(0.92, 'critical', false, 'safety_tampering', `edit to ${path} ${what}`));
  // Allowlist entries that pre-approve destructive or download-and-run commands.
  // Entries of a deny or ask list restrict the agent; only what is left can pre-approve.
  const granting = content.replace(RESTRICTING_LIST, '');
  if (ALLOWLIST.test(granting)) {
    const added = granting.split('\n').filter((line) => DANGEROUS_ENTRY.test(line) && !removed.includes(line.trim()));
    if (added.length) out.push(finding(0.9, 'critical', false, 'safety_tampering', `edit to ${path} pre-approves ${added[0].trim().replace(/^[-\s"']+|["',\s]+$/g, '').slice(0, 40)} (a destructive or download-and-run command) so it runs without asking`));
  }
  const denied = /"deny"\s*:\s*\[([^\]]*)\]/.exec(removed)?.[1].match(/"[^"]+"/g) ?? [];
  const dropped = denied.filter((d) => !content.includes(d));
  if (dropped.length) out.push(finding(0.9, 'critical', false, 'safety_tampering', `edit to ${path} removes deny rule ${dropped[0]}`));
  const lost = removed.match(new RegExp(GUARDS.source, 'g'))?.filter((g) => !content.includes(g)) ?? [];
  if (lost.length) out.push(finding(0.9, 'critical', false, 'safety_tampering', `edit to ${path} removes ${lost[0].replace(/[":]/g, '')} (a hook, deny rule or approver)`));
  return out;
}

/** Files whose content steers an agent: instructions and memories it reads at every start. */
export const AGENT_INSTRUCTIONS = /(^|\/)(CLAUDE(\.local)?\.md|AGENTS\.md|GEMINI\.md|\.cursorrules|\.windsurfrules|\.clinerules|copilot-instructions\.md|MEMORY\.md|SOUL\.md|USER\.md|memories\/[^/]+\.md|\.hermes\/[^/]+\.md)$/i;

/** Agent and gateway settings files (beyond the path table's own list). */
export const AGENT_SETTINGS = /(^|\/)(\.claude\/settings(\.local)?\.json|\.codex\/config\.toml|\.gemini\/settings\.json|\.hermes\/config\.ya?ml|switchyard\.ya?ml|switchyard(\.config)?\.json|\.aider\.conf\.ya?ml|\.mcp\.json|\.cursor\/mcp\.json|claude_desktop_config\.json)$/i;

/** Agent CLI flags that disable its approvals. */
export const DANGEROUS_AGENT_FLAG = /^(--dangerously-skip-permissions|--allow-dangerously-skip-permissions|--dangerously-bypass-approvals-and-sandbox|--yolo|--yes-always|--auto-approve|--no-confirm|--trust-all-tools|--always-approve)$/;
