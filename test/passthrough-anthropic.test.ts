import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import Anthropic from '@anthropic-ai/sdk';
import { getJson, startGateway, type TestGateway } from './helpers/gateway.js';
import { json, parseSseText, sseEvents, startRecordingUpstream, type Recorded, type RecordingUpstream } from './helpers/recording-upstream.js';
import { capturedTurn, richClaudeCodeBody } from './helpers/claude-code-fixture.js';

// Anthropic client -> Anthropic target: the request arrives byte for byte as the client sent it
// (only the model name and the credential change), and the answer comes back as the upstream
// wrote it (only the message id becomes the inference id), JSON and streamed.

const UPSTREAM_KEY = 'sk-ant-api03-upstream-0123456789abcdef';
const UPSTREAM_MODEL = 'claude-sonnet-4-5-20250929';
const SESSION = '4543919d-a478-41ae-932a-c4c06f411709';

const USAGE = { input_tokens: 12, cache_creation_input_tokens: 2048, cache_read_input_tokens: 30000, output_tokens: 25, service_tier: 'standard', server_tool_use: { web_search_requests: 1 } };

function message(model: string): Record<string, unknown> {
  return {
    id: 'msg_01UpstreamId',
    type: 'message',
    role: 'assistant',
    model,
    content: [
      { type: 'thinking', thinking: 'Done already.', signature: 'ErUBCkYIBxgCIkDsig==' },
      { type: 'server_tool_use', id: 'srvtoolu_01', name: 'web_search', input: { query: 'spec' } },
      { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_01', content: [{ type: 'web_search_result', url: 'https://example.com', title: 'Ex', encrypted_content: 'abc', page_age: null }] },
      { type: 'text', text: 'The command printed hi.', citations: null },
    ],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: USAGE,
    container: { id: 'container_011CQ', expires_at: '2026-01-01T00:00:00Z' },
  };
}

function streamEvents(model: string): Record<string, unknown>[] {
  return [
    { type: 'message_start', message: { ...message(model), content: [], stop_reason: null, usage: { ...USAGE, output_tokens: 1 } } },
    { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } },
    { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'Done already.' } },
    { type: 'content_block_delta', index: 0, delta: { type: 'signature_delta', signature: 'ErUBCkYIBxgCIkDsig==' } },
    { type: 'content_block_stop', index: 0 },
    { type: 'ping' },
    { type: 'content_block_start', index: 1, content_block: { type: 'text', text: '', citations: null } },
    { type: 'content_block_delta', index: 1, delta: { type: 'text_delta', text: 'The command ' } },
    { type: 'content_block_delta', index: 1, delta: { type: 'text_delta', text: 'printed hi.' } },
    { type: 'content_block_stop', index: 1 },
    { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null, container: null }, usage: { ...USAGE } },
    { type: 'message_stop' },
  ];
}

describe('Anthropic pass-through fidelity (recording mock upstream)', () => {
  let upstream: RecordingUpstream;
  let gw: TestGateway;
  const sent: string[] = [];

  before(async () => {
    upstream = await startRecordingUpstream((req: Recorded, res) => {
      if (req.url.startsWith('/v1/messages/count_tokens')) return json(res, { input_tokens: 4321 });
      if (req.body.stream) sent.push(sseEvents(res, streamEvents(UPSTREAM_MODEL)));
      else json(res, message(UPSTREAM_MODEL));
    });
    gw = await startGateway(
      `
providers:
  anth: { type: anthropic, base_url: "${upstream.origin}", api_key: env:ANTH_KEY }
  sim: { type: simulated }
models:
  claude-or-sim: { targets: [ { provider: anth, model: ${UPSTREAM_MODEL} }, { provider: sim, model: sim-1 } ] }
  claude: { targets: [ { provider: anth, model: ${UPSTREAM_MODEL}, usd_per_1m_input_tokens: 3, usd_per_1m_output_tokens: 15, usd_per_1m_cached_input_tokens: 0.3, usd_per_1m_cache_creation_input_tokens: 3.75 } ] }
routes:
  agent-main: { model: claude }
model_aliases:
  "claude-*": agent-main
`,
      { ANTH_KEY: UPSTREAM_KEY },
    );
  });
  after(async () => {
    await gw?.close();
    await upstream?.close();
  });

  const clientHeaders = () => {
    const h = { ...capturedTurn('tool-result-turn').headers };
    return { ...h, 'x-api-key': 'client-key-not-forwarded' };
  };

  test('JSON: every field and header arrives unchanged apart from the model; the answer comes back as sent', async () => {
    const body = { ...richClaudeCodeBody(), stream: false };
    const res = await fetch(`${gw.url}/v1/messages?beta=true`, { method: 'POST', headers: clientHeaders(), body: JSON.stringify(body) });
    assert.equal(res.status, 200, await res.clone().text());
    const got = (await res.json()) as Record<string, unknown>;
    const rec = upstream.requests.at(-1)!;
    assert.equal(rec.text, JSON.stringify({ ...body, model: UPSTREAM_MODEL }), 'body byte for byte, model aside');
    assert.equal(rec.headers['anthropic-beta'], capturedTurn('tool-result-turn').headers['anthropic-beta']);
    assert.equal(rec.headers['anthropic-version'], '2023-06-01');
    assert.equal(rec.headers['x-api-key'], UPSTREAM_KEY, 'the target credential, never the client key');
    const inferenceId = res.headers.get('x-switchyard-inference-id')!;
    assert.equal(res.headers.get('x-switchyard-passthrough'), '1');
    assert.equal(res.headers.get('x-switchyard-dropped-fields'), null);
    assert.deepEqual(got, { ...message(UPSTREAM_MODEL), id: inferenceId });

    await gw.runtime.store.flush();
    const stored = await getJson(`${gw.baseURL}/inferences/${inferenceId}`);
    assert.equal(stored.session_id, SESSION, 'the session from the JSON metadata.user_id form');
    assert.deepEqual(stored.usage, { prompt_tokens: 12 + 2048 + 30000, completion_tokens: 25, total_tokens: 12 + 2048 + 30000 + 25, cached_input_tokens: 30000, cache_creation_input_tokens: 2048 });
    assert.ok(Math.abs(stored.cost_usd - (12 * 3 + 30000 * 0.3 + 2048 * 3.75 + 25 * 15) / 1e6) < 1e-12, `cache reads and writes priced apart: ${stored.cost_usd}`);
    assert.equal(stored.routing.alias, 'claude-*');
    assert.equal(stored.request.messages.some((m: { role: string }) => m.role === 'system'), true, 'the mid-conversation system message is recorded');
  });

  test('JSON: the answer is the upstream\'s text with only the id spliced in, on the lean path and on fastify\'s (a chunked body)', async () => {
    const body = JSON.stringify({ ...richClaudeCodeBody(), stream: false });
    for (const chunked of [false, true]) {
      const { status, headers, text } = await rawPost(`${gw.url}/v1/messages?beta=true`, clientHeaders(), body, chunked);
      assert.equal(status, 200, text);
      assert.equal(headers['content-type'], 'application/json; charset=utf-8');
      assert.equal(headers['content-length'], String(Buffer.byteLength(text)));
      assert.equal(text, JSON.stringify({ ...message(UPSTREAM_MODEL), id: headers['x-switchyard-inference-id'] }), chunked ? 'fastify' : 'lean path');
    }
  });

  test('streaming: the client receives the upstream events unchanged apart from the message id', async () => {
    const body = { ...richClaudeCodeBody(), stream: true };
    const res = await fetch(`${gw.url}/v1/messages?beta=true`, { method: 'POST', headers: clientHeaders(), body: JSON.stringify(body) });
    assert.equal(res.status, 200);
    const text = await res.text();
    const rec = upstream.requests.at(-1)!;
    assert.equal(rec.text, JSON.stringify({ ...body, model: UPSTREAM_MODEL }));
    const inferenceId = res.headers.get('x-switchyard-inference-id')!;
    const expected = parseSseText(sent.at(-1)!).map((e) => (e.event === 'message_start' ? { ...e, data: JSON.stringify({ ...JSON.parse(e.data), message: { ...JSON.parse(e.data).message, id: inferenceId } }) } : e));
    assert.deepEqual(parseSseText(text), expected);
    await gw.runtime.store.flush();
    const stored = await getJson(`${gw.baseURL}/inferences/${inferenceId}`);
    assert.equal(stored.usage.cached_input_tokens, 30000);
    assert.equal(stored.usage.cache_creation_input_tokens, 2048);
    assert.equal(stored.response.message.content, 'The command printed hi.');
  });

  test('a body only an Anthropic upstream reads is not validated past what routing reads; one that may be translated is', async () => {
    const post = (body: unknown) => fetch(`${gw.url}/v1/messages`, { method: 'POST', headers: clientHeaders(), body: JSON.stringify(body) });
    // tool_result without tool_use_id: Switchyard's full check refuses it, an upstream may too.
    const body = { model: 'agent-main', max_tokens: 16, messages: [{ role: 'user', content: [{ type: 'tool_result', content: 'x' }] }] };
    const forwarded = await post(body);
    assert.equal(forwarded.status, 200, await forwarded.clone().text());
    assert.equal(upstream.requests.at(-1)!.text, JSON.stringify({ ...body, model: UPSTREAM_MODEL }));
    await gw.runtime.store.flush();
    const stored = await getJson(`${gw.baseURL}/inferences/${forwarded.headers.get('x-switchyard-inference-id')}`);
    assert.deepEqual(stored.request.messages, []);
    assert.match(stored.request.untranslatable[0], /^request: messages\[0\]\.content\[0\]\.tool_use_id/);

    const before = upstream.requests.length;
    const translatable = await post({ ...body, model: 'claude-or-sim' });
    assert.equal(translatable.status, 400);
    const refused = ((await translatable.json()) as { error: { type: string; message: string } }).error;
    assert.equal(refused.type, 'invalid_request_error');
    assert.match(refused.message, /messages\[0\]\.content\[0\]\.tool_use_id/);
    const noMaxTokens = await post({ model: 'agent-main', messages: [{ role: 'user', content: 'hi' }] });
    assert.equal(noMaxTokens.status, 400);
    assert.match(await noMaxTokens.text(), /max_tokens/);
    const badRole = await post({ model: 'agent-main', max_tokens: 16, messages: [{ role: 'robot', content: 'hi' }] });
    assert.equal(badRole.status, 400);
    assert.match(await badRole.text(), /messages\[0\]\.role/);
    assert.equal(upstream.requests.length, before, 'nothing refused went upstream');
  });

  test('the official SDK sees the cached tokens exactly as the upstream reported them', async () => {
    const client = new Anthropic({ baseURL: gw.url, apiKey: 'dummy', maxRetries: 0 });
    const msg = await client.beta.messages.create({
      model: 'claude-opus-4-1-20250805',
      max_tokens: 1024,
      betas: ['context-management-2025-06-27'],
      system: [{ type: 'text', text: 'You are Claude Code.', cache_control: { type: 'ephemeral' } }],
      messages: [{ role: 'user', content: 'hi' }],
    });
    assert.equal(msg.usage.cache_read_input_tokens, 30000);
    assert.equal(msg.usage.cache_creation_input_tokens, 2048);
    assert.equal(msg.usage.input_tokens, 12);
    assert.equal(upstream.requests.at(-1)!.headers['anthropic-beta'], 'context-management-2025-06-27');
    assert.deepEqual((upstream.requests.at(-1)!.body.system as unknown[])[0], { type: 'text', text: 'You are Claude Code.', cache_control: { type: 'ephemeral' } });

    const stream = client.messages.stream({ model: 'claude-haiku-4-5', max_tokens: 64, messages: [{ role: 'user', content: 'hi' }] });
    const final = await stream.finalMessage();
    assert.equal(final.usage.cache_read_input_tokens, 30000);
    assert.equal((final.content.find((b) => b.type === 'thinking') as Anthropic.ThinkingBlock).signature, 'ErUBCkYIBxgCIkDsig==');
  });

  test('count_tokens goes to the Anthropic target; the answer is not an estimate', async () => {
    const client = new Anthropic({ baseURL: gw.url, apiKey: 'dummy', maxRetries: 0 });
    const n = await client.messages.countTokens({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'count me' }] });
    assert.equal(n.input_tokens, 4321);
    const rec = upstream.requests.at(-1)!;
    assert.equal(rec.url, '/v1/messages/count_tokens');
    assert.equal(rec.body.model, UPSTREAM_MODEL);
    assert.equal(rec.headers['x-api-key'], UPSTREAM_KEY);
  });

  test('/v1/models answers an Anthropic client in the Anthropic shape', async () => {
    const client = new Anthropic({ baseURL: gw.url, apiKey: 'dummy', maxRetries: 0 });
    const page = await client.models.list();
    const ids = page.data.map((m) => m.id);
    assert.ok(ids.includes('agent-main') && ids.includes('claude'), ids.join(','));
    assert.equal(page.data[0].type, 'model');
    assert.equal(typeof page.data[0].created_at, 'string');
    const openai = await getJson(`${gw.baseURL}/models`);
    assert.equal(openai.object, 'list');
  });
});

/** A POST whose answer is read as text; `chunked` sends the body without a content-length (the lean path leaves that to fastify). */
function rawPost(url: string, headers: Record<string, string>, body: string, chunked: boolean): Promise<{ status: number; headers: Record<string, string>; text: string }> {
  return new Promise((resolve, reject) => {
    const h = { ...headers, 'content-type': 'application/json', ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(Buffer.byteLength(body)) }) };
    const req = request(url, { method: 'POST', headers: h }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers as Record<string, string>, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
