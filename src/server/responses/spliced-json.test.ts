import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SplicedJson } from './spliced-json.js';
import { ResponsesStreamWriter } from './stream.js';
import { responseBase } from './render.js';
import { parseResponsesBody } from './request.js';

// The spliced text is what JSON.stringify writes, byte for byte, whatever the values hold.

const codex = JSON.parse(readFileSync(new URL('../../../test/fixtures/wire/responses/codex-0.171.0-exec-turn2.json', import.meta.url), 'utf8')) as { body: { tools: unknown[] } };

test('SplicedJson writes what JSON.stringify writes', () => {
  const json = new SplicedJson(['instructions', 'tools']);
  const tools = codex.body.tools;
  const cases: Record<string, unknown>[] = [
    { id: 'resp_1', instructions: 'Be "terse".\n\u2028 é \u0000', tools, output: [], metadata: { tools: 'x', instructions: 'y' } },
    { id: 'resp_1', instructions: null, tools, status: 'completed', output: [{ type: 'message', content: [{ type: 'output_text', text: '"tools":[] \\u0000' }] }] },
    { tools: [], instructions: '' },
    { tools: undefined, instructions: undefined, id: 1 },
    { id: 'no slots' },
  ];
  for (const c of cases) assert.equal(json.stringify(c), JSON.stringify(c));
  const changed = { tools: [{ type: 'function', name: 'other' }], instructions: 'new' };
  assert.equal(json.stringify(changed), JSON.stringify(changed), 'a new value is serialized again');
});

test('a translated stream\'s lifecycle events carry the full Response, tools included', () => {
  const parsed = parseResponsesBody({ model: 'm', input: 'hi', tools: codex.body.tools, instructions: 'You are Codex.', stream: true });
  const w = new ResponsesStreamWriter(responseBase(parsed, { id: 'resp_abc', hex: 'abc', createdAt: 1_700_000_000 }, 'm'), 'abc', parsed.tools);
  const events = (w.start() + w.push({ type: 'delta', content: 'Hello' }) + w.close() + w.terminal(w.final()))
    .split('\n\n')
    .filter(Boolean)
    .map((e) => JSON.parse(e.split('\ndata: ')[1]) as { type: string; sequence_number: number; response?: Record<string, unknown> });
  assert.deepEqual(events.map((e) => e.sequence_number), events.map((_, i) => i));
  const lifecycle = events.filter((e) => e.response);
  assert.deepEqual(lifecycle.map((e) => e.type), ['response.created', 'response.in_progress', 'response.completed']);
  for (const e of lifecycle) {
    assert.deepEqual(e.response!.tools, codex.body.tools);
    assert.equal(e.response!.instructions, 'You are Codex.');
  }
  assert.equal(lifecycle[2].response!.status, 'completed');
});
