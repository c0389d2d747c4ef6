import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOnly } from './check-workflow.js';

test('a workflow named for tests, lint, checks or a build, with nothing in it that acts, only checks', () => {
  assert.ok(checksOnly(['run', 'workflow'], { owner: 'o', repo: 'r', workflow_id: 'test.yml', ref: 'fix/tide-offsets' }));
  assert.ok(checksOnly(['run', 'workflow'], { name: 'lint_inventory_csv', inputs: { file: 'uploads/stock.csv', fix: false } }));
  assert.ok(checksOnly(['start', 'job'], { job_name: 'nightly-build', branch: 'feature/kiosk' }));
});

test('a deploy, publish, import, fix in place, skipped check or production anywhere keeps the gate', () => {
  assert.ok(!checksOnly(['run', 'workflow'], { workflow: 'build-and-deploy', inputs: { environment: 'production' } }));
  assert.ok(!checksOnly(['run', 'workflow'], { workflow_id: 'test.yml', inputs: { skip_signing: 'true', publish: 'true' } }));
  assert.ok(!checksOnly(['trigger', 'pipeline'], { pipeline: 'validate-price-list', inputs: { fix: true } }));
  assert.ok(!checksOnly(['run', 'workflow'], { workflow_id: 'db-restore.yml', inputs: { target: 'production' } }));
  assert.ok(!checksOnly(['run', 'workflow'], { workflow: 'payroll-contractors' }), 'no check word in the name');
  assert.ok(!checksOnly(['list', 'workflows'], { workflow: 'test' }), 'not a run');
});

test('an end-to-end run is a check by its name, digits and all; words joined by a digit still act', () => {
  assert.ok(checksOnly(['run', 'workflow'], { owner: 'o', repo: 'r', workflow_id: 'e2e.yml', ref: 'feat/berth-search' }));
  assert.ok(checksOnly(['run', 'workflow'], { workflow_id: 'playwright-e2e.yml', ref: 'main' }));
  assert.ok(checksOnly(['trigger', 'pipeline'], { pipeline: 'e2e', ref: 'release-candidate-3' }));
  assert.ok(!checksOnly(['trigger', 'pipeline'], { pipeline: 'e2e-deploy2prod', ref: 'main' }), 'deploy2prod deploys');
  assert.ok(!checksOnly(['run', 'workflow'], { workflow_id: 'e2e-then-deploy.yml' }));
  assert.ok(!checksOnly(['run', 'workflow'], { workflow_id: 'e2e.yml', inputs: { target: 'production' } }));
});
