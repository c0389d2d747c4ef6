import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorFromBody, isContextLengthMessage, retryAfterMs, scrub } from './http.js';
import { Secret } from '../config/secret.js';
import type { ProviderTarget } from './types.js';

const target: ProviderTarget = {
  providerName: 'p',
  config: { type: 'openai', preset: 'custom', base_url: 'http://127.0.0.1:1/v1' },
  apiKey: new Secret('K', 'secret-value-123'),
  model: 'm',
};

test('Retry-After: seconds, fractions, HTTP dates, retry-after-ms, garbage', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  assert.equal(retryAfterMs({ 'retry-after': '7' }, now), 7000);
  assert.equal(retryAfterMs({ 'retry-after': '1.5' }, now), 1500);
  assert.equal(retryAfterMs({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }, now), 30_000);
  assert.equal(retryAfterMs({ 'retry-after': 'Wed, 31 Dec 2025 23:00:00 GMT' }, now), 0, 'a past date means now');
  assert.equal(retryAfterMs({ 'retry-after-ms': '250', 'retry-after': '9' }, now), 250);
  assert.equal(retryAfterMs({ 'retry-after': 'soon' }, now), undefined);
  assert.equal(retryAfterMs({}, now), undefined);
});

test('context-length messages of the common servers are recognized, others are not', () => {
  for (const m of [
    "This model's maximum context length is 8192 tokens. However, you requested 9000 tokens",
    'prompt is too long: 208310 tokens > 200000 maximum',
    'input length and `max_tokens` exceed context limit: 199000 + 21333 > 200000',
    'The input token count (1234567) exceeds the maximum number of tokens allowed (1048576).',
    'the request exceeds the available context size, try increasing it',
    "This model's maximum prompt length is 4096 but the request is longer than the model's context length",
    'Please reduce the length of the messages or completion.',
  ]) {
    assert.ok(isContextLengthMessage(m), m);
  }
  for (const m of ['Invalid value for temperature', 'messages.0.content: Input should be a valid list', 'model not found']) {
    assert.ok(!isContextLengthMessage(m), m);
  }
});

test('errors map statuses to kinds and never carry the key', () => {
  const e401 = errorFromBody(401, JSON.stringify({ error: { message: 'bad key secret-value-123 and sk-abcdef123456' } }), {}, target);
  assert.equal(e401.kind, 'auth');
  assert.ok(!e401.message.includes('secret-value-123'));
  assert.ok(!e401.message.includes('sk-abcdef123456'));
  assert.equal(errorFromBody(529, '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}', {}, target).kind, 'server_error');
  assert.equal(errorFromBody(400, '{"error":{"code":"context_length_exceeded","message":"too long"}}', {}, target).kind, 'context_length');
  assert.equal(errorFromBody(404, 'not json at all', {}, target).kind, 'bad_request');
  const rl = errorFromBody(429, '', { 'retry-after': '3' }, target);
  assert.deepEqual([rl.kind, rl.retryAfterMs, rl.upstreamStatus], ['rate_limited', 3000, 429]);
  assert.match(scrub('x'.repeat(2000), target), /…$/);
});

test('retry delay from rate-limit reset headers when Retry-After is absent', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  assert.equal(retryAfterMs({ 'retry-after-ms': '250', 'retry-after': '9' }, now), 250);
  assert.equal(retryAfterMs({ 'x-ratelimit-reset-requests': '6m0s', 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-tokens': '1s', 'x-ratelimit-remaining-tokens': '900' }, now), 360_000);
  assert.equal(retryAfterMs({ 'x-ratelimit-reset-requests': '20ms', 'x-ratelimit-reset-tokens': '1.5s' }, now), 1500);
  assert.equal(retryAfterMs({ 'x-ratelimit-reset': '7' }, now), 7000);
  assert.equal(retryAfterMs({ 'x-ratelimit-reset': String(now / 1000 + 3) }, now), 3000);
  assert.equal(retryAfterMs({ 'anthropic-ratelimit-requests-reset': '2026-01-01T00:00:04Z', 'anthropic-ratelimit-requests-remaining': '0' }, now), 4000);
  assert.equal(retryAfterMs({ 'x-ratelimit-reset-requests': 'soon' }, now), undefined);
  assert.equal(retryAfterMs({}, now), undefined);
});
