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
