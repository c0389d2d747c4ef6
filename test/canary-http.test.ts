import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveAdminToken } from '../src/cli/commands/canary.js';
import { startGateway, type TestGateway } from './helpers/gateway.js';
import { admin, adminToken, canaryConfig, client, evaluate, runCliAsync, sendSessions, service } from './canary-helpers.js';

// The experiments API, the `switchyard canary` command against it, forced variants and shadow traffic.

describe('canary over HTTP and the CLI', () => {
  let gw: TestGateway;
  before(async () => {
    gw = await startGateway(canaryConfig({
      control: { failureRate: 0, seed: 21 },
      candidate: { failureRate: 0, seed: 22 },
      rollout: '{ candidate: candidate, control: control, steps: [0.1, 0.25, 0.5, 1], min_step_duration_ms: 0, min_sessions_per_arm: 100000, evaluate_every_ms: 0 }',
      shadow: '{ variant: shadowed, share: 1 }',
    }));
  });
  after(async () => gw?.close());

  test('admin token required; bad bodies and unknown names get clear 4xx', async () => {
    assert.equal((await admin(gw, 'GET', '/v1/experiments', undefined, 'not-a-token')).status, 403);
    const list = await admin(gw, 'GET', '/v1/experiments');
    assert.equal(list.status, 200);
    assert.deepEqual(list.json.data.map((r: { name: string }) => r.name), ['agent-main']);
    const noReason = await admin(gw, 'POST', '/v1/experiments/agent-main/promote', {});
    assert.equal(noReason.status, 400);
    assert.equal(noReason.json.error.param, 'reason');
    const unknown = await admin(gw, 'GET', '/v1/experiments/nope');
    assert.equal(unknown.status, 404);
    assert.match(unknown.json.error.message, /agent-main/);
  });

  test('shadow copies are recorded, never returned, and left out of the analysis', async () => {
    const res = await client(gw).chat.completions.create({ model: 'agent-main', messages: [{ role: 'user', content: 'hello there' }] }, { headers: { 'x-switchyard-session-id': 'shadow-s1' } });
    assert.doesNotMatch(res.choices[0].message.content ?? '', /shadow says hi/);
    await service(gw).shadow.drain();
    await gw.runtime.store.flush();
    const page = await gw.runtime.store.queryInferences({ route: 'agent-main', variant: 'shadowed' });
    assert.equal(page.items.length, 1);
    const copy = page.items[0];
    assert.equal(copy.routing?.shadow, true);
    assert.equal(copy.session_id, null, 'a shadow copy does not join the episode');
    assert.equal(copy.routing?.session_id, 'shadow-s1');
    assert.equal(copy.tags?.switchyard_shadow, 'true');
    assert.match(JSON.stringify(copy.response), /shadow says hi/);
    const report = await evaluate(gw);
    assert.equal(report.analysis.arms.candidate.requests + report.analysis.arms.control.requests, 1);
  });

  test('a forced variant is served and recorded as forced, and not counted', async () => {
    const res = await client(gw).chat.completions.create({ model: 'agent-main', messages: [{ role: 'user', content: 'force me' }] }, { headers: { 'x-switchyard-session-id': 'forced-1', 'x-switchyard-variant': 'candidate' } });
    await gw.runtime.store.flush();
    const stored = await gw.runtime.store.getInference(res.id);
    assert.equal(stored!.variant, 'candidate');
    assert.equal(stored!.routing?.variant_forced, true);
    const report = await evaluate(gw);
    assert.equal(report.analysis.arms.candidate.requests + report.analysis.arms.control.requests, 1);
  });

  test('canary status, promote, hold and rollback from the CLI, recorded with who and why', async () => {
    await sendSessions(gw, Array.from({ length: 40 }, (_, i) => `cli-${i}`), 2);
    const opts = ['--url', gw.url, '--token', adminToken(gw)];
    // Read-only calls run side by side: each CLI start pays for loading TypeScript.
    const [status, list, noToken] = await Promise.all([
      runCliAsync(['canary', 'status', 'agent-main', ...opts]),
      runCliAsync(['canary', 'status', ...opts]),
      runCliAsync(['canary', 'status', 'agent-main', '--url', gw.url, '--token-file', join(gw.dir, 'missing')], { SWITCHYARD_ADMIN_TOKEN: '' }),
    ]);
    assert.equal(status.status, 0, status.stderr);
    assert.match(status.stdout, /agent-main: RUNNING {2}step 1\/4/);
    assert.match(status.stdout, /error rate +0\.0% \[/);
    assert.match(status.stdout, /guardrails/);
    assert.match(list.stdout, /^ROUTE +STATUS/);
    assert.match(list.stdout, /agent-main +running +1\/4 +candidate +10\.0%/);
    assert.equal(noToken.status, 1);
    assert.match(noToken.stderr, /no admin token/);

    const promote = await runCliAsync(['canary', 'promote', 'agent-main', ...opts, '--reason', 'error rates match', '--by', 'bob', '--json']);
    assert.equal(promote.status, 0, promote.stderr);
    const promoted = JSON.parse(promote.stdout);
    assert.equal(promoted.candidate_weight, 0.25);
    assert.equal(promoted.events[0].actor.startsWith('bob (admin:'), true);

    assert.equal((await admin(gw, 'POST', '/v1/experiments/agent-main/hold', { reason: 'waiting for the eval' })).status, 200);
    const again = await runCliAsync(['canary', 'hold', 'agent-main', ...opts, '--reason', 'twice']);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /error 409: cannot hold experiment agent-main: only a running experiment can be held/);

    const rollback = await runCliAsync(['canary', 'rollback', 'agent-main', ...opts, '--reason', 'customer complaint', '--json'], { SWITCHYARD_ADMIN_TOKEN: '' });
    const rolled = JSON.parse(rollback.stdout);
    assert.equal(rolled.status, 'rolled_back');
    assert.equal(rolled.weights.candidate, 0);
    assert.deepEqual(rolled.events.map((e: { action: string; reason: string }) => `${e.action}: ${e.reason}`).slice(0, 3), [
      'rolled_back: customer complaint', 'held: waiting for the eval', 'promoted: error rates match',
    ]);

  });

  test('the admin token comes from --token, then the environment, then .switchyard/admin-token', () => {
    mkdirSync(join(gw.dir, 'cwd', '.switchyard'), { recursive: true });
    writeFileSync(join(gw.dir, 'cwd', '.switchyard', 'admin-token'), 'from-file\n');
    assert.equal(resolveAdminToken({ token: 'flag' }, { SWITCHYARD_ADMIN_TOKEN: 'env' }, join(gw.dir, 'cwd')), 'flag');
    assert.equal(resolveAdminToken({}, { SWITCHYARD_ADMIN_TOKEN: 'env' }, join(gw.dir, 'cwd')), 'env');
    assert.equal(resolveAdminToken({}, {}, join(gw.dir, 'cwd')), 'from-file');
    assert.equal(resolveAdminToken({}, {}, gw.dir), undefined);
  });
});
