import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withKeys } from '../core/with-keys.js';
import type { ForwardedResponse } from '../providers/types.js';
import { forwardedAnswer } from './forwarded-answer.js';
import { JsonBytes } from './json-bytes.js';
import { stampResponse } from './responses/native.js';

// The spliced answer against what the routes wrote before (parse, stamp, JSON.stringify), byte for
// byte, for answers written as JSON.stringify writes them.

type Obj = Record<string, unknown>;

/** The upstream's answer as the gateway hands it to a route (`text` as sent, `raw` parsed from it). */
function came(text: string): { raw: Obj; forwarded: ForwardedResponse } {
  const raw = JSON.parse(text) as Obj;
  return { raw, forwarded: { raw, bytes: Buffer.from(text), response: { model: 'm', message: { role: 'assistant', content: null }, finish_reason: 'stop' } } };
}

const sent = (out: JsonBytes | Obj) => (out instanceof JsonBytes ? out.bytes.toString('utf8') : JSON.stringify(out));

// What each route returned before, serialized as the reply did.
const old = {
  anthropic: (raw: Obj, id: string) => JSON.stringify({ ...raw, id }),
  chat: (raw: Obj, id: string, switchyard: Obj) => JSON.stringify(withKeys(raw, { id, switchyard })),
  responses: (raw: Obj, id: string, previousId: string | undefined, switchyard: Obj) => {
    const response = stampResponse(raw, id, previousId);
    response.switchyard = switchyard;
    return JSON.stringify(response);
  },
};
const now = {
  anthropic: (text: string, id: string) => sent(forwardedAnswer(came(text), { id })),
  chat: (text: string, id: string, switchyard: Obj) => sent(forwardedAnswer(came(text), { id, switchyard })),
  responses: (text: string, id: string, previousId: string | undefined, switchyard: Obj) =>
    sent(forwardedAnswer(came(text), previousId ? { id, previous_response_id: previousId, switchyard } : { id, switchyard })),
};

const MESSAGES: Obj[] = [
  { id: 'msg_bench', type: 'message', role: 'assistant', model: 'bench-claude', content: [{ type: 'text', text: 'The quick brown fox jumps over the lazy dog.' }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 12, cache_creation_input_tokens: 0, cache_read_input_tokens: 9000, output_tokens: 10 } },
  {
    model: 'claude-sonnet-4-5', id: 'msg_01X\u00e9', type: 'message', role: 'assistant',
    content: [
      { type: 'thinking', thinking: 'Line one\nline "two"\t\\ and \u0001 ctrl, caf\u00e9 \u4e16\u754c \ud83e\udd8a', signature: 'ErUBCkYIBxgCIkDsig==' },
      { type: 'tool_use', id: 'toolu_01', name: 'Write', input: { file_path: '/src/a.ts', content: 'export const x = { "id": 1 };\n// }]"\n' } },
      { type: 'text', text: '{"id":"not this one"}' },
    ],
    stop_reason: 'tool_use', stop_sequence: null, usage: { input_tokens: 3, output_tokens: 2.5e-7, service_tier: 'standard' }, container: null,
  },
  { type: 'message', content: [] },
  {},
];
const RESPONSES: Obj[] = [
  { id: 'resp_bench', object: 'response', created_at: 1, model: 'bench-model', status: 'completed', output: [{ id: 'msg_bench', type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'hi', annotations: [] }] }], usage: { input_tokens: 12, output_tokens: 10 } },
  { id: 'resp_up', object: 'response', previous_response_id: null, instructions: 'Be \u00abterse\u00bb', tools: [{ type: 'function', name: 'shell', parameters: { type: 'object', properties: { command: { type: 'array' } } } }], output: [], switchyard: { from: 'upstream' }, metadata: {} },
];
const COMPLETIONS: Obj[] = [
  { id: 'chatcmpl-bench', object: 'chat.completion', created: 1, model: 'bench-tools', choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: [{ id: 'call_bench', type: 'function', function: { name: 'shell', arguments: '{"command":["ls","-la","src"]}' } }] }, finish_reason: 'tool_calls' }], usage: { prompt_tokens: 12, completion_tokens: 10, total_tokens: 22 } },
];
const SWITCHYARD = { inference_id: 'inf_1', passthrough: true, firewall: { mode: 'observe', calls: [{ id: 'call_bench', outcome: 'allow' }], blocked: [] } };

test('Anthropic, Chat Completions, Responses: the same bytes as parse, stamp and stringify', () => {
  for (const m of MESSAGES) assert.equal(now.anthropic(JSON.stringify(m), 'inf-\u00e9"1'), old.anthropic(m, 'inf-\u00e9"1'));
  for (const c of COMPLETIONS) assert.equal(now.chat(JSON.stringify(c), 'inf-1', SWITCHYARD), old.chat(c, 'inf-1', SWITCHYARD));
  for (const r of RESPONSES) {
    for (const previousId of [undefined, 'resp_prev']) {
      assert.equal(now.responses(JSON.stringify(r), 'resp_own', previousId, SWITCHYARD), old.responses(r, 'resp_own', previousId, SWITCHYARD));
    }
  }
});

test('random answers: the same bytes as parse, stamp and stringify', () => {
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const KEYS = ['id', '7', 'switchyard', 'previous_response_id', 'model', 'content', 'a\u00e9', 'x"y', '', 'usage'];
  const STRINGS = ['', 'plain', 'q"uote', 'back\\slash', 'nl\n', '\u0000\u001f', '\u2028', 'caf\u00e9 \ud83e\udd8a', '}]"{[', '\ud800'];
  const value = (depth: number): unknown => {
    const kind = rand(depth > 2 ? 5 : 7);
    if (kind === 0) return null;
    if (kind === 1) return rand(2) === 0;
    if (kind === 2) return [0, -1, 1.5, 1e21, 2 ** 53 + 2, -0.000001][rand(6)];
    if (kind === 3 || kind === 4) return STRINGS[rand(STRINGS.length)];
    if (kind === 5) return Array.from({ length: rand(4) }, () => value(depth + 1));
    return object(depth + 1);
  };
  const object = (depth: number): Obj => Object.fromEntries(Array.from({ length: rand(6) }, () => [KEYS[rand(KEYS.length)], value(depth)]));
  for (let i = 0; i < 3000; i++) {
    const raw = object(0);
    const text = JSON.stringify(raw);
    const parsed = JSON.parse(text) as Obj;
    const id = STRINGS[rand(STRINGS.length)];
    assert.equal(now.anthropic(text, id), old.anthropic(parsed, id), text);
    assert.equal(now.chat(text, id, SWITCHYARD), old.chat(parsed, id, SWITCHYARD), text);
    const previousId = rand(2) ? 'resp_prev' : undefined;
    assert.equal(now.responses(text, id, previousId, SWITCHYARD), old.responses(parsed, id, previousId, SWITCHYARD), text);
  }
});

test('an upstream that indents or escapes keeps its own spelling; only the stamped values change', () => {
  const text = '{\n  "id": "msg_up",\n  "content": [ { "type": "text", "text": "caf\\u00e9 \\/" } ],\n  "n": 1.0\n}\n';
  const out = now.chat(text, 'inf-1', { inference_id: 'inf-1' });
  assert.equal(out, '{\n  "id": "inf-1",\n  "content": [ { "type": "text", "text": "caf\\u00e9 \\/" } ],\n  "n": 1.0,"switchyard":{"inference_id":"inf-1"}\n}\n');
  assert.deepEqual(JSON.parse(out), JSON.parse(old.chat(JSON.parse(text) as Obj, 'inf-1', { inference_id: 'inf-1' })));
});

test('an answer the firewall edited, or one that gives a stamped key twice, is serialized from its value', () => {
  const text = '{"id":"msg_up","content":[{"type":"text","text":"hi"}]}';
  const result = came(text);
  const change = { ...result.raw, content: [] };
  const edited = { ...result, raw: change, edited: change };
  assert.deepEqual(forwardedAnswer(edited, { id: 'inf-1' }), { id: 'inf-1', content: [] });
  const twice = came('{"id":"a","x":1,"id":"b"}');
  const out = forwardedAnswer(twice, { id: 'inf-1' });
  assert.ok(!(out instanceof JsonBytes));
  assert.equal(JSON.stringify(out), '{"id":"inf-1","x":1}');
});
