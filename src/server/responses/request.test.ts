import { test } from 'node:test';
import assert from 'node:assert/strict';
import { droppedHeader } from '../reply-helpers.js';

test('droppedHeader groups items by kind and caps long groups', () => {
  assert.equal(droppedHeader(['tools[3]=web_search', 'input[2]=reasoning']), 'tools[3]=web_search, input[2]=reasoning');
  const many = Array.from({ length: 400 }, (_, i) => `input[${i * 2}]=reasoning`);
  const h = droppedHeader(['client_metadata', ...many, 'input[1]=web_search_call']);
  assert.equal(h, 'client_metadata, input[0,2,4,6,8,+395 more]=reasoning, input[1]=web_search_call');
});
