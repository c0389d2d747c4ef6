import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGateway, type TestGateway } from './helpers/gateway.js';
import { admin, canaryConfig, sendSessions } from './canary-helpers.js';

// The JSON routes the web console reads (guardrail series, eval runs, trace search) and the
// console session cookie standing in for the admin token, against a real gateway with SQLite.

let gw: TestGateway;
before(async () => {
  gw = await startGateway(canaryConfig({
    control: { failureRate: 0, seed: 31 },
    candidate: { failureRate: 0.2, seed: 32 },
    rollout: '{ candidate: candidate, control: control, steps: [0.25, 0.5, 1], min_step_duration_ms: 0, min_sessions_per_arm: 100000, evaluate_every_ms: 0 }',
  }));
});
after(async () => gw?.close());

const approverToken = () => readFileSync(join(gw.dir, 'approver-token'), 'utf8').trim();

async function signIn(token: string): Promise<string> {
  const res = await fetch(`${gw.url}/ui/api/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: gw.url }, body: JSON.stringify({ token, name: 'Ops' }) });
  assert.equal(res.status, 200);
  return res.headers.get('set-cookie')!.split(';')[0];
}

function evalRun(id: string, startedAt: string, passes: boolean[]) {
  return {
    id, name: 'tools', file: 'evals/x.yaml', startedAt, finishedAt: startedAt, interrupted: false, items: passes.length, repetitions: 1, confidence: 0.95, seed: 1,
    evaluators: [{ name: 'exact', type: 'exact', binary: true }],
    contenders: [{ name: 'main', route: 'agent-main', calls: passes.length, errors: 0, cached: 0, latencyMs: { mean: 1, p50: 1, p95: 1 }, tokens: { prompt: 0, completion: 0, total: 0 }, costUsd: null,
      scores: [{ evaluator: 'exact', binary: true, n: passes.length, mean: passes.filter(Boolean).length / passes.length, interval: { estimate: 0.5, lower: 0.3, upper: 0.7 }, method: 'wilson' }] }],
    comparisons: [], verdicts: [], warnings: [],
    observations: passes.map((p, i) => ({ item: `i${i}`, contender: 'main', repetition: 0, ok: true, cached: false, latencyMs: 1, usage: null, costUsd: null, scores: { exact: { pass: p, score: p ? 1 : 0, explanation: '' } } })),
  };
}

describe('console data routes', () => {
  test('guardrail series: each metric over the step with its confidence bounds (admin only)', async () => {
    await sendSessions(gw, Array.from({ length: 60 }, (_, i) => `series-${i}`), 2);
    const r = await admin(gw, 'GET', '/v1/experiments/agent-main/series?points=6');
    assert.equal(r.status, 200);
    assert.ok(r.json.points.length >= 2 && r.json.points.length <= 6);
    const last = r.json.points.at(-1);
    assert.equal(last.samples, 120);
    assert.ok(r.json.points.every((p: { samples: number }, i: number, a: Array<{ samples: number }>) => i === 0 || p.samples > a[i - 1].samples));
    const err = last.guardrails.error_rate;
    assert.ok(err && err.lower <= err.estimate && err.estimate <= err.upper, JSON.stringify(last.guardrails));
    assert.ok(!Number.isNaN(Date.parse(last.at)));
    assert.equal((await admin(gw, 'GET', '/v1/experiments/agent-main/series', undefined, approverToken())).status, 403);
    assert.equal((await admin(gw, 'GET', '/v1/experiments/nope/series')).status, 404);
    const bad = await admin(gw, 'GET', '/v1/experiments/agent-main/series?points=1');
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.param, 'points');
  });

  test('an admin session cookie promotes from the same origin only', async () => {
    const cookie = await signIn(readFileSync(join(gw.dir, 'admin-token'), 'utf8').trim());
    assert.match((await fetch(`${gw.url}/ui/api/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: gw.url }, body: JSON.stringify({ token: 'x' }) })).status.toString(), /401/);
    const list = await fetch(`${gw.url}/v1/experiments`, { headers: { cookie } });
    assert.equal(list.status, 200);
    const promote = (headers: Record<string, string>) =>
      fetch(`${gw.url}/v1/experiments/agent-main/promote`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, ...headers }, body: JSON.stringify({ reason: 'looks good' }) });
    assert.equal((await promote({ origin: 'http://evil.example' })).status, 403);
    const ok = await promote({ origin: gw.url });
    assert.equal(ok.status, 200);
    const report = (await ok.json()) as { events: Array<{ actor: string; action: string }> };
    assert.equal(report.events[0].action, 'promoted');
    assert.match(report.events[0].actor, /^Ops \(file:.*admin-token\)$/);
    // Signing out ends the session on the server, not only in the browser.
    assert.equal((await fetch(`${gw.url}/ui/api/logout`, { method: 'POST', headers: { cookie, origin: gw.url } })).status, 200);
    assert.equal((await fetch(`${gw.url}/v1/experiments`, { headers: { cookie } })).status, 403);
  });

  test('eval runs: list, one run without its observations, two runs compared', async () => {
    const dir = join(gw.dir, 'eval-runs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'run-aaaa1111.json'), JSON.stringify(evalRun('run-aaaa1111', '2026-01-01T00:00:00Z', Array.from({ length: 30 }, (_, i) => i % 3 === 0))));
    writeFileSync(join(dir, 'run-bbbb2222.json'), JSON.stringify(evalRun('run-bbbb2222', '2026-01-02T00:00:00Z', Array.from({ length: 30 }, (_, i) => i % 3 !== 0))));
    const list = await admin(gw, 'GET', '/v1/eval-runs');
    assert.deepEqual(list.json.data.map((r: { id: string }) => r.id), ['run-bbbb2222', 'run-aaaa1111']);
    const one = await admin(gw, 'GET', '/v1/eval-runs/run-aaaa');
    assert.equal(one.json.observations, 30);
    assert.equal(one.json.contenders[0].scores[0].evaluator, 'exact');
    const cmp = await admin(gw, 'GET', '/v1/eval-runs/run-aaaa1111/compare/run-bbbb2222');
    assert.equal(cmp.status, 200);
    assert.equal(cmp.json.newer, 'run-bbbb2222');
    assert.equal(cmp.json.deltas[0].comparison.n, 30);
    assert.ok(cmp.json.deltas[0].comparison.difference.estimate > 0);
    assert.equal((await admin(gw, 'GET', '/v1/eval-runs/..%2F..%2Fetc')).status, 400);
    assert.equal((await admin(gw, 'GET', '/v1/eval-runs/zzzzzz')).status, 404);
    assert.equal((await admin(gw, 'GET', '/v1/eval-runs', undefined, approverToken())).status, 403);
  });

  test('firewall traces searchable by session and tool (approver)', async () => {
    for (const [cmd, session] of [['rm -rf ~/a', 'tr-1'], ['ls', 'tr-1'], ['rm -rf ~/b', 'tr-2']]) {
      const r = await fetch(`${gw.url}/v1/firewall/assess`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tool: 'terminal', args: { command: cmd }, context: { session_id: session } }) });
      assert.equal(r.status, 200);
    }
    await fetch(`${gw.url}/v1/firewall/assess`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tool: 'read_file', args: { path: 'x' }, context: { session_id: 'tr-1' } }) });
    const list = await admin(gw, 'GET', '/v1/firewall/traces?session_id=tr-1&tool_name=terminal', undefined, approverToken());
    assert.equal(list.status, 200);
    assert.equal(list.json.data.length, 2);
    assert.ok(list.json.data.every((t: { session_id: string; tool_name: string }) => t.session_id === 'tr-1' && t.tool_name === 'terminal'));
    assert.ok(list.json.data[0].assessment.factors.length > 0);
    const asks = await admin(gw, 'GET', '/v1/firewall/traces?decision=ask', undefined, approverToken());
    assert.equal(asks.json.data.length, 2);
    assert.equal((await admin(gw, 'GET', '/v1/firewall/traces?decision=maybe', undefined, approverToken())).json.error.param, 'decision');
  });
});
