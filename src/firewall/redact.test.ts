import { test } from 'node:test';
import assert from 'node:assert/strict';
import { containsLiveSecret, redact, redactString } from './redact.js';

// redactString remembers strings it left unchanged (observe mode redacts the same reasons and
// conversation on every call); what it changes is redacted again every time.

test('a string asked about again gets the same answer; secrets are redacted every time', () => {
  const secret = 'use sk-ant-abcdefghijklmnopqrstuvwx now';
  for (let i = 0; i < 3; i++) {
    assert.equal(redactString('shell runs a command (argv) (local_edit)'), 'shell runs a command (argv) (local_edit)');
    assert.equal(redactString(secret), 'use [REDACTED KEY] now');
  }
  // Secret-named keys lose their values; other keys keep theirs, in order.
  assert.deepEqual(redact({ a: 'x', api_key: 'y', b: [secret, { token: 'z', n: 1 }] }), { a: 'x', api_key: '[REDACTED]', b: ['use [REDACTED KEY] now', { token: '[REDACTED]', n: 1 }] });
  assert.deepEqual(Object.keys(redact({ z: 1, a: 2, m: 3 }) as object), ['z', 'a', 'm']);
});

test('the memory of clean strings is bounded and keeps answering after it is emptied', () => {
  for (let i = 0; i < 10_000; i++) assert.equal(redactString(`ordinary text ${i}`), `ordinary text ${i}`);
  assert.equal(redactString('ordinary text 1'), 'ordinary text 1');
  for (let i = 0; i < 2; i++) assert.ok(!redactString('password=hunter22 ok').includes('hunter22'));
});

test('long texts (a pasted log) are remembered when clean, and one with a secret is redacted every time', () => {
  const log = Array.from({ length: 300 }, (_, i) => `src/m${i}.ts:${i}:5 - error TS2345: not assignable.`).join('\n');
  const leaked = `${log}\nexport OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwx`;
  assert.ok(log.length > 4096);
  for (let i = 0; i < 3; i++) {
    // A fresh copy each time, as every request's parsed body holds its own.
    assert.equal(redactString((' ' + log).slice(1)), log);
    const out = redactString((' ' + leaked).slice(1));
    assert.ok(!out.includes('sk-proj-abcdefghijklmnopqrstuvwx') && out.startsWith(log));
  }
  // Texts that together exceed the memory's characters empty it and are still answered alike.
  const big = 'a quiet line of text without anything in it. '.repeat(5000);
  for (let i = 0; i < 80; i++) assert.equal(redactString(`${i} ${big}`), `${i} ${big}`);
  assert.equal(redactString(log), log);
});

test('what redaction leaves unchanged is returned itself; what it changes is a copy, the original untouched', () => {
  const clean = { tool: 'shell', args: { command: ['ls', '-la'] }, context: { user_messages: ['hi'] } };
  assert.equal(redact(clean), clean);
  const dirty = { a: 'x', args: { command: ['echo', 'sk-ant-abcdefghijklmnopqrstuvwx'], n: 2 }, z: ['y'] };
  const out = redact(dirty) as typeof dirty;
  assert.notEqual(out, dirty);
  assert.deepEqual(out, { a: 'x', args: { command: ['echo', '[REDACTED KEY]'], n: 2 }, z: ['y'] });
  assert.equal(out.z, dirty.z);
  assert.equal(dirty.args.command[1], 'sk-ant-abcdefghijklmnopqrstuvwx');
  assert.deepEqual(Object.keys(redact({ b: 1, token: 't', a: 2 }) as object), ['b', 'token', 'a']);
  // Instances other than plain objects are copied into plain objects, as before.
  assert.deepEqual(redact(new Date(0)), {});
  assert.deepEqual(redact([new Map()]), [{}]);
});

test('for gating, a setting under a secret-sounding key and a public project key are no live secret; a value is', () => {
  assert.equal(containsLiveSecret('permissions:\n  contents: read\n  id-token: write\n'), false);
  assert.equal(containsLiveSecret('{"api_key":"phc_Qx7d2KkLm09aPz","event":"deploy_finished"}'), false, "a PostHog project key is made to sit in web pages");
  assert.equal(containsLiveSecret('id-token: Qx7d2KkLm09aPz81'), true);
  assert.equal(containsLiveSecret('api_key=phx_Qx7d2KkLm09aPz81aa7Ke0dd'), true, "PostHog's personal key is a secret");
});
