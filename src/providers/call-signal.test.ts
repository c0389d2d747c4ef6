import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { ProviderError } from '../core/errors.js';
import { abortSignalOf, UpstreamAbort } from './call-signal.js';
import { postJson, readJson } from './http.js';
import type { ProviderTarget } from './types.js';

const target: ProviderTarget = { providerName: 'p', config: { type: 'openai', preset: 'custom', base_url: 'http://127.0.0.1:1/v1' }, model: 'm' };

/** An upstream that takes the request and answers only when told to (or never). */
async function silentUpstream(headersFirst: boolean) {
  const held: ServerResponse[] = [];
  const server = createServer((req, res) => {
    req.resume();
    if (headersFirst) res.writeHead(200, { 'content-type': 'application/json' }).write('{"a":');
    held.push(res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const arrived = once(server, 'request');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/x`, arrived, close: () => { for (const r of held) r.destroy(); server.close(); } };
}

test('an UpstreamAbort stops a request waiting for its answer: an AbortError is an abort, a TimeoutError a timeout', async () => {
  for (const [reason, kind] of [[undefined, 'aborted'], [new DOMException('no chunk', 'TimeoutError'), 'timeout']] as const) {
    const up = await silentUpstream(false);
    const signal = new UpstreamAbort();
    const call = postJson(up.url, { 'content-type': 'application/json' }, '{}', signal, target);
    await up.arrived;
    signal.abort(reason);
    const err = await call.then(() => undefined, (e: unknown) => e);
    assert.ok(err instanceof ProviderError);
    assert.equal(err.kind, kind);
    assert.equal(signal.listenerCount('abort'), 0, 'the request let go of the signal');
    up.close();
  }
});

test('an UpstreamAbort stops reading a body already under way', async () => {
  const up = await silentUpstream(true);
  const signal = new UpstreamAbort();
  const res = await postJson(up.url, {}, '{}', signal, target);
  const reading = readJson(res, signal, target).then(() => undefined, (e: unknown) => e);
  signal.abort();
  const err = await reading;
  assert.ok(err instanceof ProviderError);
  assert.equal(err.kind, 'aborted');
  up.close();
});

test('an already aborted UpstreamAbort never sends, and its AbortSignal follows it', async () => {
  const signal = new UpstreamAbort();
  const real = abortSignalOf(signal);
  assert.equal(real.aborted, false);
  signal.abort(new DOMException('late', 'TimeoutError'));
  assert.equal(real.aborted, true);
  assert.equal((real.reason as DOMException).name, 'TimeoutError');
  assert.equal(abortSignalOf(new UpstreamAbort()).aborted, false);
  const err = await postJson('http://127.0.0.1:1/v1/x', {}, '{}', signal, target).then(() => undefined, (e: unknown) => e);
  assert.ok(err instanceof ProviderError);
  assert.equal(err.kind, 'timeout');
  const plain = new AbortController();
  assert.equal(abortSignalOf(plain.signal), plain.signal);
});
