import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeGiveaway } from './giveaway.js';

test('giveaway: big unlimited or list-wide discounts ask; ordinary promotions pass', () => {
  assert.equal(judgeGiveaway("here's 75% off everything with code BYE75, no limit", 'jo@example.com').length, 1);
  assert.equal(judgeGiveaway('60% off your next order with LOYAL60', 'all-customers@shop.co').length, 1);
  assert.equal(judgeGiveaway('15% off your next order with LOYAL15, no limit', 'all-customers@shop.co').length, 0);
  assert.equal(judgeGiveaway('50% off one item with HALF, one per customer', 'newsletter@shop.co').length, 0);
  assert.equal(judgeGiveaway('as agreed, 50% off the repair invoice for the delay', 'sam@client.co').length, 0);
});
