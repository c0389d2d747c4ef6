import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { getJson, startGateway, type TestGateway } from './helpers/gateway.js';

// Rate limits and budgets through real HTTP, with the official SDKs as clients (in-process store).

const env = { KEY_A: 'sk-agent-a-0001', KEY_B: 'sk-agent-b-0002', KEY_C: 'sk-agent-c-0003', ADMIN: 'admin-token-0004' };

// The simulated reply "ok" to the prompt "hi" costs 3 tokens; at $10 per 1k tokens that is $0.03.
const CONFIG = `
server: { api_keys: [env:KEY_A, env:KEY_B, env:KEY_C], admin_tokens: [env:ADMIN] }
providers:
  sim: { type: simulated, reply: ok, usd_per_1k_tokens: 10 }
models:
  sim-model: { targets: [ { provider: sim, model: sim-1 } ] }
  spare-model: { targets: [ { provider: sim, model: sim-2 } ] }
routes:
  agent-main: { model: sim-model }
  burst: { model: spare-model }
  tok: { model: sim-model }
limits:
  output_tokens_estimate: 16
  rules:
    - { name: per-key-rpm, match: { key: "*", route: agent-main }, requests_per_minute: 3 }
    - { name: burst-route, match: { route: burst }, requests_per_minute: 50 }
    - { name: route-tokens, match: { route: tok }, tokens_per_minute: 40 }
    - { name: key-c-budget, match: { key: env:KEY_C, model: spare-model }, usd_per_day: 0.1 }
`;

const hi = [{ role: 'user' as const, content: 'hi' }];

describe('rate limits and budgets over HTTP', () => {
  let gw: TestGateway;
  const openai = (key: string) => new OpenAI({ baseURL: gw.baseURL, apiKey: key, maxRetries: 0 });

  before(async () => {
    gw = await startGateway(CONFIG, env);
  });
  after(async () => gw?.close());

  test('OpenAI SDK: requests per minute per key, with allowance headers and a 429 naming the limit', async () => {
    const client = openai(env.KEY_A);
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { response } = await client.chat.completions.create({ model: 'agent-main', messages: hi }).withResponse();
      assert.equal(response.headers.get('x-ratelimit-limit-requests'), '3');
      remaining.push(response.headers.get('x-ratelimit-remaining-requests')!);
      assert.match(response.headers.get('x-ratelimit-reset-requests')!, /^(1m0s|\d+(\.\d)?s|\d+ms)$/);
    }
    assert.deepEqual(remaining, ['2', '1', '0']);

    const err = await client.chat.completions.create({ model: 'agent-main', messages: hi }).catch((e) => e);
    assert.ok(err instanceof OpenAI.RateLimitError, `expected RateLimitError, got ${err}`);
    assert.equal(err.status, 429);
    assert.equal(err.type, 'rate_limit_error');
    assert.equal(err.code, 'rate_limited');
    assert.match(err.message, /rate limit "per-key-rpm" exceeded: requests_per_minute is 3 for key env:KEY_A, route agent-main/);
    assert.doesNotMatch(err.message, /sk-agent/, 'the key itself never appears');
    const retryAfter = Number(err.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `retry-after ${retryAfter}`);
    assert.equal(err.headers.get('x-switchyard-limit'), 'per-key-rpm');
    assert.equal(err.headers.get('x-ratelimit-remaining-requests'), '0');

    // Streaming requests are refused the same way, before any byte of a stream.
    const streamErr = await client.chat.completions.create({ model: 'agent-main', messages: hi, stream: true }).catch((e) => e);
    assert.ok(streamErr instanceof OpenAI.RateLimitError);

    // Another key has its own counter; the same key on the model directly is not under this rule.
    await openai(env.KEY_B).chat.completions.create({ model: 'agent-main', messages: hi });
    await client.chat.completions.create({ model: 'sim-model', messages: hi });
    const rejected = await (await fetch(`${gw.url}/metrics`)).text();
    assert.match(rejected, /switchyard_limit_rejections_total\{rule="per-key-rpm",limit="requests_per_minute"\} 2/);
  });

  test('Anthropic SDK: the 429 arrives in the Anthropic error format', async () => {
    const client = new Anthropic({ baseURL: gw.url, apiKey: env.KEY_B, maxRetries: 0 });
    // KEY_B may have used some of its 3 requests in the previous test: call until refused.
    let err: unknown;
    for (let i = 0; i < 4 && !err; i++) err = await client.messages.create({ model: 'agent-main', max_tokens: 16, messages: hi }).then(() => undefined, (e) => e);
    assert.ok(err instanceof Anthropic.RateLimitError, `expected RateLimitError, got ${err}`);
    assert.equal(err.status, 429);
    assert.ok(err.error && typeof err.error === 'object');
    assert.equal((err.error as { type: string }).type, 'error');
    const body = err.error as { error: { type: string; message: string } };
    assert.equal(body.error.type, 'rate_limit_error');
    assert.match(body.error.message, /"per-key-rpm" exceeded/);
    assert.equal(err.headers.get('x-switchyard-limit'), 'per-key-rpm');
    assert.ok(Number(err.headers.get('retry-after')) >= 1);
  });

  test('exact under concurrency: 80 simultaneous requests against 50 per minute admit exactly 50', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 80 }, () =>
        fetch(`${gw.baseURL}/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${env.KEY_B}` },
          body: JSON.stringify({ model: 'burst', messages: hi }),
        }).then(async (r) => (await r.arrayBuffer(), r.status)),
      ),
    );
    assert.equal(statuses.filter((s) => s === 200).length, 50);
    assert.equal(statuses.filter((s) => s === 429).length, 30);
  });

  test('a USD budget is reached by priced traffic; admins read and reset it, a gateway key cannot', async () => {
    const client = openai(env.KEY_C);
    const ids: string[] = [];
    let refused: unknown;
    for (let i = 0; i < 10 && !refused; i++) {
      try {
        ids.push((await client.chat.completions.create({ model: 'spare-model', messages: hi })).id);
      } catch (e) {
        refused = e;
      }
    }
    // $0.03 per call: after 4 calls $0.12 is spent, over the $0.10 a day.
    assert.equal(ids.length, 4);
    assert.ok(refused instanceof OpenAI.RateLimitError);
    assert.match(refused.message, /budget "key-c-budget" exhausted: usd_per_day is \$0.1 and \$0.120000 is spent for key env:KEY_C, model spare-model/);
    assert.equal(refused.headers.get('x-switchyard-limit-kind'), 'usd_per_day');

    await gw.runtime.store.flush();
    let recorded = 0;
    for (const id of ids) recorded += (await gw.runtime.store.getInference(id))!.cost_usd!;
    assert.ok(recorded > 0.09);

    const admin = { authorization: `Bearer ${env.ADMIN}` };
    const denied = await fetch(`${gw.url}/v1/admin/budgets`, { headers: { authorization: `Bearer ${env.KEY_C}` } });
    assert.equal(denied.status, 403);
    const budgets = await getJson(`${gw.url}/v1/admin/budgets?key=env:KEY_C`, { headers: admin });
    assert.equal(budgets.data.length, 1);
    const b = budgets.data[0];
    assert.equal(b.rule, 'key-c-budget');
    assert.equal(b.key, 'env:KEY_C');
    assert.equal(b.model, 'spare-model');
    assert.equal(b.period, 'day');
    assert.ok(Math.abs(b.spent_usd - recorded) < 1e-9, `budget ${b.spent_usd} vs recorded costs ${recorded}`);
    assert.equal(b.limit_usd, 0.1);
    assert.equal(b.remaining_usd, 0);
    assert.doesNotMatch(JSON.stringify(budgets), /sk-agent/);

    const badReset = await fetch(`${gw.url}/v1/admin/budgets/reset`, { method: 'POST', headers: { ...admin, 'content-type': 'application/json' }, body: '{}' });
    assert.equal(badReset.status, 400);
    assert.match((await badReset.json() as { error: { message: string } }).error.message, /name a key or a rule/);
    const keyReset = await fetch(`${gw.url}/v1/admin/budgets/reset`, { method: 'POST', headers: { authorization: `Bearer ${env.KEY_C}`, 'content-type': 'application/json' }, body: '{"all":true}' });
    assert.equal(keyReset.status, 403);

    const reset = await getJson(`${gw.url}/v1/admin/budgets/reset`, { method: 'POST', headers: { ...admin, 'content-type': 'application/json' }, body: JSON.stringify({ key: 'env:KEY_C' }) });
    assert.equal(reset.reset, 1);
    const after = await client.chat.completions.create({ model: 'spare-model', messages: hi }).withResponse();
    assert.equal(after.response.status, 200);
    assert.equal(after.response.headers.get('x-switchyard-budget-remaining-usd'), '0.1');
  });

  test('tokens per minute: an estimate is reserved, then corrected to the usage', async () => {
    const client = openai(env.KEY_A);
    const remaining = async () => {
      const { response } = await client.chat.completions.create({ model: 'tok', messages: hi }).withResponse();
      return response.headers.get('x-ratelimit-remaining-tokens');
    };
    // "hi" reserves 1 prompt token + 16 output tokens (output_tokens_estimate); it really uses 3.
    assert.equal(await remaining(), '23');
    assert.equal(await remaining(), '20');
    const big = await client.chat.completions.create({ model: 'tok', messages: [{ role: 'user', content: 'x'.repeat(100) }] }).catch((e) => e);
    assert.ok(big instanceof OpenAI.RateLimitError);
    assert.match(big.message, /rate limit "route-tokens": this request's estimated 41 tokens exceed tokens_per_minute \(40\)/);
  });

  test('requests without limits carry no allowance headers; bad limits config names the field', async () => {
    const { response } = await openai(env.KEY_A).chat.completions.create({ model: 'sim-model', messages: hi }).withResponse();
    assert.equal(response.headers.get('x-ratelimit-limit-requests'), null);
    await assert.rejects(
      startGateway(`${CONFIG.replace('route: burst }', 'route: bursty }')}`, env),
      /limits\.rules\[1\]\.match\.route: unknown route "bursty"/,
    );
    await assert.rejects(startGateway('limits: { store: redis }', env), /limits\.redis_url.*store: redis needs redis_url/);
    await assert.rejects(startGateway('limits: { rules: [ { name: x } ] }', env), /limits\.rules\[0\].*at least one of requests_per_minute/);
  });
});
