import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../engine.js';
import { withRulesAlone } from '../learned/rules-alone.js';
import { judgeDeployingBranch } from './deploying-branch.js';

// A commit or push straight to a branch the conversation says deploys: a forge API's branch read
// here, a push's target read by the shell rules (`CommandFacts.pushedTo`), judged through the engine.
withRulesAlone();

const forge = (tool: string, args: Record<string, unknown>, said: string[]) => judgeDeployingBranch(tool, args, [], said).length > 0;
const pushed = (tool: string, command: string, said: string[]) =>
  assess({ tool, args: { command } }, { user_messages: said, user_message: 'go ahead' }).reasons.some((r) => /which the conversation says deploys/.test(r));

test('a branch the conversation says deploys, written to by a forge API or a push', () => {
  assert.ok(forge('mcp__gitlab__create_or_update_file', { branch: 'master', file_path: 'index.html' }, ['master is what the kiosk screens pull from every hour']));
  assert.ok(forge('push_files', { branch: 'release', files: [] }, ['careful, anything on release goes live to the app stores']));
  assert.ok(pushed('Bash', 'git push -f upstream fix-42:production', ['the production branch auto-deploys to the clinic tablets']));
  assert.ok(pushed('shell', 'git commit -am fix && git push origin main', ['Netlify deploys straight from main']));
});

test('another branch, a conversation that says nothing deploys, or one that says it no longer does', () => {
  assert.equal(pushed('Bash', 'git push origin HEAD:fix/typo', ['every push to main deploys the shop']), false);
  assert.equal(forge('create_or_update_file', { branch: 'main', path: 'a.md' }, ['main is protected, open a PR']), false);
  assert.equal(pushed('Bash', 'git push origin main', ['main used to auto-deploy but we turned that off in May']), false);
  assert.equal(pushed('Bash', 'git push', ['every push to main deploys the shop']), false, 'the branch pushed to is not named');
});
