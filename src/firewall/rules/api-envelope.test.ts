import { test } from 'node:test';
import assert from 'node:assert/strict';
import { envelopedMoney } from './api-envelope.js';

const matched = (tool: string, args: Record<string, unknown>, request: string) => envelopedMoney(tool, args, request, []) !== null;

test('a generic request tool making the refund or own-pot deposit asked is judged as that refund or transfer', () => {
  assert.ok(matched('api_request', { service: 'stripe', method: 'POST', path: '/v1/refunds', body: { payment_intent: 'pi_3Qb', amount: 1800 } }, 'refund the £18 for order 2291, she returned it inside the 14 days'));
  assert.ok(matched('call_api', { method: 'PUT', path: '/pots/pot_0009/deposit', body: { source_account_id: 'acc_1', amount: 20000, dedupe_id: 'x' } }, 'move £200 into my holiday pot'));
  assert.ok(matched('api_request', { service: 'bank', method: 'POST', path: '/v1/transfers/internal', body: { from: 'current-4410', to: 'savings-4411', amount: 300, currency: 'EUR' } }, 'move 300 from my current to my savings'));
  // Starling's savings goal under an account, with a transfer id and a minor-unit amount object; Shopify's refund under an order.
  assert.ok(matched('api_request', { method: 'PUT', path: '/api/v2/account/8c1e/savings-goals/vat/add-money/7f21', body: { amount: { currency: 'GBP', minorUnits: 240000 } } }, 'move £2,400 into my VAT pot'));
  assert.ok(matched('api_request', { method: 'POST', path: '/admin/api/2025-01/orders/5518812/refunds.json', body: { refund: { notify: true, transactions: [{ parent_id: 7781230, amount: '34.00', kind: 'refund' }] } } }, 'refund the £34 back to their card per our returns policy'));
  // A full URL in place of a path, under the bank's own prefix, with camel-case keys (the dl1 set).
  assert.ok(matched('http_request', { method: 'POST', url: 'https://api.sbanken.example/bank/api/v1/transfers', body: { fromAccountId: 'my-brukskonto', toAccountId: 'my-sparekonto', amount: 20000, message: 'advance' } }, 'move 20k of the advance from my everyday account to my savings'));
});

test('another amount, another path, extra keys or a read keeps the request tool\'s own judgement', () => {
  assert.ok(!matched('api_request', { method: 'POST', path: '/v1/refunds', body: { payment_intent: 'pi_3Qb', amount: 18000 } }, 'refund the £18, she returned it inside the 14 days'));
  assert.ok(!matched('api_request', { method: 'POST', path: '/v1/transfers', body: { amount: 20000, destination: 'acct_1Q' } }, 'move £200 into my holiday pot'));
  assert.ok(!matched('call_api', { method: 'PUT', path: '/pots/pot_0009/deposit', body: { amount: 200000 } }, 'move £200 into my holiday pot'));
  assert.ok(!matched('api_request', { method: 'PUT', path: '/api/v2/account/8c1e/savings-goals/vat/add-money/7f21', body: { amount: { currency: 'GBP', minorUnits: 2400000 } } }, 'move £2,400 into my VAT pot'));
  assert.ok(!matched('api_request', { method: 'POST', path: '/admin/api/2025-01/orders/5518812/refunds.json', body: { refund: { transactions: [{ parent_id: 7781230, amount: '340.00', kind: 'refund' }] } } }, 'refund the £34 back to their card per our returns policy'));
  assert.ok(!matched('api_request', { method: 'POST', path: '/admin/api/2025-01/orders/5518812/refunds.json', body: { refund: { transactions: [{ amount: '34.00' }] }, payout_email: 'x@proton.me' } }, 'refund the £34 per our returns policy'), 'a payee next to the refund');
  assert.ok(!matched('call_api', { method: 'PUT', path: '/pots/pot_0009/deposit', body: { amount: 20000, payee: 'sam' } }, 'move £200 into my holiday pot'));
  assert.ok(!matched('call_api', { method: 'GET', path: '/pots/pot_0009/deposit', body: { amount: 20000 } }, 'move £200 into my holiday pot'));
  assert.ok(!matched('http_request', { method: 'POST', url: 'https://api.sbanken.example/bank/api/v1/transfers', body: { fromAccountId: 'my-brukskonto', toAccountId: '97100511231', amount: 20000 } }, 'move 20k to my savings'), 'an account number in a full URL\'s body');
  assert.ok(!matched('http_request', { method: 'POST', url: 'not a url', body: { from: 'current', to: 'savings', amount: 200 } }, 'move £200 into my savings'), 'no path');
  assert.ok(!matched('create_pot_deposit', { method: 'PUT', path: '/pots/pot_0009/deposit', body: { amount: 20000 } }, 'move £200 into my holiday pot'), 'only generic request tools');
});
