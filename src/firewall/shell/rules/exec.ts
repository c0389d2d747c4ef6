import { judgeScript } from './script-intent.js';
import { baseName, isNetworkFetch } from '../analyze.js';
import { decodeAnsiC, type ShellWord } from '../parse.js';
import { inlineCode } from './inline-code.js';
import { has, lit, type CommandFacts, type Rule } from './types.js';

// Programs that run other code: shells, eval/source, interpreters, xargs, su, alias. The code
// they carry is judged as if it ran directly; code that only exists at run time is not trusted.

const XARGS_VALUE_FLAGS = new Set(['-n', '-P', '-L', '-s', '-d', '-E', '-a', '--max-args', '--max-procs', '--delimiter', '--arg-file']);
export const xargs: Rule = (f) => {
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
export const isShell = (p: string) => ['bash', 'sh', 'zsh', 'dash', 'ksh', 'ash', 'fish', 'mksh', 'busybox'].includes(p);

export const shell: Rule = (f) => {
  const cIdx = f.args.findIndex((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.text) || a.text === '--command');
  if (cIdx >= 0) {
    const code = f.args[cIdx + 1];
    if (!code) return;
    runCode(f, code, `${f.program} -c`);
    return;
  }
  const script = f.args.find((a) => !SHELL_STDIN_SAFE_FLAGS.test(a.text) || a.text === '-');
  // `sh -s -- args`: the script still comes from stdin; what follows `--` are its arguments.
  if (script && script.text !== '-' && script.text !== '-s' && script.text !== '--' && !has(f.args, '-s')) {
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

export function runCode(f: CommandFacts, code: ShellWord, via: string): void {
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

export const evalRule: Rule = (f) => {
  const code = { text: f.args.map((a) => a.text).join(' '), dynamic: f.args.some((a) => a.dynamic), glob: false, subst: f.args.flatMap((a) => a.subst) };
  runCode(f, code, 'eval');
};

export const source: Rule = (f) => {
  const file = f.args[0];
  if (!file) return;
  if (file.dynamic) runCode(f, file, 'source');
  else if (f.wasDownloaded(file.text)) f.add(0.95, 'critical', false, 'download_execute', `sources ${file.text}, which this script just downloaded`);
  else f.add(0.25, 'local_edit', true, 'script', `sources ${file.text} into the current shell`);
};

/** `python -m pip …` is pip: the package rule judges its indexes and what it publishes. */
const PACKAGE_MODULES = new Set(['pip', 'pip3', 'pipx', 'uv', 'poetry', 'twine']);

export const interpreter: Rule = (f) => {
  const module = f.args[0]?.text === '-m' ? f.args[1] : undefined;
  if (module && PACKAGE_MODULES.has(module.text)) {
    f.judgeArgv(f.args.slice(1), `${f.program} -m ${module.text}`);
    return;
  }
  const codeFlag = f.args.findIndex((a) => ['-c', '-e', '--eval', '-p', '--print', '-E', '-r'].includes(a.text));
  if (codeFlag >= 0 && f.args[codeFlag + 1]) {
    runCode(f, f.args[codeFlag + 1], `${f.program} ${f.args[codeFlag].text}`);
    return;
  }
  const script = f.args.find((a) => !a.text.startsWith('-'));
  if (script) {
    if (script.dynamic) runCode(f, script, `${f.program} <script>`);
    else if (f.wasDownloaded(script.text)) f.add(0.95, 'critical', false, 'download_execute', `runs ${script.text}, which this script just downloaded, with ${f.program}`);
    else if (!judgeScript(f, script.text, f.args.slice(f.args.indexOf(script) + 1).map((a) => a.text))) f.add(0.15, 'local_edit', true, 'script', `runs ${script.text} with ${f.program}`);
    return;
  }
  if (has(f.args, '--version', '-V', '-v', '--help', '-h')) return;
  stdinCode(f);
};

export const su: Rule = (f) => {
  const c = f.args.findIndex((a) => a.text === '-c' || a.text === '--command');
  f.add(0.5, 'critical', false, 'privileged', 'su switches user');
  if (c >= 0 && f.args[c + 1]) runCode(f, f.args[c + 1], 'su -c');
};

export const alias: Rule = (f) => {
  for (const a of f.args) {
    const eq = a.text.indexOf('=');
    if (eq > 0) f.nested(a.text.slice(eq + 1), `alias ${a.text.slice(0, eq)}`);
  }
};
