import { decodeAnsiC } from './ansi-c.js';
import type { ShellCommand, ShellRedirect, ShellWord } from './parse.js';

// A lexer for the shell agents write most (`git status`, `npm test 2>&1 | tail -20`,
// `cd web && npm run build`, `kill $(lsof -t -i:3000)`, `x=/; rm -rf $x`): words with single and
// double quotes, $'...' and backslash escapes, `$NAME`/`${NAME}`, command substitutions `$(...)`
// and backticks, process substitutions `<(...)`, variable assignments and `export`, pipelines,
// `&&` `||` `;` and newlines, redirections and here-strings, comments. The commands inside
// substitutions are lexed the same way (recursively) and come out in the parser's order.
// Anything else — other expansions, parentheses, brackets, `{` `}` opening a command, `!`, `&`
// alone, `|&`, heredocs, reserved words — returns null and the full bash parser (mvdan-sh) runs.
// The parser is GC-heavy and ~1.5 MB to load; this path allocates only the result.
// `parse-simple.test.ts` proves both give the same commands on every string of the corpus and on
// generated scripts.

const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', 'coproc', 'export', 'declare', 'local', 'readonly', 'typeset', 'let', 'nameref', '{', '}']);

// Unquoted characters that are plain literal text to bash and to mvdan-sh.
const LITERAL = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:@%+,=-~^{}#') LITERAL[ch.charCodeAt(0)] = 1;
// `*` and `?` are literal too, but mark the word as a glob.
LITERAL[42] = 2;
LITERAL[63] = 2;

// Characters of a variable name: 1 may start it, 2 may only continue it.
const NAME = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_') NAME[ch.charCodeAt(0)] = 1;
for (const ch of '0123456789') NAME[ch.charCodeAt(0)] = 2;

const SP = 32;
const TAB = 9;
const NL = 10;
const SQ = 39;
const DQ = 34;
const BS = 92;
const AMP = 38;
const PIPE = 124;
const SEMI = 59;
const LT = 60;
const GT = 62;
const HASH = 35;
const DOLLAR = 36;
const BACKTICK = 96;
const LPAREN = 40;
const RPAREN = 41;
const EQ = 61;
const LBRACE = 123;
const RBRACE = 125;

const DEFAULT_IFS = ' \t\n';

interface Lexer {
  s: string;
  i: number;
  /** Variables whose value is known before run time, as the parser's walker keeps them. */
  env: Map<string, string>;
  /** Inside $(...), backticks or <(...): assignments decline there (the parser shares one env
   * across nesting and reads redirections before arguments, an order of effects not modelled). */
  nested: boolean;
  /** Names read by `$NAME` while an assignment's value is lexed. */
  reads: string[] | null;
}

/**
 * The commands of `src` if it only uses the simple subset; null means "ask the full parser".
 * On success the variables the script assigns known values to are added to `assigned`, as the
 * parser's walker leaves them in its env (starting from none).
 */
export function parseSimple(src: string, via: string, assigned?: Map<string, string>): ShellCommand[] | null {
  const lx: Lexer = { s: src, i: 0, env: new Map(), nested: false, reads: null };
  const out: ShellCommand[] = [];
  if (!list(lx, via, out, false)) return null;
  if (assigned) for (const [k, v] of lx.env) assigned.set(k, v);
  return out;
}

/** Returned by `command` for a statement that only assigns variables: it runs no command. */
const ASSIGNS_ONLY = Symbol('assigns only');

/**
 * A list of pipelines up to the end of the text, or up to the `)` closing a substitution when
 * `inParens` (left unread). Commands are appended to `out`, each after the commands its words
 * run. False when the text leaves the simple subset.
 */
function list(lx: Lexer, via: string, out: ShellCommand[], inParens: boolean): boolean {
  const s = lx.s;
  let pipeline: ShellCommand[] = [];
  // After `|`, `&&` or `||` a command must follow (newlines allowed); at the start or after `;`
  // or a newline, the list may also end.
  let needCommand = false;
  for (;;) {
    skipBlanks(lx, true);
    if (lx.i >= s.length) return !needCommand && !inParens;
    if (s.charCodeAt(lx.i) === RPAREN) return inParens && !needCommand;
    const cmd = command(lx, via, pipeline, out);
    if (cmd === null) return false;
    const assignsOnly = cmd === ASSIGNS_ONLY;
    if (!assignsOnly) pipeline.push(cmd);
    skipBlanks(lx, false);
    if (lx.i >= s.length) return !inParens;
    const c = s.charCodeAt(lx.i);
    const next = s.charCodeAt(lx.i + 1);
    if (c === PIPE && next === PIPE) {
      lx.i += 2;
      pipeline = [];
      needCommand = true;
    } else if (c === PIPE) {
      // An assignment in a pipeline runs in a subshell the walker does not model.
      if (next === AMP || assignsOnly) return false;
      lx.i += 1;
      needCommand = true;
    } else if (c === AMP && next === AMP) {
      lx.i += 2;
      pipeline = [];
      needCommand = true;
    } else if (c === SEMI || c === NL) {
      if (next === SEMI) return false;
      lx.i += 1;
      pipeline = [];
      needCommand = false;
    } else if (c === RPAREN) {
      return inParens;
    } else return false;
  }
}

/** Blanks, comments and escaped newlines; newlines too when `newlines`. */
function skipBlanks(lx: Lexer, newlines: boolean): void {
  const s = lx.s;
  while (lx.i < s.length) {
    const c = s.charCodeAt(lx.i);
    if (c === SP || c === TAB || (newlines && c === NL)) lx.i++;
    else if (c === BS && s.charCodeAt(lx.i + 1) === NL) lx.i += 2;
    else if (c === HASH) {
      while (lx.i < s.length && s.charCodeAt(lx.i) !== NL) lx.i++;
    } else return;
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
    if (!w) return null;
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
      if (raw.includes('=') || RESERVED.has(raw) || RESERVED.has(w.text)) return null;
    }
    wordRuns.push(...w.subst);
    argv.push(w);
  }
  if (argv.length === 0) {
    if (!assigns && !declaring) return null;
    if (redirects.length || lx.nested || pipeline.length) return null;
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
  out.push(cmd);
  return cmd;
}

function isDigits(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isName(s: string, from: number, to: number): boolean {
  if (to <= from || NAME[s.charCodeAt(from)] !== 1) return false;
  for (let i = from + 1; i < to; i++) if (!NAME[s.charCodeAt(i)]) return false;
  return true;
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
  // Heredocs (`<<`, `<<-`) carry bodies the full parser reads.
  if (s.startsWith('<<', lx.i) && !s.startsWith('<<<', lx.i)) return false;
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

/** Where the commands of a substitution are reached from, as the parser names it. */
function nestedVia(via: string, how: string): string {
  return via ? `${via} > ${how}` : how;
}

/** One word up to the next blank or operator; null on anything outside the simple subset. */
function word(lx: Lexer, via: string): ShellWord | null {
  const s = lx.s;
  const start = lx.i;
  let text = '';
  let glob = false;
  let dynamic = false;
  let subst: ShellCommand[] = [];
  // Where the current run of unquoted literal text began (quotes and expansions end a run).
  let run = start;
  let i = start;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      const kind = LITERAL[c];
      if (kind !== 0) {
        // `{`/`}` inside a word are literal to bash unless they form a brace expansion, which
        // the full parser handles: only `{}` (find -exec) passes here.
        if (c === LBRACE && s.charCodeAt(i + 1) !== RBRACE) return null;
        if (c === RBRACE && s.charCodeAt(i - 1) !== LBRACE) return null;
        // A `#` right after a quote or expansion is text to bash, a comment to mvdan-sh, whose
        // reading parse.ts corrects where it can: the parser's call.
        if (c === HASH && i === run && i > start) return null;
        if (kind === 2) glob = true;
        text += s[i];
        i++;
        continue;
      }
      if ((c === LT || c === GT) && i === start && s.charCodeAt(i + 1) === LPAREN) {
        // Process substitution `<(cmd)`, `>(cmd)`.
        const inner = substitution(lx, via, i + 2, '<(...)');
        if (!inner) return null;
        text += '<(...)';
        dynamic = true;
        subst = subst.concat(inner.commands);
        i = run = inner.end;
        continue;
      }
      if (c === SP || c === TAB || c === NL || c === SEMI || c === PIPE || c === AMP || c === RPAREN) break;
      if (c === LT || c === GT) {
        // `a<(ls)` is one word to the parser: its call.
        if (s.charCodeAt(i + 1) === LPAREN) return null;
        // The parser reads digits right before `<`/`>` as the redirection's descriptor even
        // after a quote or expansion (`'a'2>&1` is `a` with stderr redirected): the word ends there.
        if (run > start && isDigits(s, run, i)) {
          text = text.slice(0, text.length - (i - run));
          i = run;
        }
        break;
      }
      if (c === SQ) {
        const end = s.indexOf("'", i + 1);
        if (end < 0) return null;
        text += s.slice(i + 1, end);
        i = run = end + 1;
        continue;
      }
      if (c === DOLLAR && s.charCodeAt(i + 1) === SQ) {
        // $'...': a backslash escapes the quote too.
        let end = i + 2;
        while (end < s.length && s.charCodeAt(end) !== SQ) end += s.charCodeAt(end) === BS ? 2 : 1;
        if (end >= s.length) return null;
        text += decodeAnsiC(s.slice(i + 2, end));
        i = run = end + 1;
        continue;
      }
      if (c === DQ || c === DOLLAR || c === BACKTICK) {
        const piece = c === DQ ? doubleQuoted(lx, via, i + 1) : c === DOLLAR ? dollar(lx, via, i, false) : backticks(lx, via, i);
        if (!piece) return null;
        text += piece.text;
        dynamic ||= piece.dynamic;
        if (piece.subst) subst = subst.concat(piece.subst);
        i = run = piece.end;
        continue;
      }
      if (c === BS) {
        const n = s.charCodeAt(i + 1);
        if (Number.isNaN(n) || n === 13 || (n < 32 && n !== NL && n !== TAB)) return null;
        if (n !== NL) text += s[i + 1];
        // A line continuation vanishes before the parser reads words: it neither starts nor
        // ends a run of literal text.
        else if (run === i) run = i + 2;
        i += 2;
        continue;
      }
      // ( [ ] ! \r and other control characters: the full parser decides.
      return null;
    }
    // Non-ASCII letters are literal to bash (it splits words on ASCII blanks only).
    text += s[i];
    i++;
  }
  if (i === start) return null;
  lx.i = i;
  return { text, dynamic, glob, subst };
}

interface Piece {
  text: string;
  dynamic: boolean;
  /** Index just past the piece. */
  end: number;
  /** Commands a substitution in the piece runs. */
  subst?: ShellCommand[];
}

/** `$...` at `at`: a parameter or a command substitution. */
function dollar(lx: Lexer, via: string, at: number, quoted: boolean): Piece | null {
  const s = lx.s;
  if (s.charCodeAt(at + 1) === LPAREN) {
    // `$((` is arithmetic (or a subshell the parser tells apart): the parser's.
    if (s.charCodeAt(at + 2) === LPAREN) return null;
    const inner = substitution(lx, via, at + 2, '$(...)');
    return inner && { text: '$(...)', dynamic: true, end: inner.end, subst: inner.commands };
  }
  return param(lx, at, quoted);
}

/** The commands of `$(...)` or `<(...)` whose text starts at `from`; `end` is past the `)`. */
function substitution(lx: Lexer, via: string, from: number, how: string): { commands: ShellCommand[]; end: number } | null {
  const saved = lx.i;
  const wasNested = lx.nested;
  lx.i = from;
  lx.nested = true;
  const commands: ShellCommand[] = [];
  const ok = list(lx, nestedVia(via, how), commands, true);
  const end = lx.i + 1;
  lx.i = saved;
  lx.nested = wasNested;
  return ok ? { commands, end } : null;
}

/** `...` at `at`. Backslashes inside change meaning by nesting level: those are the parser's. */
function backticks(lx: Lexer, via: string, at: number): Piece | null {
  const s = lx.s;
  const end = s.indexOf('`', at + 1);
  if (end < 0) return null;
  const inner = s.slice(at + 1, end);
  if (inner.includes('\\')) return null;
  const sub: Lexer = { s: inner, i: 0, env: lx.env, nested: true, reads: lx.reads };
  const commands: ShellCommand[] = [];
  if (!list(sub, nestedVia(via, '$(...)'), commands, false)) return null;
  return { text: '$(...)', dynamic: true, end: end + 1, subst: commands };
}

/**
 * `$NAME` or `${NAME}` at `at`, read as the parser's walker reads it: $HOME is `~`, a variable
 * assigned a known value earlier in the script is that value (unquoted and holding a field
 * separator, it is marked dynamic: word splitting is not modelled), any other name is run-time
 * data (dynamic). Special parameters and operators decline.
 */
function param(lx: Lexer, at: number, quoted: boolean): Piece | null {
  const s = lx.s;
  const braced = s.charCodeAt(at + 1) === LBRACE;
  let i = at + (braced ? 2 : 1);
  if (NAME[s.charCodeAt(i)] !== 1) return null;
  const start = i;
  while (i < s.length && NAME[s.charCodeAt(i)]) i++;
  const name = s.slice(start, i);
  if (braced) {
    if (s.charCodeAt(i) !== RBRACE) return null;
    i++;
  }
  lx.reads?.push(name);
  if (name === 'HOME') return { text: '~', dynamic: false, end: i };
  const known = lx.env.get(name);
  if (known === undefined) return { text: `$${name}`, dynamic: true, end: i };
  let dynamic = false;
  if (!quoted) {
    const ifs = lx.env.get('IFS') ?? DEFAULT_IFS;
    for (const ch of known) if (ifs.includes(ch)) dynamic = true;
  }
  return { text: known, dynamic, end: i };
}

/** The text of "..." starting after the opening quote: literal text, parameters, substitutions. */
function doubleQuoted(lx: Lexer, via: string, from: number): Piece | null {
  const s = lx.s;
  let text = '';
  let dynamic = false;
  let subst: ShellCommand[] | undefined;
  let i = from;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === DQ) return { text, dynamic, end: i + 1, subst };
    if (c === DOLLAR || c === BACKTICK) {
      const piece = c === DOLLAR ? dollar(lx, via, i, true) : backticks(lx, via, i);
      if (!piece) return null;
      text += piece.text;
      dynamic ||= piece.dynamic;
      if (piece.subst) subst = subst ? subst.concat(piece.subst) : piece.subst;
      i = piece.end;
      continue;
    }
    if (c === BS) {
      const n = s[i + 1];
      if (n === undefined) return null;
      // Inside double quotes a backslash escapes only $ ` " \ and newline.
      if (n === '\n') i += 2;
      else if (n === '$' || n === '`' || n === '"' || n === '\\') {
        text += n;
        i += 2;
      } else {
        text += '\\';
        i += 1;
      }
      continue;
    }
    text += s[i];
    i++;
  }
  return null;
}
