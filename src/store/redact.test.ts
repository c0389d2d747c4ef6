import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Redactor, REDACTED } from './redact.js';

test('known secrets and token shapes are removed from text', () => {
  const r = new Redactor(['my-gateway-key-123456']);
  const out = r.text('key my-gateway-key-123456 and sk-proj-abcdefghijklmnopqrstuv and AKIAABCDEFGHIJKLMNOP and Bearer abcdefghijklmnopqrstuvwx');
  assert.equal(out, `key ${REDACTED} and ${REDACTED} and ${REDACTED} and ${REDACTED}`);
  assert.equal(r.text('nothing secret here'), 'nothing secret here');
});

test('JSON text stays valid JSON, including secrets that need escaping', () => {
  const secret = 'pa"ss\\word-0123456789';
  const r = new Redactor([secret]);
  const doc = { messages: [{ role: 'user', content: `use ${secret} and password=hunter22 and -----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----` }] };
  const text = r.jsonText(JSON.stringify(doc));
  const parsed = JSON.parse(text);
  assert.equal(parsed.messages[0].content, `use ${REDACTED} and ${REDACTED} and ${REDACTED}`);
  assert.doesNotMatch(text, /hunter22|MIIB|pa\\"ss/);
});
