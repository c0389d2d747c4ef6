import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { parseConfigText } from '../config/load.js';
import { UpstreamAbort } from '../providers/call-signal.js';
import { requestMeta } from '../server/request-meta.js';
import type { HttpRequest } from '../server/http-types.js';
import { stampResponse } from '../server/responses/native.js';
import { BreakerBank } from './breaker-bank.js';
import { runChain, type AttemptContext } from './chain.js';
import { ClientAbort } from './client-abort.js';
import { resolvePlan } from './resolve.js';
import { resolveModels } from './targets.js';

// Objects the gateway makes per request must not make V8 allocate in the old generation on the
// way (docs/performance.md, "Dead requests promoted"): an accessor written in an object literal
// (its AccessorPair is always old and points at the request's closure), or a key added after an
// object spread (on Node 20 a new hidden class, an old-space Map, per evaluation). Both kept dead
// requests alive through scavenges. V8's own test for "same hidden class" answers it here; the
// warm-up matters, because the spread's cost starts once its inline cache is warm.

setFlagsFromString('--allow-natives-syntax');
const sameHiddenClass = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

const yaml = `
storage: { kind: memory }
providers: { s: { type: simulated } }
models: { m: { targets: [ { provider: s, model: x } ] } }
routes: { r: { model: m } }
`;
const { config } = parseConfigText(yaml, 't', {});
const models = resolveModels(config, {});

/** `make` called 40 times (warm), the 20th and the 40th result. */
function warmPair<T extends object>(make: (i: number) => T): [T, T] {
  const made = Array.from({ length: 40 }, (_, i) => make(i));
  return [made[19], made[39]];
}

test('the fallback chain: each attempt context has the same hidden class and its signal getter on the prototype', async () => {
  const breakers = new BreakerBank();
  const seen: AttemptContext[] = [];
  for (let i = 0; i < 40; i++) {
    const r = await runChain(models.get('m')!, breakers, { client: new ClientAbort(), stream: false }, async (ctx) => {
      seen.push(ctx);
      assert.ok(ctx.signal instanceof UpstreamAbort);
      return i;
    });
    assert.equal(r.value, i);
  }
  assert.equal(Object.getOwnPropertyDescriptor(seen[39], 'signal'), undefined);
  assert.ok(sameHiddenClass(seen[19], seen[39]));
});

test('resolvePlan: every plan has the same hidden class', () => {
  const [a, b] = warmPair((i) => resolvePlan(config, models, { model: 'r', messages: [{ role: 'user', content: `q${i}` }] }, {}));
  assert.deepEqual(Object.keys(b), ['route', 'variant', 'model', 'systemPrompt', 'routing', 'only']);
  assert.ok(sameHiddenClass(a, b));
});

test('requestMeta: one hidden class, and the client signal made only when asked for', () => {
  const req = (i: number) => ({ id: `req-${i}`, headers: { 'x-switchyard-session-id': `s${i}` } }) as unknown as HttpRequest;
  const aborts: ClientAbort[] = [];
  const [a, b] = warmPair((i) => {
    const abort = new ClientAbort();
    aborts.push(abort);
    return requestMeta(req(i), undefined, abort);
  });
  assert.ok(sameHiddenClass(a, b));
  assert.equal(Object.getOwnPropertyDescriptor(b, 'signal'), undefined);
  assert.equal(b.sessionId, 's39');
  const signal = b.signal!;
  assert.equal(signal.aborted, false);
  aborts[39].abort();
  assert.equal(signal.aborted, true);
});

test('stampResponse: the stamped Responses object keeps one hidden class when the route adds its extension', () => {
  const [a, b] = warmPair((i) => {
    const r = stampResponse({ id: 'resp_up', object: 'response', output: [], usage: { input_tokens: i } }, `resp_${i}`, i % 2 ? 'resp_prev' : undefined);
    r.switchyard = { inference_id: `inf_${i}` };
    return r;
  });
  assert.ok(sameHiddenClass(a, b));
  assert.equal(b.id, 'resp_39');
});
