import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway, SIM_CONFIG, type TestGateway } from './helpers/gateway.js';
import { dropSchema, PG_URL, uniqueSchema } from './store/pg-harness.js';

// Session crisis risk end to end through the real gateway: risk shown in turn 1 holds an
// innocuous send_message in turn 5 for a human, an approver (never the agent's key) clears the
// session, and the same call then runs. On SQLite and on the real PostgreSQL. Then the optional
// model screen, served by a mock OpenAI-format upstream on 127.0.0.1: it escalates, and its
// "no risk", its errors and its silence never relax anything.

const KEYS = { SY_AGENT_KEY: 'agent-key-risk', SY_APPROVER: 'approver-token-risk', SY_TEST_PG: PG_URL };
const server = `
server:
  api_keys: [env:SY_AGENT_KEY]
  approver_tokens: [env:SY_APPROVER]
firewall:
  mode: enforce
`;

async function call(gw: TestGateway, method: string, path: string, token: string | null, body?: unknown) {
  const res = await fetch(`${gw.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as any };
}

const send = (text: string) => ({ tool: 'send_message', args: { target: 'telegram:me', message: text } });

function sessionFlow(name: string, yaml: () => string, env: () => NodeJS.ProcessEnv, cleanup: () => Promise<void> = async () => undefined) {
  describe(`session crisis risk over HTTP (${name})`, () => {
    let gw: TestGateway;
    before(async () => {
      gw = await startGateway(yaml(), env());
    });
    after(async () => {
      await gw?.close();
      await cleanup();
    });

    test('turn 1 shows risk; turn 5 send_message is crisis-gated; an approver clears; it runs', async () => {
      const sid = `risk-${name}-${Date.now()}`;
      const turns = [
        'honestly I have been giving away my things, I won\'t need them where I\'m going',
        'can you check the weather for tomorrow',
        'what time is it in Lisbon',
        'thanks, that helps',
        'ok tell my sister I said hi',
      ];
      // Turn 1: the agent only reads something; the call runs, but the session now remembers.
      const t1 = await call(gw, 'POST', '/v1/firewall/assess', KEYS.SY_AGENT_KEY, { tool: 'read_file', args: { path: 'notes.md' }, context: { session_id: sid, user_message: turns[0] } });
      assert.equal(t1.status, 200);
      assert.equal(t1.body.status, 'allow');
      // Turn 5: an innocuous message, the conversation window no longer holds turn 1.
      const ctx5 = { session_id: sid, user_message: turns[4], user_messages: turns.slice(2, 4) };
      const t5 = await call(gw, 'POST', '/v1/firewall/assess', KEYS.SY_AGENT_KEY, { ...send('Hi from your brother!'), context: ctx5 });
      assert.equal(t5.body.status, 'pending');
      assert.equal(t5.body.crisis_sensitive, true);
      assert.equal(t5.body.crisis_rule, true);
      assert.equal(t5.body.crisis_detail.session_risk, true);
      assert.ok(t5.body.reasons.some((r: string) => /session showed crisis risk/.test(r)), t5.body.reasons.join(' | '));
      // A read in the same session is not held.
      const read = await call(gw, 'POST', '/v1/firewall/assess', KEYS.SY_AGENT_KEY, { tool: 'read_file', args: { path: 'notes.md' }, context: ctx5 });
      assert.equal(read.body.status, 'allow');

      // The agent cannot clear its own session, nor pretend the risk is gone.
      const byAgent = await call(gw, 'POST', `/v1/firewall/sessions/${sid}/clear-risk`, KEYS.SY_AGENT_KEY, {});
      assert.equal(byAgent.status, 403);
      assert.match(byAgent.body.error.message, /gateway \(agent\) key/);
      assert.equal((await call(gw, 'POST', `/v1/firewall/sessions/${sid}/clear-risk`, null, {})).status, 403);
      const pretend = await call(gw, 'POST', '/v1/firewall/assess', KEYS.SY_AGENT_KEY, { ...send('Hi again'), context: { ...ctx5, session_risk: { active: false, acknowledged: [] } } });
      assert.equal(pretend.body.crisis_sensitive, true);

      const risk = await call(gw, 'GET', `/v1/firewall/sessions/${sid}/risk`, KEYS.SY_APPROVER);
      assert.equal(risk.body.status, 'at_risk');
      assert.ok(risk.body.reasons[0].includes('read_file'));
      assert.ok(!JSON.stringify(risk.body).includes('giving away'), 'no message text is stored');

      const cleared = await call(gw, 'POST', `/v1/firewall/sessions/${sid}/clear-risk`, KEYS.SY_APPROVER, {});
      assert.equal(cleared.status, 200);
      assert.equal(cleared.body.status, 'cleared');
      assert.match(cleared.body.cleared_by, /approver/);

      const after = await call(gw, 'POST', '/v1/firewall/assess', KEYS.SY_AGENT_KEY, { ...send('Hi from your brother!'), context: ctx5 });
      assert.equal(after.body.crisis_sensitive, false);
      assert.equal(after.body.status, 'allow');
      // Turn 1's message again is acknowledged; a new message showing risk raises it again.
      // (The same ordinary message as above: a two-letter reply scores near the learned layer's threshold on its own.)
      const replay = await call(gw, 'POST', '/v1/firewall/assess', KEYS.SY_AGENT_KEY, { ...send('Hi from your brother!'), context: { session_id: sid, user_messages: [turns[0]], user_message: turns[4] } });
      assert.equal(replay.body.crisis_sensitive, false);
      const fresh = await call(gw, 'POST', '/v1/firewall/assess', KEYS.SY_AGENT_KEY, { ...send('ok'), context: { session_id: sid, user_message: 'je ne serai bientôt plus là, prenez soin de mon chat' } });
      assert.equal(fresh.body.crisis_sensitive, true);
      assert.equal((await call(gw, 'GET', `/v1/firewall/sessions/${sid}/risk`, KEYS.SY_APPROVER)).body.status, 'at_risk');
    });

    test('clearing a session that never showed risk is a 404 naming the id', async () => {
      const r = await call(gw, 'POST', '/v1/firewall/sessions/never-at-risk/clear-risk', KEYS.SY_APPROVER, {});
      assert.equal(r.status, 404);
      assert.equal(r.body.error.param, 'id');
    });
  });
}

sessionFlow('sqlite', () => `${SIM_CONFIG}${server}`, () => KEYS);

const schema = uniqueSchema('sy_fwrisk');
sessionFlow(
  'postgres',
  () => `${SIM_CONFIG}${server}storage:\n  kind: postgres\n  url: env:SY_TEST_PG\n  batch_flush_ms: 5\n`,
  () => ({ ...KEYS, SWITCHYARD_PG_SCHEMA: schema }),
  () => dropSchema(schema),
);

describe('model crisis screen through the gateway (mock upstream)', () => {
  let upstream: Server;
  let upstreamUrl: string;
  const seen: string[] = [];
  let gw: TestGateway;
  before(async () => {
    // The screen's answer depends on a marker in the conversation it is shown.
    upstream = createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const body = JSON.parse(raw) as { messages: Array<{ content: string }> };
        const text = body.messages.map((m) => m.content).join('\n');
        seen.push(text);
        if (text.includes('MARK-HANG')) return; // never answers: the timeout must change nothing
        const content = text.includes('MARK-RISK')
          ? '{"risk": true, "reason": "veiled farewell"}'
          : text.includes('MARK-GARBAGE')
            ? 'I think so, maybe'
            : '{"risk": false, "reason": "ordinary"}';
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'x', object: 'chat.completion', created: 1, model: 'screen', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } }));
      });
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1`;
    gw = await startGateway(
      `
providers:
  up: { type: openai, preset: custom, base_url: "${upstreamUrl}" }
models:
  screen-model:
    targets: [{ provider: up, model: "screen", max_retries: 0 }]
${server}  crisis:
    screen_model: screen-model
    screen_timeout_ms: 400
`,
      KEYS,
    );
  });
  after(async () => {
    await gw?.close();
    upstream.closeAllConnections();
    await new Promise((r) => upstream.close(r));
  });

  test('the screen escalates what the built-in screen does not see, and the session remembers', async () => {
    const ctx = { session_id: 'screen-1', user_message: 'send the usual note to Sam MARK-RISK' };
    const a = await call(gw, 'POST', '/v1/firewall/assess', KEYS.SY_AGENT_KEY, { ...send('Thursday at 10 works for me, Sam.'), context: ctx });
    assert.equal(a.body.crisis_sensitive, true);
    assert.equal(a.body.status, 'pending');
    assert.ok(a.body.reasons.some((r: string) => r.includes('model screen: veiled farewell')), a.body.reasons.join(' | '));
    assert.ok(seen.some((t) => t.includes('MARK-RISK')), 'the screen was asked through the gateway');
    const risk = await call(gw, 'GET', '/v1/firewall/sessions/screen-1/risk', KEYS.SY_APPROVER);
    assert.equal(risk.body.status, 'at_risk');
  });

  test('"no risk", a garbled answer and a timeout never relax anything', async () => {
    // The built-in screen sees the crisis; the model says no risk: still gated (it is not even asked).
    const asked = seen.length;
    const crisis = await call(gw, 'POST', '/v1/firewall/assess', KEYS.SY_AGENT_KEY, { ...send('ok'), context: { session_id: 'screen-2', user_message: 'I want to kill myself tonight' } });
    assert.equal(crisis.body.crisis_rule, true);
    assert.equal(seen.length, asked);
    for (const marker of ['MARK-SAFE', 'MARK-GARBAGE', 'MARK-HANG']) {
      const r = await call(gw, 'POST', '/v1/firewall/assess', KEYS.SY_AGENT_KEY, { ...send('Lunch at 1?'), context: { session_id: `screen-${marker}`, user_message: `ask Ana about lunch ${marker}` } });
      assert.equal(r.status, 200);
      assert.equal(r.body.crisis_sensitive, false, marker);
      assert.equal(r.body.status, 'allow', marker);
    }
    // An ordinary call that the engine holds for other reasons stays held whatever the screen says.
    const held = await call(gw, 'POST', '/v1/firewall/assess', KEYS.SY_AGENT_KEY, { ...send('card 4532 0188 9124 5533 exp 09/27'), context: { session_id: 'screen-3', user_message: 'send my card MARK-SAFE' } });
    assert.equal(held.body.status, 'pending');
  });
});
