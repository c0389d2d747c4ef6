import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SIM_CONFIG, startGateway, type TestGateway } from './helpers/gateway.js';

const CONFIG = `${SIM_CONFIG}
server:
  admin_tokens: [env:SY_ADMIN]
metrics:
  thumbs_up: { type: boolean }
`;
const ADMIN = { authorization: 'Bearer admin-token-datasets-1', 'content-type': 'application/json' };

describe('datasets over HTTP', () => {
  let gw: TestGateway;
  before(async () => {
    gw = await startGateway(CONFIG, { SY_ADMIN: 'admin-token-datasets-1' });
  });
  after(() => gw.close());

  test('build from a query, edit into a new version, read both versions', async () => {
    const ids: string[] = [];
    for (const text of ['alpha', 'beta']) {
      const res = await fetch(`${gw.baseURL}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'agent-main', messages: [{ role: 'user', content: text }] }) });
      await res.json();
      ids.push(res.headers.get('x-switchyard-inference-id')!);
    }
    await fetch(`${gw.baseURL}/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ metric_name: 'thumbs_up', value: true, inference_id: ids[1] }) });

    const noAdmin = await fetch(`${gw.baseURL}/datasets/good/from-query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(noAdmin.status, 403);
    const v1 = (await (await fetch(`${gw.baseURL}/datasets/good/from-query`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ filter: { metric: 'thumbs_up', metric_value: 'true' } }) })).json()) as any;
    assert.deepEqual([v1.version, v1.size], [1, 1]);
    const points = (await (await fetch(`${gw.baseURL}/datasets/good/datapoints`)).json()) as any;
    assert.equal(points.data[0].source_inference_id, ids[1]);
    assert.equal(points.data[0].messages[0].content, 'beta');

    const edit = await fetch(`${gw.baseURL}/datasets/good/versions`, {
      method: 'POST',
      headers: ADMIN,
      body: JSON.stringify({ edit: [{ id: points.data[0].id, patch: { output: { role: 'assistant', content: 'better' } } }], add: [{ messages: [{ role: 'user', content: 'q' }, { role: 'assistant', content: 'a' }] }] }),
    });
    const v2 = (await edit.json()) as any;
    assert.equal(edit.status, 200, JSON.stringify(v2));
    assert.deepEqual([v2.version, v2.size], [2, 2]);
    const now = (await (await fetch(`${gw.baseURL}/datasets/good/datapoints`)).json()) as any;
    assert.deepEqual(now.data.map((d: any) => d.output.content), ['better', 'a']);
    const then = (await (await fetch(`${gw.baseURL}/datasets/good/datapoints?version=1`)).json()) as any;
    assert.equal(then.data[0].output.content, 'Simulated reply to: beta');
    const info = (await (await fetch(`${gw.baseURL}/datasets/good`)).json()) as any;
    assert.deepEqual(info.versions.map((v: any) => v.version), [1, 2]);

    const bad = await fetch(`${gw.baseURL}/datasets/good/versions`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ remove: ['0190f0f0-0000-7000-8000-000000000000'] }) });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as any).error.param, 'id');
    const badBody = await fetch(`${gw.baseURL}/datasets/good/versions`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ add: [{ messages: [] }] }) });
    assert.equal(((await badBody.json()) as any).error.param, 'add[0].messages');
    assert.equal((await fetch(`${gw.baseURL}/datasets/nope`)).status, 404);
  });

  test('DELETE /v1/episodes/:id (admin) removes an episode for a privacy request', async () => {
    const res = await fetch(`${gw.baseURL}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-switchyard-session-id': 'forget-me' }, body: JSON.stringify({ model: 'agent-main', messages: [{ role: 'user', content: 'private' }] }) });
    await res.json();
    assert.equal((await fetch(`${gw.baseURL}/episodes/forget-me`, { method: 'DELETE' })).status, 403);
    const del = await fetch(`${gw.baseURL}/episodes/forget-me`, { method: 'DELETE', headers: { authorization: ADMIN.authorization } });
    const body = (await del.json()) as any;
    assert.equal(del.status, 200, JSON.stringify(body));
    assert.deepEqual([body.counts.inferences, body.counts.related.attempts], [1, 1]);
    assert.equal((await fetch(`${gw.baseURL}/episodes/forget-me`)).status, 404);
    assert.equal((await fetch(`${gw.baseURL}/episodes/forget-me`, { method: 'DELETE', headers: { authorization: ADMIN.authorization } })).status, 404);
  });
});
