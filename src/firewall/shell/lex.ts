import type { ShellWord } from './parse.js';
import { readHeredocs } from './lex-heredoc.js';

// The simple lexer's shared state and character classes (parse-simple.ts says what it reads).

export const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', 'coproc', 'export', 'declare', 'local', 'readonly', 'typeset', 'let', 'nameref', '{', '}']);

// Unquoted characters that are plain literal text to bash and to mvdan-sh.
export const LITERAL = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:@%+,=-~^{}#') LITERAL[ch.charCodeAt(0)] = 1;
// `*`, `?` and `[` are literal too, but mark the word as a glob (`[[` opening a command is a test
// clause, declined by parse-simple.ts). `]` is plain text.
LITERAL[42] = 2;
LITERAL[63] = 2;
LITERAL[91] = 2;
LITERAL[93] = 1;

// Characters of a variable name: 1 may start it, 2 may only continue it.
export const NAME = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_') NAME[ch.charCodeAt(0)] = 1;
for (const ch of '0123456789') NAME[ch.charCodeAt(0)] = 2;

export const SP = 32;
export const TAB = 9;
export const NL = 10;
export const SQ = 39;
export const DQ = 34;
export const BS = 92;
export const AMP = 38;
export const PIPE = 124;
export const SEMI = 59;
export const LT = 60;
export const GT = 62;
export const HASH = 35;
export const DOLLAR = 36;
export const BACKTICK = 96;
export const LPAREN = 40;
export const RPAREN = 41;
export const EQ = 61;
export const LBRACE = 123;
export const RBRACE = 125;

export const DEFAULT_IFS = ' \t\n';

/** A `<<WORD` whose body starts after the current line. */
export interface PendingHeredoc {
  delimiter: string;
  /** The delimiter was quoted: the body is literal text, no expansions. */
  quoted: boolean;
  /** The redirection's target, filled in when the body is read. */
  target: ShellWord;
}

export interface Lexer {
  s: string;
  i: number;
  /** Variables whose value is known before run time, as the parser's walker keeps them. */
  env: Map<string, string>;
  /** Inside $(...), backticks or <(...): assignments decline there (the parser shares one env
   * across nesting and reads redirections before arguments, an order of effects not modelled). */
  nested: boolean;
  /** Names read by `$NAME` while an assignment's value is lexed. */
  reads: string[] | null;
  /** Heredocs opened on the current line, read at its newline. */
  heredocs: PendingHeredoc[];
  /** Set when a heredoc body leaves the simple subset (found while skipping a newline). */
  bad: boolean;
  /** Functions whose body is being read: a call to one of them is marked `self_call`. */
  funcs: string[];
  /** Where a quote opened at top level runs to the end of the text (-1: none); see `unclosed`. */
  unclosed: number;
}

export function newLexer(s: string, env: Map<string, string>, nested: boolean, reads: string[] | null): Lexer {
  return { s, i: 0, env, nested, reads, heredocs: [], bad: false, funcs: [], unclosed: -1 };
}

/** Blanks, comments and escaped newlines; newlines too when `newlines` (reading the bodies of
 * heredocs opened on the line a newline ends). */
export function skipBlanks(lx: Lexer, newlines: boolean): void {
  const s = lx.s;
  while (lx.i < s.length) {
    const c = s.charCodeAt(lx.i);
    if (c === SP || c === TAB) lx.i++;
    else if (newlines && c === NL) {
      lx.i++;
      if (lx.heredocs.length && !readHeredocs(lx)) {
        lx.bad = true;
        return;
      }
    } else if (c === BS && s.charCodeAt(lx.i + 1) === NL) lx.i += 2;
    else if (c === HASH) {
      while (lx.i < s.length && s.charCodeAt(lx.i) !== NL) lx.i++;
      // mvdan-sh joins the next line to a comment ending in a backslash; parse.ts corrects that by
      // parsing again, but not everywhere (inside a loop's body it can still differ): the parser's call.
      if (s.charCodeAt(lx.i - 1) === BS) {
        lx.bad = true;
        return;
      }
    } else return;
  }
}

/** Characters that end a word that could be a reserved word. */
function endsKeyword(c: number): boolean {
  return Number.isNaN(c) || c === SP || c === TAB || c === NL || c === SEMI || c === AMP || c === PIPE || c === RPAREN || c === LT || c === GT;
}

/** The reserved word at the lexer's position, if one stands there as a whole word (unmoved). */
export function keywordAt(lx: Lexer): string | null {
  const s = lx.s;
  let i = lx.i;
  const first = s.charCodeAt(i);
  if (first === LBRACE) {
    // `{` opens a group only before a blank (`{>f` and `{a` are words to the parser).
    const c = s.charCodeAt(i + 1);
    return c === SP || c === TAB || c === NL ? '{' : null;
  }
  if (first === RBRACE) i++;
  else for (let c = first; c >= 97 && c <= 122; c = s.charCodeAt(++i));
  if (i === lx.i || !endsKeyword(s.charCodeAt(i))) return null;
  const w = s.slice(lx.i, i);
  return RESERVED.has(w) ? w : null;
}

export function isDigits(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function isName(s: string, from: number, to: number): boolean {
  if (to <= from || NAME[s.charCodeAt(from)] !== 1) return false;
  for (let i = from + 1; i < to; i++) if (!NAME[s.charCodeAt(i)]) return false;
  return true;
}

/**
 * Notes a quote at `at` that the text ends inside, and returns null (the lexer declines). At top
 * level, with nothing before it the lexer declined, the parser fails at that quote too: its error
 * can be given without running it. Inside a substitution or with a heredoc pending it is left
 * to the parser, as is a `"..."` holding expansions or escapes (the parser can fail elsewhere).
 */
export function unclosed(lx: Lexer, at: number): null {
  if (!lx.nested && !lx.heredocs.length && (lx.s.charCodeAt(at) !== DQ || !/[$`\\]/.test(lx.s.slice(at + 1)))) lx.unclosed = at;
  return null;
}

/** mvdan-sh's error for a quote the text ends inside: line and byte column of the quote. */
export function unclosedError(s: string, at: number): string {
  const lineStart = s.lastIndexOf('\n', at - 1) + 1;
  let line = 1;
  for (let i = s.indexOf('\n'); i >= 0 && i < at; i = s.indexOf('\n', i + 1)) line++;
  // The parser places `$'...` at its `$`.
  const quote = s[at] === '$' ? s[at + 1] : s[at];
  return `${line}:${Buffer.byteLength(s.slice(lineStart, at)) + 1}: reached EOF without closing quote ${quote}`;
}
