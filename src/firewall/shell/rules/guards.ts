import { flagValue, operands, type CommandFacts, type Rule } from './types.js';

// Switching a guard off from the shell: the repository's commit hooks (where its secret scanners
// and review checks run), the machine's malware scanner and code-signing checks. Each guard has a
// read (`status`, `Get-MpPreference`), a way to tighten it and a way to turn it off; only the last asks.

/** Hook managers: uninstalling removes every hook they installed. */
export const hookManager: Rule = (f) => {
  const words = f.args.map((a) => a.text);
  if (words.includes('uninstall') || words.includes('--uninstall') || (f.program === 'pre-commit' && words[0] === 'clean' && words.includes('--all'))) {
    return f.add(0.78, 'local_edit', false, 'safety_bypass', `${f.program} ${words.join(' ')} removes the repository's commit hooks (secret scanners, checks)`);
  }
  f.add(0.05, 'local_edit', true, 'build', `${f.program} ${words.slice(0, 2).join(' ')}`.trim());
};

/** `git config core.hooksPath DIR` pointed where no hooks live: nothing, a throwaway or an empty directory. */
export function hooksPathOff(f: CommandFacts, rest: readonly string[]): boolean {
  const i = rest.findIndex((w) => /^core\.hookspath$/i.test(w));
  // Reads (`--get`, `--list`) and `--unset` (back to .git/hooks) leave the hooks where they are.
  if (i < 0 || rest.some((w) => /^--(?:unset|get|get-all|get-regexp|list|show-origin)$/.test(w)) || i + 1 >= rest.length) return false;
  const dir = rest[i + 1];
  if (!/^(?:|\/dev\/null|\/(?:var\/)?tmp\/.*|.*\b(?:no|empty|none|null|disabled?)[-_]?hooks?\b.*)$/i.test(dir)) return false;
  f.add(0.8, 'local_edit', false, 'safety_bypass', `git config core.hooksPath ${dir || '""'} points git where the repository's hooks are not, switching them off`);
  return true;
}

/** Windows Defender: `-Disable…  $true` and exclusions switch scanning off for what matters. */
export const defender: Rule = (f) => {
  const words = f.args.map((a) => a.text);
  const off = words.findIndex((w) => /^-Disable\w+$/i.test(w));
  if (off >= 0 && !/^\$?(?:false|0)$/i.test(words[off + 1] ?? '$true')) {
    return f.add(0.88, 'critical', false, 'security', `${f.program} ${words[off]} switches Defender's protection off`);
  }
  if (words.some((w) => /^-Exclusion\w+$/i.test(w))) return f.add(0.8, 'critical', false, 'security', `${f.program} excludes ${words.slice(-1)[0]} from Defender's scanning`);
  if (/^Get-/i.test(f.program)) return;
  f.add(0.3, 'local_edit', true, 'security', `${f.program} changes Defender's settings`);
};

/** macOS Gatekeeper and System Integrity Protection. */
export const macGuards: Rule = (f) => {
  const words = f.args.map((a) => a.text);
  if (words.some((w) => /^(?:--master-disable|--global-disable|disable|--disable)$/.test(w))) {
    return f.add(0.9, 'critical', false, 'security', `${f.program} ${words.join(' ')} switches off the system's code-signing or integrity protection`);
  }
  if (f.program === 'spctl' && words.some((w) => /^--(?:add|remove)$/.test(w))) return f.add(0.6, 'local_edit', true, 'security', `spctl ${words.join(' ')} changes which apps Gatekeeper lets run`);
};

/** PowerShell's execution policy: Bypass or Unrestricted runs any unsigned script. */
export const executionPolicy: Rule = (f) => {
  const level = flagValue(f.args, '-ExecutionPolicy') ?? operands(f.args)[0]?.text ?? '';
  if (/^(?:Bypass|Unrestricted)$/i.test(level)) f.add(0.7, 'local_edit', false, 'security', `${f.program} ${level} lets unsigned scripts run`);
};

/** `netsh advfirewall set … state off`. */
export const netsh: Rule = (f) => {
  const words = f.args.map((a) => a.text.toLowerCase());
  if (words.includes('advfirewall') && words.includes('state') && words.includes('off')) f.add(0.88, 'critical', false, 'security', 'netsh advfirewall turns the Windows firewall off');
};
