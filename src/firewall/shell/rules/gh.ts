import { CONFIDENTIAL_FILE, disposable, flagValue, has, PERSONAL_DATA_FILE, PROD, type Rule } from './types.js';

// The GitHub CLI. Reads run; repository deletion, visibility, secrets, keys and admin merges ask;
// writes through `gh api` are judged by their method.

const READ = new Set(['list', 'view', 'status', 'diff', 'checks', 'watch', 'download', 'browse', 'search', 'clone', 'fork', 'checkout', 'co', 'login', 'setup-git', 'help', 'version', 'completion', 'extension', 'alias', 'config', 'codespace']);

/** Workflow inputs that name where the run acts (`-f environment=staging`). */
const TARGET_INPUT = /\b(?:env|environment|stage|target)=([^\s,]+)/gi;
/** Workflow names and inputs that say the run reaches users, production or money. */
const LIVE_WORKFLOW = /(^|[^a-z])(deploy|release|publish|ship|rollout|promote|prod|production|payroll|payouts?|payments?|pay-?run|disburse|migrate)([^a-z]|$)/i;

export const gh: Rule = (f) => {
  const verbs = f.args.filter((a) => !a.text.startsWith('-')).map((a) => a.text);
  const [group = '', action = ''] = verbs;
  // Storing a secret where it belongs (a repository secret, a login) is not sending it out.
  const store = (group === 'secret' && action === 'set') || (group === 'auth' && action === 'login');
  if (!store) f.network('gh');
  const what = `gh ${group} ${action}`.trim();
  if (group === 'api') return ghApi(f);
  if (group === 'auth' && (action === 'token' || has(f.args, '--show-token', '-t'))) {
    f.sensitiveRead('gh auth token');
    return f.add(0.62, 'external', true, 'secret_read', 'gh auth token prints the GitHub token');
  }
  if (group === 'repo' && action === 'delete') return f.add(0.95, 'critical', false, 'repo_destruction', `${what} deletes a repository and all its issues, PRs and history`);
  if (group === 'repo' && action === 'edit' && f.args.some((a) => /--visibility|public/.test(a.text))) return f.add(0.85, 'critical', false, 'access_control', `${what} changes repository visibility`);
  // Archiving makes a repository read-only and `gh repo unarchive` undoes it; nothing is lost.
  if (group === 'repo' && (action === 'archive' || action === 'unarchive')) return f.add(0.2, 'external', true, 'repo_change', `${what} archives a repository (read-only, undone with unarchive)`);
  if (group === 'repo' && (action === 'archive' || action === 'rename' || action === 'transfer')) return f.add(0.7, 'critical', false, 'repo_destruction', `${what} archives, renames or transfers a repository`);
  // A release that is not a draft is published at once: its tag and artifacts reach everyone who installs from it.
  if (group === 'release' && action === 'create' && !has(f.args, '-d', '--draft')) return f.add(0.65, 'external', false, 'publish', `${what} publishes a release to everyone who installs from the repository`);
  if (group === 'release' && action === 'delete') return f.add(0.8, 'critical', false, 'repo_destruction', `${what} deletes a release`);
  // Published assets are what users and package managers already verified and pinned: replacing one swaps the file under them.
  if (group === 'release' && action === 'upload' && has(f.args, '--clobber')) return f.add(0.75, 'critical', false, 'supply_chain', `${what} --clobber replaces files of a published release`);
  // From a prompt or stdin the value stays out of the transcript; from --body or a file it does not.
  // A value that is only a variable reference ("$NPM_TOKEN") never appears in the transcript either.
  const bodyAt = f.args.findIndex((a) => a.text === '-b' || a.text === '--body');
  const body = bodyAt >= 0 ? f.args[bodyAt + 1] : undefined;
  const fromVariable = !!body && body.dynamic && /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(body.text.trim());
  const literal = (has(f.args, '-b', '--body') && !fromVariable) || has(f.args, '-f', '--env-file') || f.cmd.redirects.some((r) => r.op === '<' && !/^\/dev\/stdin$/.test(r.target.text));
  if (group === 'secret' && action === 'set' && !literal) return f.add(0.4, 'external', true, 'secrets', `${what} stores a repository secret for CI`);
  if ((group === 'secret' || group === 'variable') && action !== 'list') return f.add(0.75, 'critical', false, 'secrets', `${what} changes repository ${group}s used by CI`);
  if (group === 'gist' && action === 'create') {
    // Files named on the command line are published with the gist: secrets, and files named for
    // people's records or confidential material.
    for (const a of f.args.slice(2)) if (!a.text.startsWith('-') && (f.path(a).read_risk >= 0.5 || PERSONAL_DATA_FILE.test(a.text) || CONFIDENTIAL_FILE.test(a.text))) f.sensitiveRead(a.text);
    // A public gist is readable by anyone: a file named for people's records is published with it.
    const people = f.args.slice(2).find((a) => !a.text.startsWith('-') && PERSONAL_DATA_FILE.test(a.text));
    if (people && has(f.args, '-p', '--public')) return f.add(0.8, 'critical', false, 'personal_data', `${what} publishes ${people.text}, which by its name holds people's data, for anyone to read`);
  }
  if (group === 'gist' && action === 'create' && (has(f.args, '-p', '--public') || f.args.some((a) => a.text === '-'))) return f.add(0.5, 'external', false, 'publish', `${what} publishes ${has(f.args, '-p', '--public') ? 'a public gist' : 'a gist from standard input'}`);
  if ((group === 'ssh-key' || group === 'gpg-key' || group === 'deploy-key') && action !== 'list') return f.add(0.75, 'critical', false, 'access_control', `${what} changes keys that can access GitHub`);
  if (group === 'pr' && action === 'merge') return f.add(has(f.args, '--admin') ? 0.85 : 0.62, has(f.args, '--admin') ? 'critical' : 'external', false, 'publish', `${what}${has(f.args, '--admin') ? ' --admin bypasses branch protection' : ' merges a pull request'}`);
  if (group === 'workflow' && (action === 'disable' || action === 'enable')) return f.add(0.6, 'external', false, 'ci', `${what} turns a CI workflow on or off`);
  // A dispatched workflow does what its name and inputs say: deploys, releases and pay runs go live.
  if (group === 'workflow' && action === 'run') {
    const target = [verbs[2] ?? '', ...f.args.map((a) => a.text).filter((t) => /=/.test(t))].join(' ');
    const rehearsal = disposable(...[...target.matchAll(TARGET_INPUT)].map((m) => m[1])) && !PROD.test(target);
    if (LIVE_WORKFLOW.test(target) && !rehearsal) return f.add(0.78, 'critical', false, 'publish', `${what} ${verbs[2] ?? ''} starts a workflow that deploys, releases or pays`);
    return f.add(0.3, 'external', false, 'ci', `${what} ${verbs[2] ?? ''} starts a CI workflow`);
  }
  if (group === 'run' && action === 'delete') return f.add(0.5, 'external', false, 'ci', `${what} deletes CI run logs`);
  if ((group === 'issue' || group === 'pr') && action === 'delete') return f.add(0.8, 'critical', false, 'repo_destruction', `${what} deletes an issue or pull request`);
  if (READ.has(action) || READ.has(group) || verbs.length <= 1) return f.add(0.03, 'read_only', true, 'vcs', what);
  f.add(0.3, 'external', false, 'publish', `${what} writes to GitHub`);
};

function ghApi(f: Parameters<Rule>[0]): void {
  const method = (flagValue(f.args, '-X', '--method') ?? (f.args.some((a) => /^(-f|-F|--field|--raw-field|--input)$/.test(a.text)) ? 'POST' : 'GET')).toUpperCase();
  const path = f.args.find((a, i) => i > 0 && !a.text.startsWith('-') && f.args[i - 1].text !== '-X' && f.args[i - 1].text !== '--method' && !/^(-f|-F|-H|--field|--raw-field|--header|-q|--jq)$/.test(f.args[i - 1].text))?.text ?? '';
  if (method === 'GET') return f.add(0.05, 'read_only', true, 'vcs', `gh api GET ${path}`);
  if (method === 'DELETE') return f.add(/^\/?repos\/[^/]+\/[^/]+\/?$/.test(path) ? 0.95 : 0.8, 'critical', false, 'repo_destruction', `gh api DELETE ${path}`);
  // Switching off secret scanning, push protection or Dependabot: leaks and vulnerable dependencies go unreported.
  const fields = f.args.map((a) => a.text).join(' ');
  if (/(secret_scanning|push_protection|dependabot|advanced_security|code_scanning|vulnerability)[^\s=]*\]?=['"]?disabled\b/.test(fields)) {
    return f.add(0.85, 'critical', false, 'safety_tampering', `gh api ${method} ${path} switches off the repository's security scanning`);
  }
  const sensitive = /(collaborators|permissions|hooks|keys|secrets|actions\/permissions|branches\/[^/]+\/protection|rulesets|visibility)/.test(path);
  f.add(sensitive ? 0.8 : 0.45, sensitive ? 'critical' : 'external', false, sensitive ? 'access_control' : 'publish', `gh api ${method} ${path}`);
}
