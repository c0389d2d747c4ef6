import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyPath } from './paths.js';
import { containsLiveSecret } from './redact.js';

// Names of secrets are not secrets: an env template's empty assignments and Vault's KV v2
// metadata paths (names and versions). Values still count.

test('an empty assignment does not take the next line as its value', () => {
  assert.equal(containsLiveSecret('SMTP_PASSWORD=\nTWILIO_AUTH_TOKEN=\nREDIS_URL=redis://localhost:6379\n'), false);
  assert.equal(containsLiveSecret('STRIPE_SECRET_KEY=sk_test_replace_me\nSENDGRID_API_KEY=\nDATABASE_URL=postgres://user:password@localhost:5432/shop\n'), false);
  assert.equal(containsLiveSecret('SMTP_PASSWORD=\nTWILIO_AUTH_TOKEN=9f2c41d7e8ab4c55b0d3e6f1a2b7c9d4\n'), true);
});

test('vault metadata paths list names; data paths hold values', () => {
  assert.ok(classifyPath('secret/metadata/payroll').read_risk < 0.1);
  assert.ok(classifyPath('secret/metadata/payroll').write_risk >= 0.7);
  assert.ok(classifyPath('secret/data/payroll/bank-api').read_risk >= 0.6);
});

test('an ignore list in the home directory is a project file; other home dotfiles are not', () => {
  assert.equal(classifyPath('/home/rosa/.gitignore').level, 'project');
  assert.equal(classifyPath('/home/rosa/.gitconfig').level, 'home_top');
  assert.equal(classifyPath('~/.bashrc').level, 'shell_profile');
});

test("env files named for their service, .secrets files and services' login files are secrets; a page about secrets is not", () => {
  for (const p of ['~/.config/mumble/murmur.env', '/srv/radio/stream.env', '~/.config/icecast/relay.secrets', '/etc/mysql/debian.cnf', '/etc/openvpn/client/auth.txt']) {
    assert.equal(classifyPath(p).level, 'sensitive', p);
  }
  for (const p of ['docs/secrets.md', '~/.config/icecast/icecast.env.example', '/etc/mysql/my.cnf', '/etc/openvpn/client/client.conf']) {
    assert.notEqual(classifyPath(p).level, 'sensitive', p);
  }
});

test('an env template and a key named as the public half hold no secret; the live env and the private key do', () => {
  assert.ok(classifyPath('/srv/tms/config/app.example.env').read_risk < 0.1);
  assert.ok(classifyPath('.env.staging.example').read_risk < 0.1, 'a template for one environment');
  assert.ok(classifyPath('.env.staging').read_risk >= 0.5);
  assert.ok(classifyPath('deploy/env/api.template.env').read_risk < 0.1);
  assert.ok(classifyPath('deploy/env/api.production.env').read_risk >= 0.6);
  assert.ok(classifyPath('/srv/billing/worker.env').read_risk >= 0.6);
  assert.ok(classifyPath('/etc/edi/partners/as2_public.pem').read_risk < 0.1);
  assert.ok(classifyPath('keys/webhook-signing-pub.pem').read_risk < 0.1);
  assert.ok(classifyPath('/etc/edi/partners/as2_private.pem').read_risk >= 0.6);
  assert.ok(classifyPath('keys/webhook-signing.pem').read_risk >= 0.6);
});
