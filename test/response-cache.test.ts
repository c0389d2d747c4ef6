import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic from '@anthropic-ai/sdk';
import Database from 'better-sqlite3';
import OpenAI from 'openai';
import { OPENAI_MOCK_KEY } from './conformance/mock-openai.js';
import { cacheYaml, startCountingUpstream, type Up } from './helpers/cache-upstream.js';
import { startGateway, type TestGateway } from './helpers/gateway.js';

// The response cache on the default store (a SQLite file), through the official SDKs against a
// real OpenAI-format upstream that counts its calls: a hit never reaches the upstream.

describe('response cache on SQLite', () => {
  let up: Up;
  let gw: TestGateway;
  let openai: OpenAI;
  const calls = () => up.requests.length;
  const ask = (model: string, content: string, extra: Partial<OpenAI.ChatCompletionCreateParamsNonStreaming> = {}, headers: Record<string, string> = {}) =>
    openai.chat.completions.create({ model, messages: [{ role: 'user', content }], ...extra }, { headers }).withResponse();

  before(async () => {
    up = await startCountingUpstream();
    gw = await startGateway(cacheYaml(up.baseURL), { UP_KEY: OPENAI_MOCK_KEY });
    openai = new OpenAI({ baseURL: gw.baseURL, apiKey: 'x', maxRetries: 0 });
  });
  after(async () => {
    await gw?.close();
    await up?.close();
  });

  test('a repeated request is a hit: same answer, no upstream call, header and zero-cost record', async () => {
    const first = await ask('cached', 'what is 2+2?');
    assert.equal(first.response.headers.get('x-switchyard-cache'), 'miss');
    const before = calls();
    const second = await ask('cached', 'what is 2+2?');
    assert.equal(second.response.headers.get('x-switchyard-cache'), 'hit');
    assert.equal(calls(), before, 'the upstream was not called');
    assert.equal(second.data.choices[0].message.content, first.data.choices[0].message.content);
    assert.notEqual(second.data.id, first.data.id, 'a hit is its own inference');
    assert.equal((second.data as unknown as { switchyard: { cache: string } }).switchyard.cache, 'hit');

    await gw.runtime.store.flush();
    const a = await gw.runtime.store.getInference(first.data.id);
    const b = await gw.runtime.store.getInference(second.data.id);
    assert.equal(a?.cache, 'miss');
    assert.ok(a!.cost_usd! > 0);
    assert.equal(b?.cache, 'hit');
    assert.equal(b?.cost_usd, 0);
    assert.equal(b?.attempts_count, 0);
    assert.equal(b?.status, 'ok');
  });

  test('a stream is replayed from an entry a JSON request stored, and vice versa', async () => {
    const json = await ask('cached', 'stream me later');
    const before = calls();
    const stream = await openai.chat.completions.create({ model: 'cached', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'stream me later' }] }).withResponse();
    assert.equal(stream.response.headers.get('x-switchyard-cache'), 'hit');
    let text = '';
    let usage: OpenAI.CompletionUsage | undefined;
    let finish: string | null | undefined;
    for await (const c of stream.data) {
      text += c.choices[0]?.delta?.content ?? '';
      finish ??= c.choices[0]?.finish_reason;
      usage ??= c.usage ?? undefined;
    }
    assert.equal(text, json.data.choices[0].message.content);
    assert.equal(finish, 'stop');
    assert.equal(usage?.completion_tokens, 7);
    assert.equal(calls(), before);

    // A streamed miss stores what it assembled; the JSON request after it hits.
    const s2 = await openai.chat.completions.create({ model: 'cached', stream: true, messages: [{ role: 'user', content: 'streamed first' }] });
    let streamed = '';
    for await (const c of s2) streamed += c.choices[0]?.delta?.content ?? '';
    const after = calls();
    const j2 = await ask('cached', 'streamed first');
    assert.equal(j2.response.headers.get('x-switchyard-cache'), 'hit');
    assert.equal(j2.data.choices[0].message.content, streamed);
    assert.equal(calls(), after);
  });

  test('Anthropic clients get hits replayed as Anthropic events, tool calls included', async () => {
    const anthropic = new Anthropic({ baseURL: gw.url, apiKey: 'x', maxRetries: 0 });
    const params: Anthropic.MessageCreateParams = {
      model: 'cached', max_tokens: 100, messages: [{ role: 'user', content: 'please use a tool' }],
      tools: [{ name: 'lookup', input_schema: { type: 'object', properties: { q: { type: 'string' } } } }],
    };
    const first = await anthropic.messages.create(params);
    const before = calls();
    const { data: stream, response } = await anthropic.messages.stream(params).withResponse();
    assert.equal(response.headers.get('x-switchyard-cache'), 'hit');
    const msg = await stream.finalMessage();
    assert.equal(calls(), before);
    assert.equal(msg.stop_reason, 'tool_use');
    const use = msg.content.find((b) => b.type === 'tool_use');
    assert.ok(use && use.type === 'tool_use');
    assert.deepEqual(use.input, { q: 'x' });
    assert.deepEqual(first.content.find((b) => b.type === 'tool_use')?.type, 'tool_use');
  });

  test('temperature > 0 bypasses unless the route allows it', async () => {
    const before = calls();
    const a = await ask('cached', 'creative', { temperature: 0.8 });
    const b = await ask('cached', 'creative', { temperature: 0.8 });
    assert.equal(a.response.headers.get('x-switchyard-cache'), 'bypass');
    assert.equal(b.response.headers.get('x-switchyard-cache'), 'bypass');
    assert.equal(calls(), before + 2);
    await ask('hot', 'creative', { temperature: 0.8 });
    const hot = await ask('hot', 'creative', { temperature: 0.8 });
    assert.equal(hot.response.headers.get('x-switchyard-cache'), 'hit');
    assert.equal(calls(), before + 3);
    // temperature 0 is deterministic enough.
    await ask('cached', 'cold', { temperature: 0 });
    assert.equal((await ask('cached', 'cold', { temperature: 0 })).response.headers.get('x-switchyard-cache'), 'hit');
  });

  test('request header: off, refresh, read_only, opt-in on an uncached route; route off wins', async () => {
    await ask('cached', 'header test');
    let n = calls();
    assert.equal((await ask('cached', 'header test', {}, { 'x-switchyard-cache': 'off' })).response.headers.get('x-switchyard-cache'), 'bypass');
    assert.equal(calls(), ++n);
    const refreshed = await ask('cached', 'header test', {}, { 'x-switchyard-cache': 'refresh' });
    assert.equal(refreshed.response.headers.get('x-switchyard-cache'), 'miss');
    assert.equal(calls(), ++n);
    const after = await ask('cached', 'header test');
    assert.equal(after.response.headers.get('x-switchyard-cache'), 'hit');
    assert.equal(after.data.choices[0].message.content, refreshed.data.choices[0].message.content, 'refresh replaced the entry');

    // read_only never stores: the next read_write request still misses.
    assert.equal((await ask('cached', 'ro header', {}, { 'x-switchyard-cache': 'read_only' })).response.headers.get('x-switchyard-cache'), 'miss');
    assert.equal((await ask('cached', 'ro header')).response.headers.get('x-switchyard-cache'), 'miss');
    // A read_only route never stores either, even when the header asks for read_write.
    await ask('ro', 'ro route', {}, { 'x-switchyard-cache': 'read_write' });
    assert.equal((await ask('ro', 'ro route')).response.headers.get('x-switchyard-cache'), 'miss');

    // No cache on the route: no header, unless the request opts in.
    const plain = await ask('plain', 'opt in');
    assert.equal(plain.response.headers.get('x-switchyard-cache'), null);
    await ask('plain', 'opt in', {}, { 'x-switchyard-cache': 'read_write' });
    assert.equal((await ask('plain', 'opt in', {}, { 'x-switchyard-cache': 'read_write' })).response.headers.get('x-switchyard-cache'), 'hit');
    // mode off on the route: the header cannot turn it on.
    await ask('never', 'no way', {}, { 'x-switchyard-cache': 'read_write' });
    assert.equal((await ask('never', 'no way', {}, { 'x-switchyard-cache': 'read_write' })).response.headers.get('x-switchyard-cache'), 'bypass');
  });

  test('an unknown header value is a 400 naming the header', async () => {
    const res = await fetch(`${gw.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-switchyard-cache': 'always' },
      body: JSON.stringify({ model: 'cached', messages: [{ role: 'user', content: 'x' }] }),
    });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { error: { param: string; message: string } };
    assert.equal(body.error.param, 'x-switchyard-cache');
    assert.match(body.error.message, /read_write, read_only, off, refresh/);
  });

  test('entries live in the SQLite file with an expiry; the sweep deletes expired ones', async () => {
    const db = new Database(gw.dbPath, { readonly: true });
    try {
      const rows = db.prepare('SELECT key, expires_at, created_at FROM response_cache').all() as { expires_at: number; created_at: number }[];
      assert.ok(rows.length >= 5);
      for (const r of rows) assert.ok([300_000, 600_000].includes(r.expires_at - r.created_at), "route ttl_s or the default cache.ttl_s");
    } finally {
      db.close();
    }
    const repo = gw.runtime.store.cache!;
    await repo.set('expired-key', '{}', Date.now() - 1, Date.now() - 1000);
    assert.equal(await repo.get('expired-key', Date.now()), null);
    assert.ok((await repo.sweep(Date.now())) >= 1);
    assert.ok((await repo.sweep(Date.now() + 700_000)) >= 5, 'everything expires eventually');
  });
});
