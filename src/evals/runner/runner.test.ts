import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, ProviderError } from '../../core/errors.js';
import type { ChatRequest } from '../../core/types.js';
import { executeEval } from '../execute.js';
import { renderReport } from '../report/index.js';
import { parseEvalText } from '../schema/eval-file.js';
import type { ContenderClient } from '../types.js';
import { parseFailIf } from './thresholds.js';
import { buildRequest, renderTemplate } from './request.js';

const dir = mkdtempSync(join(tmpdir(), 'switchyard-runner-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const dataset = join(dir, 'qa.jsonl');
writeFileSync(dataset, Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `q${i}`, input: `What is ${i}+${i}?`, expected: String(2 * i) })).join('\n'));

const evalText = (extra = '', concurrency = 3) => `
name: arithmetic
dataset: { jsonl: ${JSON.stringify(dataset)} }
contenders:
  - { name: good, route: good, template: "Compute: {{input}}" }
  - { name: bad, route: bad, system_prompt: "You are terse." }
evaluators:
  - { type: exact_match }
  - { name: has_digit, type: regex, pattern: "\\\\d" }
concurrency: ${concurrency}
${extra}`;

/** A fake gateway: `good` answers right, `bad` right only for even items; counts calls and concurrency. */
function fakeClient(opts: { failFirst?: number; delayMs?: number } = {}) {
  const state = { calls: 0, inFlight: 0, maxInFlight: 0, requests: [] as ChatRequest[], failuresLeft: opts.failFirst ?? 0 };
  const client: ContenderClient = {
    async complete(contender, request, signal) {
      state.calls++;
      state.inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      state.requests.push(request);
      try {
        await new Promise((r) => setTimeout(r, opts.delayMs ?? 1));
        if (signal?.aborted) throw new ProviderError('aborted', { kind: 'aborted' as never, provider: 'fake' });
        if (state.failuresLeft > 0) {
          state.failuresLeft--;
          throw new ProviderError('HTTP 503', { kind: 'server_error', provider: 'fake' });
        }
        const text = String(request.messages[request.messages.length - 1].content);
        const [a] = text.match(/\d+/)!.map(Number);
        const answer = contender.route === 'good' || a % 2 === 0 ? 2 * a : 2 * a + 1;
        return { response: { model: contender.route, message: { role: 'assistant', content: String(answer) }, finish_reason: 'stop', usage: { prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 } }, latencyMs: 3, costUsd: 0.001 };
      } finally {
        state.inFlight--;
      }
    },
  };
  return { client, state };
}

describe('runner', () => {
  test('templates and system prompts shape each contender\'s request', () => {
    const file = parseEvalText(evalText(), 'e.yaml');
    const item = { id: 'x', input: 'hi', vars: { who: 'me' } };
    assert.deepEqual(buildRequest(file.contenders[0], item).messages, [{ role: 'user', content: 'Compute: hi' }]);
    assert.deepEqual(buildRequest(file.contenders[1], item).messages, [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: 'hi' }]);
    assert.throws(() => renderTemplate('{{missing}}', {}), /has no value/);
  });

  test('bounded concurrency, scores, costs and a verdict in every report format', async () => {
    const { client, state } = fakeClient({ delayMs: 5 });
    const r = await executeEval({ evalFile: parseEvalText(evalText(), 'e.yaml'), filePath: join(dir, 'e.yaml'), client, cacheDir: null, runsDir: null, failIf: ['bad:exact_match<0.9'] });
    assert.equal(state.calls, 24);
    assert.ok(state.maxInFlight <= 3 && state.maxInFlight >= 2, `max in flight ${state.maxInFlight}`);
    const [good, bad] = r.report.contenders;
    assert.equal(good.scores[0].mean, 1);
    assert.equal(bad.scores[0].mean, 0.5);
    assert.equal(good.tokens.total, 72);
    assert.ok(Math.abs(good.costUsd! - 0.012) < 1e-9);
    assert.equal(r.report.comparisons[0].comparison.test, 'mcnemar-exact');
    // 6 discordant pairs all one way: exact p = 2/64; Holm over the two evaluators doubles it
    // past 0.05, so the honest verdict at n = 12 is "no significant difference".
    assert.equal(r.report.comparisons[0].comparison.pValue, 1 / 32);
    assert.equal(r.report.comparisons[0].comparison.adjustedP, 1 / 16);
    assert.equal(r.report.comparisons[0].verdict, 'none');
    assert.match(r.report.verdicts[0].text, /no significant difference between good and bad at n=12/);
    assert.equal(r.failed, true);
    assert.match(renderReport('table', r.report, r.thresholds), /FAIL bad:exact_match >= 0.9: mean 0.500/);
    const md = renderReport('markdown', r.report, r.thresholds);
    assert.match(md, /^# Eval: arithmetic/);
    assert.match(md, /\| good \| 100\.0% \[/);
    const junit = renderReport('junit', r.report, r.thresholds);
    assert.match(junit, /<testsuites name="arithmetic" tests="49" failures="7">/);
    assert.match(junit, /<failure message="expected &quot;3&quot;, got &quot;2&quot;"\/>|<failure message="expected &quot;\d+&quot;, got &quot;\d+&quot;"\/>/);
    const json = JSON.parse(renderReport('json', r.report, r.thresholds));
    assert.equal(json.verdicts[0].verdict, 'none');
  });

  test('retries transient failures; a call that keeps failing scores 0 with the reason', async () => {
    const { client, state } = fakeClient({ failFirst: 2 });
    const one = await executeEval({ evalFile: parseEvalText(evalText('retries: 2', 1), 'e.yaml'), filePath: 'e.yaml', client, cacheDir: null, runsDir: null, retryBaseMs: 1 });
    assert.equal(state.calls, 26);
    assert.equal(one.report.contenders[0].errors, 0);
    const failing = fakeClient({ failFirst: 1000 });
    const r = await executeEval({ evalFile: parseEvalText(evalText('retries: 1'), 'e.yaml'), filePath: 'e.yaml', client: failing.client, cacheDir: null, runsDir: null, retryBaseMs: 1 });
    assert.equal(failing.state.calls, 48);
    assert.equal(r.report.contenders[0].errors, 12);
    assert.match(r.report.observations[0].scores.exact_match.explanation, /contender error: HTTP 503/);
  });

  test('interrupted runs resume from the cache; a full re-run makes no calls', async () => {
    const cacheDir = join(dir, 'cache');
    const runsDir = join(dir, 'runs');
    const file = parseEvalText(evalText('', 2), 'e.yaml');
    const first = fakeClient();
    const abort = new AbortController();
    const partial = await executeEval({
      evalFile: file, filePath: 'e.yaml', client: first.client, cacheDir, runsDir, signal: abort.signal,
      onProgress: (done) => done === 10 && abort.abort(),
    });
    assert.equal(partial.report.interrupted, true);
    assert.ok(partial.report.warnings.some((w) => w.includes('re-run')));
    const done = partial.report.observations.length;
    assert.ok(done >= 10 && done < 24);
    const second = fakeClient();
    const resumed = await executeEval({ evalFile: file, filePath: 'e.yaml', client: second.client, cacheDir, runsDir });
    assert.equal(resumed.report.interrupted, false);
    assert.equal(second.state.calls, 24 - done);
    const third = fakeClient();
    const rerun = await executeEval({ evalFile: file, filePath: 'e.yaml', client: third.client, cacheDir, runsDir });
    assert.equal(third.state.calls, 0);
    assert.deepEqual(rerun.report.contenders.map((c) => c.cached), [12, 12]);
    assert.ok(readFileSync(join(cacheDir, 'arithmetic.jsonl'), 'utf8').split('\n').filter(Boolean).length >= 24);
  });

  test('--compare picks contenders from the file or treats a name as a route', async () => {
    const { client, state } = fakeClient();
    const r = await executeEval({ evalFile: parseEvalText(evalText(), 'e.yaml'), filePath: 'e.yaml', client, compare: ['good', 'other'], cacheDir: null, runsDir: null });
    assert.deepEqual(r.report.contenders.map((c) => `${c.name}=${c.route}`), ['good=good', 'other=other']);
    assert.equal(state.requests[0].messages[0].content, 'Compute: What is 0+0?');
  });

  test('--fail-if parsing', () => {
    assert.deepEqual(parseFailIf('tool_call<0.8'), { kind: 'min', contender: undefined, evaluator: 'tool_call', min: 0.8 });
    assert.deepEqual(parseFailIf('main: tool_call < 90%'), { kind: 'min', contender: 'main', evaluator: 'tool_call', min: 0.9 });
    assert.deepEqual(parseFailIf('regression:candidate'), { kind: 'regression', contender: 'candidate' });
    assert.throws(() => parseFailIf('tool_call>0.8'), /cannot parse/);
    assert.throws(() => parseFailIf('x<1.5'), /\[0, 1\]/);
  });
});

describe('eval file validation', () => {
  test('errors name the file, the path and the closest key', () => {
    const bad = evalText().replace('concurrency: 3', 'concurrancy: 3');
    assert.throws(() => parseEvalText(bad, 'evals/x.yaml'), (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      assert.equal(err.file, 'evals/x.yaml');
      assert.match(err.message, /concurrancy/);
      assert.match(err.message, /concurrency/);
      return true;
    });
  });
  test('a dataset needs exactly one source; evaluator names are unique; bad JSONL lines are reported', async () => {
    assert.throws(() => parseEvalText('name: x\ndataset: {}\nevaluators: [{type: json_valid}]', 'x.yaml'), /exactly one of jsonl/);
    assert.throws(() => parseEvalText(`name: x\ndataset: {builtin: tool-calling}\nevaluators: [{type: json_valid}, {type: json_valid}]`, 'x.yaml'), /used twice/);
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"id":1,"input":"a"}\nnot json\n{"id":2}\n');
    const { client } = fakeClient();
    await assert.rejects(
      executeEval({ evalFile: parseEvalText(`name: x\ndataset: {jsonl: ${JSON.stringify(broken)}}\ncontenders: [{name: a, route: a}]\nevaluators: [{type: json_valid}]`, 'x.yaml'), filePath: 'x.yaml', client, cacheDir: null, runsDir: null }),
      (err: unknown) => err instanceof ConfigError && /line 2/.test(err.message) && /line 3/.test(err.message) && /input or messages/.test(err.message),
    );
  });
});
