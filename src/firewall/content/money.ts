import { normalize } from '../crisis/normalize.js';
import { ibanValid } from './checksums.js';
import { paysTheWriter } from './own-account.js';
import type { ContentFinding } from './types.js';
import { matchesOf } from './matches.js';
import { gated, gatedMatches, testIf } from './literal-gate.js';

// Money movement in outbound text and in code an agent runs: payment instructions (an amount to
// wire/pay/remit with account details), changed bank details (the classic invoice fraud), crypto
// addresses with a send, and code calling transfer or payout APIs. Talking about money ("payment
// received", "the invoice is attached", "wire the LED to pin 3") is not moving it.

const CURRENCY = String.raw`(?:[$€£¥₹]\s?\d[\d,.]*\s?(?:k|m|bn)?|\d[\d,.]*\s?(?:k|m)?\s?(?:usd|eur|gbp|chf|jpy|brl|mxn|dollars|euros|pounds|reais|btc|eth|usdt|usdc|sol)\b)`;
// Keyword patterns run on normalize()d text (lower case, accents removed), so they are accent-free.
const MOVE = /\b(?:wire|wiring|transfer|pay|paying|remit|remitting|deposit|charge|refund|pay out|payout|transferir|transfiere|transferencia|envia|paga|pagar|pague|abone|virement|virer|versez|payez|regle[rz]?|uberweis\w*|zahl(?:en|t|e)|bonifico|pagamento|pagare|effettua|betaal|overmaken|maak over|przelew|przelej|zaplac)\b|перевед|оплат/;
const AMOUNT = new RegExp(CURRENCY, 'i');
/** "send" and "move" only move money when an amount follows them directly ("send £3,200 to"). */
const SEND_AMOUNT = new RegExp(String.raw`\b(?:send|sending|move|forward|envia|envie|envoie|schick\w*|manda)\s+(?:me\s+|us\s+|them\s+|him\s+|her\s+)?(?:the\s+)?${CURRENCY}`, 'i');
const ACCOUNT_DETAILS = gated(/\b\d{2}-\d{2}-\d{2},? \d{8}\b|\b(?:routing(?: number| no\.?)?|aba|acct|account(?: number| no\.?| #)?|sort code|swift|bic|iban|beneficiary|payee|clabe|n[uú]mero de cuenta|cuenta|conta|rib|kontonummer|konto|conto corrente|rekeningnummer)\b\s*[:#]?\s*[A-Z0-9][A-Z0-9 -]{5,}/i);
const CHANGED_DETAILS =
  /\b(?:new|updated|changed|different|revised)\s+(?:bank(?:ing)?|account|payment|remittance|wire|beneficiary|payee)\s*(?:details|information|info|account|instructions|number)?\b|\b(?:bank(?:ing)?|account|payment|remittance) (?:details|information|info) (?:have|has) (?:changed|been updated)\b|\bupdate (?:the|our|your|my|his|her) (?:bank|payment|beneficiary|payee|remittance) (?:details|account|information)\b|\bold account (?:is|was|has been) closed\b|\b(?:moved|switched|changed) (?:to a new )?(?:banks?|bank accounts?)\b|\b(?:going forward|from now on|in future),? (?:please )?(?:pay|send|remit|wire|transfer)\b|\bplease (?:use|pay (?:into|to)) (?:this|our|the) new\b|\bnuev(?:os|a) (?:datos bancarios|cuenta)\b|\bcambi(?:o|amos|ado) (?:de|nuestra|la) cuenta\b|\bnouvelles? coordonnees bancaires\b|\bnouveau rib\b|\bneue bankverbindung\b|\bbankverbindung (?:hat sich )?geandert\b|\bnuove coordinate bancarie\b|\bnovos dados bancarios\b|\bnova conta\b|\b(?:from (?:this|the next) (?:invoice|payment|month)|from now on|going forward|a partir de (?:ahora|agora|hoy|maintenant)|desormais|dorenavant|ab sofort|ab jetzt|kunftig|d'ora in (?:poi|avanti)|da ora in poi|doravante|vanaf nu|voortaan)\b[^\n]{0,80}\b(?:payments?|pay|pagos?|pagamentos?|paiements?|virements?|zahlungen|pagamenti|betalingen|invoices?)\b|\b(?:payments?|pagos|paiements|zahlungen|pagamenti) (?:go|should go|now go|van|vont|gehen|vanno) (?:to|into|a|an|sur)\b|\b(?:la anterior|l'ancien|das alte|il vecchio|a antiga) (?:cuenta|compte|konto|conto|conta)?\s?(?:ya no|n'est plus|ist nicht mehr|non e piu|nao esta mais)/;
const CRYPTO = /\b(?:bc1[ac-hj-np-z02-9]{25,87}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|0x[a-fA-F0-9]{40}|T[1-9A-HJ-NP-Za-km-z]{33})\b/;
const CRYPTO_CONTEXT = gated(/\b(?:btc|bitcoin|eth|ether|ethereum|usdt|usdc|tether|crypto|wallet|address|sol|solana|trx|tron)\b/i);
const IBAN_IN_TEXT = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g;

/** Transfer and payout APIs called from code or a shell command. */
const PAYMENT_API = new RegExp(
  [
    String.raw`\bstripe\.(?:transfers|payouts|charges|paymentIntents|refunds|topups|Transfer|Payout|Charge|PaymentIntent|Refund)\.(?:create|confirm|capture)\b`,
    String.raw`\bapi\.stripe\.com\/v1\/(?:transfers|payouts|charges|payment_intents\/[^/\s]+\/confirm|refunds)\b`,
    String.raw`\bapi(?:-m)?\.(?:sandbox\.)?(?:paypal\.com)\/v\d\/payments\/(?:payouts|payment)\b|\bpaypalrestsdk\.Payout\b`,
    String.raw`\bapi\.(?:wise|transferwise)\.com\/v\d\/(?:transfers|quotes\/[^/\s]+\/pay|profiles\/[^/\s]+\/transfers)`,
    String.raw`\bapi\.coinbase\.com\/v2\/accounts\/[^/\s]+\/transactions\b|\bapi\.revolut\.com\/(?:pay|transfer|payment)`,
    String.raw`\b(?:send_?transaction|sendTransaction|transfer_?funds|create_?transfer|createTransfer|create_?payout|createPayout|initiate_?payment|submit_?payment)\s*\(`,
    // `payouts list --live` reads live payouts; any other payouts command with a go-ahead flag runs them.
    String.raw`\bpayouts?\b(?!\s+(?:list|ls|retrieve|get|show|history|status|report|inspect)\b)[^\n]{0,80}--(?:execute|confirm|commit|live|yes)\b`,
    // A script named for paying, run with the flag that makes it real (payroll/run.py --submit).
    String.raw`(?:^|[\s/"'])[\w./-]*(?:payroll|payouts?|payments?|(?:^|[/_-])pay[_-]|refunds?|disburs\w*|settle\w*|remit\w*|reimburs\w*|(?:bank|fund|money|wire)[_-]?transfers?|transfer[_-]?(?:funds|money))[\w./-]*\s(?!(?:list|ls|retrieve|get|show|history|status|report|inspect)\b)[^\n|;&]{0,120}?--(?:submit|execute|confirm|commit|live|yes|approve|send|go|pay|process|no-dry-run)\b(?![^\n|;&]*--(?:dry-run|preview|test|sandbox|simulate))`,
  ].join('|'),
);

/** Bank-account fields set in structured arguments (`routing_number: 021000021`). */
const BANK_FIELD = gated(/\b(\w*iban|\w*bank_?account\w*|\w*account_?(?:number|no)|routing_?number|sort_?code|swift\w*|bic|payee_account\w*|beneficiary_account\w*): ["']?[A-Z0-9][A-Z0-9 -]{5,}/gi);
/** A field naming a money operation ("service: payouts", "method: refund"), read with the verb beside it. */
const MONEY_OP = gated(/\b(?:service|method|action|operation|endpoint|resource|kind|api): ["']?(?:payouts?|refunds?|transfers?|charges?|payments?|disburse\w*|withdraw\w*|store_?credit)\b/i);
const OP_VERB = gated(/\b(?:action|method|operation|verb): ["']?(?:create|send|execute|refund|pay|charge|capture|confirm|issue|post|submit|approve)\b|\bamount\w*: \d/i);
const READ_VERB = gated(/\b(?:action|method|operation|verb): ["']?(?:list|get|retrieve|search|read|status|quote|preview|estimate|simulate)\b/i);

export function scanMoney(text: string): ContentFinding[] {
  const out: ContentFinding[] = [];
  const fields = new Set(gatedMatches(BANK_FIELD, text).map((m) => m[1].toLowerCase()));
  if (fields.size >= 2) out.push({ detector: 'money', kind: 'bank_details_set', risk: 0.8, reason: `sets bank account details (${[...fields].slice(0, 3).join(', ')}): where money is paid` });
  if (testIf(MONEY_OP, text) && testIf(OP_VERB, text) && !testIf(READ_VERB, text)) out.push({ detector: 'money', kind: 'payment_api', risk: 0.82, reason: 'asks a service to move money (a payout, refund, transfer or charge)' });
  const n = normalize(text);
  // An amount and an IBAN have digits; a text without one skips their patterns (NFKC can turn
  // a full-width digit into one, so the normalized text is tested on its own).
  const move = MOVE.test(n) || (/\d/.test(n) && SEND_AMOUNT.test(n));
  const digits = /\d/.test(text);
  const amount = digits && AMOUNT.test(text);
  const validIban = digits && matchesOf(IBAN_IN_TEXT, text.toUpperCase()).some((m) => ibanValid(m[0].replace(/ /g, '')));
  const details = validIban || testIf(ACCOUNT_DETAILS, text);
  if (CHANGED_DETAILS.test(n) && (details || move || amount)) {
    out.push({ detector: 'money', kind: 'changed_bank_details', risk: 0.9, reason: 'changed bank or payment details (a common invoice-fraud pattern)' });
  } else if (paysTheWriter(text)) {
    // An invoice or a split bill: the reader pays the writer; nothing leaves the writer's account.
  } else if (move && details && (amount || validIban)) {
    out.push({ detector: 'money', kind: 'payment_instruction', risk: 0.85, reason: 'a payment instruction with an amount and account details' });
  } else if (move && amount) {
    out.push({ detector: 'money', kind: 'payment_request', risk: 0.7, reason: 'asks to move or charge an amount of money' });
  }
  if (CRYPTO.test(text) && testIf(CRYPTO_CONTEXT, text) && (move || amount)) {
    out.push({ detector: 'money', kind: 'crypto_transfer', risk: 0.9, reason: 'a cryptocurrency address with a transfer' });
  }
  return out;
}

/** Payment providers' and banks' API hosts. */
const PAYMENT_HOST = /^(?:[\w-]+\.)*(?:stripe|paypal|wise|transferwise|coinbase|revolut|monzo|plaid|adyen|squareup|checkout|mollie|gocardless|razorpay|braintreegateway|paddle|lemonsqueezy|klarna|payoneer|dwolla|modulr|truelayer|paystack|flutterwave|mercadopago|pagseguro|bunq|starlingbank|mercury|brex|tink|yapily|nordigen|wepay|authorize|square|sumup|zettle|payfast|xendit|airwallex|currencycloud|rapyd)\.(?:com|io|net|co\.uk|co|me|eu)$/i;
/** Paths that move money when written to (POST), and read it when fetched (GET). */
export const MONEY_PATH = /\/(?:payments?|payouts?|refunds?|transfers?|charges?|withdraw\w*|disburse\w*|remittances?|transactions|pay|wires?|payment[-_]orders?|pots\/[^/]+\/(?:deposit|withdraw)|invoices\/[^/]+\/pay|batch)(?:\/|\?|$)/i;
/** Markers of a request that sends a body: curl data flags, -X POST, SDK and fetch posts. */
const WRITES = /\s(?:-d|--data\S*|-F|--form|--json)\b|-X\s*(?:POST|PUT|PATCH)|--request\s+(?:POST|PUT|PATCH)|\.(?:post|put|patch)\s*\(|method\s*[:=]\s*['"](?:POST|PUT|PATCH)|\bhttp\s+(?:POST|PUT)\b/i;

/** Bank details changed in a database: money is then paid to another account. */
const BANK_UPDATE = /\bupdate\s+["'\x60]?[\w.]+["'\x60]?\s+set\b[^\n;]{0,200}?\b(?:\w*iban|\w*bank_?account\w*|account_?number|routing_?number|sort_?code|swift\w*|payout_\w+|payee_\w+|beneficiary\w*)\s*=/i;

/**
 * A processor's test mode moves no money: code that names only test-mode keys (`sk_test_…`,
 * `$STRIPE_TEST_KEY`, `os.environ['STRIPE_TEST_SECRET']`) and no live one. A key whose name says
 * neither (`$STRIPE_SECRET_KEY`) may be live, so it still counts.
 */
export const TEST_KEY = /\b[rs]k_test_\w+|\b[A-Z][A-Z0-9]*_(?:TEST|SANDBOX)(?:_[A-Z0-9]+)*\b/;
export const LIVE_KEY = /\b[rs]k_live_|\b[A-Z][A-Z0-9]*_(?:LIVE|PROD|PRODUCTION)(?:_[A-Z0-9]+)*\b|--live\b/;
/**
 * The processor's test cards (`pm_card_visa`, `tok_mastercard`, 4242 4242 4242 4242) are declined by
 * the live API, so a charge or payment made with one moves nothing whichever key is in use (the bz1
 * set). Transfers, payouts and top-ups draw on the balance, not a card, and a real saved card or
 * customer beside the test card may be charged, so those are not cleared by it.
 */
const TEST_CARD = /\b(?:pm_card_\w+|tok_(?:visa|mastercard|amex|discover|diners|jcb|unionpay|chargeDeclined)\w*|4242[ -]?4242[ -]?4242[ -]?4242)\b/;
const NOT_THE_CARD = /\b(?:transfers?|payouts?|topups?|pm_(?!card_)[A-Za-z0-9]{6,}|cus_[A-Za-z0-9]{6,}|card_(?!\w*test)[A-Za-z0-9]{10,})\b/i;
export const testModeOnly = (code: string): boolean => (TEST_KEY.test(code) || (TEST_CARD.test(code) && !NOT_THE_CARD.test(code))) && !LIVE_KEY.test(code);

/** Code or a command that calls a transfer, payout or charge API. */
export function scanPaymentCode(code: string): ContentFinding[] {
  if (testModeOnly(code)) return [];
  const m = PAYMENT_API.exec(code);
  if (m) return [{ detector: 'money', kind: 'payment_api', risk: 0.85, reason: `code calls a money-moving API (${m[0].slice(0, 60)})` }];
  if (BANK_UPDATE.test(code)) return [{ detector: 'money', kind: 'changed_bank_details', risk: 0.85, reason: 'changes stored bank or payout account details (where money is paid)' }];
  if (!WRITES.test(code)) return [];
  for (const u of matchesOf(/https?:\/\/([^/\s'"]+)(\/[^\s'"]*)?/g, code)) {
    if (PAYMENT_HOST.test(u[1]) && MONEY_PATH.test(u[2] ?? '')) return [{ detector: 'money', kind: 'payment_api', risk: 0.85, reason: `code sends a request that moves money (${(u[1] + (u[2] ?? '')).slice(0, 60)})` }];
  }
  return [];
}
