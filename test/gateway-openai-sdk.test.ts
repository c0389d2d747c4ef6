import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import OpenAI from 'openai';
import { SIM_CONFIG, startGateway, type TestGateway, getJson } from './helpers/gateway.js';

// The official OpenAI SDK against a real gateway on 127.0.0.1 backed by the simulated provider.

describe('gateway through the official openai SDK', () => {
  let gw: TestGateway;
  let client: OpenAI;

  before(async () => {
    gw = await startGateway(SIM_CONFIG);
    client = new OpenAI({ baseURL: gw.baseURL, apiKey: 'unused', maxRetries: 0 });
  });
  after(async () => gw?.close());

  test('chat completion: id is the inference id, which the store returns', async () => {
    const res = await client.chat.completions.create({
      model: 'agent-main',
      messages: [{ role: 'user', content: 'say hello' }],
    });
    assert.equal(res.object, 'chat.completion');
    assert.match(res.choices[0].message.content ?? '', /say hello/);
    assert.equal(res.choices[0].finish_reason, 'stop');
    assert.ok(res.usage && res.usage.total_tokens > 0);
    const stored = await getJson(`${gw.baseURL}/inferences/${res.id}`);
    assert.equal(stored.id, res.id);
    assert.equal(stored.route, 'agent-main');
    assert.equal(stored.model, 'sim-model');
    assert.equal(stored.provider, 'sim');
    assert.equal(stored.status, 'ok');
    assert.equal(stored.attempts.length, 1);
  });

  test('streamed completion with usage', async () => {
    const stream = await client.chat.completions.create({
      model: 'agent-main',
      messages: [{ role: 'user', content: 'stream me a reply please' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let usage;
    let finish;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      finish ??= chunk.choices[0]?.finish_reason ?? undefined;
      usage ??= chunk.usage ?? undefined;
    }
    assert.match(text, /stream me a reply please/);
    assert.equal(finish, 'stop');
    assert.ok(usage && usage.completion_tokens > 0);
  });

  test('tool call with schema-valid arguments, JSON and streamed', async () => {
    const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = [
      { type: 'function', function: { name: 'read_file', description: 'read a file', parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] } } },
      { type: 'function', function: { name: 'terminal', description: 'run a shell command', parameters: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] } } },
    ];
    const res = await client.chat.completions.create({ model: 'agent-main', messages: [{ role: 'user', content: 'read the file /tmp/x.txt' }], tools });
    const call = res.choices[0].message.tool_calls?.[0];
    assert.equal(res.choices[0].finish_reason, 'tool_calls');
    assert.ok(call && call.type === 'function');
    assert.equal(call.function.name, 'read_file');
    assert.equal(JSON.parse(call.function.arguments).path, '/tmp/x.txt');

    const stream = client.chat.completions.stream({ model: 'agent-main', messages: [{ role: 'user', content: 'read the file /tmp/y.txt' }], tools });
    const final = await stream.finalChatCompletion();
    const streamed = final.choices[0].message.tool_calls?.[0];
    assert.ok(streamed && streamed.type === 'function');
    assert.equal(streamed.function.name, 'read_file');
    assert.deepEqual(JSON.parse(streamed.function.arguments), { path: '/tmp/y.txt' });
  });

  test('errors: unknown model is 404, bad field is 400 naming it, process survives', async () => {
    await assert.rejects(client.chat.completions.create({ model: 'nope', messages: [{ role: 'user', content: 'x' }] }), (err: unknown) => {
      assert.ok(err instanceof OpenAI.NotFoundError);
      assert.match(err.message, /unknown model or route "nope"/);
      return true;
    });
    await assert.rejects(
      client.chat.completions.create({ model: 'agent-main', messages: [{ role: 'user', content: 'x' }], temperature: 9 }),
      (err: unknown) => {
        assert.ok(err instanceof OpenAI.BadRequestError);
        assert.equal((err.error as { param?: string }).param, 'temperature');
        return true;
      },
    );
    const raw = await fetch(`${gw.baseURL}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"model": "agent-main", "messages": [' });
    assert.equal(raw.status, 400);
    assert.equal(((await raw.json()) as { error: { type: string } }).error.type, 'invalid_request_error');
    const big = await fetch(`${gw.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'agent-main', messages: [{ role: 'user', content: 'x'.repeat(21 * 1024 * 1024) }] }),
    });
    assert.equal(big.status, 413);
    const health = await fetch(`${gw.url}/health`);
    assert.equal(health.status, 200);
  });

  test('inference rows are in the SQLite file after a graceful close', async () => {
    const res = await client.chat.completions.create({ model: 'agent-main', messages: [{ role: 'user', content: 'persist me' }] }, { headers: { 'x-switchyard-session-id': 'sess-42' } });
    await gw.runtime.store.flush();
    const db = new Database(gw.dbPath, { readonly: true });
    try {
      const row = db.prepare('SELECT session_id, status, request FROM inferences WHERE id = ?').get(res.id) as { session_id: string; status: string; request: string };
      assert.equal(row.session_id, 'sess-42');
      assert.equal(row.status, 'ok');
      assert.match(row.request, /persist me/);
      const n = db.prepare('SELECT count(*) AS n FROM attempts WHERE inference_id = ?').get(res.id) as { n: number };
      assert.equal(n.n, 1);
    } finally {
      db.close();
    }
  });
});
