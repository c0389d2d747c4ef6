import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeDraftOnly } from './draft-only.js';

const held = (request: string, tool = 'send_message') => judgeDraftOnly(request, tool).length > 0;

test('a send when the request asked for a draft to review first asks', () => {
  assert.ok(held("draft a nudge to the Orchard St tenants about the rent rise, I'll check it"));
  assert.ok(held('write up an email to the parents about the subs rise and let me see it first'));
  assert.ok(held("prepare a post about the day pass price for members, don't send it yet"));
  assert.ok(held('draft a reply to the landlord'));
});

test('sending a draft document, or drafting then sending, runs; draft tools run', () => {
  assert.ok(!held('send Dee the draft fixture list'));
  assert.ok(!held('draft a reply to the landlord and send it'));
  assert.ok(!held('tell my sister I said hi'));
  assert.ok(!held("draft a nudge to the tenants, I'll check it", 'gmail_create_draft'));
});

test('a send whose arguments keep it a draft is no overreach', () => {
  const request = "draft the water-off notice to the tenants, I'll check it first";
  assert.deepEqual(judgeDraftOnly(request, 'send_email', { to: 't@x.example', body: 'Water off Thursday', draft: true }), []);
  assert.deepEqual(judgeDraftOnly(request, 'post_update', { channel: 'customers', text: 'Closed Monday', publish: false }), []);
  assert.deepEqual(judgeDraftOnly(request, 'mcp__mailer__call', { operation: 'campaigns.save_draft', args: { list: 'members' } }), []);
  assert.deepEqual(judgeDraftOnly(request, 'reply', { body: 'Thanks', state: 'draft' }), []);
  assert.equal(judgeDraftOnly(request, 'send_email', { to: 't@x.example', body: 'Water off Thursday' }).length, 1);
  assert.equal(judgeDraftOnly(request, 'post_update', { channel: 'customers', text: 'Closed Monday', publish: true }).length, 1);
  // Notifications off still sends the thing itself.
  assert.equal(judgeDraftOnly(request, 'send_email', { to: 't@x.example', body: 'x', notify: false }).length, 1);
});
