import { after, before, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { setLevers } from '../src/core/levers.js';
import { LeanPath } from '../src/server/lean/lean-path.js';
import { SIM_CONFIG, startGateway, type TestGateway } from './helpers/gateway.js';
import { waitFor } from './helpers/wait-for.js';

// The lean path of the model routes (src/server/lean/) against fastify's path for the same
// requests, on one gateway with the `leanHttp` lever on and off: the same status, body and
// headers for answers, refusals and errors of each surface, and fastify keeps what the lean path
// does not take.

interface Answer { status: number; headers: Record<string, string>; body: string }
interface Ask { method?: string; path: string; headers?: Record<string, string>; body?: string; chunked?: boolean }

const KEY = 'lean-test-key';
const auth = { authorization: `Bearer ${KEY}` };
const json = { 'content-type': 'application/json' };
const chat = JSON.stringify({ model: 'agent-main', messages: [{ role: 'user', content: 'hi' }] });
const messages = JSON.stringify({ model: 'agent-main', max_tokens: 20, messages: [{ role: 'user', content: 'hi' }] });
const responses = JSON.stringify({ model: 'agent-main', input: 'hi' });
// Headers that differ between any two requests; ids in bodies are replaced below.
const VARYING = new Set(['date', 'x-request-id', 'x-switchyard-inference-id']);

function send(url: string, ask: Ask): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...ask.headers };
    if (ask.body !== undefined) headers[ask.chunked ? 'transfer-encoding' : 'content-length'] = ask.chunked ? 'chunked' : String(Buffer.byteLength(ask.body));
    const req = request(`${url}${ask.path}`, { method: ask.method ?? 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        const kept = Object.entries(res.headers).filter(([k]) => !VARYING.has(k));
        resolve({ status: res.statusCode!, headers: Object.fromEntries(kept.map(([k, v]) => [k, String(v)])), body: normalized(body) });
      });
    });
    req.on('error', reject);
    req.end(ask.body);
  });
}

const normalized = (body: string) =>
  body
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'UUID')
    .replace(/(resp|msg|rs|fc|chatcmpl|call|toolu)_[0-9A-Za-z]+/g, '$1_ID')
    .replace(/"(created|created_at|completed_at)":\d+/g, '"$1":0');

describe('the lean HTTP path answers as fastify does', () => {
  let gw: TestGateway;
  let keyless: TestGateway;
  const taken = mock.method(LeanPath.prototype, 'take');
  const tookIt = () => taken.mock.calls.at(-1)?.result === true;

  before(async () => {
    gw = await startGateway(`server: { api_keys: [env:LEAN_KEY], max_json_depth: 8, max_body_bytes: 4096 }\n${SIM_CONFIG}`, { LEAN_KEY: KEY });
    keyless = await startGateway(`server: { max_inflight_body_bytes: 400 }\n${SIM_CONFIG}`);
  });
  after(async () => {
    setLevers({ leanHttp: true });
    await gw?.close();
    await keyless?.close();
  });

  /** The answer of each path; asserts they are equal and whether the lean path took it. */
  async function both(url: string, ask: Ask, lean: boolean): Promise<Answer> {
    setLevers({ leanHttp: false });
    const viaFastify = await send(url, ask);
    setLevers({ leanHttp: true });
    const viaLean = await send(url, ask);
    assert.equal(tookIt(), lean, `lean path ${lean ? 'should' : 'should not'} take ${ask.path} ${JSON.stringify(ask.headers)}`);
    assert.deepEqual(viaLean, viaFastify, ask.path);
    return viaLean;
  }

  const cases: Array<[string, Ask, number, boolean]> = [
    ['chat completion', { path: '/v1/chat/completions', headers: { ...json, ...auth }, body: chat }, 200, true],
    ['chat stream', { path: '/v1/chat/completions', headers: { ...json, ...auth }, body: chat.replace('{', '{"stream":true,') }, 200, true],
    ['charset parameter', { path: '/v1/chat/completions', headers: { 'content-type': 'application/json; charset=utf-8', ...auth }, body: chat }, 200, true],
    ['client x-request-id', { path: '/v1/chat/completions', headers: { ...json, ...auth, 'x-request-id': 'trace-7' }, body: chat }, 200, true],
    ['no key', { path: '/v1/chat/completions', headers: json, body: chat }, 401, true],
    ['wrong key', { path: '/v1/messages', headers: { ...json, 'x-api-key': 'nope' }, body: messages }, 401, true],
    ['invalid JSON', { path: '/v1/chat/completions', headers: { ...json, ...auth }, body: '{"model":' }, 400, true],
    ['invalid JSON, Anthropic shape', { path: '/v1/messages', headers: { ...json, ...auth }, body: '{"model":' }, 400, true],
    ['a byte-order mark', { path: '/v1/chat/completions', headers: { ...json, ...auth }, body: `\ufeff${chat}` }, 200, true],
    ['__proto__ key', { path: '/v1/responses', headers: { ...json, ...auth }, body: '{"__proto__":{"x":1}}' }, 400, true],
    ['too deep', { path: '/v1/chat/completions', headers: { ...json, ...auth }, body: `{"a":${'['.repeat(20)}${']'.repeat(20)}}` }, 400, true],
    ['invalid body', { path: '/v1/chat/completions', headers: { ...json, ...auth }, body: '{"model":"agent-main"}' }, 400, true],
    ['invalid body, Anthropic shape', { path: '/v1/messages', headers: { ...json, ...auth }, body: '{"model":"agent-main"}' }, 400, true],
    ['unknown model', { path: '/v1/chat/completions', headers: { ...json, ...auth }, body: chat.replace('agent-main', 'nobody') }, 404, true],
    ['bad session header', { path: '/v1/chat/completions', headers: { ...json, ...auth, 'x-switchyard-cache': 'sometimes' }, body: chat }, 400, true],
    ['Anthropic message', { path: '/v1/messages?beta=true', headers: { ...json, ...auth, 'anthropic-version': '2023-06-01' }, body: messages }, 200, true],
    ['Anthropic stream', { path: '/v1/messages', headers: { ...json, ...auth }, body: messages.replace('{', '{"stream":true,') }, 200, true],
    ['Responses', { path: '/v1/responses', headers: { ...json, ...auth }, body: responses }, 200, true],
    ['Responses stream', { path: '/v1/responses', headers: { ...json, ...auth }, body: responses.replace('{', '{"stream":true,') }, 200, true],
    // Not taken: fastify answers them.
    ['other content type', { path: '/v1/chat/completions', headers: { 'content-type': 'text/plain', ...auth }, body: chat }, 400, false],
    ['no content type', { path: '/v1/chat/completions', headers: auth, body: chat }, 415, false],
    ['empty body', { path: '/v1/chat/completions', headers: { ...json, ...auth }, body: '' }, 400, false],
    ['chunked body', { path: '/v1/chat/completions', headers: { ...json, ...auth }, body: chat, chunked: true }, 200, false],
    ['over max_body_bytes', { path: '/v1/chat/completions', headers: { ...json, ...auth }, body: JSON.stringify({ pad: 'x'.repeat(5000) }) }, 413, false],
    ['GET', { method: 'GET', path: '/v1/chat/completions', headers: auth }, 404, false],
    ['trailing slash', { path: '/v1/chat/completions/', headers: { ...json, ...auth }, body: chat }, 404, false],
    ['another route', { path: '/v1/messages/count_tokens', headers: { ...json, ...auth }, body: messages }, 200, false],
  ];
  for (const [name, ask, status, lean] of cases) {
    test(`${name}: ${status}`, async () => {
      const answer = await both(gw.url, ask, lean);
      assert.equal(answer.status, status, answer.body);
    });
  }

  test('a keyless gateway refuses a foreign Host on both paths (403), and serves loopback names', async () => {
    const foreign = await both(keyless.url, { path: '/v1/chat/completions', headers: { ...json, host: 'evil.example' }, body: chat }, true);
    assert.equal(foreign.status, 403);
    assert.equal((await both(keyless.url, { path: '/v1/messages', headers: { ...json, host: 'evil.example' }, body: messages }, true)).status, 403);
    assert.equal((await both(keyless.url, { path: '/v1/chat/completions', headers: json, body: chat }, true)).status, 200);
  });

  test('the in-flight body cap is shared by both paths: 503 overloaded with retry-after while another body is held', async () => {
    // A request whose body never finishes holds its declared size (390 of the 400 bytes allowed).
    const held = request(`${keyless.url}/v1/chat/completions`, { method: 'POST', headers: { ...json, 'content-length': '390' } });
    held.on('error', () => {});
    held.write('{"model":');
    try {
      for (const leanOn of [false, true]) {
        setLevers({ leanHttp: leanOn });
        const refused = await waitFor('the held body to count', async () => {
          const a = await send(keyless.url, { path: '/v1/chat/completions', headers: json, body: chat });
          return a.status === 503 && a;
        });
        assert.equal(refused.headers['retry-after'], '1');
        assert.match(refused.body, /"code":"overloaded"/);
        assert.equal(tookIt(), leanOn);
      }
    } finally {
      held.destroy();
    }
  });
});
