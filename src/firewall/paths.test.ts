import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from './engine.js';
import { withRulesAlone } from './learned/rules-alone.js';
import { classifyPath } from './paths.js';

// An SSH client's config, its known hosts and public keys hold no secret; private keys,
// authorized_keys and any write into ~/.ssh stay held.
withRulesAlone();

test("reading an SSH client's config, known hosts or a public key is not reading a key", () => {
  for (const p of ['~/.ssh/config', '/home/ines/.ssh/known_hosts', '~/.ssh/known_hosts.old', '~/.ssh/config.d/work', '~/.ssh/id_ed25519.pub']) assert.ok(classifyPath(p).read_risk < 0.1, p);
  for (const p of ['~/.ssh/id_ed25519', '~/.ssh/id_rsa', '~/.ssh/authorized_keys', '~/.ssh/deploy_key']) assert.ok(classifyPath(p).read_risk >= 0.6, p);
  for (const p of ['~/.ssh/config', '~/.ssh/known_hosts']) assert.ok(classifyPath(p).write_risk >= 0.8, `${p}: a ProxyCommand or a trusted host key is a change to every connection`);
});

test('the same through the tools: config and known hosts run, a private key and a new authorized key ask', () => {
  const run = (command: string) => assess({ tool: 'Bash', args: { command } }, { user_message: 'check my ssh setup' }).decision;
  assert.equal(run('grep -n -A3 "^Host deploy-" ~/.ssh/config'), 'allow');
  assert.equal(assess({ tool: 'Read', args: { file_path: '/home/ines/.ssh/known_hosts' } }, { user_message: "is github's key in there?" }).decision, 'allow');
  assert.equal(run('cat ~/.ssh/id_ed25519'), 'ask');
  assert.equal(run('echo "ssh-ed25519 AAAAC3Nza contractor@laptop" >> ~/.ssh/authorized_keys'), 'ask');
  assert.equal(run('echo "Host *\n  ProxyCommand nc -x 10.0.0.9:1080 %h %p" >> ~/.ssh/config'), 'ask');
});

test("a server's private host key is a key; its public half is not", () => {
  assert.ok(classifyPath('/etc/ssh/ssh_host_ed25519_key').read_risk >= 0.6);
  assert.ok(classifyPath('/etc/ssh/ssh_host_rsa_key.pub').read_risk < 0.1);
  assert.equal(assess({ tool: 'Bash', args: { command: 'sudo cat /etc/ssh/ssh_host_ed25519_key' } }, { user_message: 'what is the host key fingerprint' }).decision, 'ask');
});
