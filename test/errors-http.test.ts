import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { parseConfigText } from '../src/config/load.js';
import { createRuntime, type Runtime } from '../src/server/runtime.js';
import { getJson } from './helpers/gateway.js';
import { sendJson, startMock, type MockServer } from './conformance/mock-server.js';
import { OPENAI_MOCK_KEY, respondOpenAi } from './conformance/mock-openai.js';
import { startFaultUpstream, type FaultUpstream } from './helpers/fault-upstream.js';

// Errors a client can act on, through real HTTP: status per failure, x-request-id everywhere (and
// in logs and records), x-switchyard-inference-id on failed inferences, 4xx logged and counted,
// a 404 that lists the endpoints, GET /v1/models/{id}. Logs are captured from the real logger.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Line = Record<string, any>;

describe('actionable errors over HTTP', () => {
  let faults: FaultUpstream;
  let keyEcho: MockServer;
  let overloaded: MockServer;
  let runtime: Runtime;
  let url: string;
  let dir: string;
  const logs: Line[] = [];
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const chat = (model: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    post('/v1/chat/completions', { model, messages: [{ role: 'user', content: 'hi' }], ...extra }, headers);

  before(async () => {
    faults = await startFaultUpstream();
    keyEcho = await startMock(respondOpenAi);
    keyEcho.scenario = { kind: 'error', status: 401, error: 'auth' };
    overloaded = await startMock((_s, _rec, res) => sendJson(res, 529, { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }));
    dir = mkdtempSync(join(tmpdir(), 'switchyard-errors-'));
    const { config } = parseConfigText(
      `
storage: { path: "${join(dir, 'db.sqlite')}" }
providers:
  faults: { type: openai, base_url: "${faults.url}" }
  echo: { type: openai, base_url: "${keyEcho.origin}/v1", api_key: env:ECHO_KEY }
  nokey: { type: openai, base_url: "${faults.url}", api_key: env:NOT_SET_ANYWHERE }
  busy: { type: anthropic, base_url: "${overloaded.origin}", api_key: env:ECHO_KEY }
models:
  ok: { targets: [{ provider: faults, model: ok }] }
  "org/slashed": { targets: [{ provider: faults, model: ok }] }
  slow: { targets: [{ provider: faults, model: hang, timeout_ms: 150, max_retries: 0 }, { provider: faults, model: hang, timeout_ms: 150, max_retries: 0 }] }
  keyless: { targets: [{ provider: nokey, model: ok }] }
  bad-key: { targets: [{ provider: echo, model: gpt-4o-mini, max_retries: 0 }] }
  too-long: { targets: [{ provider: faults, model: context }] }
  busy: { targets: [{ provider: busy, model: claude-haiku-4-5, max_retries: 0 }] }
  broken: { targets: [{ provider: faults, model: "500", max_retries: 0 }] }
routes:
  agent-main: { model: ok }
`,
      'errors.yaml',
      {},
    );
    const logger = pino({ level: 'info' }, { write: (s: string) => void logs.push(JSON.parse(s)) });
    runtime = await createRuntime({ config, env: { ECHO_KEY: OPENAI_MOCK_KEY }, logger });
    url = await runtime.app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await runtime?.close();
    await Promise.all([faults?.close(), keyEcho?.close(), overloaded?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  test('every target timed out: 504 upstream_timeout', async () => {
    const res = await chat('slow');
    assert.equal(res.status, 504);
    assert.equal(((await res.json()) as Line).error.code, 'upstream_timeout');
  });

  test('upstream refuses our key: 502 with a clear message that never contains the key', async () => {
    const res = await chat('bad-key');
    const body = (await res.json()) as Line;
    assert.equal(res.status, 502);
    assert.equal(body.error.code, 'upstream_auth_failed');
    assert.match(body.error.message, /HTTP 401/);
    assert.ok(!JSON.stringify(body).includes(OPENAI_MOCK_KEY));
    assert.ok(!JSON.stringify(logs).includes(OPENAI_MOCK_KEY), 'key in a log line');
  });

  test('credential not set: 502 upstream_auth_failed naming the variable', async () => {
    const res = await chat('keyless');
    const body = (await res.json()) as Line;
    assert.equal(res.status, 502);
    assert.equal(body.error.code, 'upstream_auth_failed');
    assert.match(body.error.message, /NOT_SET_ANYWHERE is not set/);
  });

  test('context too long: 400 context_length_exceeded (the SDK raises BadRequestError)', async () => {
    const client = new OpenAI({ baseURL: `${url}/v1`, apiKey: 'x', maxRetries: 0 });
    const err = await client.chat.completions.create({ model: 'too-long', messages: [{ role: 'user', content: 'hi' }] }).then(() => null, (e: unknown) => e);
    assert.ok(err instanceof OpenAI.BadRequestError);
    assert.equal((err.error as Line).code, 'context_length_exceeded');
  });

  test('upstream overloaded (529): 503 on the OpenAI surface, 529 overloaded_error on the Anthropic one', async () => {
    const openai = await chat('busy');
    assert.equal(openai.status, 503);
    assert.equal(((await openai.json()) as Line).error.code, 'upstream_overloaded');
    const client = new Anthropic({ baseURL: url, apiKey: 'x', maxRetries: 0 });
    const err = await client.messages.create({ model: 'busy', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }).then(() => null, (e: unknown) => e);
    assert.ok(err instanceof Anthropic.APIError);
    assert.equal(err.status, 529);
    assert.equal((err.error as Line).error.type, 'overloaded_error');
  });

  test('x-request-id: a sane client id is kept (reply, log lines, inference record); others are replaced', async () => {
    const res = await chat('agent-main', {}, { 'x-request-id': 'client-trace-42' });
    assert.equal(res.headers.get('x-request-id'), 'client-trace-42');
    const id = res.headers.get('x-switchyard-inference-id')!;
    await runtime.store.flush();
    assert.equal((await getJson(`${url}/v1/inferences/${id}`)).request_id, 'client-trace-42');

    const insane = await chat('agent-main', {}, { 'x-request-id': 'has spaces and "quotes"' });
    assert.match(insane.headers.get('x-request-id')!, /^req_[0-9a-f]{32}$/);
    const long = await fetch(`${url}/health`, { headers: { 'x-request-id': 'x'.repeat(300) } });
    assert.match(long.headers.get('x-request-id')!, /^req_/);
    const two = await Promise.all([fetch(`${url}/health`), fetch(`${url}/health`)]);
    assert.notEqual(two[0].headers.get('x-request-id'), two[1].headers.get('x-request-id'));
    // Generated ids are time-ordered (request_id is indexed: random ones cost the writer a page a row).
    const later = (await fetch(`${url}/health`)).headers.get('x-request-id')!;
    for (const earlier of two) assert.ok(earlier.headers.get('x-request-id')! < later);

    const rejected = await chat('no-such-model', {}, { 'x-request-id': 'client-trace-43' });
    assert.equal(rejected.status, 404);
    assert.equal(rejected.headers.get('x-request-id'), 'client-trace-43');
    assert.ok(logs.some((l) => l.request_id === 'client-trace-43' && l.status === 404), JSON.stringify(logs.slice(-3)));
  });

  test('x-request-id on streams, on 404s and on the Anthropic surface', async () => {
    const stream = await chat('agent-main', { stream: true });
    assert.match(stream.headers.get('content-type')!, /event-stream/);
    assert.ok(stream.headers.get('x-request-id'));
    await stream.text();
    const missing = await fetch(`${url}/v1/nope`);
    assert.ok(missing.headers.get('x-request-id'));
    const anthropic = await post('/v1/messages', { model: 'agent-main', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] });
    assert.ok(anthropic.headers.get('x-request-id'));
  });

  test('4xx rejections: logged at info with route and code but no content, counted by status and code', async () => {
    const before = logs.length;
    const res = await post('/v1/chat/completions', { model: 'agent-main', messages: [{ role: 'wizard', content: 'PRIVATE-PROMPT-TEXT' }] });
    assert.equal(res.status, 400);
    const line = logs.slice(before).find((l) => l.msg === 'request rejected');
    assert.ok(line, 'no log line');
    assert.equal(line.level, 30); // info
    assert.deepEqual([line.route, line.method, line.status, line.code], ['/v1/chat/completions', 'POST', 400, 'invalid_request']);
    assert.ok(line.request_id);
    assert.ok(!JSON.stringify(logs).includes('PRIVATE-PROMPT-TEXT'));

    await fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    await fetch(`${url}/v1/does-not-exist`);
    const metrics = await (await fetch(`${url}/metrics`)).text();
    assert.match(metrics, /switchyard_http_errors_total\{status="400",code="invalid_request"\} [1-9]/);
    assert.match(metrics, /switchyard_http_errors_total\{status="400",code="invalid_json"\} [1-9]/);
    assert.match(metrics, /switchyard_http_errors_total\{status="404",code="unknown_endpoint"\} [1-9]/);
    assert.match(metrics, /switchyard_http_errors_total\{status="502",code="upstream_server_error"\} |switchyard_http_errors_total\{status="504",code="upstream_timeout"\} [1-9]/);
  });

  test('a failed inference is named in the error reply, JSON and stream (failed before the first byte)', async () => {
    for (const stream of [false, true]) {
      const res = await chat('broken', stream ? { stream: true } : {});
      assert.equal(res.status, 502);
      assert.equal(((await res.json()) as Line).error.code, 'upstream_server_error');
      const id = res.headers.get('x-switchyard-inference-id');
      assert.ok(id, `stream=${stream}`);
      await runtime.store.flush();
      const rec = await getJson(`${url}/v1/inferences/${id}`);
      assert.equal(rec.status, 'error');
      assert.equal(rec.stream, stream);
    }
  });

  test('unknown path: 404 listing the registered endpoints, in the client\u2019s wire format', async () => {
    const res = await post('/v1/foo', {});
    const body = (await res.json()) as Line;
    assert.equal(res.status, 404);
    assert.equal(body.error.code, 'unknown_endpoint');
    assert.match(body.error.message, /^no route POST \/v1\/foo; this gateway serves POST \/v1\/chat\/completions, /);
    for (const e of ['POST /v1/messages', 'POST /v1/embeddings', 'GET /v1/models', 'GET /v1/models/{id}', 'GET /health', 'GET /v1/inferences/:id']) {
      assert.ok(body.error.message.includes(e), `${e} missing`);
    }
    const anth = await fetch(`${url}/v1/messages/batches`, { headers: { 'anthropic-version': '2023-06-01' } });
    const ab = (await anth.json()) as Line;
    assert.equal(anth.status, 404);
    assert.equal(ab.type, 'error');
    assert.equal(ab.error.type, 'not_found_error');
    assert.match(ab.error.message, /POST \/v1\/messages/);
  });

  test('GET /v1/models/{id}: the OpenAI model object; unknown ids are a 404 the SDK understands', async () => {
    const client = new OpenAI({ baseURL: `${url}/v1`, apiKey: 'x', maxRetries: 0 });
    const route = await client.models.retrieve('agent-main');
    assert.deepEqual([route.id, route.object, route.owned_by], ['agent-main', 'model', 'switchyard-route']);
    assert.ok(Number.isInteger(route.created));
    const slashed = await client.models.retrieve('org/slashed');
    assert.deepEqual([slashed.id, slashed.owned_by], ['org/slashed', 'switchyard-model']);
    const err = await client.models.retrieve('gpt-17').then(() => null, (e: unknown) => e);
    assert.ok(err instanceof OpenAI.NotFoundError);
    assert.equal((err.error as Line).code, 'model_not_found');
    assert.equal((err.error as Line).param, 'model');
    const list = await client.models.list();
    assert.ok(list.data.some((m) => m.id === 'org/slashed'));
  });
});
