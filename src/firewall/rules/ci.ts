import { finding, type Finding } from './finding.js';

// Edits to CI pipelines and to package install scripts: code that runs with the repository's
// secrets, or on every developer's machine, without anyone running it on purpose.

export const CI_FILE = /(^|\/)(\.github\/workflows\/[^/]+\.ya?ml|\.github\/settings\.ya?ml|\.github\/actions\/[^/]+\/action\.ya?ml|\.gitlab-ci\.yml|\.circleci\/config\.yml|Jenkinsfile|azure-pipelines\.yml|bitbucket-pipelines\.yml|\.buildkite\/[^/]+\.ya?ml|\.drone\.yml|\.travis\.yml|cloudbuild\.ya?ml|fastlane\/Fastfile|fastlane\/Appfile|\.goreleaser\.ya?ml|\.releaserc(?:\.\w+)?)$/i;
/** Scripts an install or a git hook runs by themselves (`scripts/postinstall.sh`, `.husky/pre-commit`). */
const HOOK_SCRIPTS = String.raw`(?:pre|post)install(?:\.\w+)?|\.husky\/[\w.-]+|\.githooks\/[\w.-]+|\.git\/hooks\/[\w.-]+`;
const HOOK_SCRIPT = new RegExp(String.raw`(^|\/)(?:${HOOK_SCRIPTS})$`, 'i');
export const LIFECYCLE_FILE = new RegExp(String.raw`(^|\/)(Dockerfile[\w.-]*|Containerfile|package\.json|setup\.py|pyproject\.toml|\.npmrc|\.yarnrc(\.yml)?|Makefile\.PL|binding\.gyp|build\.rs|${HOOK_SCRIPTS})$`, 'i');
/** A download run as code: piped into a shell or an interpreter, or fetched and then executed. */
const RUNS_DOWNLOAD = /\b(?:curl|wget|iwr|Invoke-WebRequest)\b[^\n]*\|\s*(?:sudo\s+)?(?:ba|z|da)?sh\b|\b(?:curl|wget)\b[^\n]*\|\s*(?:python3?|node|perl|ruby)\b|\b(?:ba)?sh\s+(?:-c\s+)?["']?\$\((?:curl|wget)\b|\biex\b[^\n]*(?:iwr|Invoke-WebRequest|DownloadString)/i;

const PRIVILEGED_TRIGGER = /(^|\n)\s*(on:\s*\[?[^\n]*\b(pull_request_target|workflow_run)\b|(pull_request_target|workflow_run)\s*:)/;
const WIDE_PERMISSIONS = /permissions:\s*(write-all\b|\n(\s+[\w-]+:\s*\w+\n)*\s+(contents|actions|packages|deployments|pull-requests|checks|statuses):\s*write)/;
const SECRET_EXPOSURE = /(toJSON\(\s*secrets\s*\)|echo\s+[^\n]*\$\{\{\s*secrets\.|curl[^\n]*\$\{\{\s*secrets\.|secrets:\s*inherit|ACTIONS_(RUNTIME|ID)_TOKEN|\bset -x\b[\s\S]*\$\{\{\s*secrets\.)/;
const INJECTION = /run:[^\n]*\$\{\{\s*github\.event\.(pull_request\.(title|body|head\.ref)|issue\.(title|body)|comment\.body|head_commit\.message)/;
const UNPINNED_ACTION = /uses:\s*(?!actions\/|github\/|docker:\/\/|\.\/)([\w.-]+\/[\w./-]+)@(main|master|latest|dev|HEAD|v?\d+)\s*$/m;
/** CircleCI orbs and Buildkite plugins by a moving reference (`@volatile`, a `dev:` orb, `#main`): whatever is published next runs with the pipeline's secrets. */
const FLOATING_PLUGIN = /^[+\s-]*(?:[\w-]+:\s*)?[\w.-]+\/[\w.-]+@(?:volatile|dev:[\w.-]+)\s*$|^[+\s-]*-?\s*[\w.\/-]+#(?:main|master|latest|HEAD|dev|develop)\s*:?\s*$/m;
/** Renovate merging its own pull requests: updates land with no one reading them. */
const BOT_AUTOMERGE = /"?automerge"?\s*:\s*true/;
export const DEPENDENCY_BOT_FILE = /(^|\/)(renovate\.json5?|\.renovaterc(\.json5?)?|\.github\/renovate\.json5?)$/;
const REVIEWS_OFF = /(required_approving_review_count:\s*0\b|required_pull_request_reviews:\s*null|enforce_admins:\s*false|required_status_checks:\s*null|dismiss_stale_reviews:\s*false)/;
const APPROVAL_KEYS = /\b(environment:|required_reviewers|needs:\s*\[?\s*approv|manual_approval|when:\s*manual|trstringer\/manual-approval|hold:|type:\s*approval|input\s*\{|allow_failure:\s*false)/i;

/** Installing exactly what the lockfile pins; a pipeline without it resolves whatever is newest. */
const LOCKED_INSTALL = /--frozen-lockfile|--immutable\b|\bnpm ci\b|--locked\b|--frozen\b|--require-hashes|--deployment\b|--no-update\b/;
/** Release steps that ship to a store or registry by themselves: nobody presses the button. */
const AUTO_RELEASE = /\b(?:automatic_release|submit_for_review|auto_release)\s*[:=]\s*true\b|\bupload_to_(?:app_store|play_store)\b|\b(?:npm|pnpm|yarn) publish\b|\btwine upload\b|\bcargo publish\b|\bgem push\b/;
const CHECK_OFF = /continue-on-error:\s*true|^\s*if:\s*(?:false|\$\{\{\s*false\s*\}\})\s*$|(?:run:|^\s*-?\s*)[^\n]*\b(?:audit|test|lint|scan|check|codeql|snyk|trivy|semgrep|gitleaks|bandit|pytest|jest|vitest|cargo test|go test|npm test)\b[^\n]*\|\|\s*(?:true|exit 0|:)\s*$|allow_failure:\s*true/m;

const PUBLISHES = /\b(?:npm|pnpm|yarn|uv) publish\b|\btwine upload\b|\bcargo publish\b|\bgem push\b|\bdocker (?:push|buildx build[^\n]*--push)\b|\bgoreleaser release\b|\bgh release create\b|\bpoetry publish\b/;
const TAG_ONLY = /^\s*[-+]?\s*tags:|\$CI_COMMIT_TAG\b|startsWith\(\s*github\.ref\s*,\s*'refs\/tags\//m;
const BRANCH_ANY = /^\s*[-+]?\s*branches:|\$CI_COMMIT_BRANCH\b|\$CI_COMMIT_REF_NAME\b/m;

/** Who must review: a CODEOWNERS file. */
export const CODEOWNERS_FILE = /(^|\/)CODEOWNERS$/;

/** A CODEOWNERS edit that hands everything to one owner or a bot, or drops owners. */
export function judgeCodeowners(path: string, after: string, before = ''): Finding[] {
  const rules = (t: string) => t.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const now = rules(after);
  const was = new Set(rules(before));
  // Written empty (or comments only), nobody is required to review anything.
  if (now.length === 0 && (was.size > 0 || before === '')) return [finding(0.8, 'critical', false, 'access_control', `edit to ${path} empties it, so no one is required to review any change`)];
  const catchAll = now.find((l) => /^\*\s/.test(l) && !was.has(l));
  const lost = [...was].filter((l) => !now.includes(l));
  if (catchAll || lost.length) {
    return [finding(0.75, 'critical', false, 'access_control', `edit to ${path} changes who must review ${catchAll ? `every file ("${catchAll.slice(0, 50)}")` : `(drops "${lost[0].slice(0, 50)}")`}`)];
  }
  return [finding(0.2, 'local_edit', true, 'access_control', `edits ${path} (code review owners)`)];
}

/** `before` is what an edit replaces (empty for a whole new file). */
/** Shell steps a pipeline will run (`run: cmd` and `run: |` blocks), in the added text. */
export function ciRunSteps(text: string): string[] {
  const out: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)(?:-\s*)?(?:run|script|command):\s*(.*)$/.exec(lines[i]);
    if (!m) continue;
    if (/^[|>][-+]?\s*$/.test(m[2])) {
      const block: string[] = [];
      for (i++; i < lines.length && (lines[i].trim() === '' || lines[i].search(/\S/) > m[1].length); i++) block.push(lines[i].trim());
      i--;
      if (block.join('').trim()) out.push(block.join('\n').trim());
    } else if (m[2].trim()) out.push(m[2].trim().replace(/^["']|["']$/g, ''));
  }
  return out;
}

export function judgeCiEdit(path: string, after: string, before = '', context = ''): Finding[] {
  const out: Finding[] = [];
  const add = (re: RegExp, risk: number, what: string) => {
    if (re.test(after) && !re.test(before)) out.push(finding(risk, 'critical', false, 'ci_workflow', `edit to ${path} ${what}`));
  };
  add(PRIVILEGED_TRIGGER, 0.85, 'adds a privileged trigger (pull_request_target / workflow_run runs untrusted code with secrets)');
  add(WIDE_PERMISSIONS, 0.7, 'grants the workflow write permissions');
  add(SECRET_EXPOSURE, 0.85, 'exposes repository secrets (printed, sent or inherited)');
  add(INJECTION, 0.75, 'interpolates attacker-controlled event text into a shell step');
  add(UNPINNED_ACTION, 0.65, 'uses a third-party action by branch or tag instead of a pinned commit');
  add(FLOATING_PLUGIN, 0.7, 'runs an orb or plugin by a moving reference (volatile, dev or a branch) instead of a pinned version');
  add(REVIEWS_OFF, 0.85, 'turns off required reviews or branch protection');
  if (LOCKED_INSTALL.test(before) && !LOCKED_INSTALL.test(after)) out.push(finding(0.72, 'critical', false, 'supply_chain', `edit to ${path} stops installing exactly the locked dependency versions`));
  add(AUTO_RELEASE, 0.68, 'publishes releases automatically, with no one approving each one');
  if (before && APPROVAL_KEYS.test(before) && countMatches(APPROVAL_KEYS, after) < countMatches(APPROVAL_KEYS, before)) {
    out.push(finding(0.85, 'critical', false, 'ci_workflow', `edit to ${path} removes a manual approval or protected environment`));
  }
  if (/\b(curl|wget)\b[^\n]*\|\s*(ba|z)?sh\b/.test(after) && !/\b(curl|wget)\b[^\n]*\|\s*(ba|z)?sh\b/.test(before)) {
    out.push(finding(0.7, 'critical', false, 'ci_workflow', `edit to ${path} pipes a download into a shell in CI`));
  }
  // A publishing job that ran only for release tags now runs for any branch: every push publishes
  // with the release token (`tags: ['v*']` -> `branches: ['**']`, `$CI_COMMIT_TAG` -> `$CI_COMMIT_BRANCH`).
  if (PUBLISHES.test(`${before}\n${after}\n${context}`) && TAG_ONLY.test(before) && BRANCH_ANY.test(after) && !TAG_ONLY.test(after)) {
    out.push(finding(0.75, 'critical', false, 'ci_workflow', `edit to ${path} lets a push to any branch run its publishing job (it ran only for release tags)`));
  }
  // A check that can no longer fail: `continue-on-error: true`, `if: false`, `|| true` after a step.
  const neutered = CHECK_OFF.exec(after);
  if (neutered && !CHECK_OFF.test(before) && !reportOnly(after)) out.push(finding(0.72, 'critical', false, 'ci_workflow', `edit to ${path} makes a CI check pass whatever happens ("${neutered[0].trim()}")`));
  // A check step that was there and is gone: the pipeline passes without it.
  const dropped = before ? checkSteps(before).filter((c) => !after.includes(c)) : [];
  if (dropped.length) out.push(finding(0.72, 'critical', false, 'ci_workflow', `edit to ${path} removes the check "${dropped[0].slice(0, 60)}"`));
  // A check workflow rewritten to steps that only print: it still passes, and checks nothing.
  const steps = ciRunSteps(after);
  if (/(^|\/)[^/]*(security|codeql|audit|scan|test|lint|check)[^/]*\.ya?ml$/i.test(path) && steps.length && steps.every((x) => /^(echo\b[^|;&]*|true|exit 0|:)$/.test(x)) && !checkSteps(after).length) {
    out.push(finding(0.72, 'critical', false, 'ci_workflow', `edit to ${path} leaves the check workflow with steps that only print ("${steps[0].slice(0, 40)}")`));
  }
  if (out.length === 0) out.push(finding(0.15, 'local_edit', true, 'ci_workflow', `edits the CI pipeline ${path}`));
  return out;
}

/** Renovate's own settings: turning on automerge lets its pull requests merge unread. */
export function judgeDependencyBotEdit(path: string, after: string, before = ''): Finding[] {
  if (!BOT_AUTOMERGE.test(after) || BOT_AUTOMERGE.test(before)) return [];
  return [finding(0.7, 'critical', false, 'supply_chain', `edit to ${path} lets dependency updates merge by themselves, with no one reviewing them`)];
}

/** Steps that check the code: audits, scans, tests, linters, signature and secret scanners. */
const CHECK_STEP = /^\s*(?:-\s*)?(?:run|uses|script|name):\s*(.*\b(?:audit|scan|codeql|snyk|trivy|semgrep|gitleaks|trufflehog|bandit|dependency-review|osv-scanner|grype|cosign verify|test|lint|check|pytest|jest|vitest)\b.*)$/gim;

function checkSteps(text: string): string[] {
  return [...text.matchAll(CHECK_STEP)].map((m) => m[1].trim());
}

function countMatches(re: RegExp, s: string): number {
  return s.match(new RegExp(re.source, 'gi'))?.length ?? 0;
}

const NPM_LIFECYCLE = /"(preinstall|install|postinstall|prepare|prepublish|prepack|postpack|preuninstall|postuninstall)"\s*:\s*"([^"]*)"/g;

export function judgeLifecycleEdit(path: string, after: string, before = ''): Finding[] {
  const out: Finding[] = [];
  const name = path.split('/').pop()!.toLowerCase();
  if (name === 'package.json') {
    const old = new Set([...before.matchAll(NPM_LIFECYCLE)].map((m) => `${m[1]}=${m[2]}`));
    for (const m of after.matchAll(NPM_LIFECYCLE)) {
      if (old.has(`${m[1]}=${m[2]}`)) continue;
      const net = /\b(curl|wget|node -e|sh -c|bash -c|eval|base64|https?:\/\/|nc )/.test(m[2]);
      // Hooks and builds every project uses are routine; anything else runs unreviewed on every install.
      const routine = /^(husky( install)?|is-ci \|\| husky|tsc( -p \S+)?|npm run (build|compile|prepare:\w+)|node-gyp rebuild|patch-package|ngcc|lefthook install|simple-git-hooks|svelte-kit sync|nuxt prepare|prisma generate|electron-builder install-app-deps)$/.test(m[2].trim());
      if (routine && !net) continue;
      out.push(finding(net ? 0.92 : 0.62, net ? 'critical' : 'external', false, 'supply_chain', `edit to ${path} adds an install-time "${m[1]}" script (${m[2].slice(0, 80)})`));
    }
  } else if (name === 'setup.py' && /cmdclass|os\.system|subprocess|urlopen|requests\./.test(after) && !/cmdclass|os\.system|subprocess|urlopen|requests\./.test(before)) {
    out.push(finding(0.7, 'critical', false, 'supply_chain', `edit to ${path} runs code at install time`));
  } else if ((name === '.npmrc' || name.startsWith('.yarnrc')) && /(registry\s*=|npmRegistryServer|ignore-scripts\s*=\s*false|unsafe-perm)/.test(after)) {
    out.push(finding(0.7, 'critical', false, 'supply_chain', `edit to ${path} changes where packages come from or how install scripts run`));
  } else if (/^(dockerfile|containerfile)/.test(name)) {
    const from = /^\s*FROM\s+(\S+)/im.exec(after)?.[1];
    const pinnedBefore = /^\s*FROM\s+\S+@sha256:/im.test(before);
    if (from && !from.includes('@sha256:') && (pinnedBefore || (/^[\w.-]+\.[a-z]{2,}(:\d+)?\/[\w.-]+\//.test(from) && /(:latest)?$/.test(from) && !/:(?!latest)[\w.-]+$/.test(from)))) {
      out.push(finding(0.65, 'external', false, 'supply_chain', `edit to ${path} ${pinnedBefore ? 'drops a digest-pinned base image for' : 'builds from'} ${from} (unpinned, third-party)`));
    }
  } else if (HOOK_SCRIPT.test(path)) {
    // Runs on every install or commit of everyone who works on the project, unread.
    if (RUNS_DOWNLOAD.test(after) && !RUNS_DOWNLOAD.test(before)) out.push(finding(0.85, 'critical', false, 'supply_chain', `edit to ${path} runs a downloaded script each time the hook runs`));
  } else if (name === 'build.rs' || name === 'binding.gyp') {
    if (/\b(Command::new|curl|wget|https?:\/\/)/.test(after)) out.push(finding(0.6, 'critical', false, 'supply_chain', `edit to ${path} runs programs or downloads at build time`));
  }
  return out;
}

/**
 * A GitHub workflow that runs only on a schedule or by hand blocks no merge or release: a check in
 * it that cannot fail still writes its report (`trivy … -o report.json || true`). Only a whole file
 * says so; an edit that does not show the triggers is judged as if it gated.
 */
export function reportOnly(text: string): boolean {
  const lines = text.split('\n').map((l) => l.replace(/^\+/, ''));
  const at = lines.findIndex((l) => /^["']?on["']?:/.test(l));
  if (at < 0) return false;
  const inline = /^["']?on["']?:\s*(.+)$/.exec(lines[at])?.[1].trim();
  let triggers: string[];
  if (inline) triggers = inline.replace(/^\[|\]$/g, '').split(',').map((t) => t.trim()).filter(Boolean);
  else {
    triggers = [];
    for (const l of lines.slice(at + 1)) {
      if (/^\S/.test(l)) break;
      const key = /^ {1,4}["']?([\w-]+)["']?:/.exec(l);
      if (key && /^ {1,4}\S/.test(l)) triggers.push(key[1]);
    }
  }
  return triggers.length > 0 && triggers.every((t) => t === 'schedule' || t === 'workflow_dispatch');
}
