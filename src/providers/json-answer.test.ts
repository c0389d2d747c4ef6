import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ProviderError } from '../core/errors.js';
import type { ProviderTarget } from './types.js';
import { JsonAnswer } from './json-answer.js';
import { RESPONSE_READS, parseResponsesJson } from './openai/responses-events.js';
import { setTopLevel } from './json-splice.js';

const target: ProviderTarget = { providerName: 'p', config: { type: 'openai', preset: 'custom', base_url: 'http://127.0.0.1:1/v1' }, model: 'm' };
const codex = JSON.parse(readFileSync(new URL('../../test/fixtures/wire/responses/codex-0.171.0-exec-turn2.json', import.meta.url), 'utf8')) as { body: Record<string, unknown> };

type Obj = Record<string, unknown>;
const answerOf = (text: string) => new JsonAnswer(200, Buffer.from(text), target);
/** What members() must give: the members JSON.parse gives, absent ones left out. */
const expected = (text: string, keys: readonly string[]) => {
  const raw = JSON.parse(text.replace(/^\ufeff/, '')) as Obj;
  return Object.fromEntries(keys.filter((k) => Object.hasOwn(raw, k)).map((k) => [k, raw[k]]));
};
const picked = (value: Obj, keys: readonly string[]) => Object.fromEntries(keys.filter((k) => Object.hasOwn(value, k)).map((k) => [k, value[k]]));

const codexAnswer = JSON.stringify({
  id: 'resp_67cc', object: 'response', created_at: 1741476542, status: 'completed', error: null, incomplete_details: null, instructions: null, model: 'gpt-5-codex',
  output: [{ id: 'fc_1', type: 'function_call', status: 'completed', call_id: 'call_1', name: 'shell', arguments: '{"command":["ls","-la"]}' }, { type: 'message', content: [{ type: 'output_text', text: 'caf\u00e9 \ud83e\udd8a' }] }],
  tools: codex.body.tools, usage: { input_tokens: 9000, input_tokens_details: { cached_tokens: 8000 }, output_tokens: 20, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 9020 }, metadata: {},
});

test('members: what JSON.parse gives for those keys, and the normalized response the same as from the whole answer', () => {
  for (const text of [
    codexAnswer,
    JSON.stringify(JSON.parse(codexAnswer), null, 2),
    '{"output":[],"status":"incomplete","incomplete_details":{"reason":"content_filter"},"model":7}',
    '{"error":{"message":"boom","code":"server_error"},"output":[]}',
    '\ufeff{"output":[],"id":"r"}',
    '{"output":[],"model":"a","model":"b"}',
    '{"output":[],"m\\u006fdel":"escaped"}',
    '{"output":[{"__proto__":{"x":1}}]}',
  ]) {
    const answer = answerOf(text);
    const members = answer.members(RESPONSE_READS);
    assert.deepEqual(picked(members, RESPONSE_READS), expected(text, RESPONSE_READS), text.slice(0, 80));
    const whole = JSON.parse(text.replace(/^\ufeff/, '')) as Obj;
    const fromWhole = (() => {
      try {
        return parseResponsesJson(whole, target, 200);
      } catch (err) {
        return (err as Error).message;
      }
    })();
    const fromMembers = (() => {
      try {
        return parseResponsesJson(members, target, 200);
      } catch (err) {
        return (err as Error).message;
      }
    })();
    assert.deepEqual(fromMembers, fromWhole);
    assert.deepEqual(answer.raw, whole);
  }
});

test('members of random answers agree with JSON.parse; where the members are lets the splice skip its walk, with the same bytes', () => {
  let seed = 3;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const KEYS = [...RESPONSE_READS, 'tools', 'instructions', 'a\u00e9', '', 'x"y'];
  const STRINGS = ['', 'plain', 'q"uote', 'back\\slash', 'nl\n', '\u0000\u001f', '\u2028', 'caf\u00e9 \ud83e\udd8a', '}]"{[', '\ud800'];
  const value = (depth: number): unknown => {
    const kind = rand(depth > 2 ? 5 : 7);
    if (kind === 0) return null;
    if (kind === 1) return rand(2) === 0;
    if (kind === 2) return [0, -1, 1.5, 1e21, -0.000001][rand(5)];
    if (kind === 3 || kind === 4) return STRINGS[rand(STRINGS.length)];
    if (kind === 5) return Array.from({ length: rand(4) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: rand(4) }, () => [KEYS[rand(KEYS.length)], value(depth + 1)]));
  };
  for (let i = 0; i < 3000; i++) {
    const raw = Object.fromEntries(Array.from({ length: rand(8) }, () => [KEYS[rand(KEYS.length)], value(0)]));
    const text = JSON.stringify(raw, null, rand(4) === 0 ? 2 : undefined);
    const answer = answerOf(text);
    assert.deepEqual(answer.members(RESPONSE_READS), expected(text, RESPONSE_READS), text);
    const values = { id: 'resp_own', switchyard: { inference_id: 'i' } };
    const bytes = Buffer.from(text);
    assert.deepEqual(setTopLevel(bytes, values, answer.topLevel), setTopLevel(bytes, values), text);
  }
});

test('a malformed answer is `malformed` when read, as the whole parse made it; a valid one is parsed only when read whole', () => {
  const broken = [codexAnswer.slice(0, -1), `${codexAnswer}x`, codexAnswer.replace('"tools":[', '"tools":[,'), codexAnswer.replace('"gpt-5-codex"', '"gpt\u0001"'), '[1]', '"s"', '', '<html>'];
  for (const text of broken) {
    const answer = answerOf(text);
    assert.throws(() => answer.members(RESPONSE_READS), (err: unknown) => err instanceof ProviderError && err.kind === 'malformed', text.slice(-40));
    assert.throws(() => answer.raw, (err: unknown) => err instanceof ProviderError && err.kind === 'malformed');
    assert.equal(answer.topLevel, undefined);
  }
  const parse = JSON.parse;
  let parsed = 0;
  JSON.parse = ((text: string, reviver?: Parameters<typeof parse>[1]) => {
    if (text.length > 1000) parsed++;
    return parse(text, reviver);
  }) as typeof JSON.parse;
  try {
    const answer = answerOf(codexAnswer);
    answer.members(RESPONSE_READS);
    assert.equal(parsed, 0, 'the members alone were parsed');
    assert.equal(answer.raw, answer.raw);
    assert.equal(parsed, 1, 'the whole answer once, when read');
  } finally {
    JSON.parse = parse;
  }
});
