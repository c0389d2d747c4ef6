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

test('Ctrl-C stops the run gracefully with a partial report; the next run resumes from the cache', async () => {
  const { spawn } = await import('node:child_process');
  const { existsSync, readFileSync } = await import('node:fs');
  const slow = join(dir, 'slow.yaml');
  writeFileSync(slow, `
storage: { kind: memory }
providers:
  slow: { type: simulated, seed: 3, latency: { distribution: fixed, mean_ms: 250 } }
models:
  slow-model: { targets: [ { provider: slow, model: s } ] }
routes:
  agent-main: { model: slow-model }
`);
  const cacheDir = join(dir, 'cache-slow');
  const cacheFile = join(cacheDir, 'tool-calling.jsonl');
  const args = ['--import', 'tsx', resolve('src/cli/main.ts'), 'eval', 'run', 'evals/tool-calling.yaml', '--compare', 'agent-main', '--concurrency', '1', '-c', slow, '--runs-dir', join(dir, 'runs-slow'), '--cache-dir', cacheDir, '--no-progress'];
  const child = spawn(process.execPath, args, { env: { ...process.env, SWITCHYARD_LOG_LEVEL: 'silent' } });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  // Interrupt once a few calls are in the cache: wait for that event however slow a busy machine
  // is (the test timeout bounds it); 37 calls x 250 ms leave ~9 s of work, so the run cannot end first.
  let exitedEarly = false;
  void exited.then(() => (exitedEarly = true));
  while (!exitedEarly && !(existsSync(cacheFile) && readFileSync(cacheFile, 'utf8').split('\n').length > 3)) await new Promise((r) => setTimeout(r, 20));
  child.kill('SIGINT');
  const code = await exited;
  if (code === 0) return assert.fail('the run finished before the interrupt arrived; nothing was tested');
  assert.equal(code, 130);
  assert.match(out, /INTERRUPTED/);
  const cachedBefore = readFileSync(cacheFile, 'utf8').split('\n').filter(Boolean).length;
  assert.ok(cachedBefore > 0 && cachedBefore < 37);
  const again = cli('run', 'evals/tool-calling.yaml', '--compare', 'agent-main', '-c', slow, '--runs-dir', join(dir, 'runs-slow'), '--cache-dir', cacheDir, '--no-progress', '--format', 'json');
  assert.equal(again.code, 0, again.err);
  const report = JSON.parse(again.out) as { contenders: { cached: number; calls: number }[] };
  assert.equal(report.contenders[0].calls, 37);
  assert.equal(report.contenders[0].cached, cachedBefore);
});
