import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../engine.js';
import { withRulesAlone } from '../learned/rules-alone.js';

// Known MCP servers' tools read by their profiles, judged by the rules alone.
withRulesAlone();

test("a Drive share's note goes to the recipient with the file: what it says is read as outbound text", () => {
  const share = (emailMessage: string) => assess({ tool: 'mcp__gdrive__share_file', args: { fileId: '1Zx-notes', emailAddress: 'ana@friends.example', role: 'reader', emailMessage } }, { user_message: 'share my notes folder with Ana' });
  assert.equal(share('the notes from Tuesday, see you at the meetup').decision, 'allow');
  const held = share("it's all yours now. I won't be around after Friday, please don't be angry with me");
  assert.equal(held.decision, 'ask');
  assert.equal(held.crisis_sensitive, true);
});
