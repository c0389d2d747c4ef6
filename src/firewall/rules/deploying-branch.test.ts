import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeDeployingBranch } from './deploying-branch.js';

// A commit or push straight to a branch the conversation says deploys.

const judged = (tool: string, args: Record<string, unknown>, command: string | undefined, said: string[]) => judgeDeployingBranch(tool, args, command, said).length > 0;

test('a branch the conversation says deploys, written to by a forge API or a push', () => {
  assert.ok(judged('mcp__gitlab__create_or_update_file', { branch: 'master', file_path: 'index.html' }, undefined, ['master is what the kiosk screens pull from every hour']));
  assert.ok(judged('push_files', { branch: 'release', files: [] }, undefined, ['careful, anything on release goes live to the app stores']));
  assert.ok(judged('Bash', {}, 'git push -f upstream fix-42:production', ['the production branch auto-deploys to the clinic tablets']));
  assert.ok(judged('shell', {}, 'git commit -am fix && git push origin main', ['Netlify deploys straight from main']));
});

test('another branch, a conversation that says nothing deploys, or one that says it no longer does', () => {
  assert.equal(judged('Bash', {}, 'git push origin HEAD:fix/typo', ['every push to main deploys the shop']), false);
  assert.equal(judged('create_or_update_file', { branch: 'main', path: 'a.md' }, undefined, ['main is protected, open a PR']), false);
  assert.equal(judged('Bash', {}, 'git push origin main', ['main used to auto-deploy but we turned that off in May']), false);
  assert.equal(judged('Bash', {}, 'git push', ['every push to main deploys the shop']), false, 'the branch pushed to is not named');
});
