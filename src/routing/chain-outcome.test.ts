import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProviderError, type ProviderFailureKind } from '../core/errors.js';
import { chainOutcome, DEFAULT_RETRY_AFTER_MS } from './chain-outcome.js';

const e = (kind: ProviderFailureKind, retryAfterMs?: number, upstreamStatus?: number, message = 'x') => new ProviderError(message, { kind, provider: 'p', retryAfterMs, upstreamStatus });

test('rate limits, alone or beside open breakers, are a 429 with the soonest retry', () => {
  assert.deepEqual(chainOutcome(e('rate_limited', 5000), [e('rate_limited', 5000), e('circuit_open', 1200)]), { code: 'rate_limit_exceeded', retryAfterMs: 1200 });
  assert.deepEqual(chainOutcome(e('rate_limited'), [e('rate_limited')]), { code: 'rate_limit_exceeded', retryAfterMs: DEFAULT_RETRY_AFTER_MS });
});

test('overload, open breakers, timeouts, client faults and mixes', () => {
  assert.equal(chainOutcome(e('server_error', undefined, 529), [e('server_error', undefined, 529)]).code, 'upstream_overloaded');
  assert.deepEqual(chainOutcome(e('circuit_open', 300), [e('circuit_open', 900), e('circuit_open', 300)]), { code: 'circuit_open', retryAfterMs: 300 });
  assert.equal(chainOutcome(e('timeout'), [e('timeout'), e('timeout')]).code, 'upstream_timeout');
  assert.equal(chainOutcome(e('bad_request'), [e('rate_limited'), e('bad_request')]).code, 'upstream_rejected');
  assert.equal(chainOutcome(e('context_length'), [e('context_length'), e('context_length')]).code, 'context_length_exceeded');
  assert.deepEqual(chainOutcome(e('server_error'), [e('rate_limited', 10), e('server_error')]), { code: 'upstream_error' });
  assert.equal(new ProviderError('x', { kind: 'server_error', provider: 'p', upstreamStatus: 529 }).status, 503);
});
