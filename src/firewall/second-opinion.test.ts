import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { firewallConfigSchema } from '../config/firewall-schema.js';
import { assess } from './engine.js';
import { applyOpinion, gatewayJudge, isAmbiguous, parseOpinion } from './second-opinion.js';

const t = firewallConfigSchema.parse({}).thresholds;

describe('second opinion', () => {
  test('only ambiguous calls are eligible; crisis and critical never are', () => {
    const unknown = assess({ tool: 'frobnicate', args: { x: 1 } });
    assert.equal(unknown.decision, 'ask');
    assert.equal(isAmbiguous(unknown, t), true);
    const crisis = assess({ tool: 'send_message', args: { message: 'ok' } }, { user_message: 'I want to end my life' });
    const critical = assess({ tool: 'terminal', args: { command: 'rm -rf /' } });
    for (const a of [crisis, critical]) {
      assert.equal(isAmbiguous(a, t), false);
      assert.deepEqual(applyOpinion(a, { verdict: 'approve', reason: 'looks fine' }, t), a);
    }
  });

  test('approve, deny and escalate fold into the assessment', () => {
    const a = assess({ tool: 'frobnicate', args: { x: 1 } });
    assert.equal(applyOpinion(a, { verdict: 'approve', reason: 'harmless' }, t).decision, 'allow');
    assert.equal(applyOpinion(a, { verdict: 'deny', reason: 'bad' }, t).decision, 'deny');
    const e = applyOpinion(a, { verdict: 'escalate', reason: 'unsure' }, t);
    assert.equal(e.decision, 'ask');
    assert.ok(e.reasons.at(-1)!.includes('escalate'));
  });

  test('a garbled or failing judge escalates, never approves', async () => {
    assert.equal(parseOpinion('sure, go ahead').verdict, 'escalate');
    assert.equal(parseOpinion('{"verdict":"yes"}').verdict, 'escalate');
    assert.equal(parseOpinion('```json\n{"verdict":"approve","reason":"ok"}\n```').verdict, 'approve');
    const failing = gatewayJudge(async () => {
      throw new Error('upstream down');
    }, 'judge', 1000);
    const a = assess({ tool: 'frobnicate', args: {} });
    assert.equal((await failing.judge({ tool: 'frobnicate', args: {} }, a)).verdict, 'escalate');
    let seen = '';
    const ok = gatewayJudge(async (req) => {
      seen = JSON.stringify(req.messages);
      return { content: '{"verdict":"approve","reason":"read-only lookup"}' };
    }, 'judge', 1000);
    assert.equal((await ok.judge({ tool: 'frobnicate', args: { api_key: 'sk-secretsecretsecretsecret' } }, a)).verdict, 'approve');
    assert.ok(!seen.includes('sk-secretsecretsecretsecret'), 'secrets never reach the judge');
  });
});
