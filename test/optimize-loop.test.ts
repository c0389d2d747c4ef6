import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import pino from 'pino';
import { parseConfigText } from '../src/config/load.js';
import { openStore } from '../src/store/open.js';
import { runOptimize } from '../src/optimize/pipeline.js';
import { parseMetricFilter } from '../src/optimize/data.js';
import type { ExampleService } from '../src/optimize/examples/service.js';
import { createRuntime } from '../src/server/runtime.js';
import { runCliAsync } from './canary-helpers.js';

// The whole loop on a simulated model that learns from in-context examples (example_sensitivity):
// rated traffic -> `switchyard optimize --then eval --then canary` (CLI) -> the candidate is better
// on the held-out split with a significant paired difference -> the canary, served from the
// rewritten config by a real gateway, is promoted step by step by the controller. A harmful
// "optimization" (examples of wrong tools) is rejected offline and never reaches the config.

const TOOLS = [
  { name: 'read_file', description: 'read the contents of a file' },
  { name: 'write_file', description: 'write text to a file' },
  { name: 'terminal', description: 'run a shell command' },
  { name: 'web_search', description: 'search the web' },
].map((t) => ({ type: 'function' as const, function: { ...t, parameters: { type: 'object', properties: { arg: { type: 'string' } }, required: ['arg'] } } }));

const TEMPLATES: Array<[string, (i: number) => string]> = [
  ['read_file', (i) => `What does notes${i}.txt say?`],
  ['read_file', (i) => `Show me the contents of report${i}.md`],
  ['read_file', (i) => `Print config${i}.yaml for me`],
  ['write_file', (i) => `Save the text hello ${i} into out${i}.txt`],
  ['write_file', (i) => `Create a file named draft${i}.md with a title`],
  ['write_file', (i) => `Store these notes in log${i}.txt please`],
  ['terminal', (i) => `Run ls -la in folder${i}`],
  ['terminal', (i) => `Execute the build script number ${i}`],
  ['terminal', (i) => `Check the disk usage of volume ${i} with df`],
  ['web_search', (i) => `Look up the weather in city ${i} online`],
  ['web_search', (i) => `Find news articles about topic ${i}`],
  ['web_search', (i) => `Search the internet for recipe ${i}`],
];

const dir = mkdtempSync(join(tmpdir(), 'switchyard-optimize-'));
const dbPath = join(dir, 'switchyard.db');
const configText = `
storage: { kind: sqlite, path: ${JSON.stringify(dbPath)} }
metrics:
  task_success: { type: boolean, level: inference }
providers:
  sim: { type: simulated, seed: 11, wrong_tool_rate: 0.3, example_sensitivity: 0.9, latency: { distribution: normal, mean_ms: 15, stddev_ms: 3 } }
models:
  agent-model: { targets: [ { provider: sim, model: sim-1, max_retries: 0 } ], breaker: { failure_threshold: 1000000 } }
routes:
  agent: { model: agent-model }
`;

async function serve(text: string) {
  const { config } = parseConfigText(text, 'test.yaml', {});
  config.server.port = 0;
  const runtime = await createRuntime({ config, env: {}, logger: pino({ level: 'silent' }) });
  const url = await runtime.app.listen({ port: 0, host: '127.0.0.1' });
  return { runtime, url, client: new OpenAI({ baseURL: `${url}/v1`, apiKey: 'unused', maxRetries: 0 }) };
}

/** One tool request; rates it task_success = (the expected tool was called). */
async function turn(gw: Awaited<ReturnType<typeof serve>>, n: number, session: string): Promise<{ ok: boolean; id: string }> {
  const [tool, make] = TEMPLATES[n % TEMPLATES.length];
  const res = await gw.client.chat.completions
    .create({ model: 'agent', messages: [{ role: 'user', content: make(Math.floor(n / TEMPLATES.length)) }], tools: TOOLS }, { headers: { 'x-switchyard-session-id': session } })
    .withResponse();
  const id = res.response.headers.get('x-switchyard-inference-id')!;
  const called = res.data.choices[0].message.tool_calls?.[0];
  const ok = called?.type === 'function' && called.function.name === tool;
  const fb = await fetch(`${gw.url}/v1/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ metric_name: 'task_success', value: ok, inference_id: id }) });
  assert.equal(fb.status, 200);
  return { ok, id };
}

test('rated traffic -> optimize (dicl) -> significant offline win -> canary promoted; a harmful variant never reaches the canary', async () => {
  // 1. Rated traffic on the plain route.
  const cfgFile = join(dir, 'switchyard.yaml');
  writeFileSync(cfgFile, configText);
  const first = await serve(configText);
  let good = 0;
  const N = 480;
  for (let n = 0; n < N; n += 24) {
    const done = await Promise.all(Array.from({ length: 24 }, (_, i) => turn(first, n + i, `collect-${n + i}`)));
    good += done.filter((d) => d.ok).length;
  }
  await first.runtime.close();
  console.log(`collected ${N} rated requests, right tool ${good}/${N}`);
  assert.ok(good > N * 0.2 && good < N * 0.7, `baseline right-tool rate should be mediocre, got ${good}/${N}`);

  // 2. A deliberately harmful optimization: examples taken from the failures. Rejected offline.
  const harmFile = join(dir, 'harm.yaml');
  writeFileSync(harmFile, configText);
  const store = await openStore(parseConfigText(configText, 't', {}).config.storage);
  try {
    const { config } = parseConfigText(configText, harmFile, {});
    const harmful = await runOptimize({
      config, configFile: harmFile, store, route: 'agent', method: 'dicl', name: 'harmful',
      source: parseMetricFilter('task_success=true'), examplesSource: parseMetricFilter('task_success=false'),
      testFraction: 0.3, seed: 1, then: ['eval', 'canary'], cacheDir: null, evalRunsDir: null, env: {},
    });
    const ev = harmful.steps.find((s) => s.step === 'eval')!;
    console.log(`harmful candidate: ${ev.summary}`);
    assert.equal(harmful.status, 'rejected');
    assert.equal(ev.ok, false);
    assert.match(ev.summary, /significantly worse/);
    assert.ok(!harmful.steps.some((s) => s.step === 'canary'), 'a rejected candidate never gets a canary step');
    assert.equal(readFileSync(harmFile, 'utf8'), configText, 'the config is untouched');
    assert.equal(existsSync(`${harmFile}.bak`), false);
  } finally {
    await store.close();
  }

  // 3. The real optimization, as a user runs it.
  const out = join(dir, 'variant.yaml');
  const report = join(dir, 'report.md');
  const json = join(dir, 'run.json');
  const cli = await runCliAsync([
    'optimize', 'agent', '-c', cfgFile, '--metric', 'task_success=true', '--then', 'eval', '--then', 'canary',
    '--canary-steps', '0.3,0.6,1', '--rollout', JSON.stringify({ min_step_duration_ms: 0, min_sessions_per_arm: 150, error_rate_tolerance: 0.05, max_latency_ratio: 2, evaluate_every_ms: 0 }),
    '-o', out, '--report', report, '--json', json, '--cache-dir', join(dir, 'cache'), '--runs-dir', join(dir, 'runs'), '--no-progress',
  ]);
  assert.equal(cli.status, 0, cli.stderr);
  const run = JSON.parse(readFileSync(json, 'utf8'));
  assert.equal(run.status, 'canary_started');
  const ev = run.steps.find((s: { step: string }) => s.step === 'eval');
  const right = ev.details.comparisons[0];
  console.log(`optimized candidate: ${ev.summary}`);
  assert.equal(right.verdict, 'candidate');
  assert.ok(right.p < 0.05 && right.lower > 0, `significant paired improvement, got p=${right.p} CI lower ${right.lower}`);
  assert.ok(right.n >= 30, `held-out items: ${right.n}`);
  assert.match(readFileSync(out, 'utf8'), /examples:\s+source:\s+metric: task_success/);
  assert.match(readFileSync(report, 'utf8'), /Why it should be better/);
  const written = readFileSync(cfgFile, 'utf8');
  assert.match(written, /rollout:/);
  assert.ok(existsSync(`${cfgFile}.bak`));

  // status and show read the stored run back.
  const status = await runCliAsync(['optimize', 'status', '-c', cfgFile]);
  assert.equal(status.status, 0, status.stderr);
  assert.match(status.stdout, new RegExp(`${run.id}.*canary_started`));

  // 4. The gateway (restarted on the new config) serves the canary; the controller promotes it.
  const gw = await serve(written);
  try {
    const examples = gw.runtime.ctx.services.examples as ExampleService;
    await examples.warm();
    const poolBefore = examples.pools[0].size;
    const token = readFileSync(join(dir, 'admin-token'), 'utf8').trim();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const admin = async (method: string, path: string): Promise<any> => (await fetch(`${gw.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined })).json();
    const listed = await admin('GET', '/v1/optimize/runs');
    assert.equal(listed.data[0].id, run.id);
    let report = await admin('POST', '/v1/experiments/agent/evaluate');
    assert.equal(report.status, 'running');
    let sessions = 0;
    const byVariant: Record<string, { ok: number; n: number }> = {};
    gw.runtime.gateway.onInference((rec) => {
      if (!rec.variant || rec.tags?.source) return;
      const v = (byVariant[rec.variant] ??= { ok: 0, n: 0 });
      v.n++;
      if (rec.variant === 'optimized-dicl') assert.ok(Array.isArray(rec.routing?.examples) && (rec.routing!.examples as unknown[]).length > 0, 'candidate requests carry examples');
    });
    let lastStep = report;
    while (report.status === 'running' && sessions < 3000) {
      await Promise.all(Array.from({ length: 20 }, (_, i) => turn(gw, 1000 + sessions + i, `canary-${sessions + i}`)));
      sessions += 20;
      // The report after a step change looks at the new, empty step: keep the one that decided.
      lastStep = await admin('GET', '/v1/experiments/agent');
      report = await admin('POST', '/v1/experiments/agent/evaluate');
    }
    const fb = lastStep.analysis.arms;
    console.log(`canary: ${report.status} after ${sessions} sessions; ${report.events.map((e: { action: string; candidate_weight: number }) => `${e.action}@${e.candidate_weight}`).reverse().join(' -> ')}; task_success candidate ${fb.candidate.feedback.task_success?.mean} vs control ${fb.control.feedback.task_success?.mean}`);
    assert.equal(report.status, 'completed', report.events[0]?.reason);
    assert.ok(fb.candidate.feedback.task_success.mean > fb.control.feedback.task_success.mean + 0.2, 'live task success is higher on the candidate too');
    assert.ok(examples.pools[0].size > poolBefore, 'new good ratings grew the example pool');
    assert.ok(byVariant['optimized-dicl'].n > 0 && byVariant.baseline.n > 0);
  } finally {
    await gw.runtime.close();
  }
});
