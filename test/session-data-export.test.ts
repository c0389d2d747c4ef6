import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { SIM_CONFIG, startGateway, type TestGateway } from './helpers/gateway.js';
import { exportExamples } from '../src/export/export.js';
import { newId } from '../src/core/ids.js';
import { buildFromJsonl, buildFromQuery } from '../src/datasets/build.js';
import { examplesFromDataset, examplesFromQuery, preferencePairsFromMetric } from '../src/datasets/sources.js';
import type { Example } from '../src/datasets/example.js';

// From tagged sessions to training files: real gateway, real SQLite file, the real CLI process.

const CONFIG = `${SIM_CONFIG}
metrics:
  thumbs_up: { type: boolean, level: inference }
`;

const TOOLS = [
  { type: 'function', function: { name: 'read_file', description: 'read a file', parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] } } },
];

const readJsonl = (p: string) => readFileSync(p, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('export and datasets (SQLite, CLI)', () => {
  let gw: TestGateway;
  let cfg: string;
  const good: string[] = [];
  const bad: string[] = [];
  let demoTarget = '';

  before(async () => {
    gw = await startGateway(CONFIG);
    cfg = join(gw.dir, 'cli.yaml');
    writeFileSync(cfg, `${CONFIG}\nstorage:\n  path: ${gw.dbPath}\n`);
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${gw.baseURL}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-switchyard-session-id': `sess-${i % 2}` },
        body: JSON.stringify({ model: 'agent-main', messages: [{ role: 'user', content: `please read file ${i}` }], tools: TOOLS, tool_choice: i % 3 === 0 ? 'required' : 'none' }),
      });
      assert.equal(res.status, 200);
      await res.json();
      const id = res.headers.get('x-switchyard-inference-id')!;
      (i < 4 ? good : bad).push(id);
      const fb = await fetch(`${gw.baseURL}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ metric_name: 'thumbs_up', value: i < 4, inference_id: id }),
      });
      assert.equal(fb.status, 200, await fb.clone().text());
    }
    demoTarget = bad[0];
    const demo = await fetch(`${gw.baseURL}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ metric_name: 'demonstration', value: 'I read the file: it is empty.', inference_id: demoTarget }),
    });
    assert.equal(demo.status, 200);
    await gw.runtime.store.flush();
  });
  after(() => gw.close());

  test('one command turns the thumbs-up sessions into an OpenAI fine-tuning file with tools and tool_calls', () => {
    const out = join(gw.dir, 'good.jsonl');
    const r = runCli(['export', '--config', cfg, '--format', 'openai-chat', '--route', 'agent-main', '--metric', 'thumbs_up=true', '--since', '1d', '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /wrote 4 lines/);
    const lines = readJsonl(out);
    assert.equal(lines.length, 4);
    for (const l of lines) {
      assert.equal(l.messages.at(-1).role, 'assistant');
      assert.equal(l.messages[0].role, 'user');
      assert.deepEqual(l.tools, TOOLS);
    }
    const withCalls = lines.filter((l) => l.messages.at(-1).tool_calls);
    assert.equal(withCalls.length, 2, 'requests 0 and 3 forced a tool call');
    assert.equal(withCalls[0].messages.at(-1).tool_calls[0].function.name, 'read_file');
    assert.equal(typeof withCalls[0].messages.at(-1).tool_calls[0].function.arguments, 'string');
    assert.ok(!('content' in withCalls[0].messages.at(-1)), 'no null content beside tool_calls');
  });

  test('DPO from demonstrations: the demonstration is preferred over what the model said', async () => {
    const out = join(gw.dir, 'dpo.jsonl');
    const source = examplesFromQuery(gw.runtime.store, { route: 'agent-main' }, { useDemonstrations: true });
    const r = await exportExamples(source, { format: 'openai-dpo', out });
    assert.equal(r.written, 1);
    const lines = readJsonl(out);
    assert.equal(lines.length, 1);
    assert.deepEqual(lines[0].preferred_output, [{ role: 'assistant', content: 'I read the file: it is empty.' }]);
    assert.equal(lines[0].non_preferred_output[0].role, 'assistant');
    assert.equal(lines[0].input.messages.at(-1).role, 'user');
    assert.deepEqual(lines[0].input.tools, TOOLS);
  });

  test('DPO from a boolean metric pairs a good and a bad output for the same input', async () => {
    // Same input twice with different answers, one thumbs up and one thumbs down (recorded
    // directly: the simulated provider answers one input the same way every time).
    const store = gw.runtime.store;
    for (const [v, text] of [[true, 'a good answer'], [false, 'a bad answer']] as const) {
      const id = newId();
      store.recordInference(
        { id, created_at: new Date().toISOString(), session_id: null, route: 'pref-route', model: 'sim-model', variant: null, provider: 'sim', upstream_model: 'sim-1', stream: false, status: 'ok', error: null,
          request: { model: 'pref-route', messages: [{ role: 'user', content: 'same question' }] }, response: { message: { role: 'assistant', content: text } }, usage: null,
          latency_ms: 1, ttft_ms: null, attempts_count: 1, routing: null, tags: null, cost_usd: null },
        [],
      );
      await store.flush();
      await fetch(`${gw.baseURL}/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ metric_name: 'thumbs_up', value: v, inference_id: id }) });
    }
    await gw.runtime.store.flush();
    const out = join(gw.dir, 'pref.jsonl');
    await exportExamples(preferencePairsFromMetric(store, { route: 'pref-route' }, 'thumbs_up'), { format: 'openai-dpo', out });
    const lines = readJsonl(out);
    assert.equal(lines.length, 1, 'only the input with both a good and a bad answer pairs up');
    assert.deepEqual(lines[0].input.messages, [{ role: 'user', content: 'same question' }]);
    assert.deepEqual(lines[0].preferred_output, [{ role: 'assistant', content: 'a good answer' }]);
    assert.deepEqual(lines[0].non_preferred_output, [{ role: 'assistant', content: 'a bad answer' }]);
  });

  test('datasets: build from a query and from JSONL, edit makes a new version, export a version as ShareGPT', async () => {
    const store = gw.runtime.store;
    const v1 = await buildFromQuery(store, 'good-runs', { route: 'agent-main', metric: { name: 'thumbs_up', value: true } }, { note: 'first cut' });
    assert.deepEqual([v1.version, v1.size], [1, 4]);
    const jsonl = join(gw.dir, 'extra.jsonl');
    writeFileSync(jsonl, `${JSON.stringify({ messages: [{ role: 'system', content: 'be brief' }, { role: 'user', content: 'hi' }, { role: 'assistant', content: 'hello' }] })}\n\n`);
    const add2 = runCli(['datasets', 'add', 'good-runs', '--config', cfg, '--jsonl', jsonl]);
    assert.match(add2.stdout, /good-runs@2 {2}5 datapoints/, add2.stderr);
    const points = (await store.datasets.listDatapoints('good-runs')).items;
    assert.equal(points.length, 5);
    const v3 = await store.datasets.commit('good-runs', { remove: [points[0].id] });
    assert.deepEqual([v3.version, v3.size], [3, 4]);
    assert.equal((await store.datasets.listVersions('good-runs')).length, 3);

    const sg = join(gw.dir, 'sharegpt.jsonl');
    await exportExamples(examplesFromDataset(store, 'good-runs', 2), { format: 'sharegpt', out: sg });
    const lines = readJsonl(sg);
    assert.equal(lines.length, 5);
    assert.deepEqual(lines.at(-1), { conversations: [{ from: 'human', value: 'hi' }, { from: 'gpt', value: 'hello' }], system: 'be brief' });
    assert.ok(lines.some((l) => l.conversations.some((c: { from: string }) => c.from === 'function_call')));

    const badLine = join(gw.dir, 'bad.jsonl');
    writeFileSync(badLine, '{"messages": []}\n');
    await assert.rejects(buildFromJsonl(store, 'x', badLine), /bad\.jsonl:1: messages/);
    assert.equal(await store.datasets.getVersion('x'), null, 'a failed build makes no version');
  });

  test('episode deletion removes the session everywhere', async () => {
    const r = runCli(['episodes', 'delete', 'sess-1', '--config', cfg]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /deleted episode sess-1: 3 inferences, 3 attempts, 3 feedback/);
    assert.equal(await gw.runtime.store.feedback.episodeExists('sess-1'), false);
  });
});

describe('export formats', () => {
  const example = (i: number): Example => ({
    id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    messages: [{ role: 'user', content: `q${i}` }],
    tools: null,
    output: { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{"a":1}' } }] },
    tags: null,
  });
  async function* many(n: number) {
    for (let i = 0; i < n; i++) yield example(i);
  }

  test('HF messages: seeded split is reproducible, complete, and tool arguments are objects', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-export-'));
    try {
      const a = await exportExamples(many(1000), { format: 'hf-messages', out: join(dir, 'a'), testFraction: 0.2, seed: 7 });
      await exportExamples(many(1000), { format: 'hf-messages', out: join(dir, 'b'), testFraction: 0.2, seed: 7 });
      const c = await exportExamples(many(1000), { format: 'hf-messages', out: join(dir, 'c'), testFraction: 0.2, seed: 8 });
      assert.equal(a.files[0].lines + a.files[1].lines, 1000);
      assert.ok(a.files[1].lines > 150 && a.files[1].lines < 250, `test share ${a.files[1].lines}`);
      assert.equal(readFileSync(join(dir, 'a/test.jsonl'), 'utf8'), readFileSync(join(dir, 'b/test.jsonl'), 'utf8'));
      assert.notEqual(readFileSync(join(dir, 'a/test.jsonl'), 'utf8'), readFileSync(join(dir, 'c/test.jsonl'), 'utf8'));
      assert.equal(c.written, 1000);
      const first = readJsonl(join(dir, 'a/train.jsonl'))[0];
      assert.deepEqual(first.messages[1].tool_calls[0].function.arguments, { a: 1 });
      assert.equal(first.messages[1].content, '');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
