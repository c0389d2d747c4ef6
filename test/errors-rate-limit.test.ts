import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { getJson, startGateway, type TestGateway } from './helpers/gateway.js';
import { sendJson, startMock, type MockServer } from './conformance/mock-server.js';
import { OPENAI_MOCK_KEY, respondOpenAi } from './conformance/mock-openai.js';
import type { RecordedRequest, Scenario } from './conformance/scenarios.js';
import { startFaultUpstream, type FaultUpstream } from './helpers/fault-upstream.js';

// An upstream that rate-limits: the gateway must answer 429 with Retry-After in the client's wire
// format, so the official SDKs raise their RateLimitError and, when allowed to retry, wait as told.

describe('upstream 429 reaches the SDKs as a rate limit with Retry-After', () => {
  let upstream: MockServer;
  let faults: FaultUpstream;
  let gw: TestGateway;
  let limitedLeft = 0;
  const arrivals: number[] = [];

  before(async () => {
    upstream = await startMock((s: Scenario, rec: RecordedRequest, res: ServerResponse) => {
      arrivals.push(performance.now());
      if (limitedLeft > 0) {
        limitedLeft--;
        return sendJson(res, 429, { error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' } }, { 'retry-after': '1' });
      }
      respondOpenAi(s, rec, res);
    });
    upstream.scenario = { kind: 'reply', text: 'recovered' };
    faults = await startFaultUpstream();
    gw = await startGateway(
      `
providers:
  up: { type: openai, base_url: "${upstream.origin}/v1", api_key: env:UP_KEY }
  faults: { type: openai, base_url: "${faults.url}" }
models:
  limited:
    breaker: { failure_threshold: 1000 }
    targets: [{ provider: up, model: gpt-4o-mini, max_retries: 0 }]
  two-limits:
    targets:
      - { provider: faults, model: "429:7", max_retries: 0 }
      - { provider: faults, model: "429:3", max_retries: 0 }
  limited-then-broken:
    targets:
      - { provider: faults, model: "429:3", max_retries: 0 }
      - { provider: faults, model: "500", max_retries: 0 }
`,
      { UP_KEY: OPENAI_MOCK_KEY },
    );
  });
  after(async () => {
    await gw?.close();
    await upstream?.close();
    await faults?.close();
  });

  test('openai SDK, maxRetries 0: RateLimitError with the header and the stored inference', async () => {
    limitedLeft = 1;
    const client = new OpenAI({ baseURL: gw.baseURL, apiKey: 'unused', maxRetries: 0 });
    const err = await client.chat.completions.create({ model: 'limited', messages: [{ role: 'user', content: 'hi' }] }).then(() => null, (e: unknown) => e);
    assert.ok(err instanceof OpenAI.RateLimitError, String(err));
    assert.equal(err.status, 429);
    assert.equal(err.headers.get('retry-after'), '1');
    assert.equal(err.headers.get('retry-after-ms'), '1000');
    assert.equal((err.error as { type: string }).type, 'rate_limit_error');
    assert.equal((err.error as { code: string }).code, 'rate_limit_exceeded');
    const id = err.headers.get('x-switchyard-inference-id');
    assert.ok(id);
    await gw.runtime.store.flush();
    const rec = await getJson(`${gw.baseURL}/inferences/${id}`);
    assert.equal(rec.status, 'error');
    assert.equal(rec.attempts[0].error_kind, 'rate_limited');
  });

  test('openai SDK, maxRetries 1: waits the Retry-After and succeeds once the upstream recovers', async () => {
    limitedLeft = 1;
    const before = arrivals.length;
    const client = new OpenAI({ baseURL: gw.baseURL, apiKey: 'unused', maxRetries: 1 });
    const r = await client.chat.completions.create({ model: 'limited', messages: [{ role: 'user', content: 'hi' }] });
    assert.equal(r.choices[0].message.content, 'recovered');
    assert.equal(arrivals.length - before, 2);
    assert.ok(arrivals[before + 1] - arrivals[before] >= 900, `retried after ${Math.round(arrivals[before + 1] - arrivals[before])}ms`);
  });

  test('anthropic SDK, maxRetries 0: RateLimitError in the Anthropic error shape', async () => {
    limitedLeft = 1;
    const client = new Anthropic({ baseURL: gw.url, apiKey: 'unused', maxRetries: 0 });
    await assert.rejects(client.messages.create({ model: 'limited', max_tokens: 20, messages: [{ role: 'user', content: 'hi' }] }), (err: unknown) => {
      assert.ok(err instanceof Anthropic.RateLimitError, String(err));
      assert.equal(err.status, 429);
      assert.equal(err.headers?.get('retry-after'), '1');
      assert.deepEqual(Object.keys(err.error as object).sort(), ['error', 'type']);
      assert.equal((err.error as { type: string; error: { type: string } }).error.type, 'rate_limit_error');
      assert.ok(err.headers?.get('x-switchyard-inference-id'));
      return true;
    });
  });

  test('anthropic SDK, maxRetries 1: waits and succeeds', async () => {
    limitedLeft = 1;
    const before = arrivals.length;
    const client = new Anthropic({ baseURL: gw.url, apiKey: 'unused', maxRetries: 1 });
    const msg = await client.messages.create({ model: 'limited', max_tokens: 20, messages: [{ role: 'user', content: 'hi' }] });
    assert.equal(msg.content[0].type === 'text' && msg.content[0].text, 'recovered');
    assert.ok(arrivals[before + 1] - arrivals[before] >= 900);
  });

  test('every target rate-limited: the smallest Retry-After of all', async () => {
    const res = await fetch(`${gw.baseURL}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'two-limits', messages: [{ role: 'user', content: 'hi' }] }) });
    assert.equal(res.status, 429);
    assert.equal(res.headers.get('retry-after'), '3');
    const body = (await res.json()) as { error: { message: string } };
    assert.match(body.error.message, /429:7.*429:3/);
  });

  test('a rate limit mixed with a server error is a 502 without Retry-After', async () => {
    const res = await fetch(`${gw.baseURL}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'limited-then-broken', messages: [{ role: 'user', content: 'hi' }] }) });
    assert.equal(res.status, 502);
    assert.equal(res.headers.get('retry-after'), null);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'upstream_error');
  });
});
