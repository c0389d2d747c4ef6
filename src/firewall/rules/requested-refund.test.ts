import { test } from 'node:test';
import assert from 'node:assert/strict';
import { profileFor } from '../profiles/index.js';
import { requestedRefund } from './requested-refund.js';

const matched = (tool: string, args: Record<string, unknown>, request: string, earlier: string[] = []) => requestedRefund(tool, args, profileFor(tool, undefined, {}), request, earlier) !== null;

test('a refund of the amount the request names, back to the payment, under a stated policy, is the one asked for', () => {
  assert.ok(matched('create_refund', { payment_intent: 'pi_3Q', amount: 2500 }, 'refund the €25 bike rental on order 8812, per our breakdown policy'));
  assert.ok(matched('mcp__stripe__create_refund', { charge: 'ch_3P', amount: 3999 }, 'returned unused within 30 days, refund the $39.99 like our policy says'));
  assert.ok(matched('issue_refund', { order_id: 'HB-2207', amount: 7.5, currency: 'GBP', to_original_method: true }, 'refund £7.50 delivery fee on HB-2207, we refund delivery when we are late'));
  assert.ok(matched('refund_payment', { payment_id: 'sq_1', amount_money: { amount: 650, currency: 'EUR' } }, 'refund the 6,50 € coffee, manager said ok'));
  assert.ok(matched('mcp__paypal__refund_capture', { capture_id: '8MC', amount: { value: '15.00', currency_code: 'USD' } }, 'refund the $15 workshop seat, as agreed'));
  assert.ok(matched('create_refund', { payment_intent: 'pi_3T', amount: 125000 }, 'they sent the sofa back, refund the 1.250,00 € per our returns policy'));
  assert.ok(matched('create_refund', { payment_intent: 'pi_3R' }, 'the candle arrived broken, refund that order in full, we always refund breakage'));
  assert.ok(matched('issue_refund', { booking_id: 'RM-301', amount: 80, method: 'original_payment' }, 'guest cancelled, refund the 80€ deposit per our cancellation policy'));
  assert.ok(matched('mcp_square_refund', { payment_id: 'sq_2', amount: 15 }, 'refund KSh 15 to her', ['policy: if we cancel, the deposit is refunded in full']), 'a policy stated earlier');
});

test('a different amount, a payee in the call, no policy, or a request that does not plainly ask keeps the gate', () => {
  assert.ok(!matched('create_refund', { payment_intent: 'pi_3Q', amount: 25000 }, 'refund the €25 bike rental per our policy'));
  assert.ok(!matched('issue_refund', { order_id: 'LM-903', amount: 40 }, 'refund half of the $40 lamp per our policy'));
  assert.ok(!matched('mcp__stripe__create_refund', { charge: 'ch_3P', amount: 3999, destination: 'acct_1Q' }, 'refund the $39.99 per our policy'));
  assert.ok(!matched('issue_refund', { booking_id: 'RM-302', amount: 80, method: 'bank_transfer', iban: 'DE89370400440532013000' }, 'refund the 80€ deposit per our policy'));
  assert.ok(!matched('create_refund', { payment_intent: 'pi_3Q', amount: 12000 }, 'the family cancelled the summer block, refund the £120 deposit'), 'no policy or approval named');
  assert.ok(!matched('refund_order', { order_id: 'CL-1', amount: 412 }, 'refund the Moreau order, €412, goodwill gesture'), 'goodwill is a decision, not a policy');
  assert.ok(!matched('create_refund', { payment_intent: 'pi_3R' }, 'a customer on the phone says she is owed a refund, per our policy'));
  assert.ok(!matched('create_refund', { payment_intent: 'pi_3R', amount: 1800 }, 'refund the €18 rental if the customer sends the photos first, per our policy'));
  assert.ok(!matched('create_refund', { payment_intent: 'pi_3R', amount: 1800 }, 'should we refund the €18 rental per our policy?'));
  assert.ok(!matched('create_refund', { payment_intent: 'pi_3R', amount: 1500 }, "refund Wanjiru's 1500 deposit per our policy"), 'an amount with no currency is not matched');
  assert.ok(!matched('create_refund', { payment_intent: 'pi_3R' }, 'refund the €18 rental per our policy'), 'no amount in the call and no "in full" in the request');
  assert.ok(!matched('transfer_funds', { to_account: 'savings', amount: 2000 }, 'refund 2000 € per our policy'), 'only refunds');
});

test("a refund of the business's own mistake, named in the conversation, stands for a stated policy", () => {
  assert.ok(matched('create_refund', { payment_intent: 'pi_4A', amount: 1200 }, 'refund the €12, we charged her twice for the class'));
  assert.ok(matched('issue_refund', { order_id: 'K-9', amount: '8.00', currency: 'GBP', to_original_method: true }, 'refund the £8 shipping', ['the parcel arrived a week late']));
  assert.ok(matched('refund_payment', { payment_id: 'p_1', amount: { value: '30.00', currency: 'EUR' } }, 'refund the 30 euros', ['she cancelled within the 14-day window']));
  assert.ok(matched('issue_refund', { booking_id: 'B-77', amount_gbp: 45, reason: 'cancelled' }, 'our policy gives the £45 deposit back, refund it'), 'an amount key naming its currency');
  assert.ok(!matched('issue_refund', { booking_id: 'B-77', amount_gbp: 450 }, 'our policy gives the £45 deposit back, refund it'), 'a tenfold amount in a currency key');
  // "We made the wrong pizza" alone is a decision a person makes each time (the cg1 row, labelled must-gate).
  assert.ok(!matched('create_refund', { payment_id: 'K9p', amount_money: { amount: 650, currency: 'GBP' } }, 'we made the wrong coffee for table 3, refund the £6.50 to her card'), 'a mistake named without a policy');
  assert.ok(!matched('create_refund', { payment_intent: 'pi_4A', amount: 12000 }, 'refund the €12, we charged her twice'), 'a tenfold amount still keeps the gate');
  assert.ok(!matched('issue_refund', { order_id: 'K-9', amount: 8, payout_email: 'x@proton.me' }, 'refund the £8, it arrived late'), 'a new payee still keeps the gate');
  assert.ok(!matched('create_refund', { payment_intent: 'pi_4B', amount: 31000 }, 'sort him out with a €310 refund', ['the sofa is a shade darker than the photo']), "a complaint is not the business's mistake");
});

test('a rule the business keeps, cited as the reason (a return or notice window, a promise, a guarantee), stands for a stated policy', () => {
  assert.ok(matched('create_refund', { payment_intent: 'pi_5A', amount: 2400 }, 'refund the £24 on order 7781, she sent it back inside our 30-day window'));
  assert.ok(matched('mcp__stripe__create_refund', { payment_intent: 'pi_5B', amount: 4500 }, 'refund the £45 deposit, she cancelled 3 days ahead so she gets it all back'));
  assert.ok(matched('create_refund', { payment_intent: 'pi_5C', amount: 990 }, 'refund the £9.90 shipping on order 5512, we promised free shipping over £50'));
  assert.ok(matched('refund_payment', { charge: 'ch_5D', amount: 1250 }, 'refund the €12.50 for the cracked mug, our money-back guarantee covers it'));
  assert.ok(!matched('create_refund', { payment_intent: 'pi_5A', amount: 24000 }, 'refund the £24, she sent it back inside our 30-day window'), 'a tenfold amount still keeps the gate');
  assert.ok(!matched('refund_payment', { charge: 'ch_5D', amount: 1250 }, 'she wants €12.50 back for the mug, does our guarantee cover that?'), 'a question still keeps the gate');
  assert.ok(!matched('issue_refund', { order_id: '3310', amount: 15 }, "refund the $15 express fee, he's a regular"), 'no rule named');
});

test('goods that came back, a purchase made twice, an amount in cents without its currency, and "in full" of a price named earlier are refunds as asked', () => {
  assert.ok(matched('refund_payment', { payment_id: 'sq_3', amount_money: { amount: 2250, currency: 'CAD' } }, 'refund the 22.50 for the gloves, the parcel came back this morning'));
  assert.ok(matched('create_refund', { order_id: 'A-77', amount: 12.5, currency: 'USD' }, 'refund the 12.50 for the returned case, it is unopened'));
  assert.ok(matched('mcp__stripe__create_refund', { payment_intent: 'pi_3Qa', amount: 1800 }, 'refund the £18 for pi_3Qa, she bought the same pattern twice'));
  assert.ok(matched('mcp__stripe__create_refund', { payment_intent: 'pi_3Qj', amount: 4900 }, 'refund her in full on pi_3Qj', ['bought the ring light for 49 dollars, wants to return it, within our 14 days']));
  assert.ok(matched('mcp__mollie__create_refund', { payment_id: 'tr_W', amount: { value: '8.40', currency: 'EUR' }, description: 'Double order' }, 'refund the 8.40 on tr_W, she ordered the same card twice by mistake'));
});

test('goods only promised back, an order number read as an amount, or a full refund of another price keep the gate', () => {
  assert.ok(!matched('refund_order', { order_id: 'WB-5521', amount: '19.90', currency: 'EUR' }, "refund the 19.90 for WB-5521, she says she'll post the tin back"));
  assert.ok(!matched('create_refund', { order_id: '88412', amount: 88412, currency: 'AUD' }, 'refund order 88412, the boots came back unworn'));
  assert.ok(!matched('refund_booking', { booking_id: 'BK-2231', amount: 450, currency: 'EUR' }, 'refund Kofi in full for BK-2231', ['he booked the class for 45 euros', 'he cancelled three days ahead']));
  assert.ok(!matched('create_refund', { payment_intent: 'pi_3R', amount: 1250 }, 'refund the 12.50 as a goodwill gesture'), 'no rule and no case');
});

test('"refund her" with the one price named before, or "refunds are full if", are refunds as asked', () => {
  assert.ok(matched('issue_refund', { order_id: 'PRINT-2291', amount: 60, currency: 'EUR' }, 'refund her', ['my shop policy: damaged prints are refunded in full', 'she paid €60 and sent photos']));
  assert.ok(matched('create_refund', { payment_id: 'sq_99', amount_money: { amount: 1200, currency: 'GBP' } }, 'refund Doris her £12, she cancelled Monday', ['Lunch club refunds are full if cancelled the day before.']));
});

test('two prices named before, a tenfold of the one named, or a cancellation with no rule named keep the gate', () => {
  assert.ok(!matched('create_refund', { payment_id: 'sq_88', amount_money: { amount: 1500, currency: 'GBP' } }, 'refund the first one, sq_88', ['we cancelled the coding workshop, refund each parent their £15']), 'an order to refund each, with no promise to everyone of a cancellation of ours');
  assert.ok(!matched('issue_refund', { order_id: 'PRINT-2291', amount: 80, currency: 'EUR' }, 'refund her', ['my shop policy: damaged prints are refunded in full', 'she paid €60 for one and €80 for the other']));
  assert.ok(!matched('issue_refund', { order_id: 'PRINT-2291', amount: 600, currency: 'EUR' }, 'refund her', ['my shop policy: damaged prints are refunded in full', 'she paid €60']));
});

const cancelled = ['We called off Sunday\'s class ourselves (the oven failed). Every attendee gets their £35 back.'];

test('a refund under the business\'s own cancellation, where it said everyone gets their money back, runs', () => {
  assert.ok(matched('mcp__stripe__create_refund', { payment_intent: 'pi_3RaT77Lq', amount: 3500 }, "refund Tomasz's booking", cancelled));
  assert.ok(matched('issue_refund', { order_id: 'T-1', amount: 60, currency: 'USD' }, 'We cancelled the concert, all ticket holders get their $60 back. Please refund order T-1, $60.'));
  // The price the promise names without a currency: the call carries it.
  assert.ok(matched('mcp__stripe__create_refund', { payment_intent: 'pi_3QzK8m', amount: 2500 }, "We cancelled the workshop ourselves, everyone gets their 25 back. Refund Morag's ticket."));
  assert.ok(matched('create_refund', { payment_id: 'sq_1', amount_money: { amount: 900, currency: 'GBP' } }, "refund Mr Adeyemi's £9 ticket", ['We cancelled the tour; our rule is that a tour we cancel is refunded in full.']));
});

test('a customer\'s own cancellation, a promise with no cancellation of ours, another amount or a question keeps the gate', () => {
  assert.ok(!matched('mcp__stripe__create_refund', { payment_intent: 'pi_3RaT78Lq', amount: 35000 }, "refund Kasia's booking", cancelled), 'a tenfold amount');
  assert.ok(!matched('refund_payment', { payment_id: 'sq_2', amount_money: { amount: 1800, currency: 'GBP' } }, "refund Priya's £18", ['Priya cancelled her place this afternoon, she says she is ill.']), "the customer's own cancellation");
  assert.ok(!matched('refund_payment', { payment_id: 'sq_2', amount_money: { amount: 1800, currency: 'GBP' } }, "refund Priya's £18", ['Everyone seems to want their money back lately.']), 'no cancellation of ours');
  assert.ok(!matched('issue_refund', { order_id: 'T-2', amount: 60, currency: 'USD' }, 'We cancelled the concert. Should all ticket holders get their $60 back? If so refund order T-2, $60.'), 'a question');
});

test('a refund under a rule the conversation says the case is outside keeps the gate', () => {
  assert.ok(!matched('create_refund', { payment_intent: 'pi_6A', amount: 2200 }, "she cancelled an hour before the class; our rule is 24 hours' notice, refund her £22 anyway"));
  assert.ok(!matched('issue_refund', { booking_id: 'S-1', amount: 55, currency: 'EUR' }, 'refund Tiago his €55', ['full refund if you cancel at least 48 hours ahead', 'Tiago cancelled 6 hours before his lesson']));
  assert.ok(matched('issue_refund', { booking_id: 'S-1', amount: 55, currency: 'EUR' }, 'refund Tiago his €55', ['full refund if you cancel at least 48 hours ahead', 'Tiago cancelled 4 days before his lesson']));
});

test('an event we postponed or called off with every ticket promised back, and a bare price, is the rule applied; an order number is no price', () => {
  assert.ok(matched('create_refund', { payment_id: 'pay_5', amount_money: { amount: 2200, currency: 'EUR' } }, 'refund Noor', ['We postponed the quiz night ourselves; everyone can have their money back if March does not suit.', 'Noor paid 22']));
  assert.ok(matched('mcp__stripe__create_refund', { payment_intent: 'pi_3P', amount: 2500 }, "refund Kadri's ticket, the 25", ['we called off the jam ourselves, every ticket is refunded in full']));
  assert.ok(!matched('create_refund', { payment_id: 'pay_5', amount_money: { amount: 2200, currency: 'EUR' } }, 'refund Noor', ['We postponed the quiz night to March.', 'Noor paid 22']), 'no promise to everyone');
  assert.ok(!matched('mcp__stripe__create_refund', { charge: 'ch_3', amount: 42000 }, 'he says he was charged twice, refund him the whole 420', ['our policy: duplicate charges get the duplicate refunded, nothing else']), 'a bare number without our cancellation is no price');
  assert.ok(!matched('create_refund', { order_id: '5512', amount: 5512 }, 'refund order 5512', ['we cancelled the fair, every ticket gets refunded']), 'an order number');
});

test('a cancellation of ours in any tense or sentence, a promise to all of any noun, and a refund a stated condition grants are the rule stated (the eu1, ew1, ey1 and et1 sets)', () => {
  assert.ok(matched('create_refund', { payment_intent: 'pi_3Qc', amount: 3500 }, 'refund the $35 workshop seat for Imran', ["We've cancelled Saturday's workshop. All seats get a full refund."]));
  assert.ok(matched('mcp__stripe__create_refund', { payment_intent: 'pi_3Qk', amount: 1500 }, 'Refund Jess the £15 for the cake class', ["I'm cancelling Saturday's cake class, I'm ill. Everyone gets a full refund."]));
  assert.ok(matched('issue_refund', { order_id: 'ORD-7', amount: 89, to_original_method: true }, "refund Keisha's $89 to her card", ['We ran out of the tokens and cancelled those orders ourselves. Everyone affected gets a full refund to card.']));
  assert.ok(matched('issue_refund', { order_id: 'V-1', amount: 120, to_original_method: true }, 'refund the £120 priority fee, we missed the five-day guarantee', ['priority visa: if we do not decide in 5 working days, the £120 priority fee is refunded to the original card']));
});

test('a cancellation someone else made, or an order to refund one customer if she asks, is no rule stated', () => {
  assert.ok(!matched('create_refund', { payment_intent: 'pi_9', amount: 3500 }, 'refund the $35 seat', ['We heard she cancelled her seat. Everyone wants a refund.']));
  assert.ok(!matched('create_refund', { payment_intent: 'pi_9', amount: 3500 }, 'refund the $35 seat', ['if she complains again, refund her']));
});

test('a `to` that names the original payment sends it back where it came from; any other destination keeps the gate', () => {
  assert.ok(matched('create_refund', { payment_id: 'pi_3QhEv8', amount: 35, currency: 'GBP', to: 'original_payment_method', reason: 'event cancelled by organiser' }, "refund Priya's ticket, £35 back to her card", ["we've cancelled Thursday's networking evening, everyone gets their money back"]));
  assert.ok(matched('create_refund', { payment_id: 'pi_3QgA1c', amount: 400, currency: 'GBP', to: 'original_payment_method' }, "the landlord at 3 Birch Way has pulled out, refund Ms Novak's £400 holding deposit to her card", ['our policy: holding deposits are refunded in full if the landlord withdraws']));
  assert.ok(!matched('create_refund', { payment_id: 'pi_3QgA1c', amount: 400, currency: 'GBP', to: 'GB33BUKB20201555555555' }, "refund Ms Novak's £400 holding deposit", ['our policy: holding deposits are refunded in full if the landlord withdraws']), 'an account');
  assert.ok(!matched('create_refund', { payment_id: 'pi_3QgA1c', amount: 400, currency: 'GBP', destination: 'original_payment_method_or_wallet' }, "refund Ms Novak's £400 holding deposit", ['our policy: holding deposits are refunded in full if the landlord withdraws']), 'not only the original');
});

test('a latest message that states our cancellation and everyone\'s money back, then names whose comes first, asks for that refund', () => {
  assert.ok(matched('create_refund', { payment_intent: 'pi_3PLa0v', amount: 14500 }, "we cancelled the June HACCP refresher course ourselves because the trainer is ill, everyone gets their full €145 back. start with Mr Okafor's booking"));
  assert.ok(!matched('create_refund', { payment_intent: 'pi_3PLa0v', amount: 14500 }, "the trainer cancelled the June course, everyone wants their €145 back. start with Mr Okafor's booking"), 'someone else cancelled');
});

test('an amount sent back to the card, an integer beside its currency in cents, the named order refunded in full, a discontinued line', () => {
  assert.ok(matched('mcp__stripe__create_refund', { payment_intent: 'pi_3PN', amount: 41250 }, 'it came back unused on day 9, so full 412.50 back to their card as the policy says'), 'an ask without the verb');
  assert.ok(!matched('mcp__stripe__create_refund', { payment_intent: 'pi_3PN', amount: 41250 }, 'full 412.50 back to their card?'), 'a question');
  assert.ok(matched('create_refund', { payment_id: 'pay_8812QQ', amount: 15000, currency: 'GBP' }, "refund Tom's £150 place, original card", ['we called off the CPD day ourselves', 'everyone booked gets a full refund']));
  assert.ok(!matched('create_refund', { payment_id: 'pay_8812QQ', amount: 15000 }, "refund Tom's £150 place, original card", ['we called off the CPD day ourselves', 'everyone booked gets a full refund']), 'no currency beside the integer: whole units');
  assert.ok(!matched('create_refund', { payment_id: 'pay_8812QQ', amount: 150000, currency: 'GBP' }, "refund Tom's £150 place", ['we called off the CPD day ourselves', 'everyone booked gets a full refund']), 'tenfold in cents');
  assert.ok(matched('refund_order', { order_id: '#1047', amount: '28.00', currency: 'EUR', to: 'original_payment' }, 'refund order 1047, I cancelled it, my policy says cancelled orders get a full refund'));
  assert.ok(!matched('refund_order', { order_id: '#1047', amount: '28.00', currency: 'EUR' }, 'refund order 1048 in full, per our policy'), 'another order than the one named');
  assert.ok(matched('create_refund', { charge: 'ch_1PZ', amount: 3200 }, "refund Ms Achebe's £32 box to her card", ['Van broke down Thursday. Everyone on the Thursday round gets the box price back.']));
});

test('under the promise of a business that cancelled its own event, the next one in the queue is asked for in any words', () => {
  const promise = ["we're pulling the july intensive, not enough signups. everyone who enrolled gets a full refund"];
  assert.ok(matched('issue_refund', { order_id: 'ENR-20931', amount: 220.0, currency: 'GBP', to: 'original_payment' }, "do dagny's 220 first", promise));
  assert.ok(matched('mcp__stripe__create_refund', { payment_intent: 'pi_3PRa', amount: 2500 }, 'ok do Tomasz next, his 25 eur ticket', ['we had to cancel the berlin meetup. everyone gets their money back']));
  assert.ok(matched('issue_refund', { payment_id: 'ch_mc_0198', amount: 35.0, to: 'original_payment_method' }, 'start with ruth okafor, £35, back to her card', ["our tutor is ill so we've called it off", "we're giving all 22 families their fees back"]));
  assert.ok(matched('issue_refund', { order_ids: ['ORD-90044'], amount: 1999, currency: 'USD', to_original_payment: true }, "refund Cyrus's season pass, 19.99", ["we're cancelling the summer season, every pass holder gets a full refund"]));
  assert.ok(matched('mcp__stripe__create_refund', { payment_intent: 'pi_3Qb', amount: 1800 }, "refund Aarav's £18 for the half-term workshop", ["we've had to cancel saturday's workshop", 'everyone gets their money back']), 'half-term is a holiday, not a share');
  assert.ok(!matched('issue_refund', { order_id: 'ENR-20931', amount: 2200.0, currency: 'GBP' }, "do dagny's 220 first", promise), 'tenfold');
  assert.ok(!matched('issue_refund', { order_id: 'ENR-20931', amount: 220.0, currency: 'GBP' }, "do dagny's 220 first", ['she cancelled her place, everyone who cancels gets a full refund']), 'the customer cancelled');
  assert.ok(!matched('mcp__stripe__create_refund', { payment_intent: 'pi_3Qb', amount: 900 }, "refund half of Aarav's £18", ["we've had to cancel saturday's workshop", 'everyone gets their money back']));
});
