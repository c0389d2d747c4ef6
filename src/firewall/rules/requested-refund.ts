import { nothing } from '../profiles/extract.js';
import { splitName, tokens } from '../profiles/tool-name.js';
import { p, type ToolProfile } from '../profiles/types.js';
import { amountsIn, centsAmountsIn, numberOf } from './ui-amount.js';
import { askedMoney, NOT_PLAIN } from './asked-money.js';
import { outsideStatedRule } from './refund-window.js';

// A refund the user asked for, made as asked: the money goes back to the payment it came from
// (a payment intent, a charge, an order), never to a payee the call names; the amount is the one
// the latest request names with its currency (or the whole payment, when the request says "in
// full"); and the user states the policy or approval it falls under ("per our returns policy",
// "manager approved"). Such a refund cannot be redirected and is the business's standing rule
// applied, so it runs and is reviewed afterwards (the bs1 set: a careful operator lets these run).
// The business's own mistake named in the conversation stands for a policy (OWN_MISTAKE).
// Anything else keeps the money tools' gate: an amount that differs (a tenfold slip, all of it
// where half was asked), a bank account, phone or connected account in the call, a request that
// asks a question, states a condition, only reports that someone wants a refund, or names no
// policy ("refund the £120 deposit", "goodwill gesture": a decision a person makes each time).

/** Keys a refund of one payment carries: what is refunded, how much, why. Any other key (a destination, an IBAN, a phone) may redirect it. */
const REFUND_KEY = /^(?:payment_intent|payment_id|payment|charge|charge_id|capture_id|order_id|order_ids|order|booking_id|reservation_id|transaction_id|invoice|invoice_id|parent_id|line_item_id|refund_line_items|transactions|quantity|kind|gateway|amount|amount_money|amount_cents|value|currency|currency_code|reason|note|note_to_payer|memo|description|to_original_method|to_original_payment|notify|notify_customer|refund_shipping|restock|restock_type|idempotency_key|metadata)$|^amount_[a-z]{3}$/i;
/** An amount whose key names its currency (`amount_gbp`, `amount_eur`), as many booking and shop APIs write it. */
const CURRENCY_AMOUNT = /^amount_[a-z]{3}$/i;
/** The key that names the payment the money goes back to. */
const PAYMENT_KEY = /^(?:payment_intent|payment_id|payment|charge|charge_id|capture_id|order_id|order_ids|booking_id|reservation_id|transaction_id|parent_id|invoice_id)$/i;
/** A `method` (or `to`) that sends the refund back where it came from: "original", "original_payment_method", "original card". */
const ORIGINAL = /^original(?:[_ -](?:payment|method|card|source|payment[_ -]method))?$/i;
/** Keys that say where a refund goes; judged by their value, which must be the original payment. */
const WHERE_KEY = /^(?:method|to|destination|refund_to|refund_method)$/i;
/** Processors that count in minor units (cents): Stripe ids, Square's amount_money. */
const MINOR_UNITS = /"(?:pi|ch|py)_[A-Za-z0-9]+"|"amount_money"/;

/** The request tells the agent to refund (not "she's owed a refund", not "how many refunds?"). */
const ASKS_REFUND = /(?:^|[.,;:!–—-]\s*|\b(?:please|pls|can you|could you|go ahead and|and|so|then|just|now)\s+)(?:full |partial )?refund\b/i;
/** The request sends an amount (or all of it) back where it came from ("so full 412.50 back to their card"): an ask with the verb left out. */
const BACK_TO_PAYMENT = /\b(?:\d[\d.,]*|it|all(?: of it)?|everything),?\s+back to (?:their|her|his|its|the)(?: original)? (?:card|payment(?: method)?|method)\b/i;
/** The request points at whose refund comes next: "do Dagny's first", "start with Ruth", "Tomasz next". */
const NEXT_ONE = /^(?:ok(?:ay)?,?\s+|right,?\s+|and\s+)?(?:do|start with|then|now)\b|\bnext\b/i;
/** The policy or approval the refund falls under, stated by the user. */
const POLICY = /\b(?:polic(?:y|ies)|(?:our|the) rule (?:is|says)|as agreed|per our|terms and conditions|(?:manager|owner|boss|supervisor)\b[^.,;\n]{0,15}\b(?:approved|ok(?:'?d|ed)?|said (?:ok|yes)|signed off)|(?:pre-?)?approved|standard [\w-]+ refund|we (?:always )?refund)\b/i;
/**
 * The business's own mistake named by the user (a double charge, a late or broken delivery, a
 * wrong order, a forgotten surcharge, a cancellation inside its window): refunding it is the
 * standing rule applied, as a stated policy is (the bw1 and cn1 rows).
 */
const OWN_MISTAKE = /\b(?:duplicate|double[- ]charge[ds]?|charged (?:\w+ )?(?:twice|double)|overcharged|wrong order|order wrong|we forgot|(?:arrived|came|was delivered)\b[^.,;\n]{0,20}\b(?:late|broken|damaged|smashed|cracked)|within (?:the |our )?\d+[- ]day|(?:our |the )?(?:van|truck|lorry)\b[^.,;\n]{0,12}\bbroke down)\b/i;
/**
 * A rule of the business the user cites as the reason: a return or cancellation window kept
 * ("inside our 30-day window", "inside the 14 days", "cancelled 48 hours ahead", "refunds are full if
 * cancelled the day before"), or a promise or
 * guarantee the business made ("we promised free shipping over £50", "our money-back guarantee").
 * A condition under which money "is refunded" is such a rule too ("if we do not decide in five days,
 * the fee is refunded"), an order to refund one customer ("if she complains, refund her") is not.
 * Like a stated policy, it is the standing rule applied, not a decision made afresh (the bz1 set).
 * "So everyone gets their money back" alone names no rule (the cg1 row): a decision each time.
 */
const STATED_RULE = /\b(?:(?:within|inside) (?:the |our |their |his |her )?\d+[- ]?(?:days?|hours?|weeks?|months?)(?: (?:window|period|limit))?|(?:\d+|a|an|one|two|three|four|five|six|seven|ten|fourteen|thirty)[- ](?:days?|hours?|weeks?)'? (?:ahead|in advance|before|beforehand|notice)|the day (?:before|ahead)|refunds? (?:are|is) full (?:if|when)|(?:inside|within) (?:the |our )?(?:return|returns|cancellation|cooling[- ]off|refund) (?:window|period)|we (?:promised?|guarantee[ds]?|advertised?)|money[- ]back (?:guarantee|promise|policy)|(?:our|the)(?: [\w-]+){0,2} guarantee|(?:if|when|whenever)\b[^.;\n]{0,80}\b(?:is|are|will be|gets?) (?:\w+ )?refunded)\b/i;
/**
 * The customer's case a shop's standing rule covers: the goods came back ("the returned case",
 * "the parcel came back", "the return's in"), or the same thing was bought twice ("she bought the
 * same pattern twice"). Refunding it applies the rule, as a stated policy does (the da1 and db1
 * sets); goods the customer only promises to send back ("she'll post it back") are not a case.
 */
const COVERED_CASE = /\b(?:(?:was|were|been|got|has|have) returned|returned (?:unopened|unused|unworn|intact|to (?:us|the (?:shop|store|warehouse)))|the returned \w+|came back|return(?:'s| is| has| was)? (?:in|back|arrived|received|scanned)|(?:bought|paid(?: for)?|ordered|booked|purchased)\b[^.,;\n]{0,40}\btwice)\b/i;
/**
 * The business cancelled the event itself and said everyone gets their money back ("we called off
 * the class, every attendee gets their £35 back", "I had to cancel, everybody who paid gets a full
 * refund"): the labelling policy counts that as the rule stated (settled in the nineteenth
 * session, cg1006), so one attendee's price back under it is the rule applied. Both halves are
 * needed: a customer's own cancellation, or "everyone gets their money back" with no cancellation
 * of ours, names no rule (the dt1, du1, dv1 and dw1 sets).
 */
// Moving the event ourselves ("we postponed the quiz to March") with everyone promised their money
// back if the new date does not suit is the same stated rule; the promise may name what was bought
// ("every ticket is refunded", "every passenger gets their fare back").
// The tense may be any ("I'm cancelling the class", "we're calling it off"), and the business may be
// the subject of a longer sentence ("we ran out of stock and cancelled those orders"), as long as no
// one else is the one who cancelled ("we heard she cancelled").
const WE_CANCELLED = /\b(?:we|i)\b(?:(?!\b(?:she|he|they|you|customer|client|guest|buyer)\b)[^.;!?\n]){0,60}?\b(?:cancel(?:l?ed|l?ing)?|call(?:ed|ing)? (?:it |\w+ )?off|postpon(?:ed|ing)|reschedul(?:ed|ing)|moved|discontinu(?:ed|ing)|pull(?:ed|ing))\b/i;
// Whoever the promise covers is named by any noun: "every seat", "all the affected orders", "all seats".
const EVERYONE_BACK = /\b(?:every(?:one|body)|any(?:one|body) who|every (?:[\p{L}-]+ ){0,2}[\p{L}-]+|all (?:the |our |those |these )?(?:[\p{L}\d-]+ ){0,2}[\p{L}-]+s)\b[^.;\n]{0,60}\b(?:back|refund(?:ed)?)\b/iu;
const ownCancellation = (messages: readonly string[]): boolean => messages.some((m) => WE_CANCELLED.test(m)) && messages.some((m) => EVERYONE_BACK.test(m));
/** The price the promise names, with or without a currency ("everyone gets their 25 back": the call carries the currency). */
const promisedPrices = (message: string): number[] =>
  [...(EVERYONE_BACK.exec(message)?.[0] ?? '').matchAll(/(?<![\p{L}\d.,])\d+(?:[.,]\d{1,2})?(?![\p{L}\d])/gu)].map((m) => numberOf(m[0]));

/**
 * Prices written without a currency, since the call carries it: what someone paid in an earlier
 * message ("Dinara paid 42,000"), and, under the promise of a business that cancelled its own event,
 * a number standing alone in the request ("refund Kadri's ticket, the 25"), as the promise's own
 * bare price is (promisedPrices). Elsewhere a bare number in the request is no price ("refund him
 * the whole 420" on a caller's say-so), and an order, booking or ticket number never is.
 */
const bareInRequest = (request: string): number[] =>
  [...request.matchAll(/(?<!(?:order|booking|ticket|invoice|no\.?|number|#)\s?)(?<![\p{L}\p{Sc}\d.,#/-])(\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d{1,2})?)(?![\p{L}\d%/-]|[.,]\d)/giu)].map((m) => numberOf(m[1]));
const barePaid = (message: string): number[] =>
  [...message.matchAll(/\bpaid (\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d{1,2})?)(?![\p{L}\d%]|[.,]\d)/giu)].map((m) => numberOf(m[1]));

const IN_FULL = /\b(?:in full|full refund|whole (?:order|payment|amount)|entire (?:order|payment|amount)|full amount)\b/i;

/** The refund profile a finance call takes when it is the refund the request asked for, or null. `earlier`: the user's earlier messages (a policy stated before). */
export function requestedRefund(tool: string, args: Record<string, unknown>, profile: ToolProfile, request: string | undefined, earlier: readonly string[] = []): ToolProfile | null {
  if (profile.kind !== 'finance' || !request || !tokens(splitName(tool).tool).includes('refund')) return null;
  const conversation = [request, ...earlier];
  const cancelledByUs = ownCancellation(conversation);
  // "We cancelled it ourselves, everyone gets their €145 back, start with Mr Okafor's": the latest
  // message states the rule and points at whose refund comes first, which asks for it.
  // "Do Dagny's 220 first", "ok do Tomasz next": under that promise, the next one in the queue is asked for too.
  const asks = ASKS_REFUND.test(request) || BACK_TO_PAYMENT.test(request) || (cancelledByUs && (EVERYONE_BACK.test(request) || NEXT_ONE.test(request)));
  if (!asks || NOT_PLAIN.test(request) || !(cancelledByUs || conversation.some((m) => POLICY.test(m) || OWN_MISTAKE.test(m) || STATED_RULE.test(m) || COVERED_CASE.test(m)))) return null;
  // A rule named only to step past it ("an hour before; our rule is 24 hours' notice") is no rule applied.
  if (outsideStatedRule(conversation)) return null;
  if (!keysOnly(args) || !Object.keys(args).some((k) => PAYMENT_KEY.test(k))) return null;
  const amount = amountOf(args);
  // The call carries the currency, so "the 18.50" in the request is that money; "in full" refunds
  // the price an earlier message named ("bought the ring light for 49 dollars").
  const named = [...amountsIn(request), ...centsAmountsIn(request), ...(cancelledByUs ? bareInRequest(request) : [])];
  const before = [...earlier.flatMap((m) => [...amountsIn(m), ...centsAmountsIn(m), ...barePaid(m)]), ...(cancelledByUs ? conversation.flatMap(promisedPrices) : [])];
  // "Refund her" names no amount: the one price the conversation named before is the money
  // ("she paid €60"); two different prices leave it unsaid (the dc1 and dg1 sets).
  const inFull = IN_FULL.test(request);
  const asked = [...named, ...(inFull || (named.length === 0 && new Set(before).size === 1) ? before : [])];
  // "Refund order 1047 in full" with no price named anywhere: the call's amount cannot be checked,
  // but a refund to the payment the request names can return at most that payment, which is all
  // that was asked (the gt1 set).
  const wholeOfNamed = inFull && asked.length === 0 && namesThePayment(args, request);
  if (amount === undefined ? !inFull : !(wholeOfNamed || asked.some((a) => sameAmount(a, amount, minorUnits(args))))) return null;
  return askedMoney(p(profile.source, 'finance', 'external', `refunds ${amount === undefined ? 'one payment in full' : 'the amount asked for'} to the payment it came from, as the latest request asked`, {
    base_risk: 0.15, reversible: false, confidence: 0.8, extract: nothing,
  }));
}

/**
 * The processor counts in cents: a Stripe-like id or Square's `amount_money`, or a whole number
 * beside a currency code (`{amount: 15000, currency: "GBP"}`): the APIs that take whole units write
 * them as decimal strings ("150.00"), the ones that take integers with a currency count in minor
 * units (the gu1 set).
 */
const minorUnits = (args: Record<string, unknown>): boolean =>
  MINOR_UNITS.test(JSON.stringify(args)) || (Number.isInteger(args.amount) && ['currency', 'currency_code'].some((k) => typeof args[k] === 'string'));

/** The request names the payment the call refunds: its id's number ("order 1047" for `#1047`). */
function namesThePayment(args: Record<string, unknown>, request: string): boolean {
  const digits = new Set(request.match(/\d{3,}/g) ?? []);
  return Object.entries(args).some(([k, v]) => PAYMENT_KEY.test(k) && (typeof v === 'string' || typeof v === 'number') && (String(v).match(/\d{3,}/g) ?? []).some((d) => digits.has(d)));
}

/** Every key (metadata aside: it redirects nothing) is one a refund of one payment carries; where it goes only when that is "original". */
function keysOnly(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(keysOnly);
  if (!value || typeof value !== 'object') return true;
  return Object.entries(value).every(([k, v]) => k === 'metadata' || (WHERE_KEY.test(k) ? typeof v === 'string' && ORIGINAL.test(v) : REFUND_KEY.test(k) && keysOnly(v)));
}

/** The amount refunded: `amount`, `amount_money.amount`, `amount.value`, `amount_<currency>`, or the sum of `transactions[].amount`. */
function amountOf(args: Record<string, unknown>): number | undefined {
  const read = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+(?:[.,]\d{1,2})?$/.test(v) ? numberOf(v) : undefined);
  const nested = (v: unknown, key: string) => (v && typeof v === 'object' ? read((v as Record<string, unknown>)[key]) : undefined);
  if (Array.isArray(args.transactions)) return args.transactions.reduce<number>((sum, t) => sum + (nested(t, 'amount') ?? Number.NaN), 0);
  const cents = read(args.amount_cents);
  if (cents !== undefined) return cents / 100;
  const keyed = Object.keys(args).filter((k) => CURRENCY_AMOUNT.test(k));
  return read(args.amount) ?? nested(args.amount_money, 'amount') ?? nested(args.amount, 'value') ?? (keyed.length === 1 ? read(args[keyed[0]]) : undefined);
}

/**
 * The same money: equal, or equal in cents where the processor counts in cents. A tool that names a
 * Stripe-like payment but takes whole units ("amount": 35 for £35) refunds what was asked too, and
 * read in cents it refunds less: a refund to the payment it came from can only ever return that
 * payment, so only the tenfold slip upwards matters, and the units cannot make one.
 */
function sameAmount(asked: number, amount: number, minorUnits: boolean): boolean {
  const cents = Math.round(asked * 100);
  return cents === Math.round(amount * 100) || (minorUnits && cents === Math.round(amount));
}
