import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfigText } from '../src/config/load.js';
import { openInProcessClient } from '../src/evals/clients/in-process.js';
import { HttpContenderClient } from '../src/evals/clients/http-client.js';
import { executeEval } from '../src/evals/execute.js';
import { parseEvalText } from '../src/evals/schema/eval-file.js';
import { compareRuns, loadRun } from '../src/evals/runner/runs.js';
import { startGateway } from './helpers/gateway.js';

// End to end through the gateway's own routing: simulated providers as contenders, routes as
// the names compared, the real eval runner, statistics and reports.

const dir = mkdtempSync(join(tmpdir(), 'switchyard-evals-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function gatewayYaml(seedA: number, seedB: number, wrongA: number, wrongB: number): string {
  return `
storage: { kind: memory }
providers:
  sim-a: { type: simulated, seed: ${seedA}, wrong_tool_rate: ${wrongA} }
  sim-b: { type: simulated, seed: ${seedB}, wrong_tool_rate: ${wrongB} }
models:
  model-a: { targets: [ { provider: sim-a, model: a-1, max_retries: 0 } ] }
  model-b: { targets: [ { provider: sim-b, model: b-1, max_retries: 0 } ] }
routes:
  agent-main: { model: model-a }
  candidate: { model: model-b }
`;
}

// Items the simulated model answers with the right tool unless its wrong-tool draw fires, so
// the wrong-tool rate is the only difference between the contenders.
const TOOLS = [
  { type: 'function', function: { name: 'read_file', description: 'read a file', parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] } } },
  { type: 'function', function: { name: 'terminal', description: 'run a shell command', parameters: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] } } },
  { type: 'function', function: { name: 'web_search', description: 'search the web', parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] } } },
];
function writeDataset(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % 3;
    if (k === 0) lines.push(JSON.stringify({ id: `r${i}`, input: `read the file /tmp/f${i}.txt`, expected: { tool_call: { tool: 'read_file', args: [{ path: 'path', contains: `f${i}.txt` }] } } }));
    if (k === 1) lines.push(JSON.stringify({ id: `t${i}`, input: `run the shell command \`ls ${i}\``, expected: { tool_call: { tool: 'terminal', args: [{ path: '$.command', regex: '^ls' }] } } }));
    if (k === 2) lines.push(JSON.stringify({ id: `w${i}`, input: `search the web for item ${i}`, expected: { tool_call: { tool: 'web_search' } } }));
  }
  const path = join(dir, `items-${n}.jsonl`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

function evalYaml(datasetPath: string, extra = ''): string {
  return `
name: sim-tools
dataset: { jsonl: ${JSON.stringify(datasetPath)} }
tools: ${JSON.stringify(TOOLS)}
contenders:
  - { name: agent-main, route: agent-main }
  - { name: candidate, route: candidate }
evaluators:
  - { name: tool_choice, type: tool_call, ignore_args: true }
  - { name: tool_call, type: tool_call }
concurrency: 8
${extra}`;
}

async function runOnce(yaml: string, evalText: string, opts: { runsDir?: string | null; cacheDir?: string | null; failIf?: string[] } = {}) {
  const { config } = parseConfigText(yaml, 'gateway.yaml', {});
  const client = await openInProcessClient(config, {});
  try {
    return await executeEval({ evalFile: parseEvalText(evalText, 'eval.yaml'), filePath: join(dir, 'eval.yaml'), client, runsDir: opts.runsDir ?? null, cacheDir: opts.cacheDir ?? null, failIf: opts.failIf });
  } finally {
    await client.close?.();
  }
}

describe('eval against simulated contenders through the gateway', () => {
  const big = writeDataset(300);

  test('a contender calling the wrong tool 20% of the time is found worse, with the right sign', async () => {
    const { report, thresholds, failed } = await runOnce(gatewayYaml(11, 12, 0, 0.2), evalYaml(big), { failIf: ['regression:candidate', 'agent-main:tool_choice<0.95'] });
    const [main, cand] = report.contenders;
    assert.equal(main.errors + cand.errors, 0);
    assert.equal(main.scores[0].mean, 1, 'the correct contender always picks the right tool here');
    assert.ok(cand.scores[0].mean < 0.9 && cand.scores[0].mean > 0.7, `candidate tool_choice ${cand.scores[0].mean}`);
    const choice = report.comparisons.find((c) => c.evaluator === 'tool_choice')!;
    assert.equal(choice.verdict, 'A');
    assert.ok(choice.comparison.difference.lower > 0, 'the interval of A - B excludes 0 on the positive side');
    assert.ok(choice.comparison.adjustedP < 0.001);
    assert.equal(report.verdicts[0].verdict, 'A');
    assert.match(report.verdicts[0].text, /agent-main better than candidate/);
    assert.ok(main.tokens.total > 0 && main.latencyMs.p50 !== null);
    // The CI gate: candidate regressed, agent-main stays above its floor.
    assert.equal(failed, true);
    assert.deepEqual(thresholds.map((t) => t.ok), [false, true]);
  });

  test('the difference is detected with the right sign in most seeded repetitions, never the wrong sign', async (t) => {
    const mid = writeDataset(150);
    let right = 0;
    const reps = 20;
    for (let seed = 1; seed <= reps; seed++) {
      const { report } = await runOnce(gatewayYaml(3000 + seed, 4000 + seed, 0, 0.2), evalYaml(mid, `seed: ${seed}`));
      assert.notEqual(report.verdicts[0].verdict, 'B', `seed ${seed}: the better contender was reported worse`);
      if (report.verdicts[0].verdict === 'A') right++;
    }
    t.diagnostic(`20% wrong-tool contender at n=150 through the gateway: detected ${right}/${reps}`);
    // At n = 150 and a 20% wrong-tool rate, McNemar has power well above 0.9.
    assert.ok(right >= 18, `detected in ${right} of ${reps}`);
  });

  test('swapping the contenders flips the sign', async () => {
    const { report } = await runOnce(gatewayYaml(11, 12, 0.2, 0), evalYaml(big));
    assert.equal(report.verdicts[0].verdict, 'B');
    assert.match(report.verdicts[0].text, /candidate better than agent-main/);
  });

  test('identical contenders: no significant difference in >= 95% of seeded repetitions', async (t) => {
    const small = writeDataset(60);
    let significant = 0;
    const reps = 100;
    for (let seed = 1; seed <= reps; seed++) {
      const { report } = await runOnce(gatewayYaml(1000 + seed, 2000 + seed, 0.2, 0.2), evalYaml(small, `seed: ${seed}`));
      if (report.verdicts[0].verdict !== 'none') significant++;
      assert.equal(report.contenders[0].calls, 60);
    }
    t.diagnostic(`identical contenders through the gateway: ${significant}/${reps} runs reported a difference`);
    assert.ok(significant / reps <= 0.05, `${significant} of ${reps} runs of identical contenders reported a difference`);
  });

  test('a re-run is answered from the cache and the stored runs compare as unchanged', async () => {
    const cacheDir = join(dir, 'cache');
    const runsDir = join(dir, 'runs');
    const small = writeDataset(30);
    const first = await runOnce(gatewayYaml(5, 6, 0, 0.2), evalYaml(small), { cacheDir, runsDir });
    assert.equal(first.report.contenders[0].cached, 0);
    // Different provider seeds would change every answer; the cache must make that invisible.
    const second = await runOnce(gatewayYaml(50, 60, 0.5, 0.5), evalYaml(small), { cacheDir, runsDir });
    assert.equal(second.report.contenders[0].cached, 30);
    assert.equal(second.report.contenders[1].cached, 30);
    assert.deepEqual(second.report.contenders.map((c) => c.scores.map((s) => s.mean)), first.report.contenders.map((c) => c.scores.map((s) => s.mean)));
    assert.equal(readdirSync(runsDir).length, 2);
    const deltas = compareRuns(loadRun(runsDir, first.report.id), loadRun(runsDir, second.report.id));
    assert.equal(deltas.length, 4);
    for (const d of deltas) assert.equal(d.comparison.difference.estimate, 0);
  });
});

describe('eval over HTTP against a serving gateway (official OpenAI SDK)', () => {
  test('the same comparison through the HTTP client', async () => {
    const gw = await startGateway(gatewayYaml(21, 22, 0, 0.2).replace('storage: { kind: memory }\n', ''));
    try {
      const client = new HttpContenderClient(gw.url, undefined);
      const { report } = await executeEval({ evalFile: parseEvalText(evalYaml(writeDataset(150)), 'eval.yaml'), filePath: join(dir, 'eval.yaml'), client, runsDir: null, cacheDir: null });
      assert.equal(report.contenders[0].errors, 0);
      assert.equal(report.contenders[0].calls, 150);
      assert.equal(report.verdicts[0].verdict, 'A');
    } finally {
      await gw.close();
    }
  });

  test('an unknown route is an error per item, not a crash', async () => {
    const gw = await startGateway(gatewayYaml(21, 22, 0, 0));
    try {
      const client = new HttpContenderClient(gw.url, undefined);
      const file = parseEvalText(evalYaml(writeDataset(3)), 'eval.yaml');
      const { report } = await executeEval({ evalFile: file, filePath: join(dir, 'eval.yaml'), client, compare: ['agent-main', 'no-such-route'], runsDir: null, cacheDir: null, retryBaseMs: 1 });
      assert.equal(report.contenders[1].errors, 3);
      assert.match(report.observations.find((o) => !o.ok)!.error!, /gateway answered 4\d\d/);
    } finally {
      await gw.close();
    }
  });
});
