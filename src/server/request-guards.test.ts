import { test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { serverSchema } from '../config/schema.js';
import { Redactor } from '../store/redact.js';
import { installRequestGuards } from './request-guards.js';

test('a JSON body nested past server.max_json_depth is refused with json_too_deep; one within it parses, its bytes kept', async () => {
  const app = Fastify();
  installRequestGuards(app, serverSchema.parse({ max_json_depth: 4, api_keys: ['env:GUARD_TEST_KEY'] }), new Redactor());
  app.setErrorHandler((err: Error & { code?: string }, _req, reply) => reply.status(400).send({ code: err.code }));
  app.post('/echo', async (req) => ({ body: req.body, raw: req.rawJson?.toString('utf8') }));
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
