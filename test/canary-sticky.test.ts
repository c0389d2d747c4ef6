import { test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { parseConfigText } from '../src/config/load.js';
import { createRuntime } from '../src/server/runtime.js';
import { startGateway, type TestGateway } from './helpers/gateway.js';
import { admin, canaryConfig, sendSessions, service, variantsBySession } from './canary-helpers.js';

// Sticky assignment end to end: a session keeps its variant across requests, across two replicas
// sharing one store, and when the candidate's weight goes up (sessions only move into it). The
// rollout state survives a restart of the gateway on the same SQLite file.

const YAML = canaryConfig({
  control: { failureRate: 0, seed: 11 },
  candidate: { failureRate: 0, seed: 12 },
  rollout: '{ candidate: candidate, control: control, steps: [0.2, 0.5, 1], min_step_duration_ms: 0, min_sessions_per_arm: 100000, evaluate_every_ms: 0 }',
});

/** A second gateway process-equivalent on the same SQLite file (a replica). */
async function replicaOf(gw: TestGateway): Promise<TestGateway> {
  const { config } = parseConfigText(YAML, 'test.yaml', {});
  if (config.storage.kind === 'sqlite') config.storage.path = gw.dbPath;
  const runtime = await createRuntime({ config, env: {}, logger: pino({ level: 'silent' }) });
  const url = await runtime.app.listen({ port: 0, host: '127.0.0.1' });
  return { url, baseURL: `${url}/v1`, runtime, dir: gw.dir, dbPath: gw.dbPath, close: () => runtime.close() };
}

test('sticky across requests, replicas, a weight increase and a restart', async () => {
  const a = await startGateway(YAML);
  let b: TestGateway | undefined;
  let c: TestGateway | undefined;
  try {
    b = await replicaOf(a);
    const ids = Array.from({ length: 200 }, (_, i) => `sticky-${i}`);

    // Across requests: 3 requests per session, one variant each.
    await sendSessions(a, ids, 3);
    const onA = new Map([...variantsBySession(a)].map(([id, v]) => [id, v]));
    for (const id of ids) assert.equal(new Set(onA.get(id)).size, 1, `${id} switched variants: ${onA.get(id)}`);
    const candidatesBefore = ids.filter((id) => onA.get(id)![0] === 'candidate');
    assert.ok(candidatesBefore.length > 10 && candidatesBefore.length < 80, `about 20% on the candidate, got ${candidatesBefore.length}`);

    // Across replicas: the same sessions on B land where they landed on A.
    await sendSessions(b, ids, 1);
    for (const id of ids) assert.equal(variantsBySession(b).get(id)![0], onA.get(id)![0], id);

    // Weight increase (a person promotes on A; B picks the state up from the shared store).
    const promoted = await admin(a, 'POST', '/v1/experiments/agent-main/promote', { reason: 'looks fine', by: 'alice' });
    assert.equal(promoted.status, 200);
    assert.equal(promoted.json.candidate_weight, 0.5);
    await service(b).controller.refresh();
    await sendSessions(b, ids, 1);
    await sendSessions(a, ids, 1);
    let moved = 0;
    for (const id of ids) {
      const before = onA.get(id)![0];
      const afterB = variantsBySession(b).get(id)!.at(-1);
      const afterA = variantsBySession(a).get(id)!.at(-1);
      assert.equal(afterA, afterB, `replicas disagree on ${id} after the promotion`);
      if (before === 'candidate') assert.equal(afterA, 'candidate', `${id} left the candidate when its weight went up`);
      else if (afterA === 'candidate') moved++;
    }
    assert.ok(moved > 20, `raising 20% -> 50% should move some control sessions, moved ${moved}`);

    // Restart: a new gateway on the same file continues the rollout where it was.
    await b.close();
    b = undefined;
    await a.runtime.close();
    c = await replicaOf(a);
    const report = await admin(c, 'GET', '/v1/experiments/agent-main');
    assert.equal(report.json.status, 'running');
    assert.equal(report.json.step, 2);
    assert.equal(report.json.candidate_weight, 0.5);
    assert.deepEqual(report.json.events.map((e: { action: string }) => e.action), ['promoted', 'started']);
    assert.match(report.json.events[0].actor, /^alice \(admin:file:/);
    assert.equal(report.json.events[0].reason, 'looks fine');
    await sendSessions(c, ids, 1);
    for (const id of ids) assert.equal(variantsBySession(c).get(id)![0], variantsBySession(a).get(id)!.at(-1), `${id} moved after the restart`);
  } finally {
    await b?.close();
    await c?.close();
    await a.close();
  }
});
