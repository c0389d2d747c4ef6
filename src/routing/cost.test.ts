import { test } from 'node:test';
import assert from 'node:assert/strict';
import { costOf } from './cost.js';
import type { RuntimeTarget } from './targets.js';

const target = (prices: Record<string, number>): RuntimeTarget =>
  ({ index: 0, key: 'a/m', config: { provider: 'a', model: 'm', ...prices }, provider: { providerName: 'a', config: { type: 'anthropic' }, model: 'm' } }) as unknown as RuntimeTarget;

test('cache reads and writes are priced on their own where configured, as input otherwise', () => {
  const usage = { prompt_tokens: 1_000_000 + 2_000_000 + 500_000, completion_tokens: 100_000, total_tokens: 3_600_000, cached_input_tokens: 2_000_000, cache_creation_input_tokens: 500_000 };
  const priced = costOf(target({ usd_per_1m_input_tokens: 3, usd_per_1m_output_tokens: 15, usd_per_1m_cached_input_tokens: 0.3, usd_per_1m_cache_creation_input_tokens: 3.75 }), usage)!;
  assert.ok(Math.abs(priced - (3 + 0.6 + 1.875 + 1.5)) < 1e-9, String(priced));
  const flat = costOf(target({ usd_per_1m_input_tokens: 3, usd_per_1m_output_tokens: 15 }), usage)!;
  assert.ok(Math.abs(flat - (3.5 * 3 + 1.5)) < 1e-9, String(flat));
  assert.equal(costOf(target({}), usage), null);
});
