import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidRequestError } from '../core/errors.js';
import type { ChatRequest } from '../core/types.js';
import { deferredRequest, isUnconverted, requireValid } from './deferred-request.js';

const full: ChatRequest = { model: 'claude', stream: true, max_tokens: 10, messages: [{ role: 'user', content: 'hi' }], tools: [] };

test('model and stream are answered without converting; any other read converts once', () => {
  let calls = 0;
  const r = deferredRequest({ model: 'claude', stream: true }, () => (calls++, structuredClone(full)));
  assert.equal(r.model, 'claude');
  assert.equal(r.stream, true);
  requireValid({ ...full }); // an ordinary request: nothing to check
  assert.equal(calls, 0);
  assert.ok(isUnconverted(r));
  assert.deepEqual(r.messages, full.messages);
  assert.deepEqual({ ...r }, full);
  assert.equal(JSON.stringify(r), JSON.stringify(full));
  assert.deepEqual(Object.keys(r), Object.keys(full));
  assert.ok('tools' in r && !('seed' in r));
  // Its state is found through the proxy, never shown as a property (nor carried by a copy).
  assert.deepEqual(Reflect.ownKeys(r), Reflect.ownKeys(full));
  assert.equal(isUnconverted({ ...r }), false);
  r.untranslatable = ['x'];
  assert.deepEqual(r.untranslatable, ['x']);
  requireValid(r);
  assert.equal(calls, 1);
});

test('a body failing validation reads as an empty conversation; requireValid throws its 400', () => {
  const bad = new InvalidRequestError('messages[0].content[0].id: expected string', 'messages[0].content[0].id');
  const r = deferredRequest({ model: 'claude' }, () => {
    throw bad;
  });
  assert.deepEqual({ ...r }, { model: 'claude', messages: [], untranslatable: [`request: ${bad.message}`] });
  assert.throws(() => requireValid(r), (e: unknown) => e === bad);
  const broken = deferredRequest({ model: 'claude' }, () => {
    throw new TypeError('a bug, not bad input');
  });
  assert.throws(() => broken.messages, TypeError);
});
