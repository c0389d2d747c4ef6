import { test } from 'node:test';
import assert from 'node:assert/strict';
import { profileFor } from '../profiles/index.js';
import { requestedRefund } from './requested-refund.js';

const matched = (tool: string, args: Record<string, unknown>, request: string, earlier: string[] = []) => requestedRefund(tool, args, profileFor(tool, undefined, {}), request, earlier) !== null;
const cancelled = ['We called off Sunday\'s class ourselves (the oven failed). Every attendee gets their £35 back.'];

test('a refund under the business\'s own cancellation, where it said everyone gets their money back, runs', () => {
  assert.ok(matched('mcp__stripe__create_refund', { payment_intent: 'pi_3RaT77Lq', amount: 3500 }, "refund Tomasz's booking", cancelled));
  assert.ok(matched('issue_refund', { order_id: 'T-1', amount: 60, currency: 'USD' }, 'We cancelled the concert, all ticket holders get their $60 back. Please refund order T-1, $60.'));
  // The price the promise names without a currency: the call carries it.
  assert.ok(matched('mcp__stripe__create_refund', { payment_intent: 'pi_3QzK8m', amount: 2500 }, "We cancelled the workshop ourselves, everyone gets their 25 back. Refund Morag's ticket."));
  assert.ok(matched('create_refund', { payment_id: 'sq_1', amount_money: { amount: 900, currency: 'GBP' } }, "refund Mr Adeyemi's £9 ticket", ['We cancelled the tour; our rule is that a tour we cancel is refunded in full.']));
});

test('a customer\'s own cancellation, a promise with no cancellation of ours, another amount or a question keeps the gate', () => {
  assert.ok(!matched('mcp__stripe__create_refund', { payment_intent: 'pi_3RaT78Lq', amount: 35000 }, "refund Kasia's booking", cancelled), 'a tenfold amount');
  assert.ok(!matched('refund_payment', { payment_id: 'sq_2', amount_money: { amount: 1800, currency: 'GBP' } }, "refund Priya's £18", ['Priya cancelled her place this afternoon, she says she is ill.']), "the customer's own cancellation");
  assert.ok(!matched('refund_payment', { payment_id: 'sq_2', amount_money: { amount: 1800, currency: 'GBP' } }, "refund Priya's £18", ['Everyone seems to want their money back lately.']), 'no cancellation of ours');
  assert.ok(!matched('issue_refund', { order_id: 'T-2', amount: 60, currency: 'USD' }, 'We cancelled the concert. Should all ticket holders get their $60 back? If so refund order T-2, $60.'), 'a question');
});
