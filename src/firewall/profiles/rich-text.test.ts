import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentTexts } from './rich-text.js';

// Jira and Confluence send a comment as an ADF tree under whatever key the tool picked.

const adf = (...paragraphs: string[]) => ({ type: 'doc', version: 1, content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

test("an ADF document's text nodes are its text, a paragraph to a line, under any key and one level of wrappers", () => {
  assert.deepEqual(documentTexts({ issue: 'OPS-1', body: adf('Reproduced.', 'PR to follow.') }), ['Reproduced.\nPR to follow.']);
  assert.deepEqual(documentTexts({ comment: { body: adf('Ran the backfill.') } }), ['Ran the backfill.']);
  assert.deepEqual(documentTexts({ fields: { description: { type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Step ' }, { type: 'text', text: 'one' }] }] }] }] } } }), ['Step one']);
  assert.deepEqual(documentTexts({ body: { type: 'paragraph', content: [] }, text: 'plain' }), []);
});
