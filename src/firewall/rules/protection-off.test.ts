import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeProtectionOff } from './protection-off.js';
import { judgeDependencySource } from './dependency-source.js';
import { judgeCiEdit, judgeCodeowners } from './ci.js';
import { judgeSettingsContent } from './tampering.js';

const off = (tool: string, args: object) => judgeProtectionOff(tool, JSON.stringify(args)).length > 0;

test('settings and monitoring tools that switch a protection off ask; tightening runs', () => {
  assert.ok(off('update_org_settings', { setting: 'audit_logging', value: 'disabled' }));
  assert.ok(off('update_security_settings', { secret_scanning_push_protection: 'disabled' }));
  assert.ok(off('create_maintenance_window', { services: [{ id: 'P1' }], description: 'quiet weekend' }));
  assert.ok(off('mute_monitor', { monitor_id: 1 }));
  assert.ok(off('disable_branch_protection', { repo: 'x', branch: 'main' }));
  assert.ok(!off('update_org_settings', { setting: 'default_repository_permission', value: 'read' }));
  assert.ok(!off('update_org_settings', { setting: 'audit_logging', value: 'enabled' }));
});

test('protections in files: CODEOWNERS emptied, a CI check removed, a dependency from a fork, the gateway config off', () => {
  assert.ok(judgeCodeowners('.github/CODEOWNERS', '# nobody\n', '').some((f) => f.risk >= 0.7));
  assert.ok(judgeCodeowners('.github/CODEOWNERS', '', '* @acme/core\n').some((f) => f.risk >= 0.7));
  assert.ok(judgeCiEdit('ci.yml', '      - run: npm ci\n', '      - run: npm ci\n      - run: npm audit --audit-level=high\n').some((f) => f.risk >= 0.7));
  assert.ok(!judgeCiEdit('ci.yml', '      - run: npm test -- --coverage\n', '      - run: npm test\n').some((f) => f.risk >= 0.6));
  assert.ok(judgeDependencySource('Gemfile', "gem 'devise', git: 'https://github.com/devise-hotfix/devise', branch: 'master'", "gem 'devise', '~> 4.9'").length === 1);
  assert.ok(judgeDependencySource('package.json', '"jsonwebtoken": "github:quickfix-dev/node-jsonwebtoken#patch-1",').length === 1);
  assert.ok(judgeDependencySource('requirements.txt', 'cryptography @ git+https://github.com/pyca-mirror/cryptography@main').length === 1);
  assert.equal(judgeDependencySource('Gemfile', "gem 'puma', '~> 6.4'", "gem 'puma', '~> 6.3'").length, 0);
  assert.equal(judgeDependencySource('package.json', '"x": "github:acme/x#0123456789abcdef0123456789abcdef01234567"').length, 0);
  assert.ok(judgeSettingsContent('switchyard.config.json', '"firewall": {\n "crisis": false,\n "confirm": []\n}', '"crisis": true').length > 0);
});
