import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../../engine.js';
import { setGateModelEnabled } from '../../learned/gate-score.js';

// A processor's test mode moves no money: a key named for test mode (`$STRIPE_TEST_KEY`) clears
// payouts and inline payment code; a key whose name says neither may be live and still asks.
before(() => setGateModelEnabled(false));
after(() => setGateModelEnabled(true));

const CASES: Array<[tool: string, args: Record<string, unknown>, gated: boolean]> = [
  ['Bash', { command: 'stripe payouts create --amount 500 --currency usd --api-key $STRIPE_TEST_KEY' }, false],
  ['Bash', { command: 'stripe payouts create --amount 500 --currency usd --api-key $STRIPE_SECRET_KEY' }, true],
  ['Bash', { command: 'stripe payouts create --amount 500 --currency usd --api-key $STRIPE_TEST_KEY --live' }, true],
  ['Bash', { command: `python3 -c "import os,stripe; stripe.api_key=os.environ['STRIPE_TEST_KEY']; stripe.Refund.create(payment_intent='pi_test_1')"` }, false],
  ['Bash', { command: `python3 -c "import os,stripe; stripe.api_key=os.environ['STRIPE_KEY']; stripe.Refund.create(payment_intent='pi_1')"` }, true],
];

test('test-mode keys run, keys that may be live ask', () => {
  for (const [tool, args, gated] of CASES) {
    const a = assess({ tool, args });
    assert.equal(a.decision !== 'allow', gated, `${JSON.stringify(args)} -> ${a.decision}: ${a.reasons.join(' | ')}`);
  }
});

// The processor's test cards are declined by the live API: a payment made with one moves nothing.
// Transfers and payouts draw on the balance, and a real saved card beside the test card may pay.
const CARD_CASES: Array<[tool: string, args: Record<string, unknown>, gated: boolean]> = [
  ['Bash', { command: 'stripe payment_intents create --amount 1500 --currency usd --payment-method pm_card_mastercard --confirm' }, false],
  ['Bash', { command: `python3 -c "import os,stripe; stripe.api_key=os.environ['STRIPE_KEY']; stripe.PaymentIntent.create(amount=999, currency='eur', payment_method='pm_card_visa', confirm=True)"` }, false],
  ['Bash', { command: 'stripe payment_intents create --amount 1500 --currency usd --payment-method pm_1QxT7bLq2Hc9 --customer cus_Q8aB2cD --confirm' }, true],
  ['Bash', { command: 'stripe payment_intents create --amount 1500 --currency usd --payment-method pm_card_visa --confirm --live' }, true],
  ['Bash', { command: `python3 -c "import os,stripe; stripe.api_key=os.environ['STRIPE_KEY']; stripe.PaymentIntent.create(amount=9, currency='eur', payment_method='pm_card_visa', confirm=True); stripe.Transfer.create(amount=50000, currency='eur', destination='acct_1P')"` }, true],
];

test('a test card runs; a live flag, a saved card or a transfer beside it asks', () => {
  for (const [tool, args, gated] of CARD_CASES) {
    const a = assess({ tool, args });
    assert.equal(a.decision !== 'allow', gated, `${JSON.stringify(args)} -> ${a.decision}: ${a.reasons.join(' | ')}`);
  }
});
