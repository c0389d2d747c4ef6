import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { OPENAI_MOCK_KEY } from './conformance/mock-openai.js';
import { cacheYaml, startCountingUpstream, type Up } from './helpers/cache-upstream.js';
import { startGateway, type TestGateway } from './helpers/gateway.js';

// The response cache beside rate limits: a hit skips the provider but is still a request, so it
// passes admission (and is refused past the limit) and answers with the limit headers.

describe('response cache under rate limits', () => {
  let up: Up;
  let gw: TestGateway;
  let openai: OpenAI;

  before(async () => {
    up = await startCountingUpstream();
    const limits = 'limits:\n  rules:\n    - { name: cached-rpm, match: { route: cached }, requests_per_minute: 2 }\n';
    gw = await startGateway(cacheYaml(up.baseURL, limits), { UP_KEY: OPENAI_MOCK_KEY });
    openai = new OpenAI({ baseURL: gw.baseURL, apiKey: 'x', maxRetries: 0 });
  });
  after(async () => {
    await gw?.close();
    await up?.close();
  });

  test('a hit counts against requests_per_minute and carries the limit headers', async () => {
    const ask = () => openai.chat.completions.create({ model: 'cached', messages: [{ role: 'user', content: 'limits and cache' }] }).withResponse();
    const first = await ask();
    assert.equal(first.response.headers.get('x-switchyard-cache'), 'miss');
    assert.equal(first.response.headers.get('x-ratelimit-remaining-requests'), '1');
    const calls = up.requests.length;
    const second = await ask();
    assert.equal(second.response.headers.get('x-switchyard-cache'), 'hit');
    assert.equal(second.response.headers.get('x-ratelimit-remaining-requests'), '0');
    assert.equal(up.requests.length, calls, 'the hit did not reach the upstream');
    const err = await ask().then(() => undefined, (e: unknown) => e);
    assert.ok(err instanceof OpenAI.APIError, String(err));
    assert.equal(err.status, 429);
    assert.equal(up.requests.length, calls);

    await gw.runtime.store.flush();
    const hit = await gw.runtime.store.getInference(second.data.id);
    assert.equal(hit?.cache, 'hit');
    assert.equal(hit?.cost_usd, 0);
  });
});
