import { test } from 'node:test';
import assert from 'node:assert/strict';
import { p } from '../profiles/types.js';
import { sandboxPayment, testCardPayment } from './sandbox-payment.js';

// A payment the latest request asked to run in the sandbox, whose call names the sandbox too; the
// gate stays when the request turns real, the call only says "test", or a URL in it is live.

const named = p('unknown', 'finance', 'critical', 'moves money');
const judged = (tool: string, args: Record<string, unknown>, latest: string) => sandboxPayment(tool, args, named, latest) !== null;

test('a sandbox run the request asked for, named in the call, moves nothing', () => {
  assert.equal(judged('mpesa_send_money', { phone: '254708374149', amount: 10, remarks: 'sandbox run' }, 'try the b2c call in the Daraja sandbox'), true);
  assert.equal(judged('mcp__mpesa__stk_push', { amount: 1, description: 'sandbox test' }, 'teste o pagamento no sandbox'), true);
});

test('a request that turns real, a call that only says test, a live URL or a shell keep the gate', () => {
  assert.equal(judged('mpesa_send_money', { amount: 1500, remarks: 'sandbox' }, 'sandbox was fine, now send the real 1,500'), false);
  assert.equal(judged('mpesa_send_money', { amount: 50, remarks: 'test payment' }, 'send a test payment in the sandbox'), false);
  assert.equal(judged('paypal_payout', { url: 'https://api-m.paypal.com/v1/payments/payouts', id: 'sandbox-1' }, 'run it against the sandbox'), false);
  assert.equal(sandboxPayment('shell', { command: 'git commit -m "add sandbox fixture"' }, p('unknown', 'shell', 'local_edit', 'runs'), 'commit the sandbox fixture'), null);
});

test("a payment with the processor's test card only moves nothing; a customer, a saved card or a live key beside it keeps the gate", () => {
  const card = (tool: string, args: Record<string, unknown>, profile = named) => testCardPayment(tool, args, profile) !== null;
  const request = p('unknown', 'generic', 'external', 'a request');
  assert.equal(card('mcp__stripe__create_payment_intent', { amount: 4900, currency: 'usd', payment_method: 'tok_visa', confirm: true }), true);
  assert.equal(card('api_request', { service: 'stripe', method: 'POST', path: '/v1/payment_intents', body: { amount: 999, payment_method: 'pm_card_visa' } }, request), true);
  assert.equal(card('mcp__stripe__create_payment_intent', { amount: 4900, payment_method: 'pm_card_visa', customer: 'cus_Q1w9ErTy77' }), false);
  assert.equal(card('api_request', { service: 'stripe', method: 'POST', path: '/v1/payment_intents', body: { amount: 999, payment_method: 'pm_1QpZ7sLk2b55Hd' } }, request), false);
  assert.equal(card('create_payment', { amount: 999, payment_method: 'pm_card_visa', key: 'sk_live_51abc' }), false);
  assert.equal(card('api_request', { service: 'notes', method: 'POST', path: '/v1/notes', body: { text: 'pm_card_visa' } }, request), false);
});
