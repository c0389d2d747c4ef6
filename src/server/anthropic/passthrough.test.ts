import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MessageStamper } from './passthrough.js';

test('MessageStamper: the message_start id is rewritten inside multi-event text; other events and later text pass as they are', () => {
  const ping = 'event: ping\ndata: {"type":"ping"}\n\n';
  const start = 'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_up","usage":{}}}\n\n';
  const delta = 'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"event: message_start\\n"}}\n\n';
  const s = new MessageStamper('inf-1');
  assert.equal(s.stamp(ping), ping);
  assert.equal(s.stamp(ping + start + delta), ping + 'event: message_start\ndata: {"type":"message_start","message":{"id":"inf-1","usage":{}}}\n\n' + delta);
  assert.equal(s.stamp(start), start, 'one message_start per stream');
});

const usage = { input_tokens: 12, cache_creation_input_tokens: 0, cache_read_input_tokens: 9000, output_tokens: 1, service_tier: 'standard' };
const startEvent = (data: string) => `event: message_start\ndata: ${data}\n\n`;
/** What the stamper wrote before it spliced: the event parsed, the id set, serialized again. */
const restamped = (data: string, id: string) => {
  const e = JSON.parse(data) as { message: Record<string, unknown> };
  e.message.id = id;
  return startEvent(JSON.stringify(e));
};

test('MessageStamper: compact message_start events come out as JSON.stringify of the stamped event, byte for byte', () => {
  const messages = [
    { id: 'msg_01XFDUDYJgAACzvnptvVoYEL', type: 'message', role: 'assistant', model: 'claude-sonnet-4-5-20250929', content: [], stop_reason: null, stop_sequence: null, usage },
    // The id not first, text with escapes, quotes and characters beyond Latin-1 before and after it.
    { type: 'message', content: [{ type: 'text', text: 'a "quoted" \\ back\nslash: ünï 😀 "id":"x"' }], id: 'msg_\u00e9\\"', model: 'm', usage: { ...usage, nested: { id: 'not this' } } },
    { id: '', role: 'assistant' },
  ];
  for (const message of messages) {
    const data = JSON.stringify({ type: 'message_start', message });
    for (const id of ['0193d5a4-1b2c-7d3e-8f40-123456789abc', 'with "quote" and ü']) {
      assert.equal(new MessageStamper(id).stamp(startEvent(data)), restamped(data, id));
    }
  }
});

test('MessageStamper: an event not written compactly keeps its spelling; only the id value changes', () => {
  const data = '{ "type" : "message_start",\t"message" : { "model" : "claude\\/x", "id" : "msg_up" , "usage" : {"input_tokens" : 1e1} } }';
  const out = new MessageStamper('inf-1').stamp(startEvent(data));
  assert.equal(out, startEvent(data.replace('"msg_up"', '"inf-1"')));
  assert.deepEqual(JSON.parse(out.slice('event: message_start\ndata: '.length)), { type: 'message_start', message: { model: 'claude/x', id: 'inf-1', usage: { input_tokens: 10 } } });
});

test('MessageStamper: a message without an id, or with it twice, gets one id (the event serialized again)', () => {
  for (const data of ['{"type":"message_start","message":{"role":"assistant"}}', '{"type":"message_start","message":{"id":"a","id":"b"}}']) {
    const out = new MessageStamper('inf-1').stamp(startEvent(data));
    assert.equal(out, restamped(data, 'inf-1'));
    assert.equal(out.match(/"id"/g)?.length, 1);
  }
});

test('MessageStamper: data split over several lines is left as it came (no single JSON to stamp)', () => {
  const split = 'event: message_start\ndata: {"type":"message_start",\ndata: "message":{"id":"msg_up"}}\n\n';
  assert.equal(new MessageStamper('inf-1').stamp(split), split);
});
