import { readArgs } from '../analyze.js';
import { lit, type Rule } from './types.js';
import { misspelledPackage } from './typosquats.js';

// Package managers and build tools: installing and building is everyday work; publishing reaches
// the world, system packages change the machine, and install-time scripts run on every install.

const LIFECYCLE = /^scripts\.(preinstall|install|postinstall|prepare|prepublish|prepublishOnly|prepack|postpack|preuninstall|postuninstall)=/;

/** `bundle exec X`, `poetry run X`, `npx X`: the program that really runs is X. */
const RUNNER_VERB: Record<string, RegExp> = { bundle: /^exec$/, poetry: /^run$/, uv: /^run$/, pipenv: /^run$/, pdm: /^run$/, hatch: /^run$/, pnpm: /^(exec|dlx)$/, yarn: /^(exec|dlx)$/, npm: /^exec$/ };

function runsProgram(f: Parameters<Rule>[0]): boolean {
  const at = f.args.findIndex((a) => !a.text.startsWith('-'));
  if (at < 0) return false;
  const verb = RUNNER_VERB[f.program];
  let from = -1;
  if (f.program === 'npx' || f.program === 'bunx') from = at;
  else if (verb?.test(f.args[at].text)) from = f.args.findIndex((a, i) => i > at && !a.text.startsWith('-'));
  if (from < 0) return false;
  // `uv run sync.py …` runs a script with the project's interpreter.
  const script = /\.(py|rb|js|mjs|ts)$/.test(f.args[from].text);
  f.judgeArgv(script ? [lit('python3'), ...f.args.slice(from)] : f.args.slice(from), `${f.program} ${f.args[at].text}`);
  return true;
}

/** Test indexes (TestPyPI and its URL): what lands there is installed only by people who ask for it. */
const TEST_INDEX = /^(?:testpypi|https:\/\/test\.pypi\.org\/legacy\/?)$/;
/** A registry on this machine (a local verdaccio or devpi): plain HTTP never leaves it, and nobody else installs from it. */
const LOOPBACK_INDEX = /^(?:--[\w-]+=)?https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?(?:\/|$)/i;

/** `npm owner ls`, `npm dist-tag ls`, `cargo owner --list`, `gem owner NAME`: the registry's answer, nothing changed. */
function registryListing(program: string, words: string[]): boolean {
  const at = words.findIndex((w) => w === 'owner' || w === 'dist-tag' || w === 'dist-tags');
  if (at < 0) return false;
  const rest = words.slice(at + 1);
  if (/^(ls|list)$/.test(rest[0] ?? '') || rest.includes('--list') || rest.includes('-l')) return true;
  return program === 'gem' && rest.length === 1 && !rest[0].startsWith('-');
}

export const pkg: Rule = (f) => {
  if (runsProgram(f)) return;
  const words = f.args.map((a) => a.text);
  const verbs = words.filter((w) => !w.startsWith('-'));
  if (verbs[0] === 'pkg' && verbs[1] === 'set' && verbs.slice(2).some((w) => LIFECYCLE.test(w))) {
    f.add(0.75, 'critical', false, 'supply_chain', `${f.program} pkg set adds an install-time lifecycle script (runs on every install)`);
    for (const w of verbs.slice(2)) if (LIFECYCLE.test(w)) f.nested(w.slice(w.indexOf('=') + 1), `${w.slice(0, w.indexOf('='))}`);
    return;
  }
  if (verbs[0] === 'set-script' && /^(pre|post)?install$|^prepare$/.test(verbs[1] ?? '')) {
    f.add(0.75, 'critical', false, 'supply_chain', `${f.program} set-script ${verbs[1]} adds an install-time lifecycle script`);
    return;
  }
  if (verbs[0] === 'config' && /^(set|add)$/.test(verbs[1] ?? '')) return packageConfig(f, verbs.slice(2));
  judgeIndexes(f, words);
  const fromGit = verbs.slice(1).find((w) => /^(github:|gitlab:|bitbucket:|git\+|git:\/\/|https?:\/\/.*\.(tgz|tar\.gz|zip|whl)$|[\w-]+\/[\w.-]+#)/.test(w) || /^[\w-]+\/[\w.-]+$/.test(w) && ['npm', 'pnpm', 'yarn', 'bun'].includes(f.program));
  if (fromGit && /^(install|i|add)$/.test(verbs[0] ?? '') && !/#[0-9a-f]{40}$|@[0-9a-f]{40}$/.test(fromGit)) {
    f.add(0.65, 'external', false, 'supply_chain', `${f.program} installs ${fromGit} straight from a repository or URL, unpinned`);
  }
  const installs = verbs[0] === 'pip' && verbs[1] === 'install' ? verbs.slice(2) : /^(install|i|add)$/.test(verbs[0] ?? '') ? verbs.slice(1) : [];
  const squat = installs.map((w) => [w, misspelledPackage(f.program, w)] as const).find(([, real]) => real);
  if (squat) f.add(0.8, 'critical', false, 'supply_chain', `${f.program} installs ${squat[0]}, one letter from the well-known ${squat[1]} (the way typosquats are named)`);
  if (verbs[0] === 'token' && verbs[1] === 'create') {
    f.add(0.62, 'external', false, 'secret_read', `${f.program} token create mints a registry publish token`);
    return;
  }
  if (registryListing(f.program, words)) {
    f.network(f.program);
    f.add(0.05, 'read_only', true, 'build', `${f.program} ${verbs.slice(0, 2).join(' ')} lists a package's owners or tags`);
    return;
  }
  if (words.some((w) => ['publish', 'upload', 'push'].includes(w)) && words.some((w) => TEST_INDEX.test(w) || LOOPBACK_INDEX.test(w))) {
    f.network(f.program);
    f.add(0.3, 'external', false, 'publish', `${f.program} ${verbs.slice(0, 2).join(' ')} uploads to a test index or one on this machine, which nobody installs from by default`);
    return;
  }
  if (words.some((w) => ['publish', 'unpublish', 'deprecate', 'upload', 'push', 'yank', 'owner', 'dist-tag'].includes(w)) && !words.includes('--dry-run')) {
    f.network(f.program);
    f.add(0.65, 'external', false, 'publish', `${f.program} ${verbs.slice(0, 2).join(' ')} publishes to a public registry`);
  } else if (['apt', 'apt-get', 'yum', 'dnf', 'pacman', 'zypper', 'apk', 'snap', 'port'].includes(f.program)) {
    const removing = words.some((w) => ['remove', 'purge', 'autoremove', 'erase', '-R', '-Rns', 'del'].includes(w));
    f.add(removing ? 0.6 : 0.35, removing ? 'critical' : 'local_edit', !removing, 'system_packages', `${f.program} ${words.slice(0, 2).join(' ')} changes system packages`);
  } else if (words.some((w) => ['uninstall', 'remove', 'rm'].includes(w))) {
    f.add(0.15, 'local_edit', true, 'build', `${f.program} ${words.slice(0, 2).join(' ')}`);
  } else f.add(0.08, 'local_edit', true, 'build', `${f.program} ${words.slice(0, 2).join(' ')}`.trim());
  readArgs(f);
};

const INDEX_FLAG = /^(--index-url|--extra-index-url|-i|--index|--registry|--source|--trusted-host)$/;
const INDEX_ASSIGN = /^--(index-url|extra-index-url|index|registry|source)=/;

/**
 * Every index option is judged (an official `-i` beside an unfamiliar `--extra-index-url` still
 * lets the mirror serve a familiar name). Options that all name official registries over HTTPS are
 * cleared for the learned gate layer (CommandFacts.clear): their words look like the
 * unfamiliar-index calls it learned to hold. One unfamiliar or untrusted index, and none is cleared.
 */
function judgeIndexes(f: Parameters<Rule>[0], words: string[]): void {
  const options: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    if (INDEX_FLAG.test(words[i])) options.push(words.slice(i, i + 2));
    else if (INDEX_ASSIGN.test(words[i])) options.push([words[i]]);
  }
  const urlOf = (o: string[]) => (o.length === 2 ? o[1] : o[0].replace(INDEX_ASSIGN, '')) ?? '';
  const remote = options.filter((o) => !LOOPBACK_INDEX.test(urlOf(o)));
  const untrusted = remote.find((o) => o[0] === '--trusted-host' || /^http:\/\//.test(urlOf(o)));
  const unfamiliar = remote.find((o) => /^https:\/\//.test(urlOf(o)) && !KNOWN_REGISTRY.test(urlOf(o)));
  if (untrusted) {
    f.add(0.75, 'critical', false, 'supply_chain', `${f.program} installs from an unencrypted or untrusted package index (${untrusted.join(' ')})`);
  } else if (unfamiliar) {
    // A mirror named in a README serves whatever its owner uploads under a familiar package name.
    f.add(0.65, 'external', false, 'supply_chain', `${f.program} installs from an unfamiliar package index (${urlOf(unfamiliar)})`);
  } else if (options.length && options.every((o) => KNOWN_REGISTRY.test(urlOf(o)))) f.clear(options.flat());
}

const KNOWN_REGISTRY = /^https:\/\/(?:registry\.npmjs\.org|registry\.yarnpkg\.com|npm\.pkg\.github\.com|pypi\.org|files\.pythonhosted\.org|upload\.pypi\.org|rubygems\.org|index\.crates\.io|[\w.-]+\.jfrog\.io|[\w.-]+\.pkgs\.dev\.azure\.com|[\w.-]+\.codeartifact\.[\w.-]+\.amazonaws\.com)(?:\/|$)/i;

/** `npm config set registry …`, `pip config set global.index-url …`, `yarn config set enableStrictSsl false`. */
function packageConfig(f: Parameters<Rule>[0], kv: string[]): void {
  const [key = '', ...rest] = kv.length === 1 && kv[0].includes('=') ? kv[0].split('=') : kv;
  const value = rest.join(' ');
  const what = `${f.program} config set ${key} ${value}`.trim();
  if (/registry|index-url|index_url|npmRegistryServer|extra-index/i.test(key)) {
    if (/^http:\/\//i.test(value)) return f.add(0.8, 'critical', false, 'supply_chain', `${what} installs packages over plain HTTP from ${value} (anyone on the path can swap them)`);
    if (value && !KNOWN_REGISTRY.test(value)) return f.add(0.65, 'external', false, 'supply_chain', `${what} switches every future install to an unfamiliar package index`);
    // The rule judged the whole setting, `config set` included: none of it is a cue left to learn from.
    if (value) f.clear(f.args.map((a) => a.text).filter((w) => !w.startsWith('-')));
    return f.add(0.08, 'local_edit', true, 'build', what);
  }
  if (/strict-?ssl|strictssl|cert|ssl-?verify|trusted-host|enableStrictSsl|verify/i.test(key) && /^(false|0|no|off)$|^[\w.-]+\.[a-z]{2,}$/i.test(value.trim())) {
    return f.add(0.78, 'critical', false, 'supply_chain', `${what} turns off certificate checks for package downloads`);
  }
  if ((/^(audit|ignore-scripts)$/i.test(key) && /^(false|0|no|off)$/i.test(value.trim())) || (/unsafe-perm|enableScripts/i.test(key) && /^(true|1|yes|on)$/i.test(value.trim()))) {
    return f.add(0.62, 'external', false, 'supply_chain', `${what} ${/audit/i.test(key) ? 'stops auditing installs' : 'lets install scripts run'}`);
  }
  f.add(0.08, 'local_edit', true, 'build', what);
}
