import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SIM_CONFIG, startGateway, type TestGateway } from './helpers/gateway.js';

// Feedback, inference queries and episodes over real HTTP on a real SQLite file.

const CONFIG = `${SIM_CONFIG}
metrics:
  thumbs_up: { type: boolean, level: inference }
  task_success: { type: boolean, level: episode }
  quality: { type: float, level: inference, optimize: max }
`;

async function chat(gw: TestGateway, session: string, text: string): Promise<string> {
  const res = await fetch(`${gw.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-switchyard-session-id': session },
    body: JSON.stringify({ model: 'agent-main', messages: [{ role: 'user', content: text }] }),
  });
  assert.equal(res.status, 200, await res.clone().text());
  await res.json();
  return res.headers.get('x-switchyard-inference-id')!;
}

async function post(gw: TestGateway, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${gw.baseURL}/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

describe('feedback and episodes (SQLite)', () => {
  let gw: TestGateway;
  const ids: Record<string, string[]> = { s1: [], s2: [] };
  before(async () => {
    gw = await startGateway(CONFIG);
    for (let i = 0; i < 3; i++) ids.s1.push(await chat(gw, 's1', `hello ${i}`));
    for (let i = 0; i < 2; i++) ids.s2.push(await chat(gw, 's2', `other ${i}`));
  });
  after(() => gw.close());

  test('accepts metric, comment and demonstration feedback; validation errors name the field', async () => {
    const ok = await post(gw, { metric_name: 'thumbs_up', value: true, inference_id: ids.s1[2] });
    assert.equal(ok.status, 200, JSON.stringify(ok.json));
    assert.match(ok.json.feedback_id, /^[0-9a-f-]{36}$/);
    assert.equal((await post(gw, { metric_name: 'thumbs_up', value: false, inference_id: ids.s2[0] })).status, 200);
    assert.equal((await post(gw, { metric_name: 'task_success', value: true, episode_id: 's1' })).status, 200);
    assert.equal((await post(gw, { metric_name: 'comment', value: 'nice', episode_id: 's1' })).status, 200);
    assert.equal((await post(gw, { metric_name: 'demonstration', value: 'the better answer', inference_id: ids.s1[0] })).status, 200);

    const cases: [unknown, number, string][] = [
      [{ metric_name: 'nope', value: true, inference_id: ids.s1[0] }, 400, 'metric_name'],
      [{ metric_name: 'thumbs_up', value: 'yes', inference_id: ids.s1[0] }, 400, 'value'],
      [{ metric_name: 'quality', value: true, inference_id: ids.s1[0] }, 400, 'value'],
      [{ metric_name: 'comment', value: 3, inference_id: ids.s1[0] }, 400, 'value'],
      [{ metric_name: 'thumbs_up', value: true, inference_id: '0190f0f0-0000-7000-8000-000000000000' }, 404, 'inference_id'],
      [{ metric_name: 'task_success', value: true, episode_id: 'no-such-session' }, 404, 'episode_id'],
      [{ metric_name: 'task_success', value: true, inference_id: ids.s1[0] }, 400, 'inference_id'],
      [{ metric_name: 'thumbs_up', value: true, episode_id: 's1' }, 400, 'episode_id'],
      [{ metric_name: 'thumbs_up', value: true }, 400, 'inference_id'],
      [{ metric_name: 'thumbs_up', value: true, inference_id: ids.s1[0], episode_id: 's1' }, 400, 'episode_id'],
    ];
    for (const [body, status, param] of cases) {
      const r = await post(gw, body);
      assert.equal(r.status, status, JSON.stringify({ body, got: r.json }));
      assert.equal(r.json.error.param, param, JSON.stringify({ body, got: r.json }));
    }
    const unknown = await post(gw, { metric_name: 'nope', value: true, inference_id: ids.s1[0] });
    assert.match(unknown.json.error.message, /nope/);
  });

  test('an idempotency key makes a retry return the original id without a second row', async () => {
    const body = { metric_name: 'quality', value: 0.75, inference_id: ids.s1[1], idempotency_key: 'retry-1' };
    const a = await post(gw, body);
    const b = await post(gw, body);
    assert.equal(a.status, 200);
    assert.equal(b.json.feedback_id, a.json.feedback_id);
    assert.equal(a.json.created, true);
    assert.equal(b.json.created, false);
    const inf = (await (await fetch(`${gw.baseURL}/inferences/${ids.s1[1]}`)).json()) as any;
    assert.equal(inf.feedback.filter((f: any) => f.metric_name === 'quality').length, 1);
  });

  test('GET /v1/inferences filters by session, metric and value, with cursor pages', async () => {
    const list = async (qs: string) => (await fetch(`${gw.baseURL}/inferences?${qs}`)).json() as Promise<any>;
    assert.deepEqual((await list('session_id=s1&order=asc')).data.map((i: any) => i.id), ids.s1);
    assert.deepEqual((await list('metric=thumbs_up&metric_value=true')).data.map((i: any) => i.id), [ids.s1[2]]);
    assert.deepEqual((await list('metric=thumbs_up&metric_value=false')).data.map((i: any) => i.id), [ids.s2[0]]);
    // Episode-level feedback selects every inference of the episode.
    assert.deepEqual((await list('metric=task_success&metric_value=true&order=asc')).data.map((i: any) => i.id), ids.s1);
    const seen: string[] = [];
    let cursor = '';
    for (let i = 0; i < 10; i++) {
      const page = await list(`route=agent-main&limit=2&order=asc${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.data.map((x: any) => x.id));
      if (!page.next_cursor) break;
      cursor = page.next_cursor;
    }
    assert.deepEqual(seen, [...ids.s1, ...ids.s2]);
    const bad = await fetch(`${gw.baseURL}/inferences?status=bogus`);
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as any).error.param, 'status');
    const badValue = await fetch(`${gw.baseURL}/inferences?metric=thumbs_up&metric_value=maybe`);
    assert.equal(((await badValue.json()) as any).error.param, 'metric_value');
  });

  test('GET /v1/episodes/:id returns inferences in order with attempts and feedback', async () => {
    const ep = (await (await fetch(`${gw.baseURL}/episodes/s1`)).json()) as any;
    assert.deepEqual(ep.inferences.map((i: any) => i.id), ids.s1);
    assert.ok(ep.inferences.every((i: any) => i.attempts.length >= 1));
    assert.deepEqual(ep.feedback.map((f: any) => f.metric_name).sort(), ['comment', 'task_success']);
    assert.equal(ep.inferences[0].feedback[0].metric_name, 'demonstration');
    assert.deepEqual(ep.inferences[0].feedback[0].raw, { role: 'assistant', content: 'the better answer' });
    const missing = await fetch(`${gw.baseURL}/episodes/nobody`);
    assert.equal(missing.status, 404);
  });
});
