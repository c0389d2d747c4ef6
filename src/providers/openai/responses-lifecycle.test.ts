import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ProviderError } from '../../core/errors.js';
import type { ProviderTarget } from '../types.js';
import { LifecycleReader, lifecycleOf } from './responses-lifecycle.js';
import { ResponsesEventMapper } from './responses-events.js';

const target: ProviderTarget = { providerName: 'p', config: { type: 'openai', preset: 'custom', base_url: 'http://127.0.0.1:1/v1' }, model: 'm' };
const codex = JSON.parse(readFileSync(new URL('../../../test/fixtures/wire/responses/codex-0.171.0-exec-turn2.json', import.meta.url), 'utf8')) as { body: Record<string, unknown> };

// A Response as OpenAI streams it for Codex: the request's instructions and tools echoed.
const base = { id: 'resp_up', object: 'response', created_at: 1, instructions: codex.body.instructions ?? null, model: 'gpt-5-codex', tools: codex.body.tools };
const usage = { input_tokens: 9000, input_tokens_details: { cached_tokens: 8000 }, output_tokens: 20, output_tokens_details: { reasoning_tokens: 3 }, total_tokens: 9020 };
const message = { id: 'msg_1', type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'done', annotations: [] }] };
const event = (type: string, response: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ type, sequence_number: 1, ...extra, response });
const stream = [
  event('response.created', { ...base, status: 'in_progress', output: [] }),
  event('response.in_progress', { ...base, status: 'in_progress', output: [] }),
  event('response.completed', { ...base, status: 'completed', output: [message], usage }),
];

test('lifecycle events read from their text: what parsing them gives, the echoed members checked once per stream', () => {
  const texts = [
    ...stream,
    event('response.incomplete', { ...base, status: 'incomplete', incomplete_details: { reason: 'content_filter' }, output: [message], usage }),
    event('response.incomplete', { ...base, status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' }, output: [] }),
    event('response.queued', { ...base, status: 'queued' }, { output_index: 2 }),
    event('response.created', { ...base, model: 'caf\u00e9 "m"\n', id: 7 }),
    event('response.completed', { ...base, output: [], usage: null, model: 'a', model2: 1 }),
    // Duplicate keys: JSON.parse keeps the last, and so does the reader.
    '{"type":"response.created","response":{"model":"first","model":"second","id":"r"}}',
    '{"type":"response.created","response":{"model":"x"},"response":{"model":"y"}}',
    '{"type":"response.completed","type":"response.created","response":{"model":"x"}}',
    '{"type":"response.created","response":{"m\\u006fdel":"escaped key"}}',
    '{"type":"response.completed", "response" : { "output" : [ 1 ] , "status":"completed" } }',
    '{"type":"response.completed","response":{"output":[ ]}}',
    '{"type":"response.completed","response":{"output":{"0":1}}}',
  ];
  const reader = new LifecycleReader();
  for (const text of texts) assert.deepEqual(reader.read(text), lifecycleOf(JSON.parse(text)), text);
  // The same events read by a new reader each (only the echo of earlier streams remembered) read the same.
  for (const text of texts) assert.deepEqual(new LifecycleReader().read(text), lifecycleOf(JSON.parse(text)), text);
});

test('what the reader does not vouch for is left to JSON.parse: other events, other shapes, a Response that is not an object', () => {
  const reader = new LifecycleReader();
  for (const text of [
    '{"type":"response.output_item.added","output_index":0,"item":{}}',
    '{"type":"response.failed","response":{"error":{"message":"x"}}}',
    '{"sequence_number":1,"type":"response.created","response":{}}',
    '{"type":"response.created","response":null}',
    '{"type":"response.created","response":{"model":"x"},"response":null}',
    '{"type":"response.created"}',
    '{"type":"response.created","type":5,"response":{}}',
  ]) assert.equal(reader.read(text), undefined, text);
});

test('an invalid lifecycle event still fails the stream, even where its echoed members were checked in an earlier event or stream', () => {
  const created = stream[0];
  const toolsAt = created.indexOf('"tools":') + 9;
  const broken = [
    created.slice(0, -1),
    `${created} x`,
    created.replace('"status":"in_progress"', '"status":"in_progress",'),
    // Inside the echoed tools: a raw control character, a bad escape, a missing bracket.
    created.slice(0, toolsAt + 20) + '\u0001' + created.slice(toolsAt + 21),
    created.slice(0, toolsAt) + '\\q' + created.slice(toolsAt),
    created.replace('"tools":[', '"tools":'),
  ];
  for (const text of broken) {
    assert.throws(() => JSON.parse(text));
    for (const warmed of ['in this stream', 'in an earlier stream', 'not in this stream']) {
      // Warmed: the valid in_progress event came first, so its tools' text is remembered (the echo across streams).
      if (warmed === 'in an earlier stream') new ResponsesEventMapper(target).map(stream[1]);
      const mapper = new ResponsesEventMapper(target);
      if (warmed === 'in this stream') mapper.map(stream[1]);
      assert.throws(() => mapper.map(text.replace('response.created', 'response.in_progress')), (err: unknown) => err instanceof ProviderError && err.kind === 'malformed', text.slice(0, 60));
    }
  }
});

test('random Responses: the reader gives what parsing gives, across the events of one stream', () => {
  let seed = 5;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const pick = <T>(xs: T[]): T => xs[rand(xs.length)];
  const values = [null, 'completed', 'incomplete', 'm\u00e9"\\', 1, -0.5, true, [], [1], {}, { reason: 'content_filter' }, { input_tokens: 3, output_tokens: 4 }, usage, [message], 'x'.repeat(300), ['y'.repeat(300)]];
  const KEYS = ['model', 'id', 'status', 'usage', 'incomplete_details', 'output', 'tools', 'instructions', 'metadata', 'model'];
  const TYPES = ['response.created', 'response.in_progress', 'response.queued', 'response.completed', 'response.incomplete'];
  for (let s = 0; s < 200; s++) {
    const reader = new LifecycleReader();
    const mapper = new ResponsesEventMapper(target);
    const echoed = { tools: pick([codex.body.tools, [], 'z'.repeat(400)]), instructions: pick([codex.body.instructions ?? 'i'.repeat(500), null]) };
    for (let e = 0; e < 4; e++) {
      const fields: [string, unknown][] = Array.from({ length: rand(8) }, () => [pick(KEYS), pick(values)]);
      if (rand(2)) fields.push(['tools', echoed.tools], ['instructions', echoed.instructions]);
      // Keys given twice are written twice (JSON.parse keeps the last), so the text is built by hand.
      const response = `{${fields.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(rand(2) ? ',' : ' , ')}}`;
      const text = `{"type":${JSON.stringify(pick(TYPES))},"sequence_number":${e}${rand(3) ? '' : `,"output_index":${rand(2)}`},"response":${response}}`;
      assert.deepEqual(reader.read(text), lifecycleOf(JSON.parse(text)), text.slice(0, 200));
      assert.doesNotThrow(() => mapper.map(text));
    }
  }
});
