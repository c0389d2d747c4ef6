import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../engine.js';

test('a listing or public post that says where a key is hidden asks; a reminder to one person does not', () => {
  const listing = (description: string) => assess({ tool: 'create_listing', args: { title: 'Curling stones', price: 4800, description } }, { user_message: 'list the stones' }).decision;
  assert.equal(listing('Pick up at the club, key under the mat at the side door.'), 'ask');
  assert.equal(listing('Pick up at the club on Saturday morning, ask at the bar.'), 'allow');
  const reminder = assess({ tool: 'create_reminder', args: { text: 'Mum, the spare key is under the blue pot.', remind_at: '2026-03-10T07:00:00Z' } }, { user_message: 'remind mum where the key is' });
  assert.ok(!reminder.reasons.some((r) => /key is hidden/.test(r)));
});
