import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CircuitBreaker } from './breaker.js';
import { backoffDelayMs } from './backoff.js';

test('breaker opens after N failures in the window, rejects, then admits one half-open probe', () => {
  let now = 0;
  const b = new CircuitBreaker('p/m', { failure_threshold: 3, window_ms: 1000, cooldown_ms: 500 }, () => now);
  b.onFailure();
  now = 600;
  b.onFailure();
  now = 1500; // the first failure left the window
  b.onFailure();
  assert.equal(b.state, 'closed');
  b.onFailure();
  assert.equal(b.state, 'open');
  assert.equal(b.tryAcquire(), false);
  now += 500;
  assert.equal(b.state, 'half_open');
  assert.equal(b.tryAcquire(), true);
  assert.equal(b.tryAcquire(), false, 'only one probe at a time');
  b.onFailure();
  assert.equal(b.state, 'open', 'a failed probe reopens');
  now += 500;
  assert.equal(b.tryAcquire(), true);
  b.onSuccess();
  assert.equal(b.state, 'closed');
  assert.equal(b.opens, 2);
});

test('backoff grows exponentially, is capped, and never undercuts Retry-After', () => {
  const fixed = () => 1; // upper end of the jitter
  assert.equal(backoffDelayMs(0, 100, 10_000, undefined, fixed), 100);
  assert.equal(backoffDelayMs(3, 100, 10_000, undefined, fixed), 800);
  assert.equal(backoffDelayMs(10, 100, 1000, undefined, fixed), 1000);
  assert.equal(backoffDelayMs(0, 100, 10_000, 2000, fixed), 2000);
  const low = backoffDelayMs(2, 100, 10_000, undefined, () => 0);
  assert.equal(low, 200, 'full jitter stays within [exp/2, exp]');
});
