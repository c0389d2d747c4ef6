import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGatewayProcess, type GatewayProcess } from './helpers/cli.js';
import { dropSchema, PG_URL, uniqueSchema } from './store/pg-harness.js';
import { waitFor } from './helpers/wait-for.js';

// Two gateway processes on one PostgreSQL (a fresh schema): what one records, the other serves.

const yaml = `
server:
  admin_tokens: [env:SY_TEST_ADMIN]
  approver_tokens: [env:SY_TEST_APPROVER]
storage:
  kind: postgres
  url: env:SY_TEST_PG
  batch_flush_ms: 5
providers:
  sim: { type: simulated, seed: 3 }
models:
  sim-model:
    targets: [{ provider: sim, model: sim-1 }]
routes:
  agent-main: { model: sim-model }
metrics:
  thumbs_up: { type: boolean, level: inference }
  solved: { type: boolean, level: episode }
`;

describe('two gateway replicas on one PostgreSQL', () => {
  const schema = uniqueSchema('sy_replicas');
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-replicas-'));
  let a: GatewayProcess;
  let b: GatewayProcess;
  before(async () => {
    const cfg = join(dir, 'switchyard.yaml');
    writeFileSync(cfg, yaml);
    const env = { SY_TEST_PG: PG_URL, SWITCHYARD_PG_SCHEMA: schema, SY_TEST_ADMIN: 'admin-token-for-test-1', SY_TEST_APPROVER: 'approver-token-for-test-1' };
    // Both start (and migrate the fresh schema) at the same time.
    [a, b] = await Promise.all([startGatewayProcess(['--config', cfg], env), startGatewayProcess(['--config', cfg], env)]);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  });

  test('an inference served by A is listed, annotated and returned by B, and B’s feedback is visible on A', async () => {
    const res = await fetch(`${a.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-switchyard-session-id': 'shared-session' },
      body: JSON.stringify({ model: 'agent-main', messages: [{ role: 'user', content: 'hello from A' }] }),
    });
    assert.equal(res.status, 200);
    await res.json();
    const id = res.headers.get('x-switchyard-inference-id')!;

    const onB = await waitFor("replica A's write to be visible on B", async () => {
      const r = await fetch(`${b.url}/v1/inferences/${id}`);
      return r.status === 200 ? ((await r.json()) as { id: string; request: { messages: { content: string }[] }; attempts: unknown[] }) : undefined;
    });
    assert.equal(onB.id, id);
    assert.equal(onB.request.messages[0].content, 'hello from A');
    assert.equal(onB.attempts.length, 1);

    for (const body of [
      { metric_name: 'thumbs_up', value: true, inference_id: id, idempotency_key: 'k1' },
      { metric_name: 'solved', value: true, episode_id: 'shared-session' },
    ]) {
      const fb = await fetch(`${b.url}/v1/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      assert.equal(fb.status, 200, await fb.clone().text());
    }
    // The same idempotency key on the other replica returns the same feedback.
    const first = await (await fetch(`${a.url}/v1/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ metric_name: 'thumbs_up', value: true, inference_id: id, idempotency_key: 'k1' }) })).json() as { created: boolean };
    assert.equal(first.created, false);

    const episode = (await (await fetch(`${a.url}/v1/episodes/shared-session`)).json()) as { inferences: { id: string; feedback: { metric_name: string }[] }[]; feedback: { metric_name: string }[] };
    assert.deepEqual(episode.inferences.map((i) => i.id), [id]);
    assert.deepEqual(episode.inferences[0].feedback.map((f) => f.metric_name), ['thumbs_up']);
    assert.deepEqual(episode.feedback.map((f) => f.metric_name), ['solved']);
    const list = (await (await fetch(`${a.url}/v1/inferences?metric=thumbs_up&metric_value=true`)).json()) as { data: { id: string }[] };
    assert.deepEqual(list.data.map((i) => i.id), [id]);
    const health = (await (await fetch(`${b.url}/health`)).json()) as { store: string };
    assert.equal(health.store, 'postgres');
  });
});
