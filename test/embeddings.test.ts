import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { defaultConfig } from '../src/config/default.js';
import { getJson, startGateway, startWithConfig, type TestGateway } from './helpers/gateway.js';
import { startMock, type MockServer } from './conformance/mock-server.js';
import { OPENAI_MOCK_KEY, respondOpenAi } from './conformance/mock-openai.js';
import { GEMINI_MOCK_KEY, respondGemini } from './conformance/mock-gemini.js';

// POST /v1/embeddings end to end: the official openai SDK against the built-in default config
// (simulated vectors) and against gateways whose targets are recording OpenAI and Gemini mocks.

const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('embeddings on the default config', () => {
  let gw: TestGateway;
  let client: OpenAI;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-emb-'));
    gw = await startWithConfig(defaultConfig({}), dir, join(dir, 'db.sqlite'), {});
    client = new OpenAI({ baseURL: gw.baseURL, apiKey: 'unused', maxRetries: 0 });
  });
  after(async () => gw?.close());

  test('text-embedding-3-small: 1536 normalized, deterministic vectors (SDK default base64 path)', async () => {
    const a = await client.embeddings.create({ model: 'text-embedding-3-small', input: 'the cat sat' });
    const b = await client.embeddings.create({ model: 'text-embedding-3-small', input: ['the cat sat', 'a different text'] });
    assert.equal(a.object, 'list');
    assert.equal(a.data[0].embedding.length, 1536);
    assert.ok(Math.abs(norm(a.data[0].embedding) - 1) < 1e-5);
    assert.deepEqual(b.data[0].embedding, a.data[0].embedding, 'same text, same vector');
    assert.notDeepEqual(b.data[1].embedding, a.data[0].embedding);
    assert.deepEqual(b.data.map((d) => d.index), [0, 1]);
    assert.ok(a.usage.prompt_tokens > 0 && a.usage.total_tokens === a.usage.prompt_tokens);
  });

  test('encoding_format float and base64 carry the same float32 values; dimensions shortens', async () => {
    const float = await client.embeddings.create({ model: 'embedding', input: 'round trip', encoding_format: 'float', dimensions: 64 });
    const raw = await client.embeddings.create({ model: 'embedding', input: 'round trip', encoding_format: 'base64', dimensions: 64 });
    const b64 = raw.data[0].embedding as unknown as string;
    assert.equal(typeof b64, 'string');
    const bytes = Buffer.from(b64, 'base64');
    assert.equal(bytes.length, 64 * 4);
    const decoded = Array.from({ length: 64 }, (_, i) => bytes.readFloatLE(i * 4));
    assert.deepEqual(decoded, float.data[0].embedding.map((x) => Math.fround(x)));
    assert.equal(float.data[0].embedding.length, 64);
  });

  test('recorded as an embedding inference with usage, request id and the inference id header', async () => {
    const res = await fetch(`${gw.baseURL}/embeddings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'emb-req-1' },
      body: JSON.stringify({ model: 'text-embedding-3-small', input: ['one', 'two'] }),
    });
    assert.equal(res.status, 200);
    const id = res.headers.get('x-switchyard-inference-id')!;
    assert.equal(res.headers.get('x-switchyard-route'), 'text-embedding-3-small');
    await gw.runtime.store.flush();
    const rec = await getJson(`${gw.baseURL}/inferences/${id}`);
    assert.equal(rec.kind, 'embedding');
    assert.equal(rec.request_id, 'emb-req-1');
    assert.equal(rec.status, 'ok');
    assert.equal(rec.model, 'embedding');
    assert.deepEqual(rec.request.input, ['one', 'two']);
    assert.deepEqual(rec.response, { object: 'list', model: 'switchyard-embed-1', embeddings: 2, dimensions: 1536 });
    assert.ok(rec.usage.prompt_tokens > 0);
  });

  test('bad input is a 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ input: 'x' }, 'model'],
      [{ model: 'embedding' }, 'input'],
      [{ model: 'embedding', input: [] }, 'input'],
      [{ model: 'embedding', input: ['ok', ''] }, 'input[1]'],
      [{ model: 'embedding', input: ['ok', 3] }, 'input[1]'],
      [{ model: 'embedding', input: [[1, 2], [3, -1]] }, 'input[1][1]'],
      [{ model: 'embedding', input: 'x', dimensions: 0 }, 'dimensions'],
      [{ model: 'embedding', input: 'x', encoding_format: 'hex' }, 'encoding_format'],
    ];
    for (const [body, param] of cases) {
      const res = await fetch(`${gw.baseURL}/embeddings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const json = (await res.json()) as { error: { param: string; type: string; message: string } };
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(json.error.param, param, json.error.message);
      assert.equal(json.error.type, 'invalid_request_error');
    }
  });

  test('an unknown model is a 404 naming the served names', async () => {
    await assert.rejects(client.embeddings.create({ model: 'nope', input: 'x' }), (err: unknown) => {
      assert.ok(err instanceof OpenAI.NotFoundError);
      assert.match(err.message, /text-embedding-3-small/);
      return true;
    });
  });
});

describe('embeddings forwarded to OpenAI-compatible and Gemini upstreams', () => {
  let openai: MockServer;
  let gemini: MockServer;
  let gw: TestGateway;
  let client: OpenAI;
  before(async () => {
    openai = await startMock(respondOpenAi);
    gemini = await startMock(respondGemini);
    gw = await startGateway(
      `
providers:
  oai: { type: openai, base_url: "${openai.origin}/v1", api_key: env:OAI_KEY }
  gem: { type: gemini, base_url: "${gemini.origin}/v1beta", api_key: env:GEM_KEY }
  claude: { type: anthropic, api_key: env:OAI_KEY }
models:
  oai-emb: { targets: [{ provider: oai, model: text-embedding-3-large }] }
  gem-emb: { targets: [{ provider: gem, model: gemini-embedding-001 }] }
  chat-only: { targets: [{ provider: claude, model: claude-haiku-4-5 }] }
  fallback-emb:
    targets:
      - { provider: claude, model: claude-haiku-4-5 }
      - { provider: oai, model: broken-embedder, max_retries: 0 }
      - { provider: gem, model: gemini-embedding-001 }
`,
      { OAI_KEY: OPENAI_MOCK_KEY, GEM_KEY: GEMINI_MOCK_KEY },
    );
    client = new OpenAI({ baseURL: gw.baseURL, apiKey: 'unused', maxRetries: 0 });
  });
  after(async () => {
    await gw?.close();
    await openai?.close();
    await gemini?.close();
  });

  test('OpenAI-compatible: forwards model, input, dimensions with the key; sorts by index', async () => {
    const r = await client.embeddings.create({ model: 'oai-emb', input: ['alpha', 'be'], dimensions: 3, user: 'u1' });
    const got = openai.requests.at(-1)!;
    assert.equal(got.url, '/v1/embeddings');
    assert.equal(got.headers.authorization, `Bearer ${OPENAI_MOCK_KEY}`);
    assert.deepEqual(got.body, { model: 'text-embedding-3-large', input: ['alpha', 'be'], encoding_format: 'float', dimensions: 3, user: 'u1' });
    assert.deepEqual(r.data.map((d) => d.embedding), [[0, 5, 0.5], [1, 2, 0.5]]);
    assert.equal(r.model, 'text-embedding-3-large-v1');
    assert.deepEqual(r.usage, { prompt_tokens: 14, total_tokens: 14 });
  });

  test('OpenAI-compatible: token-id input is forwarded as is', async () => {
    await client.embeddings.create({ model: 'oai-emb', input: [[1, 2, 3], [4]], encoding_format: 'float' });
    assert.deepEqual(openai.requests.at(-1)!.body.input, [[1, 2, 3], [4]]);
  });

  test('Gemini: batchEmbedContents with outputDimensionality, key in a header, usage estimated', async () => {
    const r = await client.embeddings.create({ model: 'gem-emb', input: ['hello', 'hi'], dimensions: 8, encoding_format: 'float' });
    const got = gemini.requests.at(-1)!;
    assert.equal(got.url, '/v1beta/models/gemini-embedding-001:batchEmbedContents');
    assert.equal(got.headers['x-goog-api-key'], GEMINI_MOCK_KEY);
    assert.deepEqual(got.body, {
      requests: [
        { model: 'models/gemini-embedding-001', content: { parts: [{ text: 'hello' }] }, outputDimensionality: 8 },
        { model: 'models/gemini-embedding-001', content: { parts: [{ text: 'hi' }] }, outputDimensionality: 8 },
      ],
    });
    assert.deepEqual(r.data.map((d) => d.embedding), [[0, 5, 8], [1, 2, 8]]);
    assert.equal(r.usage.prompt_tokens, 3);
  });

  test('a chain skips targets that cannot embed and falls back past a failing one', async () => {
    openai.scenario = { kind: 'error', status: 503, error: 'server' };
    try {
      const res = await fetch(`${gw.baseURL}/embeddings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'fallback-emb', input: 'x' }) });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('x-switchyard-provider'), 'gem');
      await gw.runtime.store.flush();
      const rec = await getJson(`${gw.baseURL}/inferences/${res.headers.get('x-switchyard-inference-id')}`);
      assert.deepEqual(rec.attempts.map((a: { provider: string; outcome: string }) => [a.provider, a.outcome]), [['oai', 'error'], ['gem', 'ok']]);
    } finally {
      openai.scenario = { kind: 'reply', text: 'ok' };
    }
  });

  test('a model whose provider cannot embed is a 400 naming the model', async () => {
    await assert.rejects(client.embeddings.create({ model: 'chat-only', input: 'x' }), (err: unknown) => {
      assert.ok(err instanceof OpenAI.BadRequestError);
      assert.match(err.message, /model "chat-only" cannot serve embeddings/);
      assert.equal((err.error as { code: string }).code, 'unsupported_capability');
      return true;
    });
  });

  test('Gemini cannot take token ids: a 400 from the chain, recorded', async () => {
    const res = await fetch(`${gw.baseURL}/embeddings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'gem-emb', input: [[1, 2]] }) });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'upstream_rejected');
    assert.match(body.error.message, /token ids/);
    assert.ok(res.headers.get('x-switchyard-inference-id'));
  });
});
