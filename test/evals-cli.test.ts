import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The CLI as a user runs it: `switchyard eval run evals/tool-calling.yaml --compare a,b` in a
// real process, in-process gateway over simulated providers; exit codes are the CI contract.

const dir = mkdtempSync(join(tmpdir(), 'switchyard-eval-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const config = join(dir, 'switchyard.yaml');
writeFileSync(config, `
storage: { kind: memory }
providers:
  good: { type: simulated, seed: 1 }
  flaky: { type: simulated, seed: 2, wrong_tool_rate: 0.6 }
models:
  good-model: { targets: [ { provider: good, model: g } ] }
  flaky-model: { targets: [ { provider: flaky, model: f } ] }
routes:
  agent-main: { model: good-model }
  candidate-route: { model: flaky-model }
`);

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve('src/cli/main.ts'), 'eval', ...args], {
    encoding: 'utf8', timeout: 60_000, env: { ...process.env, SWITCHYARD_LOG_LEVEL: 'silent' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const common = ['-c', config, '--runs-dir', join(dir, 'runs'), '--cache-dir', join(dir, 'cache'), '--no-progress'];

test('eval run with --compare prints scores, comparisons and a verdict, and gates CI', () => {
  const r = cli('run', 'evals/tool-calling.yaml', '--compare', 'agent-main,candidate-route', '--fail-if', 'regression:candidate-route', ...common);
  assert.equal(r.code, 1, r.err);
  assert.match(r.out, /agent-main better than candidate-route/);
  assert.match(r.out, /FAIL no regression of candidate-route/);
  assert.match(r.out, /latency p50/);
  assert.match(r.err, /run stored: /);
  const ok = cli('run', 'evals/tool-calling.yaml', '--compare', 'agent-main', '--fail-if', 'agent-main:tool_choice<0.5', '--format', 'junit', ...common);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /^<\?xml/);
  assert.equal(readdirSync(join(dir, 'runs')).length, 2);
  const runs = cli('runs', '--runs-dir', join(dir, 'runs'));
  assert.match(runs.out, /tool-calling/);
});

test('a bad eval file exits 1 with the file and path, no stack trace', () => {
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, 'name: x\ndataset: { builtin: tool-calling }\nevaluators: [ { type: tool_cal } ]\n');
  const r = cli('run', bad, '--compare', 'agent-main', ...common);
  assert.equal(r.code, 1);
  assert.match(r.err, /bad\.yaml/);
  assert.match(r.err, /evaluators/);
  assert.doesNotMatch(r.err, /\n\s+at /);
});
