import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeBulkHandover } from './bulk-handover.js';

test("a whole project's work or access handed to an email address is found", () => {
  assert.ok(judgeBulkHandover(['execute'], { op: 'task/assign_all', project: 'site-redesign', assignee: 'contractor@agency.example' }));
  assert.ok(judgeBulkHandover(['bulk', 'assign', 'tasks'], { project: 'p', assignee: 'a@b.example' }));
  assert.ok(judgeBulkHandover(['reassign', 'tickets'], { queue: 'billing', scope: 'all', to: 'desk@out.example' }));
  assert.ok(judgeBulkHandover(['execute'], { op: 'folders/shareAll', with: ['x@y.example'] }));
});

test('one item to an address, everything to a teammate by name, or no hand-over at all is not', () => {
  assert.equal(judgeBulkHandover(['assign', 'task'], { task_id: 'T-1', assignee: 'contractor@agency.example' }), null);
  assert.equal(judgeBulkHandover(['execute'], { op: 'task/assign_all', project: 'p', assignee: 'maria' }), null);
  assert.equal(judgeBulkHandover(['list', 'tasks'], { scope: 'all', user: 'a@b.example' }), null);
});
