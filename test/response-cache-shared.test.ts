import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Redis } from 'ioredis';
import OpenAI from 'openai';
import pg from 'pg';
import { OPENAI_MOCK_KEY } from './conformance/mock-openai.js';
import { startGateway, type TestGateway } from './helpers/gateway.js';
import { cacheYaml, startCountingUpstream } from './helpers/cache-upstream.js';
import { dropSchema, PG_URL, uniqueSchema } from './store/pg-harness.js';

// The cache shared by two replicas: an entry one gateway stored is a hit on the other, through
// PostgreSQL (the configured store) and through Redis. Each replica has its own in-process LRU, so
// the second one can only hit by reading the shared backend.

const REDIS_URL = process.env.SWITCHYARD_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function replicasShareEntries(a: TestGateway, b: TestGateway, upstreamCalls: () => number): Promise<void> {
  const onA = new OpenAI({ baseURL: a.baseURL, apiKey: 'x', maxRetries: 0 });
  const onB = new OpenAI({ baseURL: b.baseURL, apiKey: 'x', maxRetries: 0 });
  const body = { model: 'cached', messages: [{ role: 'user' as const, content: 'shared question' }] };
  const first = await onA.chat.completions.create(body).withResponse();
  assert.equal(first.response.headers.get('x-switchyard-cache'), 'miss');
  // A's write is off its reply path: B asks until it lands (read_only, so B never stores an entry
  // of its own and a hit can only be A's, which the numbered answer text proves).
  const readOnly = { headers: { 'x-switchyard-cache': 'read_only' } };
  let second;
  for (let i = 0; i < 200; i++) {
    second = await onB.chat.completions.create(body, readOnly).withResponse();
    if (second.response.headers.get('x-switchyard-cache') === 'hit') break;
  }
  assert.equal(second!.response.headers.get('x-switchyard-cache'), 'hit');
  assert.equal(second!.data.choices[0].message.content, first.data.choices[0].message.content);
  const n = upstreamCalls();
  const stream = await onB.chat.completions.create({ ...body, stream: true }, readOnly);
  let text = '';
  for await (const c of stream) text += c.choices[0]?.delta?.content ?? '';
  assert.equal(text, first.data.choices[0].message.content);
  assert.equal(upstreamCalls(), n);
}

describe('response cache on PostgreSQL, shared by two replicas', () => {
  const schema = uniqueSchema('sy_cache');
  let up: Awaited<ReturnType<typeof startCountingUpstream>>;
  let a: TestGateway;
  let b: TestGateway;
  before(async () => {
    up = await startCountingUpstream();
    const storage = `storage:\n  kind: postgres\n  url: env:SY_PG\n  schema: ${schema}\n  batch_flush_ms: 5\n`;
    a = await startGateway(cacheYaml(up.baseURL, storage), { UP_KEY: OPENAI_MOCK_KEY, SY_PG: PG_URL });
    b = await startGateway(cacheYaml(up.baseURL, storage), { UP_KEY: OPENAI_MOCK_KEY, SY_PG: PG_URL });
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await up?.close();
    await dropSchema(schema);
  });

  test('an entry stored through A is a hit on B; rows carry an expiry', async () => {
    await replicasShareEntries(a, b, () => up.requests.length);
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      const rows = await c.query(`SELECT expires_at - created_at AS ttl FROM ${schema}.response_cache`);
      assert.equal(rows.rowCount, 1);
      assert.equal(Number(rows.rows[0].ttl), 600_000);
      await a.runtime.store.flush();
      await b.runtime.store.flush();
      const outcomes = await c.query(`SELECT cache, count(*)::int AS n FROM ${schema}.inferences GROUP BY cache ORDER BY cache`);
      const byOutcome = Object.fromEntries(outcomes.rows.map((r) => [r.cache, r.n]));
      assert.ok(byOutcome.miss >= 1);
      assert.ok(byOutcome.hit >= 2);
    } finally {
      await c.end();
    }
    assert.equal(await a.runtime.store.cache!.sweep(Date.now() + 601_000), 1);
  });
});

describe('response cache on Redis, shared by two replicas', () => {
  const prefix = `sy-test:${process.pid}:${Math.random().toString(36).slice(2)}:`;
  const redis = new Redis(REDIS_URL);
  let up: Awaited<ReturnType<typeof startCountingUpstream>>;
  let a: TestGateway;
  let b: TestGateway;
  before(async () => {
    up = await startCountingUpstream();
    const cache = `cache:\n  store: redis\n  redis_url: env:SY_REDIS\n  key_prefix: "${prefix}"\n`;
    a = await startGateway(cacheYaml(up.baseURL, cache), { UP_KEY: OPENAI_MOCK_KEY, SY_REDIS: REDIS_URL });
    b = await startGateway(cacheYaml(up.baseURL, cache), { UP_KEY: OPENAI_MOCK_KEY, SY_REDIS: REDIS_URL });
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await up?.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  test('an entry stored through A is a hit on B; the Redis key expires with the route TTL', async () => {
    await replicasShareEntries(a, b, () => up.requests.length);
    const keys = await redis.keys(`${prefix}*`);
    assert.equal(keys.length, 1);
    const ttl = await redis.pttl(keys[0]);
    assert.ok(ttl > 590_000 && ttl <= 600_000, String(ttl));
    const entry = JSON.parse((await redis.get(keys[0]))!);
    assert.equal(entry.target, 'up/gpt-up');
    assert.match(entry.response.message.content, /shared question/);
  });
});
