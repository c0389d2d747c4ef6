import { test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { serverSchema } from '../config/schema.js';
import { Redactor } from '../store/redact.js';
import { installRequestGuards, RequestGuards } from './request-guards.js';

test('a JSON body nested past server.max_json_depth is refused with json_too_deep; one within it parses, its bytes kept', async () => {
  const app = Fastify();
  installRequestGuards(app, serverSchema.parse({ max_json_depth: 4, api_keys: ['env:GUARD_TEST_KEY'] }), new Redactor());
  app.setErrorHandler((err: Error & { code?: string }, _req, reply) => reply.status(400).send({ code: err.code }));
  app.post('/echo', async (req) => ({ body: req.body, raw: req.jsonBody?.bytes.toString('utf8') }));
  try {
    const deep = await app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'application/json' }, payload: '{"a":[[[[1]]]]}' });
    assert.equal(deep.statusCode, 400);
    assert.equal(deep.json().code, 'json_too_deep');
    const within = await app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'application/json' }, payload: '{"a":[[["[[[[["]]]}' });
    assert.equal(within.statusCode, 200);
    assert.deepEqual(within.json(), { body: { a: [[['[[[[[']]] }, raw: '{"a":[[["[[[[["]]]}' });
  } finally {
    await app.close();
  }
});

test('bodies parse as fastify\'s own JSON parser parses them, errors included', async () => {
  // The guard's parser against fastify's default one with the same options (prototype poisoning
  // refused, constructor keys allowed): the same status, error code and parsed value.
  const mine = Fastify();
  installRequestGuards(mine, serverSchema.parse({ max_json_depth: 64, api_keys: ['env:GUARD_TEST_KEY'] }), new Redactor());
  const reference = Fastify({ onProtoPoisoning: 'error', onConstructorPoisoning: 'ignore' });
  for (const app of [mine, reference]) {
    app.setErrorHandler((err: Error & { code?: string; statusCode?: number }, _req, reply) => reply.status(err.statusCode ?? 500).send({ code: err.code, message: err.message }));
    app.post('/echo', async (req) => ({ body: req.body === undefined ? 'undefined' : req.body }));
  }
  const payloads = [
    '{"model":"m","messages":[{"role":"user","content":"héllo 🦊 \\u00e9 \\"q\\""}]}',
    '\ufeff{"bom":true}', // a byte-order mark: fastify's parser strips it
    '', '{', '{"a":1,}', 'nul', '{"a":"\\q"}', '[1,2', '"just a string"', '42', 'null', '[]',
    '{"__proto__":{"admin":true}}',
    '{"a":[{"b":{"__proto__":{"x":1}}}]}',
    '{"a":{"\\u005f_proto__":{"x":1}}}', // an escaped spelling is the same key
    '{"text":"the word \\"__proto__\\": appears in a string"}', // only in a string: allowed
    '{"constructor":{"prototype":{"x":1}}}', // constructor keys: allowed (onConstructorPoisoning ignore)
    '{"__proto__":1,"a":' + '['.repeat(100) + ']'.repeat(100) + '}',
  ];
  try {
    for (const payload of payloads) {
      const send = (app: typeof mine) => app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'application/json' }, payload });
      const [a, b] = [await send(mine), await send(reference)];
      assert.equal(a.statusCode, b.statusCode, payload);
      assert.deepEqual(a.json(), b.json(), payload);
    }
  } finally {
    await mine.close();
    await reference.close();
  }
});

test('a keyless gateway answers loopback Host names and refuses others, whichever it saw last', () => {
  const guards = new RequestGuards(serverSchema.parse({}), new Redactor(), (() => undefined) as never);
  for (const [host, ok] of [['127.0.0.1:4000', true], ['127.0.0.1:4000', true], ['evil.example:4000', false], ['127.0.0.1:4000', true], ['localhost', true], ['evil.example:4000', false], [undefined, true]] as const) {
    assert.equal(guards.hostProblem('/v1/messages', host) === undefined, ok, String(host));
  }
  assert.equal(guards.hostProblem('/health', 'evil.example'), undefined);
});
