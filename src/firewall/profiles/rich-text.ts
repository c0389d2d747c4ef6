// Atlassian's document format (ADF: Jira comments and descriptions, Confluence comments) sends a
// comment as a tree, `{type: "doc", content: [{type: "paragraph", content: [{type: "text",
// text: "…"}]}]}`, under whatever key the tool picked (`body`, `commentBody`,
// `fields.description`, `comment.body`). Its text nodes are the comment's text: read as the text
// of a send, it is judged as a plain-string comment is (the dq1 set).

import { isRecord } from './types.js';

const MAX_DEPTH = 8;

/** A rich-text document: ADF's root node. */
export const isDocument = (v: unknown): v is Record<string, unknown> => isRecord(v) && v.type === 'doc' && Array.isArray(v.content);

/** The text nodes of one document, a paragraph to a line. */
function textOf(node: unknown, depth: number, lines: string[]): void {
  if (depth > MAX_DEPTH || !isRecord(node)) return;
  if (typeof node.text === 'string') lines.push(node.text);
  if (Array.isArray(node.content)) {
    const inner: string[] = [];
    for (const child of node.content) textOf(child, depth + 1, inner);
    // Text runs of one paragraph join on a line; blocks (paragraphs, list items) each take their own.
    if (inner.length) lines.push(node.type === 'paragraph' || node.type === 'heading' ? inner.join('') : inner.join('\n'));
  }
}

/** The text of every rich-text document in the arguments (up to three levels of objects down), one entry per document. */
export function documentTexts(args: Record<string, unknown>, depth = 0): string[] {
  const out: string[] = [];
  for (const v of Object.values(args)) {
    if (isDocument(v)) {
      const lines: string[] = [];
      textOf(v, 0, lines);
      if (lines.length) out.push(lines.join('\n'));
    } else if (isRecord(v) && depth < 3) out.push(...documentTexts(v, depth + 1));
  }
  return out;
}
