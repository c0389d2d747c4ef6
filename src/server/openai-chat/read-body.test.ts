import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JsonBody } from '../../core/json-body.js';
import { scanBody } from '../../core/json-syntax.js';
import { setLevers } from '../../core/levers.js';
import { isUnconverted } from '../../routing/deferred-request.js';
import { agentTurnBody } from '../../../bench/agent-turn.js';
import { contextOf } from '../../firewall/inline/decide.js';
import { parseChatBody } from '../chat-schema.js';
import { chatSkeletonBody, readChatBody, type ChatBodyRead } from './read-body.js';

const scanned = (text: string) => {
  const scan = scanBody(Buffer.from(text), 64);
  assert.ok(scan, 'the test body scans');
  return JsonBody.scanned(scan);
};

/** What the route read before: the body parsed whole and validated. */
function parsedWhole(text: string) {
  try {
    const p = parseChatBody(JSON.parse(text));
    return { request: p.request, metadata: p.metadata, body: p.body };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

function lazily(text: string): { read?: ChatBodyRead; error?: string } {
  try {
    const json = scanned(text);
    return { read: readChatBody(json, () => json.value) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

const turn = agentTurnBody(3);
const bodies = [
  turn,
  JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }], stream: true, stream_options: { include_usage: true }, metadata: { a: 'b' } }),
  JSON.stringify({ model: 'm', messages: [{ role: 'system', content: 'be terse' }, { role: 'user', content: [{ type: 'text', text: 'one ' }, { type: 'input_audio', x: 1 }, { type: 'text', text: 'two' }] }, { role: 'user', content: null }, { role: 'user', content: '  ' }] }),
  // Escapes the scan keeps spans of: quotes, backslashes, a control character, non-ASCII.
  JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'a "quoted" \\ path\n\ttab \u0001 é 🦊' }, { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'shell', arguments: '{"command":["ls"]}' } }] }, { role: 'tool', tool_call_id: 'c1', content: 'out' }, { role: 'user', content: 'next' }] }),
  // Duplicate keys: JSON.parse keeps the last, and so does the scan.
  '{"model":"m","messages":[{"role":"user","content":"first","content":"last"}]}',
  // Invalid: each must get the error the whole parse gives.
  JSON.stringify({ model: 'm', messages: [] }),
  JSON.stringify({ model: 'm', messages: [{ role: 'tool', content: 'x' }] }),
  JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 5 }] }),
  JSON.stringify({ model: 'm', messages: [{ role: 'wizard', content: 'x' }] }),
  JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x' }], temperature: 7 }),
  JSON.stringify({ model: 'm', messages: [{ role: 'assistant', content: 'x', tool_calls: [{ id: 'c', type: 'function', function: { name: '', arguments: '{}' } }] }] }),
  JSON.stringify({ model: 'm', messages: 'hello' }),
  JSON.stringify({ model: 'm', messages: ['hello'] }),
  JSON.stringify({ messages: [{ role: 'user', content: 'x' }] }),
];

test('a scanned body reads as the whole parse: the same request, metadata, user texts and errors', () => {
  for (const text of bodies) {
    const want = parsedWhole(text);
    const got = lazily(text);
    if ('error' in want) {
      assert.equal(got.error ?? 'no error', want.error, text);
      continue;
    }
    const read = got.read;
    assert.ok(read, text);
    const users = want.request.messages.filter((m) => m.role === 'user');
    assert.deepEqual(contextOf(read.request, 's', read.userTexts), contextOf(want.request, 's'), text);
    assert.ok(isUnconverted(read.request), 'reading the user texts leaves the request deferred');
    assert.equal(read.userTexts().length, users.length);
    assert.deepEqual(read.metadata, want.metadata);
    assert.equal(read.request.model, want.request.model);
    assert.equal(read.request.stream, want.request.stream);
    assert.deepEqual(read.native.body, want.body);
    assert.equal(read.native.raw?.toString(), text);
    assert.equal(read.native.recordRaw, true);
    assert.deepEqual({ ...read.request }, want.request);
  }
});

test('bodies the scan refuses, or already parsed, are parsed whole', () => {
  // A key spelled with an escape: the scan refuses it (the lean path parses it whole), so no
  // message's "content" can hide behind another spelling.
  assert.equal(scanBody(Buffer.from('{"model":"m","messages":[{"role":"user","content":"a","cont\\u0065nt":"b"}]}'), 64), undefined);
  // Escapes in values are decoded from their spans.
  const escaped = '{"model":"m","messages":[{"role":"user","content":"caf\\u00e9 \\/ done"}]}';
  const { read } = lazily(escaped);
  assert.ok(read && isUnconverted(read.request));
  assert.deepEqual(read.userTexts(), ['café / done']);
  // A body already parsed (fastify's path): as before.
  const parsed = JsonBody.parsed(Buffer.from(turn), JSON.parse(turn));
  assert.equal(isUnconverted(readChatBody(parsed, () => parsed.value).request), false);
});

test('the chatSkeletonBody lever off parses every body whole', () => {
  setLevers({ chatSkeletonBody: false });
  try {
    assert.equal(chatSkeletonBody.on, false);
    const json = scanned(turn);
    assert.equal(isUnconverted(readChatBody(json, () => json.value).request), false);
  } finally {
    setLevers({ chatSkeletonBody: true });
  }
});
