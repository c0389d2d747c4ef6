import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startFaultUpstream, type FaultUpstream } from './helpers/fault-upstream.js';
import { startGateway, type TestGateway, getJson } from './helpers/gateway.js';

// Issue 3: every fault a provider can throw at us, through the official SDK, asserting what the
// client sees and what the store recorded.

const FAULTS: { model: string; kind: string }[] = [
  { model: '429:0', kind: 'rate_limited' },
  { model: '500', kind: 'server_error' },
  { model: '503', kind: 'server_error' },
  { model: 'hang', kind: 'timeout' },
  { model: 'reset', kind: 'connection' },
  { model: 'malformed', kind: 'malformed' },
  { model: 'empty', kind: 'empty' },
];

function config(upstreamUrl: string): string {
  const chain = (fault: string) => `
    targets:
      - { provider: up, model: "${fault}", max_retries: 0, timeout_ms: 300, ttft_timeout_ms: 300 }
      - { provider: up, model: "healthy" }`;
  return `
providers:
  up: { type: openai, preset: custom, base_url: "${upstreamUrl}" }
  router: { type: openai, preset: openrouter, base_url: "${upstreamUrl}" }
models:
${FAULTS.map((f, i) => `  fault-${i}:${chain(f.model)}`).join('\n')}
  all-bad:
    targets:
${FAULTS.map((f) => `      - { provider: up, model: "${f.model}", max_retries: 0, timeout_ms: 300 }`).join('\n')}
  retry-same:
    targets:
      - { provider: up, model: "seq:429:0,ok-after-retry", max_retries: 2, retry_base_ms: 1 }
  retry-after-too-long:
    targets:
      - { provider: up, model: "429:5", max_retries: 2, retry_max_ms: 100 }
      - { provider: up, model: "second" }
  client-error:
    targets:
      - { provider: up, model: "400" }
      - { provider: up, model: "never-called" }
  long-context:
    targets:
      - { provider: up, model: "context", context_window: 8192 }
      - { provider: up, model: "small-window", context_window: 4096 }
      - { provider: up, model: "big-window", context_window: 200000 }
  breaker:
    breaker: { failure_threshold: 2, window_ms: 60000, cooldown_ms: 3000 }
    targets:
      - { provider: up, model: "seq:500,500,ok-probe", max_retries: 0 }
      - { provider: up, model: "backup" }
  drops:
    targets:
      - { provider: up, model: "drop" }
      - { provider: up, model: "not-used" }
  strong: { targets: [ { provider: up, model: "strong-model" } ] }
  cheap: { targets: [ { provider: up, model: "cheap-model" } ] }
  openrouter-model:
    targets:
      - { provider: router, model: "or-model", provider_preferences: { order: [anthropic], allow_fallbacks: false } }
routes:
  agent-main: { strong: strong, cheap: cheap }
`;
}

describe('routing resilience against a fault-injecting upstream', () => {
  let upstream: FaultUpstream;
  let gw: TestGateway;
  let client: OpenAI;
  const inference = async (id: string) => {
    await gw.runtime.store.flush();
    return getJson(`${gw.baseURL}/inferences/${id}`);
  };

  before(async () => {
    upstream = await startFaultUpstream();
    gw = await startGateway(config(upstream.url));
    client = new OpenAI({ baseURL: gw.baseURL, apiKey: 'x', maxRetries: 0 });
  });
  after(async () => {
    await gw?.close();
    await upstream?.close();
  });

  for (const [i, fault] of FAULTS.entries()) {
    for (const stream of [false, true]) {
      test(`${fault.model} (${stream ? 'stream' : 'json'}): falls back unseen and records why`, async () => {
        let id: string;
        let text = '';
        if (stream) {
          const s = await client.chat.completions.create({ model: `fault-${i}`, messages: [{ role: 'user', content: 'hi' }], stream: true });
          id = '';
          for await (const c of s) {
            id = c.id;
            text += c.choices[0]?.delta?.content ?? '';
          }
        } else {
          const r = await client.chat.completions.create({ model: `fault-${i}`, messages: [{ role: 'user', content: 'hi' }] });
          id = r.id;
          text = r.choices[0].message.content ?? '';
        }
        assert.equal(text, 'ok from healthy');
        const rec = await inference(id);
        assert.equal(rec.status, 'ok');
        assert.equal(rec.provider, 'up');
        assert.equal(rec.upstream_model, 'healthy');
        assert.equal(rec.attempts.length, 2);
        assert.equal(rec.attempts[0].outcome, 'error');
        assert.equal(rec.attempts[0].error_kind, fault.kind);
        assert.match(rec.attempts[0].next_reason, /falling back/);
        assert.equal(rec.attempts[1].outcome, 'ok');
      });
    }
  }

  test('all targets faulting: one clear error naming each attempt', async () => {
    await assert.rejects(client.chat.completions.create({ model: 'all-bad', messages: [{ role: 'user', content: 'hi' }] }), (err: unknown) => {
      assert.ok(err instanceof OpenAI.APIError);
      assert.ok((err.status ?? 0) >= 500);
      for (const f of FAULTS) assert.ok(err.message.includes(`up/${f.model}`), `${f.model} missing from: ${err.message}`);
      assert.match(err.message, /rate_limited HTTP 429/);
      assert.match(err.message, /timeout/);
      return true;
    });
  });

  test('retries the same target with backoff, honouring Retry-After', async () => {
    const r = await client.chat.completions.create({ model: 'retry-same', messages: [{ role: 'user', content: 'hi' }] });
    assert.equal(r.choices[0].message.content, 'ok from seq:429:0,ok-after-retry');
    const rec = await inference(r.id);
    assert.deepEqual(rec.attempts.map((a: { retry: number; outcome: string }) => [a.retry, a.outcome]), [[0, 'error'], [1, 'ok']]);
    assert.match(rec.attempts[0].next_reason, /retry 1 of 2/);
  });

  test('a Retry-After longer than retry_max_ms moves on instead of waiting', async () => {
    const started = Date.now();
    const r = await client.chat.completions.create({ model: 'retry-after-too-long', messages: [{ role: 'user', content: 'hi' }] });
    assert.ok(Date.now() - started < 4000, 'did not wait 5 s');
    assert.equal(r.choices[0].message.content, 'ok from second');
    const rec = await inference(r.id);
    assert.match(rec.attempts[0].next_reason, /exceeds retry_max_ms/);
  });

  test('a 400 caused by the request does not fall back', async () => {
    await assert.rejects(client.chat.completions.create({ model: 'client-error', messages: [{ role: 'user', content: 'hi' }] }), (err: unknown) => {
      assert.ok(err instanceof OpenAI.BadRequestError);
      return true;
    });
    assert.equal(upstream.calls.get('never-called'), undefined);
  });

  test('a context-length error goes to a target with a larger context window', async () => {
    const r = await client.chat.completions.create({ model: 'long-context', messages: [{ role: 'user', content: 'long' }] });
    assert.equal(r.choices[0].message.content, 'ok from big-window');
    const rec = await inference(r.id);
    assert.deepEqual(rec.attempts.map((a: { outcome: string; error_kind: string | null }) => [a.outcome, a.error_kind]), [['error', 'context_length'], ['skipped', 'context_length'], ['ok', null]]);
    assert.equal(upstream.calls.get('small-window'), undefined);
  });

  test('the circuit breaker opens, rejects fast, probes after the cooldown and closes', async () => {
    const ask = () => client.chat.completions.create({ model: 'breaker', messages: [{ role: 'user', content: 'hi' }] });
    await ask();
    await ask(); // second failure opens the breaker
    const status = await getJson(`${gw.baseURL}/status`);
    assert.equal(status.breakers.find((b: { target: string }) => b.target.startsWith('up/seq:500')).state, 'open');
    const callsBefore = upstream.calls.get('seq:500,500,ok-probe');
    const r = await ask();
    assert.equal(r.choices[0].message.content, 'ok from backup');
    assert.equal(upstream.calls.get('seq:500,500,ok-probe'), callsBefore, 'open breaker sent nothing upstream');
    const rec = await inference(r.id);
    assert.equal(rec.attempts[0].outcome, 'skipped');
    assert.equal(rec.attempts[0].error_kind, 'circuit_open');
    const metrics = await fetch(`${gw.url}/metrics`).then((res) => res.text());
    assert.match(metrics, /switchyard_circuit_state\{target="up\/seq:500,500,ok-probe"\} 2/);
    // The cooldown is long enough that the checks above cannot outlive it on a busy machine; wait
    // for the breaker itself to report half-open rather than for a fixed time.
    const breakerState = async () => (await getJson(`${gw.baseURL}/status`)).breakers.find((b: { target: string }) => b.target.startsWith('up/seq:500')).state;
    while ((await breakerState()) === 'open') await new Promise((res) => setTimeout(res, 50));
    const probe = await ask();
    assert.equal(probe.choices[0].message.content, 'ok from seq:500,500,ok-probe');
    const after = await getJson(`${gw.baseURL}/status`);
    assert.equal(after.breakers.find((b: { target: string }) => b.target.startsWith('up/seq:500')).state, 'closed');
  });

  test('a stream that breaks after its first bytes ends with an error event and is recorded', async () => {
    const s = await client.chat.completions.create({ model: 'drops', messages: [{ role: 'user', content: 'hi' }], stream: true });
    let text = '';
    let id = '';
    await assert.rejects(
      (async () => {
        for await (const c of s) {
          id = c.id;
          text += c.choices[0]?.delta?.content ?? '';
        }
      })(),
      /broke after it started/,
    );
    assert.equal(text, 'Hello, wor');
    const rec = await inference(id);
    assert.equal(rec.status, 'interrupted');
    assert.equal(rec.attempts.length, 1);
    assert.equal(rec.attempts[0].error_kind, 'stream_interrupted');
    assert.equal(upstream.calls.get('not-used'), undefined, 'no fallback once bytes reached the client');
  });

  test('cheap-vs-strong: the choice and its reason are recorded', async () => {
    const simple = await client.chat.completions.create({ model: 'agent-main', messages: [{ role: 'user', content: 'hello there' }] });
    assert.equal(simple.choices[0].message.content, 'ok from cheap-model');
    const hard = await client.chat.completions.create({ model: 'agent-main', messages: [{ role: 'user', content: 'please debug this traceback' }] });
    assert.equal(hard.choices[0].message.content, 'ok from strong-model');
    const rec = await inference(hard.id);
    assert.deepEqual([rec.routing.tier, rec.routing.tier_reason], ['strong', 'keyword "debug"']);
    assert.equal((await inference(simple.id)).routing.tier, 'cheap');
  });

  test('headers pin a target or disable fallback', async () => {
    const pinned = await client.chat.completions.create({ model: 'fault-1', messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'x-switchyard-target': '1' } });
    assert.equal(pinned.choices[0].message.content, 'ok from healthy');
    assert.equal((await inference(pinned.id)).attempts.length, 1);
    await assert.rejects(
      client.chat.completions.create({ model: 'fault-1', messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'x-switchyard-no-fallback': '1' } }),
      (err: unknown) => err instanceof OpenAI.APIError && /fallback disabled|server_error/.test(err.message),
    );
    await assert.rejects(
      client.chat.completions.create({ model: 'fault-1', messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'x-switchyard-target': 'nope' } }),
      (err: unknown) => err instanceof OpenAI.BadRequestError && /matches no target/.test(err.message),
    );
  });

  test('OpenRouter provider preferences pass through, client keys over config', async () => {
    await client.chat.completions.create({
      model: 'openrouter-model',
      messages: [{ role: 'user', content: 'hi' }],
      // @ts-expect-error OpenRouter extension field
      provider: { sort: 'price', allow_fallbacks: true },
    });
    const body = upstream.bodies.filter((b) => b.model === 'or-model').pop() as { provider: Record<string, unknown> };
    assert.deepEqual(body.provider, { order: ['anthropic'], allow_fallbacks: true, sort: 'price' });
  });
});
