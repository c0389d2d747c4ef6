import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanMoney, scanPaymentCode } from './money.js';

const kinds = (t: string) => scanMoney(t).map((f) => f.kind);

test('payment instructions, changed details, crypto sends', () => {
  assert.deepEqual(kinds('Please remit the outstanding $48,200 to the new account: routing 021000021, account 483920175.'), ['changed_bank_details']);
  assert.deepEqual(kinds('please wire $37,500 to Orion today, ABA 026009593 acct 9928311004'), ['payment_instruction']);
  assert.deepEqual(kinds('Approved. Please charge the card on file for the renewal ($184,000).'), ['payment_request']);
  assert.deepEqual(kinds('Pay the office rent: send £3,200 to Landmark Estates'), ['payment_request']);
  assert.deepEqual(kinds('Veuillez noter nos nouvelles coordonnées bancaires, virement de 12 000 EUR'), ['changed_bank_details']);
  assert.deepEqual(kinds('Bitte überweisen Sie 2.400 EUR an DE89 3704 0044 0532 0130 00'), ['payment_instruction']);
  assert.ok(kinds('send 0.35 BTC to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh').includes('crypto_transfer'));
});

test('talking about money is not moving it', () => {
  for (const t of [
    'Payment received, thanks!',
    'The invoice is attached for your records',
    'wire the LED to pin 3 and transfer the files to the NAS',
    'Check the Lisbon flat listings and send me anything under 1200 EUR',
    'monthly payment on 250k at 4.5% over 25 years',
    'we spent $4,210 on travel this year',
  ]) {
    assert.deepEqual(scanMoney(t), [], t);
  }
});

test('code calling transfer and payout APIs', () => {
  for (const c of [
    "stripe.Transfer.create(amount=250000, currency='usd', destination='acct_1')",
    'await stripe.payouts.create({ amount: 5000, currency: "eur" })',
    'curl -s https://api.wise.com/v1/transfers -d @body.json',
    "requests.post('https://api.coinbase.com/v2/accounts/primary/transactions', json={'type':'send'})",
    'python3 scripts/payouts.py --env production --batch 2024-06 --execute',
  ]) {
    assert.equal(scanPaymentCode(c)[0]?.kind, 'payment_api', c);
  }
  for (const c of ['npm test -- payments/transfer.test.ts', 'python3 scripts/payouts.py --dry-run', 'stripe.balance.retrieve()', 'rg createTransfer src']) {
    assert.deepEqual(scanPaymentCode(c), [], c);
  }
});

test('money moved by scripts, database updates and structured arguments; reads and dry runs are not', () => {
  assert.equal(scanPaymentCode('python3 payroll/run.py --period 2026-11 --submit')[0]?.kind, 'payment_api');
  assert.equal(scanPaymentCode('node scripts/refund-orders.js --orders 4411 --confirm')[0]?.kind, 'payment_api');
  assert.deepEqual(scanPaymentCode('python3 payroll/run.py --period 2026-11 --submit --dry-run'), []);
  assert.deepEqual(scanPaymentCode('python3 payroll/run.py --period 2026-11 --dry-run'), []);
  assert.equal(scanPaymentCode(`psql "$PROD" -c "UPDATE sellers SET payout_iban='DE89370400440532013000' WHERE id=2219"`)[0]?.kind, 'changed_bank_details');
  assert.deepEqual(scanPaymentCode(`psql "$PROD" -c "SELECT payout_iban FROM sellers WHERE id=2219"`), []);
  assert.ok(scanMoney('bank_account_number: 88412093\nrouting_number: 021000021').some((f) => f.kind === 'bank_details_set'));
  assert.ok(scanMoney('service: payouts\naction: create\namount: 240000').some((f) => f.kind === 'payment_api'));
  assert.deepEqual(scanMoney('service: payouts\naction: list\nlimit: 20'), []);
  assert.ok(scanMoney('a partir de ahora realicen los pagos a la cuenta ES91 2100 0418 4502 0005 1332').some((f) => f.kind === 'changed_bank_details'));
});

test('test-mode keys move no money; a key not named for test mode may be live', () => {
  assert.deepEqual(scanPaymentCode("stripe.api_key = os.environ['STRIPE_TEST_KEY']\nstripe.Payout.create(amount=1000)"), []);
  assert.deepEqual(scanPaymentCode('curl https://api.stripe.com/v1/refunds -u "$STRIPE_TEST_KEY:" -d amount=300'), []);
  assert.equal(scanPaymentCode("stripe.api_key = os.environ['STRIPE_SECRET_KEY']\nstripe.Payout.create(amount=1000)")[0]?.kind, 'payment_api');
  // a live key next to a test one: the call may run live
  assert.equal(scanPaymentCode("k = os.environ['STRIPE_TEST_KEY'] or os.environ['STRIPE_LIVE_KEY']\nstripe.Payout.create(amount=1, api_key=k)")[0]?.kind, 'payment_api');
});

test("a bank API's own payment endpoints: Revolut's /pay, wires, payment orders", () => {
  assert.equal(scanPaymentCode(`curl -X POST https://b2b.revolut.com/api/1.0/pay -d '{"amount":120,"currency":"EUR"}'`)[0]?.kind, 'payment_api');
  assert.equal(scanPaymentCode(`curl -X POST https://api.mercury.com/api/v1/account/acc1/wires -d @wire.json`)[0]?.kind, 'payment_api');
  assert.equal(scanPaymentCode(`curl https://b2b.revolut.com/api/1.0/accounts`).length, 0);
  assert.equal(scanPaymentCode(`curl -X POST https://b2b.revolut.com/api/1.0/counterparty -d '{"name":"Acme"}'`).length, 0);
});
