import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startFaultUpstream, type FaultUpstream } from './helpers/fault-upstream.js';
import { getJson, startGateway, type TestGateway } from './helpers/gateway.js';
import { waitFor } from './helpers/wait-for.js';

describe('gateway keys, client disconnects, session ids', () => {
  let upstream: FaultUpstream;
  let gw: TestGateway;
  const env = { AGENT_KEY: 'agent-key-0123456789', APPROVER_KEY: 'approver-key-0123456789', READER_KEY: 'reader-key-0123456789' };

  before(async () => {
    upstream = await startFaultUpstream();
    gw = await startGateway(
      `
server: { api_keys: [env:AGENT_KEY], approver_tokens: [env:APPROVER_KEY], reader_tokens: [env:READER_KEY] }
providers:
  up: { type: openai, preset: custom, base_url: "${upstream.url}" }
models:
  slow: { targets: [ { provider: up, model: hang, timeout_ms: 60000 } ] }
  fine: { targets: [ { provider: up, model: fine } ] }
`,
      env,
    );
  });
  after(async () => {
    await gw?.close();
    await upstream?.close();
  });

  test('with server.api_keys set, a missing or wrong key gets 401 and the right key works', async () => {
    const noKey = new OpenAI({ baseURL: gw.baseURL, apiKey: 'wrong', maxRetries: 0 });
    await assert.rejects(noKey.chat.completions.create({ model: 'fine', messages: [{ role: 'user', content: 'x' }] }), (err: unknown) => err instanceof OpenAI.AuthenticationError);
    const raw = await fetch(`${gw.baseURL}/models`);
    assert.equal(raw.status, 401);
    const client = new OpenAI({ baseURL: gw.baseURL, apiKey: env.AGENT_KEY, maxRetries: 0 });
    const r = await client.chat.completions.create({ model: 'fine', messages: [{ role: 'user', content: 'x' }] });
    assert.equal(r.choices[0].message.content, 'ok from fine');
    const models = await client.models.list();
    assert.deepEqual(models.data.map((m) => m.id).sort(), ['fine', 'slow']);
  });

  test('the agent key never works as an approver credential, and the approver token is not a gateway key', async () => {
    const asAgent = await fetch(`${gw.baseURL}/approvals`, { headers: { authorization: `Bearer ${env.AGENT_KEY}` } });
    assert.ok(asAgent.status === 403 || asAgent.status === 404, `status ${asAgent.status}`);
    const approverAsClient = new OpenAI({ baseURL: gw.baseURL, apiKey: env.APPROVER_KEY, maxRetries: 0 });
    await assert.rejects(approverAsClient.chat.completions.create({ model: 'fine', messages: [{ role: 'user', content: 'x' }] }), (err: unknown) => err instanceof OpenAI.AuthenticationError);
  });

  test('a client that disconnects aborts the upstream request, recorded as aborted', async () => {
    const client = new OpenAI({ baseURL: gw.baseURL, apiKey: env.AGENT_KEY, maxRetries: 0 });
    const ac = new AbortController();
    const pending = client.chat.completions.create(
      { model: 'slow', messages: [{ role: 'user', content: 'x' }] },
      { signal: ac.signal, headers: { 'x-switchyard-session-id': 'abort-session' } },
    );
    // Wait until the upstream has the request, then hang up.
    await waitFor('the upstream to receive the request', () => upstream.calls.get('hang'));
    ac.abort();
    await assert.rejects(pending);
    await waitFor('the gateway to close the upstream connection', () => upstream.abandoned.includes('hang'));
    await gw.runtime.store.flush();
    const page = await gw.runtime.store.queryInferences({ session_id: 'abort-session' });
    assert.equal(page.items.length, 1);
    assert.equal(page.items[0].status, 'aborted');
  });

  test('metadata.session_id in the body sets the episode', async () => {
    const client = new OpenAI({ baseURL: gw.baseURL, apiKey: env.AGENT_KEY, maxRetries: 0 });
    const r = await client.chat.completions.create({ model: 'fine', messages: [{ role: 'user', content: 'x' }], metadata: { session_id: 'from-metadata' } });
    // Stored prompts are their own scope: the agent's key cannot read them, a reader token can.
    const denied = await fetch(`${gw.baseURL}/inferences/${r.id}`, { headers: { authorization: `Bearer ${env.AGENT_KEY}` } });
    assert.equal(denied.status, 403);
    const rec = await getJson(`${gw.baseURL}/inferences/${r.id}`, { headers: { authorization: `bearer ${env.READER_KEY}` } });
    assert.equal(rec.session_id, 'from-metadata');
  });
});
