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
