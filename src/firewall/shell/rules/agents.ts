import { judgePrompt } from '../../rules/prompt-intent.js';
import { DANGEROUS_AGENT_FLAG } from '../../rules/tampering.js';
import { flagValue, type CommandFacts, type Rule } from './types.js';

// Other agents started from the shell (claude, codex, gemini, hermes, aider...) and Switchyard's
// own CLI. Flags that switch an agent's approvals off are tampering; a prompt handed to a headless
// agent is judged like a delegated task; the agent answering its own approvals is refused.

export const agentCli: Rule = (f) => {
  const words = f.args.map((a) => a.text);
  for (const w of words) {
    if (DANGEROUS_AGENT_FLAG.test(w) || (f.program === 'gemini' && w === '-y')) {
      f.add(0.9, 'critical', false, 'safety_tampering', `${f.program} ${w} runs the agent with its approvals switched off`);
    }
  }
  const mode = flagValue(f.args, '--permission-mode', '-a', '--ask-for-approval', '-s', '--sandbox', '--approval-mode');
  if (mode && /^(bypassPermissions|never|danger-full-access|yolo)$/i.test(mode)) {
    f.add(0.9, 'critical', false, 'safety_tampering', `${f.program} ${mode} runs the agent without approvals or sandbox`);
  }
  for (const [i, w] of words.entries()) {
    if ((w === '-c' || w === '--config') && /^(approval_policy|sandbox_mode)\s*=\s*"?(never|danger-full-access)/.test(words[i + 1] ?? '')) {
      f.add(0.9, 'critical', false, 'safety_tampering', `${f.program} -c ${words[i + 1]} switches approvals or the sandbox off`);
    }
  }
  if (f.program === 'claude' && words[0] === 'config' && words.some((w) => /permissions|hooks|defaultMode|allowedTools/.test(w))) {
    f.add(0.85, 'critical', false, 'safety_tampering', `claude ${words.join(' ')} changes its own permissions`);
  } else if (words[0] === 'config' && /^(set|add|edit|write|unset|remove)$/.test(words[1] ?? '')) {
    // `hermes config set approvals.mode off`, `codex config set approval_policy never`: the agent's
    // own gate, held in either direction (the labelling policy on the agent's approval settings).
    const setting = words.slice(2).join(' ');
    if (APPROVAL_KEY.test(setting)) {
      const loosens = LOOSE_VALUE.test(setting) || /allowlist|allowed|always_allow|trusted|approve\b/i.test(setting);
      f.add(0.88, 'critical', false, 'safety_tampering', `${f.program} ${words.join(' ')} ${loosens ? 'loosens' : 'changes'} its own approvals or sandbox`);
    }
  } else if (APPROVAL_AREA.test(words[0] ?? '') && words.slice(1).some((w) => WRITES.test(w))) {
    // `hermes approvals suggest --apply`, `gemini permissions add`: writing to the agent's own allowlist.
    f.add(0.85, 'critical', false, 'safety_tampering', `${f.program} ${words.join(' ')} writes the agent's own approvals`);
  }
  if (words[0] === 'mcp' && words[1] === 'add') f.add(0.45, 'local_edit', true, 'agent_config', `${f.program} mcp add installs a tool server the agent will run`);
  const prompt = headlessPrompt(f, words);
  if (prompt) judgeDelegated(f, prompt, `${f.program} headless prompt`);
};

function headlessPrompt(f: CommandFacts, words: string[]): string | undefined {
  const flagged = f.program === 'aider' ? flagValue(f.args, '--message', '-m') : flagValue(f.args, '-p', '--print', '--prompt', '-q', '--query');
  if (flagged && !flagged.startsWith('-')) return flagged;
  if (['exec', 'e', 'run', 'chat'].includes(words[0] ?? '')) return words.slice(1).find((w) => !w.startsWith('-') && /\s/.test(w));
  return undefined;
}

export function judgeDelegated(f: CommandFacts, prompt: string, via: string): void {
  const intent = judgePrompt(prompt, via);
  for (const x of intent.findings) f.add(x.risk, x.cls, x.reversible, x.category, x.reason);
  for (const c of intent.commands) f.nested(c, via);
}

/** Settings that decide when an agent asks first. */
const APPROVAL_KEY = /approval|approve|permission|confirm|sandbox|dangerous|allowlist|allow_list|allowed_?(?:tools|commands)|always_allow|trust|yolo|auto_?run|auto_?accept|guard|firewall/i;
const APPROVAL_AREA = /^(?:approvals?|permissions?|allowlist|allow-list|trust|policy|policies)$/i;
const WRITES = /^(?:--apply|apply|add|set|allow|trust|remove|rm|delete|edit|reset|clear|import)$/i;
const LOOSE_VALUE = /\b(?:off|false|no|never|none|disabled?|0|danger-full-access|bypass\w*|full-auto|yolo|auto|always|trusted|all|\*)\b/i;

const SWITCHYARD_ADMIN = new Set(['approvals', 'approve', 'deny']);

export const switchyard: Rule = (f) => {
  const words = f.args.filter((a) => !a.text.startsWith('-')).map((a) => a.text);
  if (SWITCHYARD_ADMIN.has(words[0] ?? '') && words.some((w) => ['approve', 'deny', 'answer', 'rules', 'rule', 'clear', 'add'].includes(w))) {
    return f.add(0.92, 'critical', false, 'safety_tampering', `switchyard ${words.slice(0, 3).join(' ')}: the agent would answer or change its own approvals`);
  }
  if (words[0] === 'config' && words.some((w) => /firewall|mode|threshold/.test(w)) && words.some((w) => w === 'set')) {
    return f.add(0.9, 'critical', false, 'safety_tampering', `switchyard ${words.join(' ')} changes the firewall's own settings`);
  }
  if (words[0] === 'start') return f.add(0.2, 'local_edit', true, 'agent_config', 'switchyard start runs the gateway');
  f.add(0.03, 'read_only', true, 'agent_config', `switchyard ${words.slice(0, 2).join(' ')}`.trim());
};
