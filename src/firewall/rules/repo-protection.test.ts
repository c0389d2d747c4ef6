import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRepoProtection } from './repo-protection.js';

test('repo-protection: loosening or deleting protection asks', () => {
  assert.equal(judgeRepoProtection('update_branch_protection', { repo: 'fencing/scorer', branch: 'main', required_approving_review_count: 0, enforce_admins: false }).length, 1);
  assert.equal(judgeRepoProtection('update_repo_settings', { repo: 'a/b', branch: 'main', allow_force_pushes: true }).length, 1);
  assert.equal(judgeRepoProtection('update_repository_ruleset', { owner: 'a', repo: 'b', ruleset_id: 1, enforcement: 'disabled' }).length, 1);
  assert.equal(judgeRepoProtection('delete_ruleset', { owner: 'a', repo: 'b', ruleset_id: 1 }).length, 1);
  assert.equal(judgeRepoProtection('http_request', { method: 'PUT', url: 'https://api.github.com/repos/a/b/actions/permissions/workflow', body: { default_workflow_permissions: 'write' } }).length, 1);
});

test('repo-protection: reads, tightening and sandbox repositories run', () => {
  assert.equal(judgeRepoProtection('get_branch_protection', { owner: 'a', repo: 'b', branch: 'main' }).length, 0);
  assert.equal(judgeRepoProtection('update_branch_protection', { owner: 'a', repo: 'b', branch: 'main', required_approving_review_count: 2, enforce_admins: true }).length, 0);
  assert.equal(judgeRepoProtection('update_branch_protection', { owner: 'a', repo: 'b-sandbox', branch: 'main', required_approving_review_count: 0 }).length, 0);
});
