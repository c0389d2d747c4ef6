import { testModeOnly } from '../../content/money.js';
import { has, type Rule } from './types.js';

// Payment and crypto CLIs: creating charges, refunds, payouts and transfers moves money. The
// Stripe CLI runs in test mode unless told `--live` (or given a live key), so test-mode work
// stays routine; reads (list, retrieve, logs, listen) run.

const STRIPE_MONEY = /^(charges|payment_intents|paymentintents|refunds|payouts|transfers|invoices|subscriptions|checkout|topups|application_fees|credit_notes|balance_transactions|setup_intents|customers|payment_links|prices|products|accounts)$/;
/** Money leaving the account: to a bank (payouts) or another account (transfers). */
const PAYS_OUT = /^(payouts|transfers)$/;
const STRIPE_WRITE = /^(create|update|delete|capture|confirm|pay|cancel|void|send|finalize|finalize_invoice|mark_uncollectible|reverse|close|post|attach|detach)$/;

export const stripe: Rule = (f) => {
  f.network('stripe');
  const words = f.args.filter((a) => !a.text.startsWith('-')).map((a) => a.text.toLowerCase());
  const live = has(f.args, '--live') || f.args.some((a) => /\b[rs]k_live_/.test(a.text));
  const [resource = '', verb = ''] = words;
  const raw = resource === 'post' || resource === 'delete';
  if (raw || (STRIPE_MONEY.test(resource) && STRIPE_WRITE.test(verb))) {
    const what = `stripe ${words.slice(0, 2).join(' ')}`;
    if (live) return f.add(0.88, 'critical', false, 'money_movement', `${what} --live moves real money or changes live billing`);
    // Payouts and transfers send the balance to a bank or another account; which key the CLI uses
    // (STRIPE_API_KEY, `stripe config`) is not in the command, so only an explicit test key clears
    // them: `sk_test_…` or a variable named for test mode (`--api-key $STRIPE_TEST_KEY`).
    const testKey = testModeOnly(f.args.map((a) => a.text).join(' '));
    if (PAYS_OUT.test(resource) && verb === 'create' && !testKey) return f.add(0.7, 'critical', false, 'money_movement', `${what} sends money out of the Stripe balance (the key in use may be live)`);
    return f.add(0.3, 'external', true, 'payments_test', `${what} in Stripe test mode`);
  }
  f.add(0.05, 'read_only', true, 'payments_read', `stripe ${words.slice(0, 2).join(' ')}`.trim());
};

/** Sending coins or tokens: `cast send`, `solana transfer`, `bitcoin-cli sendtoaddress`... */
export const cryptoSend: Rule = (f) => {
  f.network(f.program);
  const verb = f.args.find((a) => !a.text.startsWith('-'))?.text.toLowerCase() ?? '';
  if (/^(send|transfer|sendtoaddress|sendmany|sendfrom|sendrawtransaction|withdraw|pay|wallet-send)$/.test(verb)) {
    return f.add(0.9, 'critical', false, 'money_movement', `${f.program} ${verb} sends funds (irreversible on chain)`);
  }
  f.add(0.1, 'external', true, 'crypto', `${f.program} ${verb}`.trim());
};
