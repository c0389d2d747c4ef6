import type { SideEffectClass } from '../types.js';
import { classifyPath, type PathVerdict } from '../paths.js';
import { decodeAnsiC, type ShellCommand, type ShellWord } from './parse.js';
import { baseName, isNetworkFetch, looksLikePath, readArgs } from './analyze.js';

// One rule per program family. A rule reads the parsed argv (quotes already resolved) and adds
// findings; targets are judged by path sensitivity, not by the command name alone, so
// `rm -rf ./node_modules` and `rm -rf ~` end up far apart.

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
  dynamicSeen(): void;
  downloaded(path: string): void;
  wasDownloaded(path: string): boolean;
}

type Rule = (f: CommandFacts) => void;

const lit = (text: string, dynamic = false): ShellWord => ({ text, dynamic, glob: false, subst: [] });
const operands = (args: ShellWord[]) => {
  const out: ShellWord[] = [];
  let end = false;
  for (const a of args) {
    if (!end && a.text === '--') end = true;
    else if (end || !a.text.startsWith('-') || a.text === '-') out.push(a);
  }
  return out;
};
const shortFlags = (args: ShellWord[]) => args.filter((a) => /^-[A-Za-z]+$/.test(a.text)).map((a) => a.text.slice(1)).join('');
const has = (args: ShellWord[], ...flags: string[]) => args.some((a) => flags.includes(a.text));

const readOnly: Rule = (f) => readArgs(f);
const lowLocal = (risk: number, what: string): Rule => (f) => {
  f.add(risk, 'local_edit', true, 'build', `${f.program} ${what}`);
  readArgs(f);
};

function deleteTargets(f: CommandFacts, targets: ShellWord[], recursive: boolean, verb: string): void {
  if (targets.length === 0) {
    f.add(0.6, 'critical', false, 'destructive_file_op', `${verb} files named only at run time`);
    return;
  }
  for (const t of targets) {
    if (t.dynamic) f.dynamicSeen();
    const v = f.path(t);
    let risk = v.write_risk + (recursive ? 0.05 : 0);
    // A whole directory tree outside the project (or a project in home) is not a cache.
    if (recursive && (v.level === 'outside_project' || v.level === 'home')) risk = Math.max(risk, 0.65);
    if (t.glob && (v.level === 'home' || v.level === 'outside_project')) risk += 0.2;
    risk = Math.min(1, Math.max(risk, v.level === 'project' ? 0.3 : 0));
    const reversible = v.level === 'regenerable' || v.level === 'scratch';
    f.add(reversible ? Math.min(risk, 0.1) : risk, risk >= 0.7 ? 'critical' : 'local_edit', reversible, 'destructive_file_op',
      `${verb}${recursive ? ' recursively' : ''} ${t.text}: ${v.reason}`);
  }
}

const rm: Rule = (f) => {
  const flags = shortFlags(f.args);
  const recursive = /[rR]/.test(flags) || has(f.args, '--recursive');
  const verb = f.program === 'shred' || f.program === 'srm' ? 'shreds' : 'deletes';
  deleteTargets(f, operands(f.args), recursive || f.program === 'rmdir', verb);
};

const writeTargets = (f: CommandFacts, targets: ShellWord[], verb: string) => {
  for (const t of targets) {
    const v = f.path(t);
    if (v.write_risk >= 0.25) f.add(v.write_risk, v.write_risk >= 0.7 ? 'critical' : 'local_edit', true, v.level === 'shell_profile' ? 'shell_profile_write' : 'file_write', `${verb} ${t.text}: ${v.reason}`);
  }
};

const cpmv: Rule = (f) => {
  const ops = operands(f.args);
  if (ops.length < 2) return;
  const dest = ops[ops.length - 1];
  const sources = ops.slice(0, -1);
  writeTargets(f, [dest], f.program === 'mv' ? 'moves into' : 'copies over');
  if (f.program === 'mv') {
    for (const s of sources) {
      const v = f.path(s);
      if (v.write_risk >= 0.5) f.add(v.write_risk, 'critical', false, 'destructive_file_op', `moves away ${s.text}: ${v.reason}`);
    }
  }
  for (const s of sources) {
    const v = f.path(s);
    if (v.read_risk >= 0.5) {
      f.sensitiveRead(s.text);
      f.add(v.read_risk, 'external', true, 'secret_read', `copies ${v.reason}`);
    }
  }
  if (f.program === 'scp' || f.program === 'rsync') transfer(f, ops);
};

function transfer(f: CommandFacts, ops: ShellWord[]): void {
  const remote = ops.some((o) => /^[\w.@-]+:/.test(o.text) || o.text.startsWith('rsync://'));
  if (remote) {
    f.network(f.program);
    f.add(0.4, 'external', false, 'network_send', `${f.program} copies files to or from another machine`);
  }
  if (has(f.args, '--delete', '--delete-before', '--delete-after', '--delete-during', '--del')) {
    const dest = ops[ops.length - 1];
    const v = dest ? f.path(dest) : null;
    const risk = Math.max(0.6, v?.write_risk ?? 0);
    f.add(risk, 'critical', false, 'destructive_file_op', `rsync --delete removes files at ${dest?.text ?? 'the destination'} that the source lacks`);
  }
}

const FIND_FILTERS = new Set(['-name', '-iname', '-path', '-ipath', '-regex', '-iregex', '-type', '-mtime', '-mmin', '-newer', '-size', '-empty', '-user', '-perm', '-wholename']);

/** What find's matches look like: a filtered search under `.` touches some project files, not `.` itself. */
function matchWord(root: ShellWord, filtered: boolean, f: CommandFacts): ShellWord {
  const v = f.path(root);
  if (!filtered || root.dynamic) return root;
  if (v.level === 'broad' && /^(\/|~|\/home|\/users|\/root)\/?$/i.test(root.text)) return root;
  return lit(`${root.text.replace(/\/$/, '')}/match`, false);
}

const find: Rule = (f) => {
  const roots: ShellWord[] = [];
  let i = 0;
  while (i < f.args.length && !/^[-(!]/.test(f.args[i].text)) roots.push(f.args[i++]);
  if (roots.length === 0) roots.push(lit('.'));
  const filtered = f.args.some((a) => FIND_FILTERS.has(a.text));
  const matches = roots.map((r) => matchWord(r, filtered, f));
  for (; i < f.args.length; i++) {
    const t = f.args[i].text;
    if (t === '-delete') deleteTargets(f, matches, true, 'find -delete removes matches under');
    if (t === '-exec' || t === '-execdir' || t === '-ok' || t === '-okdir') {
      const words: ShellWord[] = [];
      for (i++; i < f.args.length && f.args[i].text !== ';' && f.args[i].text !== '+'; i++) {
        const w = f.args[i];
        words.push(w.text.includes('{}') ? matches[0] : w);
      }
      if (words.length) f.judgeArgv(words, `find ${t}`);
    }
    if (t === '-fprint' || t === '-fls') {
      const target = f.args[i + 1];
      if (target) writeTargets(f, [target], 'find writes');
    }
  }
};

const XARGS_VALUE_FLAGS = new Set(['-n', '-P', '-L', '-s', '-d', '-E', '-a', '--max-args', '--max-procs', '--delimiter', '--arg-file']);
const xargs: Rule = (f) => {
  let i = 0;
  let replace: string | null = null;
  while (i < f.args.length && f.args[i].text.startsWith('-')) {
    const t = f.args[i].text;
    if (t === '-I') {
      replace = f.args[i + 1]?.text ?? null;
      i += 2;
    } else if (t.startsWith('-I') && t.length > 2) {
      replace = t.slice(2);
      i++;
    } else i += XARGS_VALUE_FLAGS.has(t) ? 2 : 1;
  }
  const rest = f.args.slice(i);
  if (rest.length === 0) return;
  const input = lit('$INPUT', true);
  const words = replace ? rest.map((w) => (w.text.includes(replace!) ? input : w)) : [...rest, input];
  f.judgeArgv(words, 'xargs');
};

const SHELL_STDIN_SAFE_FLAGS = /^-[a-zA-Z]*$/;
const DECODERS = new Set(['base64', 'base32', 'xxd', 'openssl', 'uudecode', 'gunzip', 'zcat', 'rev']);

const shell: Rule = (f) => {
  const cIdx = f.args.findIndex((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.text) || a.text === '--command');
  if (cIdx >= 0) {
    const code = f.args[cIdx + 1];
    if (!code) return;
    runCode(f, code, `${f.program} -c`);
    return;
  }
  const script = f.args.find((a) => !SHELL_STDIN_SAFE_FLAGS.test(a.text) || a.text === '-');
  if (script && script.text !== '-' && script.text !== '-s') {
    if (script.dynamic) runCode(f, script, `${f.program} <script>`);
    else if (f.wasDownloaded(script.text)) {
      f.add(0.95, 'critical', false, 'download_execute', `runs ${script.text}, which this script just downloaded (download-and-execute)`);
    } else {
      const v = f.path(script);
      f.add(Math.max(0.2, v.write_risk >= 0.7 ? 0.5 : 0), 'local_edit', true, 'script', `runs the script ${script.text}`);
    }
    return;
  }
  stdinCode(f);
};

/** The program reads code from stdin: judge what feeds it. */
function stdinCode(f: CommandFacts): void {
  const hereString = f.cmd.redirects.find((r) => r.op === '<<<' || r.op === '<<' || r.op === '<<-');
  if (hereString) {
    runCode(f, hereString.target, `${f.program} <<<`);
    return;
  }
  const fileIn = f.cmd.redirects.find((r) => r.op === '<');
  if (fileIn) {
    f.add(0.3, 'local_edit', true, 'script', `runs the script ${fileIn.target.text}`);
    return;
  }
  if (!f.cmd.pipe_in) {
    f.add(0.3, 'local_edit', true, 'script', `starts an interactive ${f.program}`);
    return;
  }
  const up = f.cmd.upstream;
  if (up.some(isNetworkFetch)) {
    f.add(0.97, 'critical', false, 'download_execute', `pipes a download straight into ${f.program} (download-and-execute)`);
    return;
  }
  const decoder = up.find((c) => c.argv[0] && DECODERS.has(baseName(c.argv[0].text)));
  if (decoder) {
    f.add(0.95, 'critical', false, 'obfuscated_execute', `decodes a hidden payload (${decoder.argv.map((w) => w.text).join(' ')}) and runs it with ${f.program}`);
    const payload = up.find((c) => c.argv[0] && ['echo', 'printf'].includes(baseName(c.argv[0].text)));
    const word = payload?.argv.slice(1).find((w) => !w.text.startsWith('-'));
    if (word && !word.dynamic && baseName(decoder.argv[0].text) === 'base64') {
      const decoded = Buffer.from(word.text, 'base64').toString('utf8');
      if (decoded && /^[\x09\x0a\x0d\x20-\x7e]+$/.test(decoded)) f.nested(decoded, 'decoded base64');
    }
    return;
  }
  const echo = up.length === 1 ? up[0] : undefined;
  const echoName = echo?.argv[0] ? baseName(echo.argv[0].text) : '';
  if (echo && (echoName === 'echo' || echoName === 'printf') && !echo.argv.some((w) => w.dynamic)) {
    const escapes = echoName === 'printf' || echo.argv.some((w) => /^-[nE]*e[nE]*$/.test(w.text));
    const raw = echo.argv.slice(1).filter((w) => !/^-[neE]+$/.test(w.text)).map((w) => w.text).join(' ');
    const text = escapes ? decodeAnsiC(raw) : raw;
    if (isShell(f.program)) {
      f.nested(text, `echo | ${f.program}`);
      return;
    }
  }
  f.add(0.65, 'critical', false, 'piped_execute', `runs whatever the pipeline produces as ${f.program} code`);
}

function runCode(f: CommandFacts, code: ShellWord, via: string): void {
  if (code.dynamic) {
    f.dynamicSeen();
    const fetched = code.subst.some(isNetworkFetch);
    f.add(fetched ? 0.97 : 0.7, 'critical', false, fetched ? 'download_execute' : 'dynamic_code',
      fetched ? `${via} runs code downloaded at run time` : `${via} runs code built at run time (${code.text}), so it cannot be checked`);
    return;
  }
  if (isShell(f.program) || f.program === 'eval' || f.program === 'su' || f.program === 'ssh') f.nested(code.text, via);
  else inlineCode(f, code.text, via);
}

const isShell = (p: string) => ['bash', 'sh', 'zsh', 'dash', 'ksh', 'ash', 'fish', 'mksh', 'busybox'].includes(p);

const evalRule: Rule = (f) => {
  const code = { text: f.args.map((a) => a.text).join(' '), dynamic: f.args.some((a) => a.dynamic), glob: false, subst: f.args.flatMap((a) => a.subst) };
  runCode(f, code, 'eval');
};

const source: Rule = (f) => {
  const file = f.args[0];
  if (!file) return;
  if (file.dynamic) runCode(f, file, 'source');
  else if (f.wasDownloaded(file.text)) f.add(0.95, 'critical', false, 'download_execute', `sources ${file.text}, which this script just downloaded`);
  else f.add(0.25, 'local_edit', true, 'script', `sources ${file.text} into the current shell`);
};

/** Inline interpreter code (python -c, node -e...). Not shell, so judged by what it names. */
function inlineCode(f: CommandFacts, code: string, via: string): void {
  const sensitive = /(\.ssh|\.aws|id_rsa|id_ed25519|\.env\b|\/etc\/shadow|\.netrc|\.git-credentials|credentials)/.test(code);
  const net = /(requests\.|urllib|http\.client|socket\.|fetch\(|https?:\/\/|axios|XMLHttpRequest|net\.connect)/.test(code);
  const destroy = /(rmtree|os\.remove|os\.unlink|unlinkSync|rmSync|fs\.rm\b|rimraf|rm -rf|shutil\.move|DROP\s+TABLE|format\()/i.test(code);
  const spawn = /(\bsystem\s*\(|subprocess|child_process|\bexec(?:Sync|v|vp|l)?\s*\(|spawn(?:Sync)?\s*\(|popen|`|\bqx\b|Runtime\.getRuntime)/.test(code);
  const literals = [...code.matchAll(/(["'])((?:~|\/|\.\.?\/|\$HOME)[^"'\n]*)\1/g)].map((m) => m[2]);
  const worst = literals.map((l) => classifyPath(l)).sort((a, b) => b.write_risk - a.write_risk)[0];
  if (destroy && worst && worst.write_risk >= 0.7) f.add(Math.min(1, worst.write_risk + 0.05), 'critical', false, 'destructive_file_op', `${via} deletes or moves ${worst.path}: ${worst.reason}`);
  if (sensitive && net) f.add(0.95, 'critical', false, 'exfiltration', `${via} reads credentials and talks to the network`);
  else if (sensitive) f.add(0.65, 'external', true, 'secret_read', `${via} touches credential files`);
  if (destroy) f.add(0.55, 'local_edit', false, 'destructive_file_op', `${via} deletes or moves files`);
  if (spawn) f.add(0.45, 'local_edit', false, 'dynamic_code', `${via} starts other programs`);
  if (net) f.network(via);
  if (spawn) {
    // Strings handed to os.system / subprocess / execSync are shell commands: judge them as such.
    for (const m of code.matchAll(/(["'`])((?:(?!\1).){3,500})\1/g)) {
      if (/\s/.test(m[2]) || /^(rm|curl|wget|dd|mkfs|chmod|chown|sh|bash)\b/.test(m[2])) f.nested(m[2], `${via} -> shell`);
    }
  }
  f.add(0.25, 'local_edit', true, 'inline_code', `${via} executes inline code`);
}

const interpreter: Rule = (f) => {
  const codeFlag = f.args.findIndex((a) => ['-c', '-e', '--eval', '-p', '--print', '-E', '-r'].includes(a.text));
  if (codeFlag >= 0 && f.args[codeFlag + 1]) {
    runCode(f, f.args[codeFlag + 1], `${f.program} ${f.args[codeFlag].text}`);
    return;
  }
  const script = f.args.find((a) => !a.text.startsWith('-'));
  if (script) {
    if (script.dynamic) runCode(f, script, `${f.program} <script>`);
    else if (f.wasDownloaded(script.text)) f.add(0.95, 'critical', false, 'download_execute', `runs ${script.text}, which this script just downloaded, with ${f.program}`);
    else f.add(0.15, 'local_edit', true, 'script', `runs ${script.text} with ${f.program}`);
    return;
  }
  if (has(f.args, '--version', '-V', '-v', '--help', '-h')) return;
  stdinCode(f);
};

const curl: Rule = (f) => {
  f.network(f.program);
  let sends = false;
  for (let i = 0; i < f.args.length; i++) {
    const t = f.args[i].text;
    const next = f.args[i + 1];
    const inlineData = /^(-d|--data|--data-binary|--data-raw|--data-urlencode|-F|--form|-T|--upload-file|--post-file|--post-data|--body-file|--body-data)(=(.*))?$/.exec(t);
    if (inlineData) {
      sends = true;
      const value = inlineData[3] ?? next?.text ?? '';
      const file = t === '-T' || t === '--upload-file' || t === '--post-file' || t === '--body-file' ? value : (/@([^;]+)/.exec(value)?.[1] ?? '');
      if (file) {
        const v = f.path(lit(file, next?.dynamic ?? false));
        if (v.read_risk >= 0.5) {
          f.sensitiveRead(file);
          f.add(0.97, 'critical', false, 'exfiltration', `uploads ${file} (${v.reason}) to the network`);
        }
      }
    }
    if ((t === '-X' || t === '--request' || t === '--method') && next && /^(POST|PUT|PATCH|DELETE)$/i.test(next.text)) sends = true;
    if (t === '-o' || t === '--output' || t === '-O' && f.program === 'wget' || t === '--output-document') {
      if (next && next.text !== '-') {
        writeTargets(f, [next], `${f.program} saves a download over`);
        f.downloaded(next.text);
      }
    }
    const glued = /^(?:-o|--output=|-O|--output-document=)(.+)$/.exec(t);
    if (glued && !(t.startsWith('-O') && f.program === 'curl')) f.downloaded(glued[1]);
  }
  const url = f.args.find((a) => /^https?:\/\//.test(a.text))?.text ?? '';
  // wget and curl -O keep the URL's file name.
  if (url && (f.program === 'wget' || has(f.args, '--remote-name') || (f.program === 'curl' && /O/.test(shortFlags(f.args))))) f.downloaded(url.replace(/[?#].*$/, '').split('/').pop() || 'index.html');
  const local = /^https?:\/\/(localhost|127\.|\[::1\])/.test(url);
  if (sends) f.add(local ? 0.2 : 0.45, 'external', false, 'network_send', `${f.program} sends data to ${url || 'a server'}`);
  else f.add(local ? 0.03 : 0.1, 'external', true, 'network_fetch', `${f.program} downloads ${url || 'from the network'}`);
};

const netcat: Rule = (f) => {
  f.network(f.program);
  if (has(f.args, '-e', '-c', '--exec', '--sh-exec') || f.args.some((a) => /exec:|system:/.test(a.text))) {
    f.add(0.97, 'critical', false, 'reverse_shell', `${f.program} hands a shell to a network peer (reverse/bind shell)`);
  } else f.add(0.5, 'external', false, 'network_send', `${f.program} opens a raw network connection`);
};

const ssh: Rule = (f) => {
  f.network('ssh');
  const ops = operands(f.args);
  const remoteCmd = ops.slice(1);
  f.add(0.4, 'external', false, 'remote_exec', `ssh runs commands on ${ops[0]?.text ?? 'another machine'}`);
  if (remoteCmd.length) {
    const code = { text: remoteCmd.map((w) => w.text).join(' '), dynamic: remoteCmd.some((w) => w.dynamic), glob: false, subst: remoteCmd.flatMap((w) => w.subst) };
    runCode(f, code, `ssh ${ops[0]?.text ?? ''}`.trim());
  }
};

const GIT_READ = new Set(['status', 'log', 'diff', 'show', 'blame', 'grep', 'ls-files', 'ls-tree', 'rev-parse', 'describe', 'shortlog', 'reflog', 'fetch', 'remote', 'config', 'cat-file', 'show-ref', 'whatchanged', 'version', 'help']);
const GIT_LOCAL = new Set(['add', 'commit', 'switch', 'merge', 'pull', 'init', 'clone', 'tag', 'cherry-pick', 'worktree', 'mv', 'rm', 'apply', 'am', 'notes', 'bisect', 'submodule', 'restore', 'checkout', 'stash', 'branch', 'revert', 'format-patch', 'archive', 'sparse-checkout', 'lfs']);

const git: Rule = (f) => {
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
      if (force) f.add(0.8, 'critical', false, 'history_rewrite', `git push ${rest.map((a) => a.text).join(' ')} overwrites or deletes history on the remote`);
      else f.add(0.3, 'external', false, 'publish', 'git push publishes commits to the remote');
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
      if (/D/.test(flags) || has(rest, '--delete', '-d')) f.add(0.45, 'local_edit', false, 'vcs', 'git branch -D deletes a branch and its unmerged commits');
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
    case 'commit':
      f.add(has(rest, '--amend') ? 0.15 : 0.05, 'local_edit', true, 'vcs', has(rest, '--amend') ? 'git commit --amend rewrites the last commit' : 'git commit');
      return;
    case 'config':
      if (has(rest, '--global', '--system') && restOps.length >= 2) f.add(0.3, 'local_edit', true, 'config', 'git config changes global settings');
      return;
    default:
      if (GIT_READ.has(sub)) return;
      if (GIT_LOCAL.has(sub)) f.add(0.06, 'local_edit', true, 'vcs', `git ${sub}`);
      else f.add(0.2, 'local_edit', true, 'vcs', `git ${sub || '(no subcommand)'}`);
  }
};

const DESTRUCTIVE_SQL = /(\b(drop\s+(database|schema|table|collection|keyspace|user|role)|truncate\s+(table\s+)?[\w"`.]+|flushall|flushdb|alter\s+table\s+\S+\s+drop)\b|dropdatabase\s*\(|\.drop\s*\(|\.deletemany\s*\(\s*\{\s*\}\s*\))/i;

const dbClient: Rule = (f) => {
  const text = f.args.map((a) => a.text).join(' ') + ' ' + f.cmd.redirects.filter((r) => r.op === '<<<' || r.op === '<<').map((r) => r.target.text).join(' ');
  const statements = text.split(';');
  const deleteAll = statements.some((s) => /\bdelete\s+from\s+\S+/i.test(s) && !/\bwhere\b/i.test(s));
  const updateAll = statements.some((s) => /\bupdate\s+\S+\s+set\b/i.test(s) && !/\bwhere\b/i.test(s));
  if (f.program === 'dropdb' || (f.program === 'mysqladmin' && has(f.args, 'drop'))) {
    f.add(0.92, 'critical', false, 'database_destruction', `${f.program} drops a database`);
  } else if (DESTRUCTIVE_SQL.test(text) || deleteAll) {
    f.add(0.92, 'critical', false, 'database_destruction', `${f.program} runs a destructive statement (${(DESTRUCTIVE_SQL.exec(text)?.[0] ?? 'DELETE without WHERE').trim()})`);
  } else if (updateAll) {
    f.add(0.7, 'critical', false, 'database_destruction', `${f.program} runs UPDATE without WHERE (rewrites every row)`);
  } else if (/\b(insert|update|delete|alter|create|grant|revoke|set)\b/i.test(text)) {
    f.add(0.35, 'external', false, 'database_write', `${f.program} changes data in a database`);
  } else f.add(0.1, 'external', true, 'database_read', `${f.program} queries a database`);
};

const disk: Rule = (f) => {
  if (f.program === 'dd') {
    const of = f.args.find((a) => a.text.startsWith('of='));
    if (!of) return;
    const v = f.path(lit(of.text.slice(3), of.dynamic));
    f.add(Math.max(v.write_risk, 0.3), v.write_risk >= 0.7 ? 'critical' : 'local_edit', false, 'disk', `dd writes raw bytes to ${of.text.slice(3)}: ${v.reason}`);
    return;
  }
  if (f.program === 'diskutil' && !f.args.some((a) => /^(erase|partition|zero|secureErase|reformat|apfs)/i.test(a.text))) return;
  f.add(0.95, 'critical', false, 'disk', `${f.program} rewrites disks or filesystems`);
};

const perms: Rule = (f) => {
  const ops = operands(f.args);
  const mode = f.program === 'chmod' ? ops.shift() : f.program === 'chown' || f.program === 'chgrp' ? ops.shift() : undefined;
  const recursive = /R/.test(shortFlags(f.args)) || has(f.args, '--recursive');
  const tightening = f.program === 'chmod' && !!mode && /^(0?[0-7]00|0?[4-7][0-5]0|0?[4-7][0-5][0-5]|[ugoa]*-[rwxst]+)$/.test(mode.text) && !/7$|6$/.test(mode.text);
  for (const t of ops) {
    const v = f.path(t);
    if (tightening && v.level !== 'system' && v.level !== 'broad' && v.level !== 'device') {
      f.add(0.05, 'local_edit', true, 'permissions', `chmod ${mode!.text} restricts access to ${t.text}`);
    } else if (v.write_risk >= 0.7) {
      f.add(Math.min(1, v.write_risk + (recursive ? 0.05 : 0)), 'critical', false, 'permissions', `${f.program}${recursive ? ' -R' : ''} changes permissions on ${t.text}: ${v.reason}`);
    } else if (mode && /(777|666|o\+w|a\+w)/.test(mode.text)) {
      f.add(0.5, 'local_edit', true, 'permissions', `${f.program} ${mode.text} makes ${t.text} writable by everyone`);
    } else f.add(0.08, 'local_edit', true, 'permissions', `${f.program} ${mode?.text ?? ''} ${t.text}`.replace(/\s+/g, ' '));
  }
};

const power: Rule = (f) => f.add(0.92, 'critical', false, 'power', `${f.program} ${f.args.map((a) => a.text).join(' ')} shuts down or restarts the machine`.trim());

const service: Rule = (f) => {
  const words = f.args.map((a) => a.text);
  if (words.some((w) => ['poweroff', 'reboot', 'halt', 'suspend', 'hibernate', 'kexec'].includes(w))) return power(f);
  if (words.some((w) => ['stop', 'disable', 'mask', 'restart', 'kill', 'isolate', 'unload', 'remove', 'bootout', 'reload', 'delete'].includes(w))) {
    f.add(0.7, 'critical', false, 'service_control', `${f.program} ${words.join(' ')} stops or changes a system service`);
  } else if (words.some((w) => ['start', 'enable', 'load', 'bootstrap'].includes(w))) {
    f.add(0.45, 'external', true, 'service_control', `${f.program} ${words.join(' ')} starts a system service`);
  } else f.add(0.03, 'read_only', true, 'service_control', `${f.program} ${words.join(' ')}`);
};

const kill: Rule = (f) => {
  const ops = operands(f.args);
  if (f.program === 'kill' && ops.some((o) => o.text === '1' || o.text === '-1') || f.args.some((a) => a.text === '-1')) {
    f.add(0.92, 'critical', false, 'process_control', 'kill targets init or every process');
  } else if (f.program === 'killall' || f.program === 'pkill') {
    f.add(0.62, 'local_edit', false, 'process_control', `${f.program} stops every process matching ${ops.map((o) => o.text).join(' ')}`);
  } else f.add(0.3, 'local_edit', false, 'process_control', `kill stops process ${ops.map((o) => o.text).join(' ')}`);
};

const crontab: Rule = (f) => {
  const flags = shortFlags(f.args);
  if (/r/.test(flags)) f.add(0.85, 'critical', false, 'schedule_removal', 'crontab -r removes every scheduled job');
  else if (/l/.test(flags)) return;
  else if (/e/.test(flags)) f.add(0.4, 'local_edit', true, 'schedule', 'crontab -e edits scheduled jobs');
  else f.add(0.65, 'critical', false, 'schedule_removal', 'crontab <file> replaces all scheduled jobs');
};

const scheduler: Rule = (f) => {
  const words = f.args.map((a) => a.text.toLowerCase());
  if (f.program === 'atrm' || words.some((w) => w === '/delete' || w === 'delete')) f.add(0.7, 'critical', false, 'schedule_removal', `${f.program} removes scheduled tasks`);
  else f.add(0.35, 'local_edit', true, 'schedule', `${f.program} schedules a task`);
};

const sed: Rule = (f) => {
  const inPlace = f.args.some((a) => /^-[a-zA-Z]*i/.test(a.text) || a.text.startsWith('--in-place'));
  const ops = operands(f.args);
  const files = f.args.some((a) => a.text === '-e' || a.text === '-f') ? ops : ops.slice(1);
  if (inPlace) {
    writeTargets(f, files, 'sed -i edits');
    f.add(0.1, 'local_edit', true, 'file_write', `sed -i edits ${files.map((w) => w.text).join(' ')}`);
  }
  for (const w of files) {
    const v = f.path(w);
    if (v.read_risk >= 0.5) {
      f.sensitiveRead(w.text);
      f.add(v.read_risk, 'external', true, 'secret_read', `reads ${v.reason}`);
    }
  }
};

const tee: Rule = (f) => writeTargets(f, operands(f.args), has(f.args, '-a', '--append') ? 'tee appends to' : 'tee overwrites');
const touchLike: Rule = (f) => writeTargets(f, operands(f.args), `${f.program} writes`);
const truncate: Rule = (f) => {
  for (const t of operands(f.args)) {
    const v = f.path(t);
    f.add(Math.max(0.35, v.write_risk), v.write_risk >= 0.7 ? 'critical' : 'local_edit', false, 'destructive_file_op', `truncate empties ${t.text}: ${v.reason}`);
  }
};
const ln: Rule = (f) => {
  const ops = operands(f.args);
  if (ops.length >= 2) writeTargets(f, [ops[ops.length - 1]], 'ln replaces');
};

const envDump: Rule = (f) => {
  if (f.args.length === 0 || f.args.every((a) => a.text.startsWith('-'))) {
    f.envDump();
    f.add(0.3, 'read_only', true, 'secret_read', `${f.program} prints every environment variable (API keys live there)`);
  } else if (f.program === 'env') return;
  else if (f.args.some((a) => /KEY|TOKEN|SECRET|PASS|CREDENTIAL/i.test(a.text))) {
    f.envDump();
    f.add(0.5, 'read_only', true, 'secret_read', `${f.program} prints a secret environment variable`);
  }
};

const cloud: Rule = (f) => {
  const words = f.args.map((a) => a.text);
  if (f.program === 'kubectl' && words[0] === 'exec') {
    execInside(f);
    f.add(0.35, 'external', false, 'remote_exec', 'kubectl exec runs a command in a live pod');
    return;
  }
  const joined = words.join(' ');
  f.network(f.program);
  if (f.program === 'terraform' || f.program === 'tofu' || f.program === 'pulumi') {
    if (words.includes('destroy') || (words.includes('apply') && words.includes('-destroy'))) f.add(0.95, 'critical', false, 'infra_destruction', `${f.program} destroy tears down infrastructure`);
    else if (words.includes('apply') || words.includes('up')) f.add(0.7, 'critical', false, 'infra_change', `${f.program} ${words[0]} changes live infrastructure`);
    else f.add(0.1, 'read_only', true, 'infra_read', `${f.program} ${words[0] ?? ''}`.trim());
    return;
  }
  if (/\b(delete|destroy|rm|rb|terminate-instances|delete-\S+|remove|uninstall|drain|scale\s+\S+\s+--replicas[= ]0)\b/.test(joined)) {
    const recursive = words.includes('--recursive') || words.includes('--all') || words.includes('--force');
    f.add(recursive ? 0.92 : 0.8, 'critical', false, 'infra_destruction', `${f.program} ${words.slice(0, 3).join(' ')} deletes cloud resources`);
  } else if (/\b(apply|create|run|deploy|put|cp|sync|update|patch|set|rollout|install|upgrade|push)\b/.test(joined)) {
    f.add(0.5, 'external', false, 'infra_change', `${f.program} ${words.slice(0, 3).join(' ')} changes remote resources`);
  } else f.add(0.1, 'read_only', true, 'infra_read', `${f.program} ${words.slice(0, 2).join(' ')}`.trim());
};

const docker: Rule = (f) => {
  const words = f.args.map((a) => a.text);
  if (words[0] === 'exec') execInside(f);
  const joined = words.join(' ');
  if (/--privileged|-v\s+\/:|--volume[= ]\/:|--pid[= ]host|--net(work)?[= ]host/.test(joined)) f.add(0.75, 'critical', false, 'container_escape', `${f.program} runs a container with host-level access`);
  else if (/\b(system prune|volume (rm|prune)|rm -f|rmi|image prune)\b/.test(joined) || words.includes('prune')) f.add(0.5, 'local_edit', false, 'destructive_file_op', `${f.program} ${words.slice(0, 3).join(' ')} deletes containers, images or volumes`);
  else if (words[0] === 'push' || words[0] === 'login') f.add(0.5, 'external', false, 'publish', `${f.program} ${words[0]} sends to a registry`);
  else f.add(0.12, 'local_edit', true, 'build', `${f.program} ${words.slice(0, 2).join(' ')}`.trim());
};

const pkg: Rule = (f) => {
  const words = f.args.map((a) => a.text);
  if (words.some((w) => ['publish', 'unpublish', 'deprecate', 'upload', 'push', 'yank', 'owner'].includes(w)) && !words.includes('--dry-run')) {
    f.network(f.program);
    f.add(0.65, 'external', false, 'publish', `${f.program} ${words.filter((w) => !w.startsWith('-')).slice(0, 2).join(' ')} publishes to a public registry`);
  } else if (['apt', 'apt-get', 'yum', 'dnf', 'pacman', 'zypper', 'apk', 'snap', 'port'].includes(f.program)) {
    const removing = words.some((w) => ['remove', 'purge', 'autoremove', 'erase', '-R', '-Rns', 'del'].includes(w));
    f.add(removing ? 0.6 : 0.35, removing ? 'critical' : 'local_edit', !removing, 'system_packages', `${f.program} ${words.slice(0, 2).join(' ')} changes system packages`);
  } else if (words.some((w) => ['uninstall', 'remove', 'rm'].includes(w))) {
    f.add(0.15, 'local_edit', true, 'build', `${f.program} ${words.slice(0, 2).join(' ')}`);
  } else f.add(0.08, 'local_edit', true, 'build', `${f.program} ${words.slice(0, 2).join(' ')}`.trim());
  readArgs(f);
};

const mail: Rule = (f) => {
  f.network(f.program);
  f.add(0.55, 'external', false, 'network_send', `${f.program} sends email`);
};

const accounts: Rule = (f) => f.add(0.85, 'critical', false, 'security', `${f.program} changes users, passwords or sudo rights`);
const firewallCtl: Rule = (f) => {
  const joined = f.args.map((a) => a.text).join(' ');
  if (/(-F|--flush|disable|reset|-P\s+\w+\s+ACCEPT|stop|0\b|permissive)/.test(joined)) f.add(0.85, 'critical', false, 'security', `${f.program} ${joined} turns off a security control`);
  else f.add(0.45, 'critical', false, 'security', `${f.program} ${joined} changes a security control`.trim());
};
const history: Rule = (f) => {
  if (has(f.args, '-c', '-w', '-d')) f.add(0.45, 'local_edit', false, 'anti_forensics', 'history -c erases the shell history');
};
const awk: Rule = (f) => {
  if (f.args.some((a) => /system\s*\(|\|\s*"?(sh|bash)|getline/.test(a.text))) f.add(0.5, 'local_edit', false, 'dynamic_code', `${f.program} program runs shell commands`);
  readArgs(f);
};

const RULES = new Map<string, Rule>();
const set = (names: string, rule: Rule) => {
  for (const n of names.split(/\s+/).filter(Boolean)) RULES.set(n, rule);
};

set('ls tree stat file du wc which whereis type', () => {});
set('cat head tail less more grep egrep fgrep rg ag ack wc echo printf pwd sort uniq cut tr diff cmp comm jq yq date whoami id uname hostname df du free uptime ps pgrep top htop true false test [ [[ basename dirname realpath readlink md5sum sha1sum sha256sum shasum cksum column nl fold fmt seq sleep man help lsof netstat ss dig nslookup host ping traceroute cd pushd popd set unset exit return read wait jobs locate zcat bat fd fzf nproc lscpu lsblk getconf tput clear :', readOnly);
set('base64 base32 xxd od hexdump strings gzip gunzip bzip2 xz unxz tar zip unzip 7z', readOnly);
set('npm npx yarn pnpm bun pip pip3 pipx uv poetry cargo go make cmake ninja mvn gradle gradlew tsc deno dotnet bundle gem composer mix rustup conda brew apt apt-get yum dnf pacman zypper apk snap port twine', pkg);
set('pytest jest vitest mocha eslint prettier ruff black mypy flake8 isort tox nox rspec phpunit ctest shellcheck', lowLocal(0.05, 'runs project checks'));
set('code vim nvim nano emacs open xdg-open', lowLocal(0.05, 'opens an editor or viewer'));
set('rm rmdir unlink shred srm trash trash-put', rm);
set('cp mv scp install', cpmv);
set('rsync', (f) => cpmv(f));
set('find', find);
set('xargs parallel', xargs);
set('bash sh zsh dash ksh ash fish mksh busybox', shell);
set('su', (f) => {
  const c = f.args.findIndex((a) => a.text === '-c' || a.text === '--command');
  f.add(0.5, 'critical', false, 'privileged', 'su switches user');
  if (c >= 0 && f.args[c + 1]) runCode(f, f.args[c + 1], 'su -c');
});
set('eval', evalRule);
set('source .', source);
set('python python3 python2 node nodejs perl ruby php lua Rscript pwsh powershell osascript', interpreter);
set('curl wget http https xh aria2c fetch', curl);
set('nc ncat netcat socat telnet', netcat);
set('ssh', ssh);
set('sftp ftp rclone gsutil', (f) => {
  f.network(f.program);
  f.add(0.45, 'external', false, 'network_send', `${f.program} transfers files to or from a remote store`);
  readArgs(f);
});
set('git', git);
set('psql mysql mariadb sqlite3 mongo mongosh redis-cli cqlsh clickhouse-client sqlcmd cockroach dropdb mysqladmin', dbClient);
set('dd mkfs mkfs.ext4 mkfs.ext3 mkfs.xfs mkfs.vfat mkfs.fat mkfs.btrfs mkfs.ntfs mke2fs mkswap wipefs fdisk sfdisk cfdisk parted gdisk sgdisk cryptsetup diskutil format lvremove vgremove pvremove zpool zfs blkdiscard', disk);
set('chmod chown chgrp chattr setfacl', perms);
set('shutdown reboot halt poweroff init telinit', power);
set('systemctl service launchctl sc', service);
set('kill killall pkill', kill);
set('crontab', crontab);
set('atrm at schtasks', scheduler);
set('sed', sed);
set('awk gawk mawk', awk);
set('tee', tee);
set('touch mkdir', touchLike);
set('truncate', truncate);
set('ln', ln);
set('env printenv export declare', envDump);
set('aws gcloud az kubectl helm terraform tofu pulumi doctl flyctl heroku vercel netlify', cloud);
set('docker podman', docker);
set('mail mailx sendmail mutt', mail);
set('useradd userdel usermod passwd chpasswd visudo groupadd groupdel adduser deluser', accounts);
set('iptables ip6tables ufw nft setenforce firewall-cmd pfctl', firewallCtl);
set('history', history);
set('alias', (f) => {
  for (const a of f.args) {
    const eq = a.text.indexOf('=');
    if (eq > 0) f.nested(a.text.slice(eq + 1), `alias ${a.text.slice(0, eq)}`);
  }
});
// `docker exec CONTAINER CMD...`, `kubectl exec POD -- CMD...`: the inner command runs elsewhere but still runs.
const execInside: Rule = (f) => {
  const words = f.args.map((a) => a.text);
  const dash = words.indexOf('--');
  let inner: ShellWord[] = [];
  if (dash >= 0) inner = f.args.slice(dash + 1);
  else if (words[0] === 'exec') {
    let i = 1;
    while (i < f.args.length && f.args[i].text.startsWith('-')) i += ['-e', '--env', '-u', '--user', '-w', '--workdir'].includes(f.args[i].text) ? 2 : 1;
    inner = f.args.slice(i + 1);
  }
  if (inner.length) f.judgeArgv(inner, `${f.program} exec`);
};

export function ruleFor(program: string): Rule | undefined {
  if (program.startsWith('mkfs.')) return disk;
  return RULES.get(program);
}

void looksLikePath;
