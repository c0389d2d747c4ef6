import { testModeOnly } from '../../content/money.js';
import { has, type Rule } from './types.js';

// Payment and crypto CLIs: creating charges, refunds, payouts and transfers moves money. Stripe CLI
// work that names a test key or card stays routine, as do writes that move nothing by themselves;
// reads (list, retrieve, logs, listen) run.

const STRIPE_MONEY = /^(charges|payment_intents|paymentintents|refunds|payouts|transfers|invoices|subscriptions|checkout|topups|application_fees|credit_notes|balance_transactions|setup_intents|customers|payment_links|prices|products|accounts)$/;
/**
 * Writes that move no money and bill no one: a catalogue entry, a checkout session or payment link
 * (the customer still pays through it), a card saved for later, a customer's record.
 */
const MOVES_NOTHING = /^(prices|products|checkout|payment_links|setup_intents)$/;
/** An invoice finalized or sent asks the customer to pay; paying it charges their card. */
const movesNothing = (resource: string, verb: string): boolean =>
  MOVES_NOTHING.test(resource) || (resource === 'customers' && verb !== 'delete') || (resource === 'invoices' && verb !== 'pay');
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
    // The CLI also takes its key from STRIPE_API_KEY, which the command does not show, so a payout,
    // transfer, refund, charge, paid invoice or cancellation is live unless the script names a test
    // key or card (`--api-key $STRIPE_TEST_KEY`, `STRIPE_API_KEY=sk_test_… stripe …`): nearly every
    // author of a labelled refund without `--live` meant a real one (the twenty-first session's policy).
    const testKey = testModeOnly(f.script);
    if (!testKey && !movesNothing(resource, verb)) return f.add(0.7, 'critical', false, 'money_movement', `${what} moves money or changes billing (the key in use may be live)`);
    return f.add(0.3, 'external', true, 'payments_test', testKey ? `${what} in Stripe test mode` : `${what} moves no money by itself`);
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
