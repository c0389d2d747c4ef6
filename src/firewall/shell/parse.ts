import type MvdanSh from 'mvdan-sh';
import { decodeAnsiC } from './ansi-c.js';
import { loadMvdan } from './mvdan.js';
import { lexShell } from './parse-simple.js';

export { decodeAnsiC };

// Turns a shell script into the flat list of simple commands it would run, using mvdan/sh's
// bash parser (the parser behind shfmt). Nested code is followed: $(...), backticks, <(...),
// pipelines, subshells, functions, if/while/for/case bodies. Quoting is resolved the way the
// shell resolves it, so `r''m`, `\rm` and `"rm"` all read as rm; a word whose value depends on
// run time (unknown variables, command output) is marked dynamic instead of guessed.

// mvdan/sh's operator enums are numbers that the JS build does not export by name.
const OP_PIPE = 12;
const OP_PIPE_ALL = 13;
const REDIR_OPS: Record<number, string> = {
  54: '>', 55: '>>', 56: '<', 57: '<>', 58: '<&', 59: '>&', 60: '>|', 61: '<<', 62: '<<-', 63: '<<<', 64: '&>', 65: '&>>',
};

export interface ShellWord {
  text: string;
  dynamic: boolean;
  /** Unquoted glob characters remain (`*`, `?`, `[`). */
  glob: boolean;
  /** Commands run to compute this word ($(...), backticks, <(...)). */
  subst: ShellCommand[];
}

export interface ShellRedirect {
  op: string;
  fd: string | null;
  target: ShellWord;
}

export interface ShellCommand {
  argv: ShellWord[];
  redirects: ShellRedirect[];
  /** stdin comes from the previous command of a pipeline. */
  pipe_in: boolean;
  /** The commands earlier in the same pipeline (what feeds stdin). */
  upstream: ShellCommand[];
  /** How this command was reached: '' at top level, '$(...)', 'bash -c', 'eval', 'xargs'... */
  via: string;
  /** A function calling itself (the fork-bomb shape). */
  self_call?: boolean;
}

export interface ParsedShell {
  ok: boolean;
  error?: string;
  commands: ShellCommand[];
}

let parser: ReturnType<typeof MvdanSh.syntax.NewParser> | null = null;

// The parser (1.5 MB of GopherJS) loads on first use: most agent commands take the simple path
// (parse-simple.ts), and a short-lived hook process should not pay for it when no command needs it.
// Comments are kept: see `commentFixes`.
function getParser() {
  if (!parser) {
    const { syntax } = loadMvdan();
    parser = syntax.NewParser(syntax.KeepComments(true));
  }
  return parser;
}

// Two places where mvdan-sh reads comments otherwise than bash, each hiding commands bash runs:
// - a `#` glued to the end of a quote or an expansion starts a comment (`echo "ok"#; rm -rf ~`
//   reads as `echo ok`); to bash it is part of the word. A real comment starts a word: after a
//   blank, an operator, an opening backtick, a subshell's `)` or nothing.
// - a backslash ending a comment joins the next line to it (`ls # \<newline>rm -rf ~` reads as
//   `ls rm -rf ~`); to bash the comment ends at the newline.
// The comments the parser reports are checked, the text fixed (the `#` escaped, the backslash
// blanked) and parsed again, so the parser sees what bash runs (parse-simple.ts reads both the
// way bash does).
const MISREAD_COMMENT = /[^\s;&|<>(]#|#[^\n]*\\\n/;
const BEFORE_COMMENT = /[\s;&|<>(]/;

interface CommentFix {
  at: number;
  /** Escape a glued `#`, or blank the backslash that ends a comment's line. */
  kind: 'escape' | 'blank';
}

interface CommentScan {
  /** Byte offsets of the parser's comments. */
  comments: number[];
  /** Byte offsets after which a word starts though the character is no blank: an opening backtick, a subshell's `)`. */
  wordStarts: Set<number>;
}

function scanComments(node: Node, scan: CommentScan, depth = 0): void {
  if (depth > 200 || node == null || typeof node !== 'object') return;
  if (node.$array) {
    for (const it of items(node)) scanComments(it, scan, depth + 1);
    return;
  }
  if (isNil(node)) return;
  const type: string = node.constructor.string;
  if (type === '*syntax.Comment') {
    scan.comments.push(Number(node.Hash.offs));
    return;
  }
  if (type === '*syntax.CmdSubst' && node.Backquotes) scan.wordStarts.add(Number(node.Left.offs));
  if (type === '*syntax.Subshell') scan.wordStarts.add(Number(node.Rparen.offs));
  if (!type.startsWith('*syntax.')) return;
  for (const key of Object.keys(node)) {
    if (key === '$val') continue;
    const v = node[key];
    if (v && typeof v === 'object') scanComments(v, scan, depth + 1);
  }
}

/** Where the parser's comments differ from bash's. */
function commentFixes(file: Node, src: string): CommentFix[] {
  const scan: CommentScan = { comments: [], wordStarts: new Set() };
  scanComments(file, scan);
  const out: CommentFix[] = [];
  for (const offs of scan.comments) {
    const at = charIndex(src, offs);
    if (src[at] !== '#') continue;
    if (at > 0 && !BEFORE_COMMENT.test(src[at - 1]) && !scan.wordStarts.has(offs - 1)) out.push({ at, kind: 'escape' });
    else {
      const eol = src.indexOf('\n', at);
      if (eol > 0 && src[eol - 1] === '\\') out.push({ at: eol - 1, kind: 'blank' });
    }
  }
  return out;
}

/** The string index of a UTF-8 byte offset (the parser counts bytes). */
function charIndex(src: string, byteOffset: number): number {
  return /^[\x00-\x7f]*$/.test(src) ? byteOffset : Buffer.from(src, 'utf8').subarray(0, byteOffset).toString('utf8').length;
}

/** The parsed file (the raw GopherJS struct); throws the parser's error. */
function parseFile(src: string): Node {
  let text = src;
  let file = getParser().Parse(text, '').__internal_object__;
  // A fix can turn text after it back into code holding another comment: a few rounds.
  for (let round = 0; round < 8 && MISREAD_COMMENT.test(text); round++) {
    const fixes = commentFixes(file, text);
    if (fixes.length === 0) break;
    for (const f of fixes.sort((x, y) => y.at - x.at)) text = f.kind === 'escape' ? `${text.slice(0, f.at)}\\${text.slice(f.at)}` : `${text.slice(0, f.at)} ${text.slice(f.at + 1)}`;
    file = getParser().Parse(text, '').__internal_object__;
  }
  return file;
}

// GopherJS hands Go strings back as one JS char per UTF-8 byte ("ü" arrives as "Ã¼"); rules must
// see the text the agent wrote, in any language.
const HIGH_BYTE = /[\x80-\xff]/;
function goText(v: unknown): string {
  const s = String(v);
  return HIGH_BYTE.test(s) ? Buffer.from(s, 'latin1').toString('utf8') : s;
}

const MAX_SCRIPT_CHARS = 64 * 1024;

export function parseShell(src: string, via = '', env: Map<string, string> = new Map()): ParsedShell {
  if (src.length > MAX_SCRIPT_CHARS) return { ok: false, error: `script longer than ${MAX_SCRIPT_CHARS} characters`, commands: [] };
  // Most agent commands are simple (words, quotes, substitutions, assignments, pipes, &&,
  // redirections): read those without the parser's fixed cost and garbage. The lexer starts from
  // no known variables, so it applies only while `env` is empty (always, from analyze.ts), and
  // leaves in it what the parser's walker would.
  return (env.size === 0 ? lexShell(src, via, env) : null) ?? parseWithParser(src, via, env);
}

/** The full bash parser, always; `parseShell` uses it for whatever `parseSimple` declines. */
export function parseWithParser(src: string, via = '', env: Map<string, string> = new Map()): ParsedShell {
  let file;
  // A syntax error surfaces as a Go panic turned into a JS exception; capturing its stack trace
  // costs more than the parse itself, and we only need the message.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    file = parseFile(src);
  } catch (err) {
    return { ok: false, error: parseErrorText(err), commands: [] };
  } finally {
    Error.stackTraceLimit = limit;
  }
  const out: ShellCommand[] = [];
  const walker = new Walker(out, via, env);
  try {
    walker.stmts(file.Stmts, null);
  } catch (err) {
    return { ok: false, error: `unsupported shell construct: ${String((err as Error).message ?? err)}`, commands: out };
  }
  return { ok: true, commands: out };
}

function parseErrorText(err: unknown): string {
  const e = err as { Error?: () => string; message?: string };
  if (typeof e?.Error === 'function') return String(e.Error());
  return String(e?.message ?? err);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = any;

// The parser's JS wrapper objects reflect every field access through Go's runtime (~20us each);
// the raw GopherJS structs behind them (`__internal_object__`) are plain objects. We read those:
// slices are {$array,$offset,$length}, nil pointers are their type's `nil` sentinel.
function isNil(v: Node): boolean {
  return v == null || !v.constructor?.string || v === v.constructor.nil;
}

function typeOf(v: Node): string {
  const s: string = v.constructor.string;
  return s.startsWith('*syntax.') ? s.slice(8) : s;
}

function items(slice: Node): Node[] {
  if (!slice || !slice.$array) return [];
  const out: Node[] = [];
  for (let i = 0; i < slice.$length; i++) out.push(slice.$array[slice.$offset + i]);
  return out;
}

class Walker {
  readonly funcs: string[] = [];

  constructor(
    private readonly out: ShellCommand[],
    private readonly via: string,
    private readonly env: Map<string, string>,
  ) {}

  stmts(list: Node, pipe: { upstream: ShellCommand[] } | null): ShellCommand[] {
    const produced: ShellCommand[] = [];
    for (const st of items(list)) produced.push(...this.stmt(st, pipe));
    return produced;
  }

  stmt(st: Node, pipe: { upstream: ShellCommand[] } | null): ShellCommand[] {
    if (isNil(st)) return [];
    const redirects: ShellRedirect[] = [];
    for (const r of items(st.Redirs)) {
      const op = REDIR_OPS[r.Op] ?? String(r.Op);
      const target = op === '<<' || op === '<<-' ? this.word(r.Hdoc) : this.word(r.Word);
      redirects.push({ op, fd: isNil(r.N) ? null : goText(r.N.Value), target });
    }
    const cmds = this.cmd(st.Cmd, pipe);
    // Redirections on a compound statement apply to every command inside it.
    for (const c of cmds) c.redirects.push(...redirects);
    if (cmds.length === 0 && redirects.length) {
      const bare: ShellCommand = { argv: [], redirects, pipe_in: false, upstream: [], via: this.via };
      this.out.push(bare);
      cmds.push(bare);
    }
    return cmds;
  }

  cmd(c: Node, pipe: { upstream: ShellCommand[] } | null): ShellCommand[] {
    if (isNil(c)) return [];
    const type = typeOf(c);
    switch (type) {
      case 'CallExpr':
        return this.call(c, pipe);
      case 'BinaryCmd': {
        if (c.Op === OP_PIPE || c.Op === OP_PIPE_ALL) {
          const left = this.stmt(c.X, pipe);
          const right = this.stmt(c.Y, { upstream: [...(pipe?.upstream ?? []), ...left] });
          return [...left, ...right];
        }
        return [...this.stmt(c.X, pipe), ...this.stmt(c.Y, pipe)];
      }
      case 'Subshell':
      case 'Block':
        return this.stmts(c.Stmts, pipe);
      case 'IfClause': {
        const r = [...this.stmts(c.Cond, null), ...this.stmts(c.Then, pipe)];
        if (!isNil(c.Else)) r.push(...this.cmd(c.Else, pipe));
        return r;
      }
      case 'WhileClause':
        return [...this.stmts(c.Cond, null), ...this.stmts(c.Do, pipe)];
      case 'ForClause':
        this.scanSubst(c.Loop);
        return this.stmts(c.Do, pipe);
      case 'CaseClause': {
        this.word(c.Word);
        const r: ShellCommand[] = [];
        for (const item of items(c.Items)) r.push(...this.stmts(item.Stmts, pipe));
        return r;
      }
      case 'FuncDecl': {
        const name = isNil(c.Name) ? '' : goText(c.Name.Value);
        this.funcs.push(name);
        try {
          return this.stmt(c.Body, null);
        } finally {
          this.funcs.pop();
        }
      }
      case 'TimeClause':
      case 'CoprocClause':
        return this.stmt(c.Stmt, pipe);
      case 'DeclClause': {
        for (const a of items(c.Args)) this.assign(a);
        return [];
      }
      default:
        // TestClause, ArithmCmd, LetClause: no command of their own, but may hide substitutions.
        this.scanSubst(c);
        return [];
    }
  }

  call(c: Node, pipe: { upstream: ShellCommand[] } | null): ShellCommand[] {
    const assigns = items(c.Assigns);
    const args = items(c.Args);
    if (args.length === 0) {
      for (const a of assigns) this.assign(a);
      return [];
    }
    for (const a of assigns) if (!isNil(a.Value)) this.word(a.Value);
    const argv: ShellWord[] = [];
    for (const a of args) argv.push(this.word(a));
    const cmd: ShellCommand = { argv, redirects: [], pipe_in: pipe !== null, upstream: pipe?.upstream ?? [], via: this.via };
    if (this.funcs.length && this.funcs.includes(argv[0].text)) cmd.self_call = true;
    this.out.push(cmd);
    return [cmd];
  }

  assign(a: Node): void {
    if (isNil(a) || isNil(a.Name)) return;
    const name = goText(a.Name.Value);
    if (isNil(a.Value)) return;
    const w = this.word(a.Value);
    if (!w.dynamic && !a.Append) this.env.set(name, w.text);
    else this.env.delete(name);
  }

  /** Generic search for substitutions inside constructs we do not model (tests, arithmetic). */
  scanSubst(node: Node, depth = 0): void {
    if (depth > 40 || node == null || typeof node !== 'object') return;
    if (node.$array) {
      for (const it of items(node)) this.scanSubst(it, depth + 1);
      return;
    }
    if (isNil(node)) return;
    const t = typeOf(node);
    if (t === 'CmdSubst' || t === 'ProcSubst') {
      this.nested(node.Stmts, t === 'CmdSubst' ? '$(...)' : '<(...)');
      return;
    }
    if (!node.constructor.string.startsWith('*syntax.')) return;
    for (const key of Object.keys(node)) {
      if (key === '$val') continue;
      const v = node[key];
      if (v && typeof v === 'object') this.scanSubst(v, depth + 1);
    }
  }

  nested(stmts: Node, how: string): ShellCommand[] {
    const inner = new Walker(this.out, this.via ? `${this.via} > ${how}` : how, this.env);
    const start = this.out.length;
    inner.stmts(stmts, null);
    return this.out.slice(start);
  }

  word(w: Node): ShellWord {
    const res: ShellWord = { text: '', dynamic: false, glob: false, subst: [] };
    if (isNil(w)) return res;
    for (const p of items(w.Parts)) this.part(p, res, false);
    return res;
  }

  part(p: Node, res: ShellWord, quoted: boolean): void {
    const t = typeOf(p);
    switch (t) {
      case 'Lit': {
        const v = goText(p.Value);
        if (quoted) res.text += v.replace(/\\([$`"\\\n])/g, (_m, ch: string) => (ch === '\n' ? '' : ch));
        else {
          if (/[*?[]/.test(v.replace(/\\./g, ''))) res.glob = true;
          res.text += v.replace(/\\\n/g, '').replace(/\\(.)/g, '$1');
        }
        return;
      }
      case 'SglQuoted':
        res.text += p.Dollar ? decodeAnsiC(goText(p.Value)) : goText(p.Value);
        return;
      case 'DblQuoted': {
        for (const q of items(p.Parts)) this.part(q, res, true);
        return;
      }
      case 'ParamExp': {
        const name = isNil(p.Param) ? '' : goText(p.Param.Value);
        const plain = isNil(p.Exp) && isNil(p.Slice) && isNil(p.Repl) && !p.Length && !p.Excl && isNil(p.Index) && !p.Width;
        if (plain && name === 'HOME') {
          res.text += '~';
          return;
        }
        const known = plain ? this.env.get(name) : undefined;
        if (known !== undefined) {
          // Unquoted expansions are split on IFS; rather than model splitting, such a value is
          // treated as unknown (this is how `IFS=,; c=rm,-rf,~; $c` hides a command).
          const ifs = this.env.get('IFS') ?? ' \t\n';
          if (!quoted && [...known].some((ch) => ifs.includes(ch))) res.dynamic = true;
          res.text += known;
          return;
        }
        res.dynamic = true;
        res.text += `$${name}`;
        return;
      }
      case 'CmdSubst':
      case 'ProcSubst': {
        res.dynamic = true;
        res.text += t === 'CmdSubst' ? '$(...)' : '<(...)';
        res.subst.push(...this.nested(p.Stmts, t === 'CmdSubst' ? '$(...)' : '<(...)'));
        return;
      }
      case 'ArithmExp':
        res.dynamic = true;
        res.text += '$((...))';
        this.scanSubst(p);
        return;
      default:
        // BraceExp, ExtGlob and friends: keep a readable rendering, treat as a pattern.
        res.glob = true;
        res.text += '*';
        return;
    }
  }
}
