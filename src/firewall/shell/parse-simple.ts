import type { ShellCommand, ShellRedirect, ShellWord } from './parse.js';

// A lexer for the simple shell agents write most (`git status`, `npm test 2>&1 | tail -20`,
// `cd web && npm run build`, `grep -rn "foo" src/ | head`): words with single and double quotes
// and backslash escapes, `$NAME`/`${NAME}`, pipelines, `&&` `||` `;` and newlines, redirections,
// comments. Anything else — other expansions, backticks, parentheses, brackets, `{` `}` opening a
// command, `!`, `&` alone, `|&`, heredocs, assignments, reserved words — returns
// null and the full bash parser (mvdan-sh) runs.
// The parser is GC-heavy and ~1.5 MB to load; this path allocates only the result.
// `parse-simple.test.ts` proves both give the same commands on every string of the corpus.

const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', 'coproc', 'export', 'declare', 'local', 'readonly', 'typeset', 'let', 'nameref', '{', '}']);

// Unquoted characters that are plain literal text to bash and to mvdan-sh.
const LITERAL = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:@%+,=-~^{}#') LITERAL[ch.charCodeAt(0)] = 1;
// `*` and `?` are literal too, but mark the word as a glob.
LITERAL[42] = 2;
LITERAL[63] = 2;

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


interface Lexer {
  s: string;
  i: number;
}

/** The commands of `src` if it only uses the simple subset; null means "ask the full parser". */
export function parseSimple(src: string, via: string): ShellCommand[] | null {
  const lx: Lexer = { s: src, i: 0 };
  const out: ShellCommand[] = [];
  let pipeline: ShellCommand[] = [];
  // After `|`, `&&` or `||` a command must follow (newlines allowed); at the start or after `;`
  // or a newline, the script may also end.
  let needCommand = false;
  for (;;) {
    skipBlanks(lx, true);
    if (lx.i >= src.length) return needCommand ? null : out;
    const cmd = command(lx, via, pipeline);
    if (!cmd) return null;
    out.push(cmd);
    pipeline.push(cmd);
    skipBlanks(lx, false);
    if (lx.i >= src.length) return out;
    const c = src.charCodeAt(lx.i);
    const next = src.charCodeAt(lx.i + 1);
    if (c === PIPE && next === PIPE) {
      lx.i += 2;
      pipeline = [];
      needCommand = true;
    } else if (c === PIPE) {
      if (next === AMP) return null;
      lx.i += 1;
      needCommand = true;
    } else if (c === AMP && next === AMP) {
      lx.i += 2;
      pipeline = [];
      needCommand = true;
    } else if (c === SEMI || c === NL) {
      if (next === SEMI) return null;
      lx.i += 1;
      pipeline = [];
      needCommand = false;
    } else return null;
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

function command(lx: Lexer, via: string, pipeline: ShellCommand[]): ShellCommand | null {
  const argv: ShellWord[] = [];
  const redirects: ShellRedirect[] = [];
  const s = lx.s;
  for (;;) {
    skipBlanks(lx, false);
    if (lx.i >= s.length) break;
    const c = s.charCodeAt(lx.i);
    if (c === NL || c === SEMI || c === PIPE || c === AMP) {
      if (c === AMP && s.charCodeAt(lx.i + 1) === GT) {
        if (!redirect(lx, null, redirects)) return null;
        continue;
      }
      break;
    }
    if (c === LT || c === GT) {
      if (!redirect(lx, null, redirects)) return null;
      continue;
    }
    const start = lx.i;
    const w = word(lx);
    if (!w) return null;
    const after = s.charCodeAt(lx.i);
    if ((after === LT || after === GT) && /^[0-9]+$/.test(s.slice(start, lx.i))) {
      if (!redirect(lx, w.text, redirects)) return null;
      continue;
    }
    if (argv.length === 0) {
      // Assignments (`A=1 cmd`) and reserved words start constructs only the full parser models.
      const raw = s.slice(start, lx.i);
      if (raw.includes('=') || RESERVED.has(raw) || RESERVED.has(w.text)) return null;
    }
    argv.push(w);
  }
  if (argv.length === 0) return null;
  const piped = pipeline.length > 0;
  return { argv, redirects, pipe_in: piped, upstream: piped ? [...pipeline] : [], via };
}

const REDIRECT_OPS = ['&>>', '&>', '>>', '>|', '>&', '<&', '<>', '>', '<'];

function redirect(lx: Lexer, fd: string | null, redirects: ShellRedirect[]): boolean {
  const s = lx.s;
  // Heredocs and here-strings (`<<`, `<<-`, `<<<`) carry bodies the full parser reads.
  if (s.startsWith('<<', lx.i)) return false;
  const op = REDIRECT_OPS.find((o) => s.startsWith(o, lx.i));
  if (!op || (fd !== null && op[0] === '&')) return false;
  lx.i += op.length;
  skipBlanks(lx, false);
  const c = s.charCodeAt(lx.i);
  if (lx.i >= s.length || c === NL || c === SEMI || c === PIPE || c === AMP || c === LT || c === GT || c === HASH) return false;
  const target = word(lx);
  if (!target) return false;
  redirects.push({ op, fd, target });
  return true;
}

/** One word up to the next blank or operator; null on anything outside the simple subset. */
function word(lx: Lexer): ShellWord | null {
  const s = lx.s;
  let text = '';
  let glob = false;
  let dynamic = false;
  let i = lx.i;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      const kind = LITERAL[c];
      if (kind !== 0) {
        // `{`/`}` inside a word are literal to bash unless they form a brace expansion, which
        // the full parser handles: only `{}` (find -exec) passes here.
        if (c === 123 && s.charCodeAt(i + 1) !== 125) return null;
        if (c === 125 && s.charCodeAt(i - 1) !== 123) return null;
        if (kind === 2) glob = true;
        text += s[i];
        i++;
        continue;
      }
      if (c === SP || c === TAB || c === NL || c === SEMI || c === PIPE || c === AMP || c === LT || c === GT) break;
      if (c === SQ) {
        const end = s.indexOf("'", i + 1);
        if (end < 0) return null;
        text += s.slice(i + 1, end);
        i = end + 1;
        continue;
      }
      if (c === DQ || c === DOLLAR) {
        const piece = c === DQ ? doubleQuoted(s, i + 1) : param(s, i);
        if (!piece) return null;
        text += piece.text;
        dynamic ||= piece.dynamic;
        i = piece.end;
        continue;
      }
      if (c === BS) {
        const n = s.charCodeAt(i + 1);
        if (Number.isNaN(n) || n === 13 || (n < 32 && n !== NL && n !== TAB)) return null;
        if (n !== NL) text += s[i + 1];
        i += 2;
        continue;
      }
      // ` ( ) [ ] ! \r and other control characters: the full parser decides.
      return null;
    }
    // Non-ASCII letters are literal to bash (it splits words on ASCII blanks only).
    text += s[i];
    i++;
  }
  if (i === lx.i) return null;
  lx.i = i;
  return { text, dynamic, glob, subst: [] };
}

const NAME_START = /[A-Za-z_]/;
const NAME_REST = /[A-Za-z0-9_]/;

/**
 * `$NAME` or `${NAME}` at `at`, read as the parser reads it with no variables known: $HOME is
 * `~`, any other name is run-time data (dynamic). Special parameters and operators decline.
 */
interface Piece {
  text: string;
  dynamic: boolean;
  /** Index just past the piece. */
  end: number;
}

function param(s: string, at: number): Piece | null {
  const braced = s[at + 1] === '{';
  let i = at + (braced ? 2 : 1);
  if (!NAME_START.test(s[i] ?? '')) return null;
  const start = i;
  while (i < s.length && NAME_REST.test(s[i])) i++;
  const name = s.slice(start, i);
  if (braced) {
    if (s[i] !== '}') return null;
    i++;
  }
  return name === 'HOME' ? { text: '~', dynamic: false, end: i } : { text: `$${name}`, dynamic: true, end: i };
}

/** The text of "..." starting after the opening quote, if it holds no expansion but $NAME. */
function doubleQuoted(s: string, from: number): Piece | null {
  let text = '';
  let dynamic = false;
  let i = from;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === DQ) return { text, dynamic, end: i + 1 };
    if (c === BACKTICK) return null;
    if (c === DOLLAR) {
      const piece = param(s, i);
      if (!piece) return null;
      text += piece.text;
      dynamic ||= piece.dynamic;
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
