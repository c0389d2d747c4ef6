import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../core/errors.js';
import type { ChatResponse, ToolCall } from '../../core/types.js';
import { evaluatorSchema, type EvaluatorConfig } from '../schema/eval-file.js';
import type { ContenderClient, EvalItem } from '../types.js';
import { compileEvaluators, type EvalContext } from './index.js';
import { jsonPathGet } from './json-path.js';
import { matchToolCall } from './tool-call.js';

const dir = mkdtempSync(join(tmpdir(), 'switchyard-evaluators-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function ctx(text: string, item: Partial<EvalItem> = {}, toolCalls: ToolCall[] = []): EvalContext {
  const response: ChatResponse = { model: 'm', message: { role: 'assistant', content: text, tool_calls: toolCalls }, finish_reason: 'stop' };
  return { item: { id: 'i1', input: 'q', ...item }, response, text, toolCalls };
}
const call = (name: string, args: unknown): ToolCall => ({ id: 'c1', type: 'function', function: { name, arguments: typeof args === 'string' ? args : JSON.stringify(args) } });

async function one(raw: Record<string, unknown>, opts: { judge?: ContenderClient } = {}) {
  const [ev] = await compileEvaluators([evaluatorSchema.parse(raw) as EvaluatorConfig], { baseDir: dir, judge: opts.judge });
  return ev;
}

describe('text evaluators', () => {
  test('exact match trims by default, respects case unless told', async () => {
    const ev = await one({ type: 'exact_match' });
    assert.equal((await ev.evaluate(ctx(' Paris\n', { expected: 'Paris' }))).pass, true);
    assert.equal((await ev.evaluate(ctx('paris', { expected: 'Paris' }))).pass, false);
    const ci = await one({ type: 'exact_match', case_sensitive: false, expected: 'PARIS' });
    assert.equal((await ci.evaluate(ctx('paris'))).pass, true);
  });
  test('contains needs every listed string and names the missing one', async () => {
    const ev = await one({ type: 'contains', value: ['alpha', 'beta'] });
    assert.equal((await ev.evaluate(ctx('Alpha and BETA'))).pass, true);
    const miss = await ev.evaluate(ctx('alpha only'));
    assert.equal(miss.pass, false);
    assert.match(miss.explanation, /"beta"/);
  });
  test('regex, JSON validity and JSON Schema', async () => {
    const re = await one({ type: 'regex', pattern: '^\\d{3}$' });
    assert.equal((await re.evaluate(ctx('123'))).pass, true);
    assert.equal((await re.evaluate(ctx('12a'))).pass, false);
    const jv = await one({ type: 'json_valid' });
    assert.equal((await jv.evaluate(ctx('{"a":1}'))).pass, true);
    assert.equal((await jv.evaluate(ctx('{a:1}'))).pass, false);
    const js = await one({ type: 'json_schema', schema: { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] } });
    assert.equal((await js.evaluate(ctx('{"n":3}'))).pass, true);
    const bad = await js.evaluate(ctx('{"n":"x"}'));
    assert.equal(bad.pass, false);
    assert.match(bad.explanation, /integer/);
  });
  test('an invalid regex or schema is a config error before any call', async () => {
    await assert.rejects(one({ type: 'regex', pattern: '(' }), ConfigError);
    await assert.rejects(one({ type: 'json_schema', schema: { type: 'no-such-type' } }), ConfigError);
  });
});

describe('tool-call match', () => {
  test('JSON path reaches into objects and arrays', () => {
    const v = { a: { b: [{ c: 1 }] }, 'x.y': 2 };
    assert.deepEqual(jsonPathGet(v, '$.a.b[0].c'), { found: true, value: 1 });
    assert.deepEqual(jsonPathGet(v, 'a.b.0.c'), { found: true, value: 1 });
    assert.deepEqual(jsonPathGet(v, "$['x.y']"), { found: true, value: 2 });
    assert.deepEqual(jsonPathGet(v, '$.a.z'), { found: false });
  });
  test('"read /tmp/x.txt" -> read_file with path containing x.txt', () => {
    const expected = { tool: 'read_file', args: [{ path: 'path', contains: 'x.txt' }], position: 'any' as const };
    assert.equal(matchToolCall([call('read_file', { path: '/tmp/x.txt' })], expected).pass, true);
    assert.match(matchToolCall([call('read_file', { path: '/tmp/y.txt' })], expected).explanation, /does not contain "x.txt"/);
    assert.match(matchToolCall([call('terminal', { command: 'cat /tmp/x.txt' })], expected).explanation, /expected read_file, got terminal/);
    assert.match(matchToolCall([], expected).explanation, /no tool call/);
    assert.match(matchToolCall([call('read_file', '{not json')], expected).explanation, /not valid JSON/);
  });
  test('equals, regex and exists predicates; position first', () => {
    const calls = [call('todo', { todos: [{ id: '1', status: 'pending' }] }), call('memory', { action: 'add' })];
    assert.equal(matchToolCall(calls, { tool: 'memory', args: [{ path: 'action', equals: 'add' }], position: 'any' }).pass, true);
    assert.equal(matchToolCall(calls, { tool: 'memory', args: [], position: 'first' }).pass, false);
    assert.equal(matchToolCall(calls, { tool: 'todo', args: [{ path: 'todos[0].status', regex: '^pend' }, { path: 'merge', exists: false }], position: 'first' }).pass, true);
    assert.equal(matchToolCall(calls, { tool: 'todo', args: [{ path: 'todos[0].id', equals: 1 }], position: 'any' }).pass, false, 'equals is type-strict');
  });
  test('the evaluator reads the item expectation and can ignore arguments', async () => {
    const item = { expected: { tool_call: { tool: 'read_file', args: [{ path: 'path', contains: 'x.txt' }], position: 'any' as const } } };
    const full = await one({ type: 'tool_call' });
    const nameOnly = await one({ type: 'tool_call', ignore_args: true });
    const c = ctx('', item, [call('read_file', { path: 'other.txt' })]);
    assert.equal((await full.evaluate(c)).pass, false);
    assert.equal((await nameOnly.evaluate(c)).pass, true);
  });
});

describe('LLM judge and function evaluators', () => {
  test('the judge runs on its own route and its JSON verdict becomes the score', async () => {
    const seen: string[] = [];
    const judge: ContenderClient = {
      async complete(contender, request) {
        seen.push(`${contender.route}:${request.model}`);
        const answer = String(request.messages[1].content);
        const score = answer.includes('Paris') ? 0.9 : 0.2;
        return { response: { model: 'j', message: { role: 'assistant', content: `{"score": ${score}, "reason": "checked"}` }, finish_reason: 'stop' }, latencyMs: 1, costUsd: null };
      },
    };
    const float = await one({ type: 'llm_judge', route: 'judge-route', rubric: 'Is the capital right?' }, { judge });
    assert.equal(float.binary, false);
    assert.deepEqual(await float.evaluate(ctx('Paris')), { score: 0.9, explanation: 'checked' });
    const gated = await one({ type: 'llm_judge', route: 'judge-route', rubric: 'r', pass_threshold: 0.5 }, { judge });
    assert.equal(gated.binary, true);
    assert.equal((await gated.evaluate(ctx('Lyon'))).pass, false);
    assert.deepEqual(seen, ['judge-route:judge-route', 'judge-route:judge-route']);
  });
  test('a function module scores with a boolean, a number or a Score', async () => {
    writeFileSync(join(dir, 'score.mjs'), 'export default (c) => c.text.length > 3;\nexport const frac = (c) => Math.min(1, c.text.length / 10);\nexport const bad = () => 7;\n');
    const bool = await one({ type: 'function', module: './score.mjs' });
    assert.equal((await bool.evaluate(ctx('long enough'))).pass, true);
    const frac = await one({ type: 'function', module: './score.mjs', export: 'frac' });
    assert.equal((await frac.evaluate(ctx('abcde'))).score, 0.5);
    const bad = await one({ type: 'function', module: './score.mjs', export: 'bad' });
    await assert.rejects(bad.evaluate(ctx('x')), /\[0, 1\]/);
    await assert.rejects(one({ type: 'function', module: './score.mjs', export: 'nope' }), /no function export "nope"/);
    await assert.rejects(one({ type: 'function', module: './missing.mjs' }), ConfigError);
  });
});
