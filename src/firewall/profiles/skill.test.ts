import { test } from 'node:test';
import assert from 'node:assert/strict';
import { skillInputs } from './skill.js';

// A skill is judged by what its name says it runs; a throwaway target (preview, test, staging) is not held.

const held = (skill: string, args?: string) => (skillInputs(args === undefined ? { skill } : { skill, args }).findings ?? []).length > 0;

test('skills named for deploying, releasing, deleting or sending are the action itself', () => {
  assert.ok(held('deploy-live', '--app billing'));
  assert.ok(held('purge-tenant', '--tenant northwind'));
  assert.ok(held('publish-crate'));
  assert.ok(held('email-customers', '--segment lapsed'));
});

test('skills that read or write in the project, and actions on throwaway targets, are not', () => {
  assert.ok(!held('xlsx'));
  assert.ok(!held('security-review', '--diff HEAD~3'));
  assert.ok(!held('write-docs', 'src/api'));
  assert.ok(!held('deploy-preview', '--branch feature/search'));
  assert.ok(!held('db-reset', '--env test'));
});
