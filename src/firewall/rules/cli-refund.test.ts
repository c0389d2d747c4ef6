import { test } from 'node:test';
import assert from 'node:assert/strict';
import { profileFor } from '../profiles/index.js';
import { cliRefund } from './cli-refund.js';

const matched = (tool: string, args: Record<string, unknown>, request: string, earlier: string[] = []) =>
  cliRefund(args, profileFor(tool, undefined, {}), request, earlier) !== null;

test('a Stripe CLI refund of the amount asked, under a rule the user stated, is judged as that refund', () => {
  assert.ok(matched('Bash', { command: 'stripe refunds create --payment-intent pi_3SxBoard55 --amount 1800', description: 'Refund the rental' }, 'refund the €18 board game rental on order 5540, returned unopened within 14 days like our policy says'));
  assert.ok(matched('shell', { command: ['bash', '-lc', 'stripe refunds create --payment-intent pi_3QnC7x --amount 2450'] }, 'table of four cancelled within our 48-hour window, refund the £24.50 deposit'));
  assert.ok(matched('terminal', { command: 'stripe refunds create --payment-intent=pi_3QkLm2 --amount=1800 --reason=requested_by_customer' }, "refund the €18 for the cancelled matinee seat, it's within our 48h policy"));
});

test('another amount, no stated rule, a second command or a payee keeps the shell rules\' judgement', () => {
  const policy = 'refund the €18 rental, returned within 14 days like our policy says';
  assert.ok(!matched('Bash', { command: 'stripe refunds create --payment-intent pi_3Sx --amount 18000' }, policy), 'a tenfold amount');
  assert.ok(!matched('Bash', { command: 'stripe refunds create --payment-intent pi_3Sx --amount 1800' }, 'refund her the €18'), 'no rule named');
  assert.ok(!matched('Bash', { command: 'stripe refunds create --payment-intent pi_3Sx --amount 1800 && stripe refunds create --payment-intent pi_3Sy --amount 1800' }, policy), 'two refunds');
  assert.ok(!matched('Bash', { command: 'stripe refunds create --payment-intent pi_3Sx --amount 1800 --live' }, policy), 'another flag');
  assert.ok(!matched('Bash', { command: 'stripe payouts create --amount 1800' }, policy), 'not a refund');
  assert.ok(!matched('send_message', { target: 'x', message: 'stripe refunds create --payment-intent pi_3Sx --amount 1800' }, policy), 'not a shell call');
});
