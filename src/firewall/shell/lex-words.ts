import { decodeAnsiC } from './ansi-c.js';
import { BACKTICK, BS, DEFAULT_IFS, unclosed, DOLLAR, DQ, GT, HASH, isDigits, LBRACE, LITERAL, LPAREN, LT, NAME, newLexer, NL, PIPE, RBRACE, RPAREN, SEMI, SP, SQ, TAB, AMP, type Lexer } from './lex.js';
import type { ShellCommand, ShellWord } from './parse.js';
import { list } from './parse-simple.js';

// Words for the simple lexer (parse-simple.ts): quotes, escapes, parameters, command and process
// substitutions, read the way mvdan-sh's walker (parse.ts) reads them.

/** Where the commands of a substitution are reached from, as the parser names it. */
function nestedVia(via: string, how: string): string {
  return via ? `${via} > ${how}` : how;
}

/** One word up to the next blank or operator; null on anything outside the simple subset. */
export function word(lx: Lexer, via: string): ShellWord | null {
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
        if (end < 0) return unclosed(lx, i);
        text += s.slice(i + 1, end);
        i = run = end + 1;
        continue;
      }
      if (c === DOLLAR && s.charCodeAt(i + 1) === SQ) {
        // $'...': a backslash escapes the quote too.
        let end = i + 2;
        while (end < s.length && s.charCodeAt(end) !== SQ) end += s.charCodeAt(end) === BS ? 2 : 1;
        if (end >= s.length) return unclosed(lx, i);
        text += decodeAnsiC(s.slice(i + 2, end));
        i = run = end + 1;
        continue;
      }
      if (c === DQ || c === DOLLAR || c === BACKTICK) {
        const piece = c === DQ ? doubleQuoted(lx, via, i + 1) : c === DOLLAR ? dollar(lx, via, i, false) : backticks(lx, via, i);
        if (!piece) return c === DQ && s.indexOf('"', i + 1) < 0 ? unclosed(lx, i) : null;
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
      // ( ! \r and other control characters: the full parser decides.
      return null;
    }
    // Non-ASCII letters are literal to bash (it splits words on ASCII blanks only).
    text += s[i];
    i++;
  }
  if (i === start) return null;
  // A quoted newline after a heredoc was opened on the line: where bash starts the body is the parser's call.
  if (lx.heredocs.length && s.slice(start, i).includes('\n')) return null;
  lx.i = i;
  return { text, dynamic, glob, subst };
}

export interface Piece {
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
  // A newline inside, after a heredoc was opened on this line, starts the heredoc's body to bash.
  if (lx.heredocs.length) return null;
  const saved = lx.i;
  const wasNested = lx.nested;
  // The walker reads a substitution with a walker of its own, which knows no enclosing function.
  const funcs = lx.funcs;
  lx.i = from;
  lx.nested = true;
  lx.funcs = [];
  const commands: ShellCommand[] = [];
  const ok = list(lx, nestedVia(via, how), commands, true, null) >= 0;
  const end = lx.i + 1;
  lx.i = saved;
  lx.nested = wasNested;
  lx.funcs = funcs;
  return ok ? { commands, end } : null;
}

/** `...` at `at`. Backslashes inside change meaning by nesting level: those are the parser's. */
function backticks(lx: Lexer, via: string, at: number): Piece | null {
  const s = lx.s;
  const end = s.indexOf('`', at + 1);
  if (end < 0) return null;
  const inner = s.slice(at + 1, end);
  if (inner.includes('\\') || lx.heredocs.length) return null;
  const sub = newLexer(inner, lx.env, true, lx.reads);
  const commands: ShellCommand[] = [];
  if (list(sub, nestedVia(via, '$(...)'), commands, false, null) < 0) return null;
  return { text: '$(...)', dynamic: true, end: end + 1, subst: commands };
}

/**
 * `$NAME` or `${NAME}` at `at`, read as the parser's walker reads it: $HOME is `~`, a variable
 * assigned a known value earlier in the script is that value (unquoted and holding a field
 * separator, it is marked dynamic: word splitting is not modelled), any other name is run-time
 * data (dynamic). Special parameters and operators decline.
 */
export function param(lx: Lexer, at: number, quoted: boolean): Piece | null {
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
