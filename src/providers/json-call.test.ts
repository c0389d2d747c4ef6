import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { providerFailure as failure, serveOnLoopback } from '../../test/helpers/loopback-server.js';
import { UpstreamAbort } from './call-signal.js';
import { postForJson } from './json-call.js';
import type { ProviderTarget } from './types.js';

// A JSON answer read through undici's dispatch: the same results and the same errors as
// postJson + readJson gave (status errors with their retry hints, malformed bodies, aborts,
// refused connections), and the answer's bytes as they came.

const target: ProviderTarget = { providerName: 'p', config: { type: 'openai', preset: 'custom', base_url: 'http://127.0.0.1:1/v1' }, model: 'm' };
const held: ServerResponse[] = [];
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  req.resume();
  req.on('end', () => {
    if (req.url === '/chunks') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('\ufeff{"id":"a", "text":"caf');
      setImmediate(() => res.end('\u00e9 \ud83e\udd8a"}'));
    } else if (req.url === '/limited') {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '7' });
      res.end('{"error":{"message":"slow down","type":"rate_limit_error"}}');
    } else if (req.url === '/html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>oops</html>');
    } else if (req.url === '/hold') held.push(res);
    else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
});
const { origin } = serveOnLoopback(server);

const post = (path: string, signal = new UpstreamAbort()) => postForJson(`${origin()}${path}`, { 'content-type': 'application/json' }, '{}', signal, target);

test('the answer\'s value and its bytes as sent, over several chunks, a byte-order mark skipped for the value', async () => {
  const answer = await post('/chunks');
  assert.equal(answer.status, 200);
  assert.deepEqual(answer.raw, { id: 'a', text: 'caf\u00e9 \ud83e\udd8a' });
  assert.equal(answer.bytes.toString('utf8'), '\ufeff{"id":"a", "text":"caf\u00e9 \ud83e\udd8a"}');
});

test('an error status is the ProviderError its body and headers make (kind, retry hint)', async () => {
  const err = await failure(post('/limited'));
  assert.equal(err.kind, 'rate_limited');
  assert.equal(err.retryAfterMs, 7000);
  assert.match(err.message, /HTTP 429: slow down/);
});

test('a body that is not JSON is malformed', async () => {
  const err = await failure(post('/html'));
  assert.equal(err.kind, 'malformed');
});

test('an abort while the answer is awaited ends the call as aborted, and the listener goes with it', async () => {
  const signal = new UpstreamAbort();
  const call = post('/hold', signal);
  while (held.length === 0) await new Promise((r) => setImmediate(r));
  assert.equal(signal.listenerCount('abort'), 1);
  signal.abort();
  const err = await failure(call);
  assert.equal(err.kind, 'aborted');
  assert.equal(signal.listenerCount('abort'), 0);
  const done = new UpstreamAbort();
  await post('/', done);
  assert.equal(done.listenerCount('abort'), 0, 'a finished call leaves no listener');
});

test('a signal already aborted, or a timeout\'s reason, and a refused connection', async () => {
  const signal = new UpstreamAbort();
  signal.abort(new DOMException('deadline', 'TimeoutError'));
  assert.equal((await failure(post('/', signal))).kind, 'timeout');
  const refused = await failure(postForJson('http://127.0.0.1:1/v1/x', {}, '{}', new UpstreamAbort(), target));
  assert.equal(refused.kind, 'connection');
});
