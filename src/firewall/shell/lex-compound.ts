import { keywordAt, NL, RESERVED, SEMI, skipBlanks, type Lexer } from './lex.js';
import { word } from './lex-words.js';
import type { ShellCommand } from './parse.js';
import { list } from './parse-simple.js';

// Loops and conditionals for the simple lexer (parse-simple.ts): `for NAME in WORDS; do ...; done`,
// `while ...; do ...; done`, `until ...; do ...; done`, `if ...; then ...; [elif ...; then ...;]
// [else ...;] fi`. Their commands come out in the order mvdan-sh's walker (parse.ts) lists them:
// condition, then body, branch after branch; a for loop's words contribute only the commands of
// their substitutions (the loop variable is not modelled, as in the walker). In a pipeline's later
// stage the body's commands read the pipe; a loop followed by `|` or a redirection declines.

const THEN = ['then'];
const IF_BODY_ENDS = ['elif', 'else', 'fi'];
const FI = ['fi'];
const DO = ['do'];
const DONE = ['done'];
const CLOSE_BRACE = ['}'];

/** The construct opened by the reserved word `kw` at the lexer's position; false declines. */
export function compound(lx: Lexer, kw: string, via: string, out: ShellCommand[], piped: readonly ShellCommand[]): boolean {
  // A heredoc opened earlier on this line would have its body inside the construct's text.
  if (lx.heredocs.length) return false;
  lx.i += kw.length;
  // After a `|`, the walker hands the pipe to the commands of the body, not to a condition.
  const pipe = [...piped];
  if (kw === 'for') return forLoop(lx, via, out, pipe);
  if (kw === 'if') return conditional(lx, via, out, pipe);
  if (kw === '{') return body(lx, via, out, CLOSE_BRACE, pipe);
  return body(lx, via, out, DO, []) && body(lx, via, out, DONE, pipe);
}

const FUNCTION_DEF = /([A-Za-z0-9_:.-]+)[ \t]*\(\)/y;

/** `NAME()` or `NAME ()` at the lexer's position: the function's name (lexer unmoved), else false. */
export function functionName(lx: Lexer): string | false {
  FUNCTION_DEF.lastIndex = lx.i;
  const m = FUNCTION_DEF.exec(lx.s);
  return m && !RESERVED.has(m[1]) ? m[1] : false;
}

/**
 * `NAME() { ...; }`: the body's commands, read where the function is defined (as the walker does;
 * calls to it are not followed). A call to the function inside its own body is marked
 * `self_call` (the fork-bomb shape). Bodies other than a `{ }` group decline.
 */
export function functionBody(lx: Lexer, name: string, via: string, out: ShellCommand[]): boolean {
  if (lx.heredocs.length) return false;
  FUNCTION_DEF.lastIndex = lx.i;
  FUNCTION_DEF.exec(lx.s);
  lx.i = FUNCTION_DEF.lastIndex;
  skipBlanks(lx, true);
  if (lx.bad || keywordAt(lx) !== '{') return false;
  lx.i += 1;
  lx.funcs.push(name);
  const ok = body(lx, via, out, CLOSE_BRACE, []);
  lx.funcs.pop();
  return ok;
}

/** A non-empty list up to the reserved word `ends` names; reads that word too. */
function body(lx: Lexer, via: string, out: ShellCommand[], ends: readonly string[], piped: readonly ShellCommand[]): boolean {
  if (list(lx, via, out, false, ends, undefined, piped) <= 0) return false;
  lx.i += keywordAt(lx)!.length;
  return true;
}

function conditional(lx: Lexer, via: string, out: ShellCommand[], piped: readonly ShellCommand[]): boolean {
  for (;;) {
    if (!body(lx, via, out, THEN, []) || list(lx, via, out, false, IF_BODY_ENDS, undefined, piped) <= 0) return false;
    const kw = keywordAt(lx)!;
    lx.i += kw.length;
    if (kw === 'fi') return true;
    if (kw === 'else') return body(lx, via, out, FI, piped);
  }
}

function forLoop(lx: Lexer, via: string, out: ShellCommand[], piped: readonly ShellCommand[]): boolean {
  const s = lx.s;
  skipBlanks(lx, false);
  const name = loopName(lx);
  if (!name) return false;
  skipBlanks(lx, false);
  if (keywordAt(lx) !== 'in') return false;
  lx.i += 2;
  let items = 0;
  for (;;) {
    skipBlanks(lx, false);
    if (lx.i >= s.length) return false;
    const c = s.charCodeAt(lx.i);
    if (c === SEMI || c === NL) break;
    if (keywordAt(lx) !== null) return false;
    const w = word(lx, via);
    if (!w) return false;
    out.push(...w.subst);
    items++;
  }
  if (items === 0) return false;
  lx.i++;
  skipBlanks(lx, true);
  if (lx.bad || keywordAt(lx) !== 'do') return false;
  lx.i += 2;
  return body(lx, via, out, DONE, piped);
}

/** The loop variable: a plain name standing alone. */
function loopName(lx: Lexer): string | null {
  const s = lx.s;
  const m = /^[A-Za-z_][A-Za-z0-9_]*(?=[ \t;\n])/.exec(s.slice(lx.i, lx.i + 256));
  if (!m) return null;
  lx.i += m[0].length;
  return m[0];
}
