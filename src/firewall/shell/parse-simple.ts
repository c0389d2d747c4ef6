import { compound, functionBody, functionName } from './lex-compound.js';
import { heredoc, readHeredocs } from './lex-heredoc.js';
import { AMP, BS, EQ, GT, HASH, isDigits, isName, keywordAt, LPAREN, LT, NAME, newLexer, NL, PIPE, RESERVED, RPAREN, SEMI, skipBlanks, SP, TAB, unclosedError, type Lexer } from './lex.js';
import { word } from './lex-words.js';
import type { ParsedShell, ShellCommand, ShellRedirect, ShellWord } from './parse.js';

// A lexer for the shell agents write most (`git status`, `npm test 2>&1 | tail -20`,
// `cd web && npm run build`, `kill $(lsof -t -i:3000)`, `x=/; rm -rf $x`): words with single and
// double quotes, $'...' and backslash escapes, `$NAME`/`${NAME}`, command substitutions `$(...)`
// and backticks, process substitutions `<(...)`, variable assignments and `export`, pipelines,
// `&&` `||` `;` and newlines, redirections, here-strings and heredocs (lex-heredoc.ts), comments,
// and the loops and conditionals `for NAME in WORDS`, `while`, `until`, `if/elif/else`
// (lex-compound.ts). The commands inside substitutions are lexed the same way (recursively) and
// come out in the parser's order.
// Anything else — other expansions, parentheses, brackets, `{` `}` opening a command, `!`, `&`
// alone, `|&`, `case`, functions, a loop in a pipeline or with redirections, other reserved
// words — returns null and the full bash parser (mvdan-sh) runs. The parser is GC-heavy, ~1.5 MB
// to load and 25-450 us per parse (the high end when its code is no longer in the CPU's caches,
// as for a command seen among others); this path allocates only the result.
// `parse-simple.test.ts` proves both give the same commands on every string of the corpus and on
// generated scripts.

/**
 * The commands of `src` if it only uses the simple subset; null means "ask the full parser".
 * On success the variables the script assigns known values to are added to `assigned`, as the
 * parser's walker leaves them in its env (starting from none).
 */
export function parseSimple(src: string, via: string, assigned?: Map<string, string>): ShellCommand[] | null {
  const r = lexShell(src, via, assigned);
  return r?.ok ? r.commands : null;
}

/** `parseSimple`, plus the parser's error for a script the lexer can tell it rejects (an
 * unclosed quote); null when the full parser must decide. */
export function lexShell(src: string, via: string, assigned?: Map<string, string>): ParsedShell | null {
  const lx = newLexer(src, new Map(), false, null);
  const out: ShellCommand[] = [];
  if (list(lx, via, out, false, null) < 0 || lx.heredocs.length || lx.bad) {
    return lx.unclosed >= 0 && !lx.bad ? { ok: false, error: unclosedError(src, lx.unclosed), commands: [] } : null;
  }
  if (assigned) for (const [k, v] of lx.env) assigned.set(k, v);
  return { ok: true, commands: out };
}

/** A command word's start the parser rejects (an array element, a stray `=`, a reserved word). */
function badCommandWord(prefix: string): boolean {
  return /[=[\]]/.test(prefix) || RESERVED.has(prefix);
}

/** The commands a list runs at its own level (not those of substitutions), as the walker returns them. */
interface Made {
  cmds: ShellCommand[];
  /** False once a loop, conditional, group or function is among them (their commands are not collected). */
  exact: boolean;
}

/**
 * `( list )` at the lexer's position, first in a pipeline: its commands (they feed a following
 * `|`). In a pipeline's later stages the walker hands the pipe to every command inside: declined,
 * as are `((`, an empty subshell and a redirection after it.
 */
function subshell(lx: Lexer, via: string, out: ShellCommand[], pipeline: ShellCommand[]): Made | null {
  if (pipeline.length || lx.s.charCodeAt(lx.i + 1) === LPAREN || lx.heredocs.length) return null;
  lx.i++;
  const made: Made = { cmds: [], exact: true };
  if (list(lx, via, out, true, null, made) <= 0) return null;
  lx.i++;
  return made;
}

/** No pipe: the statements of a list read no earlier pipeline stage. */
const NO_PIPE: readonly ShellCommand[] = [];

/** Returned by `command` for a statement that only assigns variables: it runs no command. */
const ASSIGNS_ONLY = Symbol('assigns only');

const COMPOUNDS = new Set(['for', 'if', 'while', 'until', '{']);

/**
 * A list of statements up to the end of the text; up to the `)` closing a substitution when
 * `inParens`; up to one of the reserved words `ends` at a command's start (the body of a loop or
 * conditional). The closing `)` or word is left unread. Commands are appended to `out`, each
 * after the commands its words run; `piped` is what feeds every statement's first command (the
 * earlier stages of a pipeline a loop's body is in). Returns the number of statements, or -1 when the text leaves
 * the simple subset.
 */
export function list(lx: Lexer, via: string, out: ShellCommand[], inParens: boolean, ends: readonly string[] | null, made?: Made, piped: readonly ShellCommand[] = NO_PIPE): number {
  const s = lx.s;
  let pipeline: ShellCommand[] = [...piped];
  let count = 0;
  // After `|`, `&&` or `||` a command must follow (newlines allowed); at the start or after `;`
  // or a newline, the list may also end.
  let needCommand = false;
  const mayDefine = s.includes('()');
  for (;;) {
    skipBlanks(lx, true);
    if (lx.bad) return -1;
    if (lx.i >= s.length) return needCommand || inParens || ends ? -1 : count;
    if (s.charCodeAt(lx.i) === RPAREN) return inParens && !needCommand && !ends ? count : -1;
    const kw = keywordAt(lx);
    if (kw !== null && ends?.includes(kw)) return needCommand || count === 0 ? -1 : count;
    const fn = mayDefine && functionName(lx);
    // A loop, conditional, group or function: in a pipeline its commands would read the pipe, not modelled here.
    const isCompound = fn !== false || (kw !== null && COMPOUNDS.has(kw));
    let assignsOnly = false;
    let sub: Made | null = null;
    if (isCompound) {
      // In a pipeline, the walker hands the pipe to the commands of the body (not to a condition).
      if (fn !== false ? pipeline.length || !functionBody(lx, fn, via, out) : !compound(lx, kw!, via, out, pipeline)) return -1;
      if (made) made.exact = false;
    } else if (s.charCodeAt(lx.i) === LPAREN) {
      sub = subshell(lx, via, out, pipeline);
      if (!sub) return -1;
      made?.cmds.push(...sub.cmds);
      if (made && !sub.exact) made.exact = false;
    } else {
      const cmd = command(lx, via, pipeline, out);
      if (cmd === null) return -1;
      assignsOnly = cmd === ASSIGNS_ONLY;
      if (cmd !== ASSIGNS_ONLY) {
        pipeline.push(cmd);
        made?.cmds.push(cmd);
      }
    }
    count++;
    skipBlanks(lx, false);
    if (lx.bad) return -1;
    if (lx.i >= s.length) return inParens || ends ? -1 : count;
    const c = s.charCodeAt(lx.i);
    const next = s.charCodeAt(lx.i + 1);
    if (c === PIPE && next === PIPE) {
      lx.i += 2;
      pipeline = [...piped];
      needCommand = true;
    } else if (c === PIPE) {
      // An assignment in a pipeline runs in a subshell the walker does not model.
      if (next === AMP || assignsOnly || isCompound || (sub && (!sub.exact || !sub.cmds.length))) return -1;
      // What a subshell runs feeds the pipe: the walker lists its commands as upstream.
      if (sub) pipeline = sub.cmds;
      lx.i += 1;
      needCommand = true;
    } else if (c === AMP && next === AMP) {
      lx.i += 2;
      pipeline = [...piped];
      needCommand = true;
    } else if (c === SEMI || c === NL || c === AMP) {
      // `&` runs the statement in the background, which the walker does not model: it separates
      // statements as `;` does. `&;` is an error; `&>` after a loop is its redirection.
      if (next === SEMI || (c === AMP && next === GT && (isCompound || sub))) return -1;
      lx.i += 1;
      pipeline = [...piped];
      needCommand = false;
      if (c === NL && lx.heredocs.length && !readHeredocs(lx)) return -1;
    } else if (c === RPAREN) {
      return inParens && !ends ? count : -1;
    } else return -1;
  }
}

interface Assignment {
  name: string;
  /** Null for `NAME=` with nothing after the `=` (the parser then assigns nothing). */
  value: ShellWord | null;
  /** Variables the value reads. */
  reads: string[];
}

/**
 * One simple command; its substitutions' commands are appended to `out` before it, in the
 * parser's order (redirection targets first, then assignments and arguments). Returns
 * ASSIGNS_ONLY for `NAME=value...` and `export NAME=value...`, which set variables instead.
 */
function command(lx: Lexer, via: string, pipeline: ShellCommand[], out: ShellCommand[]): ShellCommand | typeof ASSIGNS_ONLY | null {
  const argv: ShellWord[] = [];
  const redirects: ShellRedirect[] = [];
  const redirectRuns: ShellCommand[] = [];
  const wordRuns: ShellCommand[] = [];
  let assigns: Assignment[] | null = null;
  let declaring = false;
  const s = lx.s;
  for (;;) {
    skipBlanks(lx, false);
    if (lx.i >= s.length) break;
    const c = s.charCodeAt(lx.i);
    if (c === NL || c === SEMI || c === PIPE || c === AMP || c === RPAREN) {
      if (c === AMP && s.charCodeAt(lx.i + 1) === GT) {
        if (!redirect(lx, via, null, redirects, redirectRuns)) return null;
        continue;
      }
      break;
    }
    if ((c === LT || c === GT) && s.charCodeAt(lx.i + 1) !== LPAREN) {
      if (!redirect(lx, via, null, redirects, redirectRuns)) return null;
      continue;
    }
    if ((argv.length === 0 && !declaring) || declaring) {
      const a = assignment(lx, via);
      if (a === null) return null;
      if (a !== undefined) {
        (assigns ??= []).push(a);
        if (a.value) wordRuns.push(...a.value.subst);
        continue;
      }
    }
    const start = lx.i;
    const w = word(lx, via);
    if (!w) {
      // A command word ending in an unclosed quote: the parser may fail on the word's start
      // first (`a[$i]"x`, the checks below), and `export`'s words are its own.
      if (lx.unclosed >= 0 && (declaring || (argv.length === 0 && badCommandWord(s.slice(start, lx.unclosed))))) lx.unclosed = -1;
      return null;
    }
    const after = s.charCodeAt(lx.i);
    if ((after === LT || after === GT) && isDigits(s, start, lx.i)) {
      if (!redirect(lx, via, w.text, redirects, redirectRuns)) return null;
      continue;
    }
    if (declaring) {
      // `export NAME` marks a variable without assigning it; flags and the rest are the parser's.
      if (!isName(s, start, lx.i)) return null;
      continue;
    }
    if (argv.length === 0) {
      const raw = s.slice(start, lx.i);
      if (raw === 'export' && !assigns) {
        declaring = true;
        continue;
      }
      // Reserved words start constructs only the full parser models; a word with an `=` that is
      // not an assignment (`=x`, `a[1]=x`, `a+=x`) is the parser's to judge.
      // `[[`/`]]` are a test clause and `a[i]` an array element to the parser; `[` alone is a command.
      if (raw.includes('=') || (raw !== '[' && /[[\]]/.test(raw)) || RESERVED.has(raw) || RESERVED.has(w.text)) return null;
    }
    wordRuns.push(...w.subst);
    argv.push(w);
  }
  if (argv.length === 0) {
    if (!assigns && !declaring) return null;
    // With a heredoc pending, the walker would read its body before this assignment.
    if (redirects.length || lx.nested || pipeline.length || lx.heredocs.length) return null;
    const assigned = new Set<string>();
    for (const a of assigns ?? []) assigned.add(a.name);
    for (const a of assigns ?? []) {
      // The parser reads each value after the previous assignment: `A=1 B=$A` gives B=1, which
      // values lexed up front would not know.
      if (a.reads.some((n) => assigned.has(n))) return null;
    }
    for (const a of assigns ?? []) {
      if (!a.value) continue;
      if (a.value.dynamic) lx.env.delete(a.name);
      else lx.env.set(a.name, a.value.text);
    }
    out.push(...wordRuns);
    return ASSIGNS_ONLY;
  }
  out.push(...redirectRuns, ...wordRuns);
  const piped = pipeline.length > 0;
  const cmd: ShellCommand = { argv, redirects, pipe_in: piped, upstream: piped ? [...pipeline] : [], via };
  if (lx.funcs.length && lx.funcs.includes(argv[0].text)) cmd.self_call = true;
  out.push(cmd);
  return cmd;
}


/**
 * `NAME=value` at the lexer's position: the assignment, undefined when the text there is not
 * one (lexer unmoved), null when it leaves the simple subset.
 */
function assignment(lx: Lexer, via: string): Assignment | null | undefined {
  const s = lx.s;
  let i = lx.i;
  if (NAME[s.charCodeAt(i)] !== 1) return undefined;
  while (i < s.length && NAME[s.charCodeAt(i)]) i++;
  if (s.charCodeAt(i) !== EQ) return undefined;
  if (lx.nested) return null;
  const name = s.slice(lx.i, i);
  lx.i = i + 1;
  // Line continuations vanish before the parser reads words: `x=\<newline>` assigns nothing.
  while (s.charCodeAt(lx.i) === BS && s.charCodeAt(lx.i + 1) === NL) lx.i += 2;
  if (lx.i >= s.length) return { name, value: null, reads: [] };
  const c = s.charCodeAt(lx.i);
  if (c === SP || c === TAB || c === NL || c === SEMI || c === PIPE || c === AMP) return { name, value: null, reads: [] };
  // Arrays `a=(...)` and values starting with an operator are the parser's.
  if (c === LPAREN || c === RPAREN || c === LT || c === GT) return null;
  const reads: string[] = [];
  lx.reads = reads;
  const value = word(lx, via);
  lx.reads = null;
  return value ? { name, value, reads } : null;
}


const REDIRECT_OPS = ['&>>', '&>', '>>', '>|', '>&', '<&', '<>', '<<<', '>', '<'];

function redirect(lx: Lexer, via: string, fd: string | null, redirects: ShellRedirect[], runs: ShellCommand[]): boolean {
  const s = lx.s;
  // `<<WORD`: its body is read at the end of the line (lex-heredoc.ts).
  if (s.startsWith('<<', lx.i) && !s.startsWith('<<<', lx.i)) return fd === null && heredoc(lx, redirects);
  const op = REDIRECT_OPS.find((o) => s.startsWith(o, lx.i));
  if (!op || (fd !== null && (op[0] === '&' || op === '<<<'))) return false;
  lx.i += op.length;
  skipBlanks(lx, false);
  const c = s.charCodeAt(lx.i);
  if (lx.i >= s.length || c === NL || c === SEMI || c === PIPE || c === AMP || c === LT || c === GT || c === HASH || c === RPAREN) return false;
  const from = lx.i;
  const target = word(lx, via);
  if (!target) return false;
  // Digits right before another `<`/`>` are that redirection's descriptor to the parser, which
  // then finds this one without a target.
  const after = s.charCodeAt(lx.i);
  if ((after === LT || after === GT) && isDigits(s, from, lx.i)) return false;
  runs.push(...target.subst);
  redirects.push({ op, fd, target });
  return true;
}

