import { scanCredentials } from '../../content/credentials.js';
import type { ShellWord } from '../parse.js';
import { hooksPathOff } from './guards.js';
import { has, operands, PERSONAL_DATA_FILE, shortFlags, type Rule } from './types.js';
import { escapeRegExp } from '../../regex-escape.js';

/** Data files (not code): what an export of records is saved as. */
const PEOPLE_DATA_EXPORT = /\.(?:csv|tsv|xlsx?|jsonl|ndjson|sql|dump|sqlite3?|db|parquet)(?:\.gz|\.zip)?$/i;
const FIXTURE = /(?:^|[/_.-])(?:tests?|__tests__|spec|fixtures?|mocks?|fake|dummy|synthetic|seeds?|examples?|samples?)(?:$|[/_.-])/i;

// git: reads run; local history changes are cheap to undo (reflog) except the few that are not;
// anything that rewrites or deletes what others share (force push, remote delete) asks.

const GIT_READ = new Set(['status', 'log', 'diff', 'show', 'blame', 'grep', 'ls-files', 'ls-tree', 'rev-parse', 'describe', 'shortlog', 'reflog', 'fetch', 'remote', 'config', 'cat-file', 'show-ref', 'whatchanged', 'version', 'help']);
const GIT_LOCAL = new Set(['add', 'commit', 'switch', 'merge', 'pull', 'init', 'clone', 'tag', 'cherry-pick', 'worktree', 'mv', 'rm', 'apply', 'am', 'notes', 'bisect', 'submodule', 'restore', 'checkout', 'stash', 'branch', 'revert', 'format-patch', 'archive', 'sparse-checkout', 'lfs']);

const SHARED_BRANCH = /(^|:|\/)(main|master|trunk|develop|release[\w./-]*|prod\w*|production|stable|gh-pages)$/;

/** A remote branch delete preceded (with &&) by the safe local delete of the same branches. */
function deletesMergedOnly(script: string, rest: ShellWord[], branches: string[]): boolean {
  if (!has(rest, '--delete', '-d') || has(rest, '--force', '-f', '--mirror', '--prune') || branches.length === 0) return false;
  return branches.every((b) => !SHARED_BRANCH.test(b) && new RegExp(`git branch (?:-d|--delete) (?:[^&|;]*\\s)?${escapeRegExp(b)}(?:\\s[^&|;]*)?\\s*&&[^|;]*git push`).test(script));
}

export const git: Rule = (f) => {
  let i = 0;
  while (i < f.args.length && f.args[i].text.startsWith('-')) i += ['-C', '-c', '--git-dir', '--work-tree'].includes(f.args[i].text) ? 2 : 1;
  const sub = f.args[i]?.text ?? '';
  const rest = f.args.slice(i + 1);
  const flags = shortFlags(rest);
  const restOps = operands(rest);
  switch (sub) {
    case 'push': {
      f.network('git push');
      const force = has(rest, '--force', '--force-with-lease', '--mirror', '--delete', '--prune') || /f|d/.test(flags) || rest.some((a) => /^\+|^:/.test(a.text) || a.text.startsWith('--force-with-lease='));
      const lease = has(rest, '--force-with-lease') || rest.some((a) => a.text.startsWith('--force-with-lease='));
      const branch = restOps[restOps.length - 1]?.text ?? '';
      // `git push origin main`, `git push origin HEAD:main`, `git push -f upstream fix:release`.
      const target = restOps[1]?.text.split(':').pop()?.replace(/^refs\/heads\//, '');
      if (target) f.pushedTo(target.toLowerCase());
      // --force-with-lease on one's own feature branch (after a rebase) refuses to clobber others' work.
      // `git branch -d X && git push origin --delete X`: the safe delete refuses unmerged work, so the
      // remote delete that follows it removes a merged branch (not a shared one such as main or release/*).
      if (deletesMergedOnly(f.script, rest, restOps.slice(1).map((a) => a.text))) {
        f.add(0.35, 'external', false, 'publish', `git push --delete removes the merged branch ${branch} from the remote (the safe local delete before it refuses unmerged work)`);
      } else if (force && lease && restOps.length >= 2 && !SHARED_BRANCH.test(branch) && !has(rest, '--mirror', '--delete', '--prune')) {
        f.add(0.4, 'external', false, 'publish', `git push --force-with-lease rewrites the remote feature branch ${branch}`);
      } else if (force) f.add(0.8, 'critical', false, 'history_rewrite', `git push ${rest.map((a) => a.text).join(' ')} overwrites or deletes history on the remote`);
      else if (newRemote(f.script, restOps[0]?.text ?? '')) {
        // The whole repository (every branch or tag) to a remote that was not there before: a copy leaves.
        const everything = has(rest, '--all', '--tags') || restOps.length > 2;
        f.add(everything ? 0.72 : 0.45, everything ? 'critical' : 'external', false, 'exfiltration', `git push ${everything ? 'copies every branch or tag' : 'publishes commits'} to ${restOps[0]?.text}, a remote added just now or given as a URL`);
      } else if (has(rest, '--tags', '--follow-tags') || restOps.slice(1).some((a) => RELEASE_TAG.test(a.text))) {
        f.add(0.7, 'critical', false, 'publish', 'git push sends a version tag: release workflows and module proxies publish from it, for every user');
      } else if (/(^|\/)homebrew-[\w-]+(\/|$)/.test(f.workdir ?? '') && /^(main|master)$/.test(restOps[1]?.text ?? /\bgit (?:checkout|switch) (main|master)\b/.exec(f.script)?.[1] ?? '')) {
        // A tap's main branch is what `brew upgrade` installs: pushing there ships the formula.
        f.add(0.7, 'critical', false, 'publish', 'git push ships to a Homebrew tap\'s main branch, which every user installs on their next brew upgrade');
      } else f.add(0.3, 'external', false, 'publish', 'git push publishes commits to the remote');
      return;
    }
    case 'reset':
      if (has(rest, '--hard', '--merge', '--keep')) f.add(0.65, 'local_edit', false, 'history_rewrite', 'git reset --hard throws away uncommitted work');
      else f.add(0.12, 'local_edit', true, 'vcs', 'git reset moves the branch pointer');
      return;
    case 'clean':
      if (/f/.test(flags) || has(rest, '--force')) f.add(/x/i.test(flags) ? 0.7 : 0.6, 'local_edit', false, 'destructive_file_op', `git clean ${rest.map((a) => a.text).join(' ')} deletes untracked files`);
      return;
    case 'checkout':
    case 'restore':
      if (restOps.some((a) => a.text === '.' || a.text === ':/') && !has(rest, '--staged', '-b', '-B')) {
        f.add(0.55, 'local_edit', false, 'destructive_file_op', `git ${sub} . discards all uncommitted changes`);
      } else f.add(0.08, 'local_edit', true, 'vcs', `git ${sub}`);
      return;
    case 'rebase':
      f.add(0.4, 'local_edit', true, 'history_rewrite', 'git rebase rewrites local history');
      return;
    case 'filter-branch':
    case 'filter-repo':
      f.add(0.85, 'critical', false, 'history_rewrite', `git ${sub} rewrites the whole history`);
      return;
    case 'branch':
      if (/D/.test(flags) || (has(rest, '--delete', '-d') && has(rest, '--force', '-f'))) f.add(0.45, 'local_edit', false, 'vcs', 'git branch -D deletes a branch and its unmerged commits');
      else if (has(rest, '--delete', '-d')) f.add(0.1, 'local_edit', true, 'vcs', 'git branch -d deletes a merged branch (it refuses unmerged work)');
      else f.add(0.03, 'local_edit', true, 'vcs', 'git branch');
      return;
    case 'stash':
      if (restOps[0] && (restOps[0].text === 'drop' || restOps[0].text === 'clear')) f.add(0.5, 'local_edit', false, 'vcs', `git stash ${restOps[0].text} throws away stashed work`);
      else f.add(0.05, 'local_edit', true, 'vcs', 'git stash');
      return;
    case 'gc':
    case 'prune':
      if (rest.some((a) => a.text.startsWith('--prune'))) f.add(0.6, 'local_edit', false, 'history_rewrite', 'git gc --prune makes lost commits unrecoverable');
      return;
    case 'update-ref':
      if (has(rest, '-d')) f.add(0.6, 'local_edit', false, 'history_rewrite', 'git update-ref -d deletes a ref');
      return;
    case 'add': {
      // Staging a secrets file puts it in history: pushed, it is published to everyone with access.
      const secrets = restOps.filter((o) => f.path(o).read_risk >= 0.5);
      for (const o of secrets) f.sensitiveRead(o.text);
      if (secrets.length) f.add(0.5, 'local_edit', false, 'secret_commit', `git add stages ${secrets.map((o) => o.text).join(', ')} (${f.path(secrets[0]).reason}) into history`);
      // So does an export of people's records (a CSV or dump named for customers or patients);
      // test fixtures and fake data are what repositories are for.
      const people = restOps.filter((o) => PEOPLE_DATA_EXPORT.test(o.text) && PERSONAL_DATA_FILE.test(o.text) && !FIXTURE.test(o.text));
      for (const o of people) f.sensitiveRead(o.text);
      if (people.length) f.add(0.5, 'local_edit', false, 'secret_commit', `git add stages ${people.map((o) => o.text).join(', ')} (people's records, by the name) into history`);
      else if (!secrets.length) f.add(0.06, 'local_edit', true, 'vcs', 'git add');
      return;
    }
    case 'commit': {
      // The message is history too: a credential written in it is shared with everyone who clones.
      const secret = scanCredentials(commitMessage(rest))[0];
      if (secret) {
        f.sensitiveRead('the commit message');
        f.add(0.68, 'critical', false, 'secret_in_file', `git commit writes ${secret.reason} into the commit message, which is shared with the repository`);
      }
      // Hooks are where a repository keeps its secret scanners and checks; skipping them bypasses them.
      if (has(rest, '--no-verify') || /n/.test(flags)) return f.add(0.62, 'local_edit', false, 'safety_bypass', 'git commit --no-verify skips the pre-commit hooks (secret scanners, checks)');
      f.add(has(rest, '--amend') ? 0.15 : 0.05, 'local_edit', true, 'vcs', has(rest, '--amend') ? 'git commit --amend rewrites the last commit' : 'git commit');
      return;
    }
    case 'credential':
      // `git credential fill` (and the helpers' `get`) print the stored password or token.
      if (/^(?:fill|get)$/.test(restOps[0]?.text ?? '')) {
        f.sensitiveRead('git credential');
        return f.add(0.62, 'read_only', true, 'secret_read', `git credential ${restOps[0].text} prints the stored password or token`);
      }
      return;
    case 'config':
      if (hooksPathOff(f, rest.map((a) => a.text))) return;
      if (has(rest, '--global', '--system') && restOps.length >= 2) f.add(0.3, 'local_edit', true, 'config', 'git config changes global settings');
      return;
    default:
      if (GIT_READ.has(sub)) return;
      if (GIT_LOCAL.has(sub)) f.add(0.06, 'local_edit', true, 'vcs', `git ${sub}`);
      else f.add(0.2, 'local_edit', true, 'vcs', `git ${sub || '(no subcommand)'}`);
  }
};

/** The text of `-m MSG` (also `-am MSG`) and `--message=MSG`, every one given. */
function commitMessage(args: ShellWord[]): string {
  const out: string[] = [];
  args.forEach((a, i) => {
    if (/^-[a-zA-Z]*m$/.test(a.text) || a.text === '--message') out.push(args[i + 1]?.text ?? '');
    else if (a.text.startsWith('--message=')) out.push(a.text.slice(10));
  });
  return out.join('\n');
}

/** A semantic-version tag (`v2.0.0`, `1.4.1-rc.1`): what release workflows and Go's module proxy publish. */
const RELEASE_TAG = /^(?:refs\/tags\/)?v?\d+\.\d+\.\d+(?:[-+][\w.]+)?$/;

/** The push target is a URL, or a remote the same script has just added (other than origin). */
function newRemote(script: string, target: string): boolean {
  if (!target || target === 'origin' || target === 'upstream') return false;
  if (/^(?:https?:\/\/|ssh:\/\/|git@|[\w.-]+@[\w.-]+:)/.test(target)) return true;
  return new RegExp(`\\bgit\\s+remote\\s+add\\s+(?:-\\S+\\s+)*${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s`).test(script);
}
