import type MvdanSh from 'mvdan-sh';
import { isNil, items, type Node } from './go-values.js';
import { loadMvdan } from './mvdan.js';

// Parses a script with mvdan/sh's bash parser (the parser behind shfmt) into its raw syntax tree,
// fixing first the places where the parser reads comments otherwise than bash.

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
export function parseFile(src: string): Node {
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
