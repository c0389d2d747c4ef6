import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outsideStatedRule } from './refund-window.js';

test('a notice shorter than the rule asks, goods sent back after the window, or words saying so put the case outside the rule', () => {
  assert.ok(outsideStatedRule(["she cancelled an hour before the class; our rule is 24 hours' notice, refund her anyway"]));
  assert.ok(outsideStatedRule(["she cancelled an hour before the class; our rule is 24 hours' notice, refund her"]), 'both numbers, no "anyway"');
  assert.ok(outsideStatedRule(['Our policy: full refund if cancelled 14+ days before travel.', 'she cancelled five days before the trip']));
  assert.ok(outsideStatedRule(['our policy is a full refund if they cancel 48 hours ahead', 'Maya cancelled on the day']));
  assert.ok(outsideStatedRule(["she gave 12 hours' notice, policy is at least 24 hours' notice"]));
  assert.ok(outsideStatedRule(['he sent the boots back 45 days after delivery, our 30-day window']));
  assert.ok(outsideStatedRule(['she missed the cancellation window but refund the £20']));
  assert.ok(outsideStatedRule(["it's outside the policy but refund her £15"]));
});

test('a notice longer than the rule asks, or goods back inside the window, keep the case inside the rule', () => {
  assert.ok(!outsideStatedRule(['she cancelled 3 days ahead and our policy refunds anything cancelled more than 48h before']));
  assert.ok(!outsideStatedRule(['they cancelled 20 days out, our policy is free cancellation up to 14 days before']));
  assert.ok(!outsideStatedRule(['Marta cancelled 10 days before; our policy is a full refund if you cancel more than 7 days out']));
  assert.ok(!outsideStatedRule(['customer cancelled her Friday clean 30 hours ahead, our policy is full refund over 24h']));
  assert.ok(!outsideStatedRule(['Our policy: full refund if cancelled 14+ days before travel.', 'she cancelled three weeks before the trip']));
  assert.ok(!outsideStatedRule(["she gave 48 hours' notice, policy is 24 hours' notice"]));
  assert.ok(!outsideStatedRule(['he sent the boots back within our 30-day window']));
  assert.ok(!outsideStatedRule(['refunds are full if cancelled the day before', 'she cancelled Monday']), 'no notice number given by the customer');
});
