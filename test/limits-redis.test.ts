import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import OpenAI from 'openai';
import { startLoggedGateway, type LoggedGateway as GatewayProcess } from './helpers/logged-gateway.js';
import { getJson, startGateway } from './helpers/gateway.js';

// Two real gateway processes share their limits through the real Redis at 127.0.0.1:6379: their
// combined allowance is exact. Each run uses its own key prefix and deletes its keys afterwards.

const REDIS_URL = 'redis://127.0.0.1:6379';
const prefix = `switchyard-test:${randomUUID()}:`;
const env = { KEY_A: 'sk-redis-a-0001', ADMIN: 'admin-redis-0002', LIMITS_REDIS: REDIS_URL };

const config = (dir: string, name: string) => `
server: { api_keys: [env:KEY_A], admin_tokens: [env:ADMIN], log_level: warn }
storage: { kind: sqlite, path: ${join(dir, `${name}.db`)} }
providers:
  sim: { type: simulated, reply: ok, usd_per_1k_tokens: 10 }
models:
  sim-model: { targets: [ { provider: sim, model: sim-1 } ] }
  paid-model: { targets: [ { provider: sim, model: sim-2 } ] }
limits:
  store: redis
  redis_url: env:LIMITS_REDIS
  key_prefix: "${prefix}"
  store_timeout_ms: 20000 # this test is about exact counts on a busy CI machine, not timeouts
  rules:
    - { name: shared-rpm, match: { key: "*", model: sim-model }, requests_per_minute: 40, tokens_per_minute: 100000 }
    - { name: shared-budget, match: { key: "*", model: paid-model }, usd_per_month: 0.1 }
`;

describe('limits shared by two gateway processes through Redis', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-limits-redis-'));
  let one: GatewayProcess;
  let two: GatewayProcess;
  const redis = new Redis(REDIS_URL);

  before(async () => {
    const files = ['one', 'two'].map((n) => {
      const f = join(dir, `${n}.yaml`);
      writeFileSync(f, config(dir, n));
      return f;
    });
    [one, two] = await Promise.all(files.map((f) => startLoggedGateway(['--config', f, '--no-watch'], env)));
  });

  after(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    rmSync(dir, { recursive: true, force: true });
  });

  test('120 concurrent requests split over both replicas admit exactly 40', async () => {
    const send = (gw: GatewayProcess) =>
      fetch(`${gw.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${env.KEY_A}` },
        body: JSON.stringify({ model: 'sim-model', messages: [{ role: 'user', content: 'hi' }] }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error: { code: string; message: string } } }));
    const results = await Promise.all(Array.from({ length: 120 }, (_, i) => send(i % 2 ? one : two)));
    assert.equal(results.filter((r) => r.status === 200).length, 40);
    const refused = results.filter((r) => r.status === 429);
    assert.equal(refused.length, 80);
    assert.equal(refused[0].body.error.code, 'rate_limited');
    assert.match(refused[0].body.error.message, /"shared-rpm" exceeded: requests_per_minute is 40 for key env:KEY_A, model sim-model/);
    // Both replicas did admit some: the count really is shared, not per process.
    const keys = await redis.keys(`${prefix}*`);
    assert.ok(keys.every((k) => !k.includes(env.KEY_A)), 'the key itself is never in Redis');
    const used = Number(await redis.get(`${prefix}w:shared-rpm:rpm:k=${encodeURIComponent('env:KEY_A')};m=sim-model:s`));
    assert.equal(used, 40);
  });

  test('a USD budget spent on one replica is exhausted on the other; reset through either', async () => {
    const a = new OpenAI({ baseURL: `${one.url}/v1`, apiKey: env.KEY_A, maxRetries: 0 });
    const b = new OpenAI({ baseURL: `${two.url}/v1`, apiKey: env.KEY_A, maxRetries: 0 });
    const req = { model: 'paid-model', messages: [{ role: 'user' as const, content: 'hi' }] };
    // $0.03 a call: two on one replica, two on the other reach $0.12 > $0.10.
    for (const c of [a, b, a, b]) await c.chat.completions.create(req);
    const err = await a.chat.completions.create(req).catch((e) => e);
    assert.ok(err instanceof OpenAI.RateLimitError, String(err));
    assert.match(err.message, /budget "shared-budget" exhausted: usd_per_month/);

    const admin = { authorization: `Bearer ${env.ADMIN}`, 'content-type': 'application/json' };
    const read = await getJson(`${two.url}/v1/admin/budgets`, { headers: admin });
    assert.equal(read.store, 'redis');
    assert.equal(read.data.length, 1);
    assert.equal(read.data[0].key, 'env:KEY_A');
    assert.ok(Math.abs(read.data[0].spent_usd - 0.12) < 1e-9, String(read.data[0].spent_usd));
    const reset = await getJson(`${two.url}/v1/admin/budgets/reset`, { method: 'POST', headers: admin, body: JSON.stringify({ rule: 'shared-budget' }) });
    assert.equal(reset.reset, 1);
    await a.chat.completions.create(req);
  });

  test('Redis unreachable: on_store_error allow lets requests through (counted); deny answers 503', async () => {
    const yaml = (mode: string) => `
server: { api_keys: [env:KEY_A] }
providers: { sim: { type: simulated } }
models: { m: { targets: [ { provider: sim, model: s } ] } }
limits: { store: redis, redis_url: "redis://127.0.0.1:1", on_store_error: ${mode}, rules: [ { name: r, requests_per_minute: 1 } ] }
`;
    for (const mode of ['allow', 'deny']) {
      const gw = await startGateway(yaml(mode), env);
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 3; i++) {
          const r = await fetch(`${gw.baseURL}/chat/completions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${env.KEY_A}` },
            body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }),
          });
          statuses.push(r.status);
          if (r.status === 503) assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'limits_unavailable');
          else await r.arrayBuffer();
        }
        assert.deepEqual(statuses, mode === 'allow' ? [200, 200, 200] : [503, 503, 503]);
        const metrics = await (await fetch(`${gw.url}/metrics`)).text();
        assert.match(metrics, new RegExp(`switchyard_limit_store_errors_total\\{op="acquire",outcome="${mode === 'allow' ? 'allowed' : 'denied'}"\\} 3`));
      } finally {
        await gw.close();
      }
    }
  });
});
