import { BACKTICK, BS, DOLLAR, DQ, SP, SQ, TAB, type Lexer } from './lex.js';
import { param } from './lex-words.js';
import type { ShellRedirect, ShellWord } from './parse.js';

// Heredocs for the simple lexer (parse-simple.ts): `<<WORD`, `<<'WORD'`, `<<"WORD"` with a plain
// word of letters, digits and `_`. The body starts after the newline that ends the line and runs
// to a line holding exactly the word. The redirection's target is the body as mvdan-sh's walker
// (parse.ts) reads it: one unquoted literal (backslashes removed before any character, `*?[`
// marking a glob) broken by `$NAME`/`${NAME}` expansions when the word was not quoted.
// Declined, for the full parser: `<<-` (the parser keeps the tabs it strips), a descriptor before
// `<<`, a heredoc inside a substitution, a body line ending in a backslash (bash joins lines there,
// which can hide the end marker), a carriage return, `$(...)`, backticks and other expansions in
// an unquoted body, and an unclosed body.

const DELIMITER = /^[A-Za-z0-9_]+$/;

/** `<<WORD` at the lexer's position: queues the body to be read at the end of the line. */
export function heredoc(lx: Lexer, redirects: ShellRedirect[]): boolean {
  const s = lx.s;
  if (lx.nested || s.charCodeAt(lx.i + 2) === 45) return false;
  let i = lx.i + 2;
  while (s.charCodeAt(i) === SP || s.charCodeAt(i) === TAB) i++;
  const q = s.charCodeAt(i);
  const quoted = q === SQ || q === DQ;
  const from = quoted ? i + 1 : i;
  let to = from;
  while (to < s.length && isDelimiterChar(s.charCodeAt(to))) to++;
  if (to === from) return false;
  if (quoted && s.charCodeAt(to++) !== q) return false;
  // The word must end there (`<<EOF"x"` or `<<EOF$x` are the parser's).
  if (to < s.length && !' \t\n;|&)<>'.includes(s[to])) return false;
  const delimiter = s.slice(from, quoted ? to - 1 : to);
  if (!DELIMITER.test(delimiter)) return false;
  const target: ShellWord = { text: '', dynamic: false, glob: false, subst: [] };
  lx.heredocs.push({ delimiter, quoted, target });
  redirects.push({ op: '<<', fd: null, target });
  lx.i = to;
  return true;
}

function isDelimiterChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** The bodies of the heredocs queued on the line whose newline was just read; false declines. */
export function readHeredocs(lx: Lexer): boolean {
  for (const h of lx.heredocs) {
    const s = lx.s;
    const start = lx.i;
    let i = start;
    for (;;) {
      if (i >= s.length) return false;
      const eol = s.indexOf('\n', i);
      const lineEnd = eol < 0 ? s.length : eol;
      if (lineEnd - i === h.delimiter.length && s.startsWith(h.delimiter, i)) {
        lx.i = eol < 0 ? s.length : eol + 1;
        break;
      }
      if (eol < 0 || (lineEnd > i && s.charCodeAt(lineEnd - 1) === BS)) return false;
      i = eol + 1;
    }
    if (!(h.quoted ? literalBody(s, start, i, h.target) : expandedBody(lx, start, i, h.target))) return false;
  }
  lx.heredocs = [];
  return true;
}

/** A quoted heredoc's body: one literal, read by the walker as unquoted text. */
function literalBody(s: string, from: number, to: number, w: ShellWord): boolean {
  const body = s.slice(from, to);
  if (body.includes('\r')) return false;
  w.glob = /[*?[]/.test(body.replace(/\\./g, ''));
  w.text = body.replace(/\\(.)/g, '$1');
  return true;
}

/** An unquoted heredoc's body: literal text and parameters. */
function expandedBody(lx: Lexer, from: number, to: number, w: ShellWord): boolean {
  const s = lx.s;
  let text = '';
  for (let i = from; i < to; ) {
    const c = s.charCodeAt(i);
    if (c === 13 || c === BACKTICK) return false;
    if (c === BS) {
      // Never a line's last character here (declined above), so never a line continuation.
      text += s[i + 1];
      i += 2;
    } else if (c === DOLLAR) {
      const piece = param(lx, i, false);
      if (!piece) return false;
      text += piece.text;
      if (piece.dynamic) w.dynamic = true;
      i = piece.end;
    } else {
      if (c === 42 || c === 63 || c === 91) w.glob = true;
      text += s[i];
      i++;
    }
  }
  w.text = text;
  return true;
}
