import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../engine.js';
import { pathShaped } from './path-shaped.js';

test('a source or destination is a path only when it has the shape of one', () => {
  for (const v of ['/var/backups/db.sql', '~/Documents/My Notes/plan.md', './out', '../shared/a.txt', 'C:\\Users\\ana\\report.xlsx', 'reports/q3.csv', '.env', 'petition_save_the_pool.csv']) assert.ok(pathShaped(v), v);
  for (const v of ['DE89370400440532013999', 'acct_1PzX7Q', 'orders-queue', 'https://api.example.com/v2/import', 's3://bucket/members.csv', 'sftp://upload.example.com/in/', 'bookkeeper@example.com', 'email from accounts@printhaus-ltd.co', 'University of Edinburgh', 'local build from branch hotfix/jonas-wip']) assert.ok(!pathShaped(v), v);
});

test("an unknown tool's account source and destination are not written as project files", () => {
  const a = assess({ tool: 'create_transfer', args: { amount: 500, from_account: 'DE89370400440532013000', destination: 'DE89370400440532013999' } });
  assert.ok(!a.reasons.some((r) => /project file/.test(r)), a.reasons.join(' | '));
  const copy = assess({ tool: 'sync_folder', args: { source: './site', destination: '/srv/www/site' } });
  assert.ok(copy.reasons.some((r) => r.includes('/srv/www/site')), copy.reasons.join(' | '));
});
