import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../engine.js';
import { withRulesAlone } from '../learned/rules-alone.js';

// The rules alone: a Stripe CLI call whose key the conversation names as a test key moves nothing.
withRulesAlone();

const stripe = (command: string, latest: string, earlier: string[] = []) => assess({ tool: 'Bash', args: { command } }, { user_message: latest, user_messages: earlier }).decision;
const refund = 'stripe refunds create --payment-intent pi_3QbT7r2eZvKYlo2C0x4Hh1Aa --amount 1500';

test('a trial run on the key the conversation names as a test key runs', () => {
  assert.equal(stripe(refund, 'refund £15 so I can see the webhook event', ["STRIPE_API_KEY in this shell is the sk_test one"]), 'allow');
  assert.equal(stripe('stripe payouts create --amount 2000 --currency gbp', 'make a payout so I can check the payout.created handler', ['the CLI on this box only has our test key']), 'allow');
});

test('"test mode" alone, a live key or real money anywhere, a request that is no trial, or more in the script keep the gate', () => {
  assert.equal(stripe(refund, 'do a test refund so I can see the webhook', ['the shop runs in Stripe test mode most of the time']), 'ask');
  assert.equal(stripe(refund, 'refund her, test it properly', ['we tried the test key yesterday', "I've logged the CLI into the live account now"]), 'ask');
  assert.equal(stripe('stripe payouts create --amount 250000 --currency eur', "pay out this week's balance to the bank", ['I set up a Stripe test key last month']), 'ask');
  assert.equal(stripe(`${refund} --live`, 'refund so I can see the webhook', ['the CLI has the sk_test key']), 'ask');
  assert.equal(stripe(`${refund} && stripe payouts create --amount 900000`, 'refund so I can see the webhook', ['the CLI has the sk_test key']), 'ask');
});
