import type { SideEffectClass } from '../../types.js';
import type { PathVerdict } from '../../paths.js';
import type { ShellCommand, ShellWord } from '../parse.js';
import { readArgs } from '../analyze.js';

// What every rule family shares: the view of one command a rule reads, and small argv helpers.

export interface CommandFacts {
  program: string;
  args: ShellWord[];
  cmd: ShellCommand;
  depth: number;
  path(w: ShellWord): PathVerdict;
  add(risk: number, cls: SideEffectClass, reversible: boolean, category: string, reason: string): void;
  nested(script: string, via: string): void;
  judgeArgv(words: ShellWord[], via: string): void;
  sensitiveRead(what: string): void;
  envDump(): void;
  network(what: string): void;
  /**
   * Words of this command a rule checked for one risk and found ordinary (an official package
   * registry named explicitly). The learned gate layer does not read them: it must not hold a call
   * for a cue a rule has explicitly cleared, and the rule still judges every word it did not clear.
   */
  clear(words: readonly string[]): void;
  /** A branch this command pushes to (`git push origin HEAD:main` -> main), for rules that read what the conversation says of it. */
  pushedTo(branch: string): void;
  dynamicSeen(): void;
  /** A run-time word the rule has judged by its shape (a base URL in a variable): it no longer lowers confidence. */
  dynamicJudged(): void;
  downloaded(path: string): void;
  wasDownloaded(path: string): boolean;
  /** The whole top-level script this command is part of. */
  readonly script: string;
  /** The directory this command runs in (the tool's workdir, then any `cd`), or undefined when unknown or remote. */
  readonly workdir: string | undefined;
}

export type Rule = (f: CommandFacts) => void;

export const lit = (text: string, dynamic = false): ShellWord => ({ text, dynamic, glob: false, subst: [] });

/** Arguments that are not flags (everything after `--` counts). */
export function operands(args: ShellWord[]): ShellWord[] {
  const out: ShellWord[] = [];
  let end = false;
  for (const a of args) {
    if (!end && a.text === '--') end = true;
    else if (end || !a.text.startsWith('-') || a.text === '-') out.push(a);
  }
  return out;
}

const SHORT_FLAGS = /^-[A-Za-z]+$/;

/** The letters of every short-flag word (`-rf -v` -> `rfv`); a loop, as the rules call it on argument lists of every shape. */
export function shortFlags(args: readonly ShellWord[]): string {
  let out = '';
  for (const a of args) if (SHORT_FLAGS.test(a.text)) out += a.text.slice(1);
  return out;
}
export const has = (args: ShellWord[], ...flags: string[]) => args.some((a) => flags.includes(a.text));
export const words = (f: CommandFacts) => f.args.map((a) => a.text);

/** The value of `--flag value`, `--flag=value` or `-f value`. */
export function flagValue(args: ShellWord[], ...flags: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const t = args[i].text;
    for (const fl of flags) {
      if (t === fl) return args[i + 1]?.text;
      // `--flag=value`, and Go-style single-dash long flags (`-chdir=envs/dev`).
      if (fl.length > 2 && t.startsWith(`${fl}=`)) return t.slice(fl.length + 1);
    }
  }
  return undefined;
}

export const readOnly: Rule = (f) => readArgs(f);

export const lowLocal = (risk: number, what: string): Rule => (f) => {
  f.add(risk, 'local_edit', true, 'build', `${f.program} ${what}`);
  readArgs(f);
};

export function writeTargets(f: CommandFacts, targets: ShellWord[], verb: string): void {
  for (const t of targets) {
    const v = f.path(t);
    if (v.write_risk >= 0.25) f.add(v.write_risk, v.write_risk >= 0.7 ? 'critical' : 'local_edit', true, v.level === 'shell_profile' ? 'shell_profile_write' : 'file_write', `${verb} ${t.text}: ${v.reason}`);
  }
}

/**
 * A checkout in a person's own home directory (`~/code/app`, `/home/priya/…`, `/Users/tom/…`): where
 * they develop. Service accounts' homes (deploy, ubuntu, ec2-user…) are where servers run things.
 */
export const PERSONAL_CHECKOUT = /^(?:~|\/home\/(?!(?:deploy|ubuntu|ec2-user|admin|root|app|apps|www|www-data|git|ops|service|runner|ci|docker)\/)[^/]+|\/Users\/[^/]+)\/[^/]+/;

export { disposable, PROD, throwaway } from '../../targets.js';

export { CONFIDENTIAL_FILE, PERSONAL_DATA_FILE } from '../../file-names.js';

/** Buckets and folders whose names say people outside the team read them. */
export const SHARED_BUCKET = /(^|[/_.-])(public|share|shared|external|partners?|agency|vendors?|outbound|open|3rd-?party|third-?party)([/_.-]|$)/i;

/** The category of a restart of a pre-production unit (system.ts): routine even as root, so the root factor lets it pass. */
export const PREPROD_RESTART = 'service_restart_preprod';
