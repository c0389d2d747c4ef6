import { judgeScript } from './rules/script-intent.js';
import { judgeCredentialOutput } from './rules/credential-output.js';
import { judgeUnknownCli } from './rules/unknown-cli.js';
import type { SideEffectClass } from '../types.js';
import { classifyPath, type PathVerdict } from '../paths.js';
import { parseShell, type ShellCommand, type ShellWord } from './parse.js';
import { passesThrough, printsNamesOnly } from './names-only.js';
import { ruleFor, type CommandFacts } from './rules/index.js';
import { PREPROD_RESTART } from './rules/types.js';

// Shell analysis: parse with a real bash parser, then judge every simple command the script
// would run (including nested ones), then judge combinations that are only dangerous together
// (reading a secret + sending to the network, fetching code + piping it into a shell).

export interface ShellFinding {
  risk: number;
  cls: SideEffectClass;
  reversible: boolean;
  reason: string;
  category: string;
}

export interface ShellAnalysis {
  parsed: boolean;
  findings: ShellFinding[];
  commands: number;
  /** Lower when parts of the script can only be known at run time. */
  confidence: number;
  /** Names of the commands seen, for traces. */
  programs: string[];
  /** Words rules cleared (CommandFacts.clear), hidden from the learned gate layer. */
  cleared: string[];
  /** Branches the script pushes to (CommandFacts.pushedTo). */
  pushed: string[];
}

export interface ShellOptions {
  sensitive_paths?: readonly string[];
  /** The directory the script starts in (the tool's workdir or the session's cwd), when known. */
  cwd?: string;
}

const MAX_DEPTH = 4;
const MAX_COMMANDS = 500;

// Agents repeat commands (`npm test 2>&1 | tail`, `git diff --stat`): a small memo of this pure
// function's results skips the parser for repeats. Results are treated as immutable.
let memoSize = 256;
const memo = new Map<string, ShellAnalysis>();

/** For benchmarks: 0 disables the memo so every call pays for the parser. */
export function setShellMemoSize(size: number): void {
  memoSize = size;
  memo.clear();
}

export function analyzeShell(script: string, opts: ShellOptions = {}): ShellAnalysis {
  if (memoSize <= 0 || script.length > 4096) return analyzeUncached(script, opts);
  const key = `${opts.sensitive_paths?.length ? opts.sensitive_paths.join('\0') : ''}\u0001${opts.cwd ?? ''}\u0001${script}`;
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key);
    memo.set(key, hit);
    return hit;
  }
  const result = analyzeUncached(script, opts);
  memo.set(key, result);
  if (memo.size > memoSize) memo.delete(memo.keys().next().value as string);
  return result;
}

function analyzeUncached(script: string, opts: ShellOptions): ShellAnalysis {
  const state: State = { findings: [], programs: [], commands: 0, dynamic: 0, sensitiveReads: [], envDump: false, network: [], downloaded: [], cleared: [], pushed: [], secretReadsOf: new Map(), opts, script };
  const parsed = walkScript(script, '', 0, state);
  if (!parsed) {
    return { parsed: false, findings: state.findings, commands: state.commands, confidence: 0.3, programs: state.programs, cleared: [], pushed: [] };
  }
  // Assignments run no command, so no rule sees them: `export HERMES_YOLO_MODE=1` switches an agent's approvals off.
  const yolo = /\b([A-Z_]*(YOLO|SKIP_PERMISSIONS|DANGEROUSLY\w*|BYPASS_APPROVALS?|AUTO_APPROVE|NO_CONFIRM)[A-Z_]*=(1|true|yes|on)|SWITCHYARD_FIREWALL(_MODE)?=(off|observe))\b/i.exec(script);
  if (yolo) add(state, 0.85, 'critical', false, 'safety_tampering', `${yolo[1]} turns off an agent's approvals`);
  if (state.network.length && (state.sensitiveReads.length || state.envDump)) {
    const what = state.sensitiveReads.length ? state.sensitiveReads.join(', ') : 'the environment variables (API keys live there)';
    add(state, 0.97, 'critical', false, 'exfiltration', `reads ${what} and sends data over the network (${state.network.join(', ')}): credential exfiltration`);
  }
  const confidence = Math.max(0.35, 0.92 - 0.12 * Math.min(state.dynamic, 4) - (state.commands > 20 ? 0.1 : 0));
  return { parsed: true, findings: state.findings, commands: state.commands, confidence, programs: state.programs, cleared: state.cleared, pushed: state.pushed };
}

interface State {
  findings: ShellFinding[];
  programs: string[];
  commands: number;
  dynamic: number;
  sensitiveReads: string[];
  envDump: boolean;
  network: string[];
  /** Files a fetch command saved; running one later is download-and-execute. */
  downloaded: string[];
  cleared: string[];
  pushed: string[];
  /** Each command's secret reads, so a names-only filter downstream can take them back (names-only.ts). */
  secretReadsOf: Map<ShellCommand, { findings: ShellFinding[]; reads: string[] }>;
  opts: ShellOptions;
  /** The whole top-level script, for rules that need its context (a `cd` into a preview environment). */
  script: string;
}

function add(state: State, risk: number, cls: SideEffectClass, reversible: boolean, category: string, reason: string): void {
  state.findings.push({ risk, cls, reversible, reason, category });
}

/** Returns false when the script does not parse. */
function walkScript(script: string, via: string, depth: number, state: State): boolean {
  const parsed = parseShell(script, via);
  if (!parsed.ok) {
    add(state, 0.7, 'critical', false, 'unparseable', `${via ? `code run by ${via} ` : 'command '}does not parse (${parsed.error}), so it is not trusted`);
    return false;
  }
  for (const cmd of parsed.commands) {
    if (state.commands >= MAX_COMMANDS) {
      add(state, 0.6, 'critical', false, 'too_large', `script has more than ${MAX_COMMANDS} commands; not analyzed fully`);
      break;
    }
    judgeCommand(cmd, depth, state);
  }
  return true;
}

const WRAPPERS = new Set(['sudo', 'doas', 'pkexec', 'nohup', 'nice', 'ionice', 'time', 'timeout', 'command', 'builtin', 'exec', 'stdbuf', 'env', 'chronic', 'unbuffer', 'caffeinate', 'flock', 'setsid', 'chroot', 'torsocks', 'proxychains', 'watch', 'strace', 'ltrace', 'catchsegv']);
const WRAPPER_VALUE_FLAGS: Record<string, Set<string>> = {
  sudo: new Set(['-u', '-g', '-h', '-p', '-C', '-U', '-r', '-t', '-D']),
  nice: new Set(['-n']),
  ionice: new Set(['-c', '-n', '-p']),
  timeout: new Set(['-s', '-k', '--signal', '--kill-after']),
  env: new Set(['-u', '-C', '-S']),
  watch: new Set(['-n', '-d']),
  stdbuf: new Set(['-i', '-o', '-e']),
};

function judgeCommand(cmd: ShellCommand, depth: number, state: State): void {
  state.commands++;
  const findingsStart = state.findings.length;
  const readsStart = state.sensitiveReads.length;
  let argv = cmd.argv;
  let privileged = false;
  // Peel wrappers (sudo, env, nohup, timeout 5...) to reach the program that really runs.
  for (let guard = 0; guard < 8 && argv.length > 0; guard++) {
    const head = argv[0];
    const name = baseName(head.text);
    if (head.dynamic || !WRAPPERS.has(name)) break;
    if (argv.length === 1 || (name === 'env' && argv.slice(1).every((w) => /^[A-Za-z_][A-Za-z0-9_]*=|^-/.test(w.text)))) break;
    if (name === 'sudo' || name === 'doas' || name === 'pkexec' || name === 'chroot') privileged = true;
    let i = 1;
    const valueFlags = WRAPPER_VALUE_FLAGS[name];
    while (i < argv.length) {
      const t = argv[i].text;
      if (name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(t)) i++;
      else if (t.startsWith('-') && t !== '-') i += valueFlags?.has(t) ? 2 : 1;
      else if ((name === 'timeout' && i === 1) || (name === 'flock' && i === 1) || (name === 'chroot' && i === 1)) i++;
      else break;
    }
    argv = argv.slice(i);
  }
  for (const r of cmd.redirects) judgeRedirect(r.op, r.target, r.fd, state);
  if (argv.length === 0) return;

  const head = argv[0];
  if (head.dynamic) {
    state.dynamic++;
    const fetched = head.subst.some(isNetworkFetch);
    add(state, fetched ? 0.97 : 0.65, 'critical', false, 'dynamic_command', fetched
      ? 'runs a command whose name is downloaded at run time'
      : `runs a command whose name is computed at run time (${head.text}), so it cannot be checked`);
    return;
  }
  const program = baseName(head.text);
  state.programs.push(program);
  if (cmd.self_call) add(state, 0.85, 'critical', false, 'fork_bomb', `function ${head.text} calls itself (fork-bomb shape)`);
  if (head.text.includes('/') && wasDownloaded(state, head.text)) {
    add(state, 0.95, 'critical', false, 'download_execute', `runs ${head.text}, which this script just downloaded (download-and-execute)`);
  }
  const args = argv.slice(1);
  for (const a of args) if (a.dynamic) state.dynamic++;
  if (args.some((a) => a.text === '--no-preserve-root')) {
    add(state, 1, 'critical', false, 'destructive_file_op', '--no-preserve-root disables the last guard against deleting /');
  }
  const before = state.findings.length;
  const facts = new Facts(program, args, cmd, depth, state);
  const rule = ruleFor(program);
  if (rule) rule(facts);
  else {
    // A tool that keeps secrets has judged the file it is given by what its output shows (an
    // encrypted file stays encrypted): reading that file's path again would hold `sops -e -i`.
    const keepsSecrets = judgeCredentialOutput(facts);
    // A project script run by path is judged by what its name and flags say it does.
    if (!keepsSecrets && !(head.text.includes('/') && judgeScript(facts, head.text, args.map((a) => a.text))) && !judgeUnknownCli(facts)) add(state, 0.2, 'local_edit', true, 'unknown_program', `runs ${program}, a program the firewall has no profile for`);
    state.dynamic++;
    if (!keepsSecrets) readArgs(facts);
  }
  if (privileged) {
    // Root for a read (systemctl status, cat a log) is routine; root for a change is not.
    // A restart of a pre-production unit is the same routine act as root (rules/system.ts).
    const changes = state.findings.slice(before).some((f) => f.risk >= 0.1 && f.cls !== 'read_only' && f.category !== PREPROD_RESTART);
    add(state, changes ? 0.45 : 0.15, changes ? 'critical' : 'local_edit', !changes, 'privileged', `runs ${program} as root (${baseName(cmd.argv[0].text)})`);
  }
  namesOnly(cmd, program, args, findingsStart, readsStart, state);
}

/** Remembers this command's secret reads; a filter that prints only names takes back its own and its feeders'. */
function namesOnly(cmd: ShellCommand, program: string, args: ShellWord[], findingsStart: number, readsStart: number, state: State): void {
  const own = { findings: state.findings.slice(findingsStart).filter((f) => f.category === 'secret_read'), reads: state.sensitiveReads.slice(readsStart) };
  if (own.findings.length || own.reads.length) state.secretReadsOf.set(cmd, own);
  if (!printsNamesOnly(program, args, cmd.upstream)) return;
  // Feeders count only when every command before the filter is a reader or passes lines through.
  const feeders = cmd.upstream.every((c) => state.secretReadsOf.has(c) || passesThrough(c)) ? cmd.upstream : [];
  const taken = [cmd, ...feeders].map((c) => state.secretReadsOf.get(c)).filter((x) => !!x);
  if (!taken.some((x) => x.findings.length || x.reads.length)) return;
  const drop = new Set(taken.flatMap((x) => x.findings));
  state.findings = state.findings.filter((f) => !drop.has(f));
  for (const r of taken.flatMap((x) => x.reads)) {
    const i = state.sensitiveReads.indexOf(r);
    if (i >= 0) state.sensitiveReads.splice(i, 1);
  }
  for (const c of [cmd, ...feeders]) state.secretReadsOf.delete(c);
  add(state, 0.05, 'read_only', true, 'secret_names', `${program} prints only the names (before "=", keys or object names) of the secrets it is fed, not their values`);
}

/** Any path-looking argument of a command is read; sensitive reads are remembered for exfil checks. */
export function readArgs(f: CommandFacts): void {
  for (const a of f.args) {
    if (a.text.startsWith('-') && !a.text.includes('=')) continue;
    const text = a.text.includes('=') && a.text.startsWith('-') ? a.text.slice(a.text.indexOf('=') + 1) : a.text;
    if (!looksLikePath(text)) continue;
    const v = f.path({ ...a, text });
    if (v.read_risk >= 0.5) {
      f.sensitiveRead(text);
      f.add(v.read_risk, 'external', true, 'secret_read', `reads ${v.reason}`);
    }
  }
}

export function looksLikePath(t: string): boolean {
  return t.includes('/') || t.startsWith('~') || t.startsWith('.') || /\.(env|pem|key|json|ya?ml|toml|ini|cfg|conf|tfstate|ovpn|kdbx|p8|p12|pfx|jks|keystore|php|xml)$/.test(t) || /^(id_rsa|id_ed25519|credentials)$/.test(t);
}

/** What a rule sees of one command; methods write into the script's shared state. */
class Facts implements CommandFacts {
  constructor(
    readonly program: string,
    readonly args: ShellWord[],
    readonly cmd: ShellCommand,
    readonly depth: number,
    private readonly state: State,
  ) {}

  path(w: ShellWord): PathVerdict {
    return pathVerdict(w, this.state);
  }

  add(risk: number, cls: SideEffectClass, reversible: boolean, category: string, reason: string): void {
    add(this.state, risk, cls, reversible, category, reason);
  }

  nested(script: string, via: string): void {
    if (this.depth + 1 > MAX_DEPTH) {
      add(this.state, 0.7, 'critical', false, 'too_deep', `code nested more than ${MAX_DEPTH} levels deep (${via}) is not trusted`);
      return;
    }
    walkScript(script, via, this.depth + 1, this.state);
  }

  judgeArgv(words: ShellWord[], via: string): void {
    if (this.depth + 1 > MAX_DEPTH) return;
    judgeCommand({ argv: words, redirects: [], pipe_in: this.cmd.pipe_in, upstream: this.cmd.upstream, via }, this.depth + 1, this.state);
  }

  sensitiveRead(what: string): void {
    this.state.sensitiveReads.push(what);
  }

  envDump(): void {
    this.state.envDump = true;
  }

  network(what: string): void {
    this.state.network.push(what);
  }

  clear(words: readonly string[]): void {
    this.state.cleared.push(...words);
  }

  pushedTo(branch: string): void {
    this.state.pushed.push(branch);
  }

  downloaded(path: string): void {
    this.state.downloaded.push(path);
  }

  wasDownloaded(path: string): boolean {
    return wasDownloaded(this.state, path);
  }

  dynamicSeen(): void {
    this.state.dynamic++;
  }

  dynamicJudged(): void {
    this.state.dynamic = Math.max(0, this.state.dynamic - 1);
  }

  get script(): string {
    return this.state.script;
  }

  get workdir(): string | undefined {
    // A command run on another machine or inside a container is not in this directory.
    if (/^(?:ssh|docker|podman|kubectl)\b/.test(this.cmd.via)) return undefined;
    const cds = [...this.state.script.matchAll(/(?:^|[;&|("'\x60]\s*)cd\s+([^\s;&|)]+)/g)].map((m) => m[1]);
    const cd = cds[cds.length - 1];
    if (!cd) return this.state.opts.cwd;
    if (cd.startsWith('/') || cd.startsWith('~')) return cd;
    return this.state.opts.cwd ? `${this.state.opts.cwd.replace(/\/$/, '')}/${cd}` : cd;
  }
}

function wasDownloaded(state: State, path: string): boolean {
  const b = baseName(path);
  return state.downloaded.some((d) => d === path || baseName(d) === b);
}

function pathVerdict(w: ShellWord, state: State): PathVerdict {
  return classifyPath(w.dynamic ? `$(${w.text})` : w.text, state.opts.sensitive_paths);
}

function judgeRedirect(op: string, target: ShellWord, fd: string | null, state: State): void {
  if (op === '<<' || op === '<<-' || op === '<<<') return;
  if ((op === '>&' || op === '<&') && /^\d+$|^-$/.test(target.text)) return;
  const v = classifyPath(target.dynamic ? `$(${target.text})` : target.text, state.opts.sensitive_paths);
  if (op === '<') {
    if (v.read_risk >= 0.5) {
      state.sensitiveReads.push(target.text);
      add(state, v.read_risk, 'external', true, 'secret_read', `reads ${v.reason}`);
    }
    return;
  }
  void fd;
  // Appending to a log file under /var/log is what the log is for; overwriting or truncating one erases it.
  if ((op === '>>' || op === '&>>') && /^\/var\/log\/(?:[\w.-]+\/)?[\w.-]+\.log$/.test(target.text)) {
    add(state, 0.12, 'local_edit', true, 'log_append', `appends to the log ${target.text}`);
    return;
  }
  if (v.write_risk >= 0.25) {
    const verb = op === '>>' || op === '&>>' ? 'appends to' : 'overwrites';
    const cls: SideEffectClass = v.write_risk >= 0.7 ? 'critical' : 'local_edit';
    add(state, v.write_risk, cls, op === '>>' || op === '&>>', v.level === 'shell_profile' ? 'shell_profile_write' : 'file_write', `${verb} ${target.text}: ${v.reason}`);
  }
}

export function baseName(p: string): string {
  const i = p.lastIndexOf('/');
  return i >= 0 ? p.slice(i + 1) : p;
}

const FETCHERS = new Set(['curl', 'wget', 'fetch', 'http', 'https', 'xh', 'aria2c', 'lwp-download', 'invoke-webrequest', 'iwr']);

export function isNetworkFetch(c: ShellCommand): boolean {
  const a = c.argv.find((w) => !WRAPPERS.has(baseName(w.text)));
  return !!a && FETCHERS.has(baseName(a.text));
}
