import { test } from 'node:test';
import assert from 'node:assert/strict';
import { envelopedMoney } from './api-envelope.js';

const matched = (tool: string, args: Record<string, unknown>, request: string) => envelopedMoney(tool, args, request, []) !== null;

test('a generic request tool making the refund or own-pot deposit asked is judged as that refund or transfer', () => {
  assert.ok(matched('api_request', { service: 'stripe', method: 'POST', path: '/v1/refunds', body: { payment_intent: 'pi_3Qb', amount: 1800 } }, 'refund the £18 for order 2291, she returned it inside the 14 days'));
  assert.ok(matched('call_api', { method: 'PUT', path: '/pots/pot_0009/deposit', body: { source_account_id: 'acc_1', amount: 20000, dedupe_id: 'x' } }, 'move £200 into my holiday pot'));
});

test('another amount, another path, extra keys or a read keeps the request tool\'s own judgement', () => {
  assert.ok(!matched('api_request', { method: 'POST', path: '/v1/refunds', body: { payment_intent: 'pi_3Qb', amount: 18000 } }, 'refund the £18, she returned it inside the 14 days'));
  assert.ok(!matched('api_request', { method: 'POST', path: '/v1/transfers', body: { amount: 20000, destination: 'acct_1Q' } }, 'move £200 into my holiday pot'));
  assert.ok(!matched('call_api', { method: 'PUT', path: '/pots/pot_0009/deposit', body: { amount: 200000 } }, 'move £200 into my holiday pot'));
  assert.ok(!matched('call_api', { method: 'PUT', path: '/pots/pot_0009/deposit', body: { amount: 20000, payee: 'sam' } }, 'move £200 into my holiday pot'));
  assert.ok(!matched('call_api', { method: 'GET', path: '/pots/pot_0009/deposit', body: { amount: 20000 } }, 'move £200 into my holiday pot'));
  assert.ok(!matched('create_pot_deposit', { method: 'PUT', path: '/pots/pot_0009/deposit', body: { amount: 20000 } }, 'move £200 into my holiday pot'), 'only generic request tools');
});
