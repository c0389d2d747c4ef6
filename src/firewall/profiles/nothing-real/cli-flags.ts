import { CLI_ONLY_FLAGS, FLAGS, fold, OFF } from './table.js';

// The same table read from a command line: a flag that says a dry run, preview, sandbox or test
// mode makes a project script or an unknown CLI rehearse, as the argument does for a tool call.

/** What a flag's on value must say for the run to do nothing real. */
const UNREAL_ON = new Set(['dry_run', 'test']);

/** `--dry-run`, `-check`, `--what-if`, `--test-mode=true`: the flag says the run only rehearses or stays in a sandbox; switched off (`--dry-run=false`, `--dry-run=none`), it does not. */
export function rehearsalFlag(arg: string): boolean {
  const m = /^--?([^=]+)(?:=(.*))?$/s.exec(arg);
  if (!m) return false;
  const name = fold(m[1]);
  if (!CLI_ONLY_FLAGS.has(name) && !UNREAL_ON.has(FLAGS.get(name)?.[0] ?? '')) return false;
  return m[2] === undefined || !OFF.test(m[2]);
}
