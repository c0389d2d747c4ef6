import { test } from 'node:test';
import assert from 'node:assert/strict';
import { profileFor } from '../profiles/index.js';
import { latestRequest } from '../latest-request.js';
import { ownAccountTransfer } from './own-account-transfer.js';

const matched = (tool: string, args: Record<string, unknown>, request: string, earlier: string[] = []) => ownAccountTransfer(tool, args, profileFor(tool, undefined, {}), request, earlier) !== null;

test('the amount asked, moved into an account the request names as the user\'s own, runs', () => {
  assert.ok(matched('transfer_funds', { from_account: 'savings-0091', to_account: 'everyday-0044', amount: 500, currency: 'GBP' }, 'move £500 from my savings to my everyday account'));
  assert.ok(matched('transfer_funds', { from_account: 'current-0412', to_account: 'isa-0412', amount: 3000, currency: 'GBP' }, 'put 3k from my current account into my isa'));
  assert.ok(matched('create_transfer', { from_account: 'business-current', destination: 'business-reserve', amount: 5000, currency: 'GBP' }, 'move 5k to the reserve account for the vat bill'));
  assert.ok(matched('transfer_funds', { from_account: 'girokonto', to_account: 'tagesgeld', amount: 1500, currency: 'EUR' }, 'überweise 1.500 € von meinem Girokonto auf mein Tagesgeldkonto'));
  assert.ok(matched('transfer_between_accounts', { from: 'cuenta-corriente', to: 'ahorro', amount: 300 }, 'pasa 300 € de mi cuenta corriente a mi cuenta de ahorro'));
  // An organisation's own two accounts, named by kind without "my"; an amount said without its currency.
  assert.ok(matched('create_transfer', { source_account: 'club-current-0031', destination: 'club-reserve-0047', amount: 2000 }, 'move 2k from current to reserve'));
  assert.ok(matched('transfer_funds', { from_account: 'biz-current-0412', to_account: 'biz-tax-0413', amount: 3200 }, 'move £3,200 into our tax account'));
  assert.ok(matched('transfer_funds', { from_account: 'current', to_account: 'savings', amount: 250 }, 'move 250 into my savings'));
});

test('an outside account, a person, another amount or a question keeps the gate', () => {
  assert.ok(!matched('transfer_funds', { from_account: 'savings', to_account: 'GB33BUKB20201555555555', amount: 500 }, 'move £500 from my savings to my everyday account'), 'an IBAN');
  assert.ok(!matched('create_transfer', { from_account: 'operating', destination: 'acct_1Nv8QpL2xY', amount: 12000 }, 'put €12,000 into our tax reserve account'), 'a connected account');
  assert.ok(!matched('transfer_funds', { from_account: 'current', to_account: 'dave-savings', amount: 400 }, "move £400 into dave's savings"), 'a person in the label');
  assert.ok(!matched('transfer_funds', { from_account: 'current', to_account: 'savings', amount: 400 }, "move £400 into dave's savings"), "someone else's account in the request");
  assert.ok(!matched('transfer_funds', { from_account: 'girokonto', to_account: 'vermieter', amount: 1500 }, 'überweise 1.500 € an meinen Vermieter'), 'a landlord is not an account kind');
  assert.ok(!matched('transfer_funds', { from_account: 'checking', to_account: 'savings', amount: 2500 }, 'move $250 from checking into my savings'), 'a tenfold amount');
  assert.ok(!matched('transfer_funds', { from_account: 'checking', to_account: 'savings', amount: 250 }, 'should I move $250 into my savings?'), 'a question');
  assert.ok(!matched('transfer_funds', { from_account: 'checking', to_account: 'savings', amount: 250, payee_email: 'x@proton.me' }, 'move $250 into my savings'), 'a key that may redirect it');
  assert.ok(!matched('pay_invoice', { to_account: 'savings', amount: 250 }, 'move $250 into my savings'), 'only transfers');
  assert.ok(!matched('create_transfer', { source_account: 'club-current-0031', destination: 'organist-reserve-0047', amount: 2000 }, 'move 2k from current to reserve'), 'a person in the destination label');
  assert.ok(!matched('create_transfer', { source_account: 'club-current-0031', destination: 'school-reserve-0047', amount: 2000 }, 'move 2k from current to reserve'), 'another holder, with no "our"');
  assert.ok(!matched('transfer_funds', { from_account: 'current', to_account: 'savings', amount: 2500 }, 'move 250 into my savings'), 'a bare amount that differs');
});

test('labels with a currency, a short account number inside, a saver, a vault or the treasury team, and tools named for moving money, are own accounts', () => {
  assert.ok(matched('transfer_funds', { from_account: 'gbp-current', to_account: 'gbp-tax-reserve', amount: 2400, currency: 'GBP' }, 'put 2400 into our GBP tax reserve for the quarter'));
  assert.ok(matched('transfer_funds', { from_account: 'checking-2093', to_account: 'savings-2093-hy', amount: 800 }, 'move 800 from my checking to my own high-yield savings'));
  assert.ok(matched('transfer_funds', { from_account: 'joint-current', to_account: 'joint-holiday-saver', amount: 150 }, 'put the usual 150 in our holiday saver'));
  assert.ok(matched('mcp__revolut__transfer', { source_account_id: 'main-eur', destination_account_id: 'vault-eur', amount: 120 }, 'put 120 into my EUR vault'));
  assert.ok(matched('move_money', { source_account: 'treasury-operating', destination_account: 'treasury-reserve', amount: 40000 }, 'move 40k from the operating account to the treasury reserve'));
  assert.ok(matched('sweep_funds', { from_account: 'ops-chf-operating', to_account: 'ops-chf-reserve', amount: 8000 }, 'sweep 8000 from operating to reserve'));
});

test('a person\'s reserve, two numbers in a label, a long number, or another holder keep the gate', () => {
  assert.ok(!matched('transfer_funds', { from_account: 'gbp-current', to_account: 'gbp-tax-reserve', amount: 2400 }, "put 2400 into Priya's tax reserve"));
  assert.ok(!matched('create_transfer', { from_account: 'NL44RABO0301', destination: 'NL44RABO0302-savings', amount: 300 }, 'zet 300 naar mijn spaarrekening'));
  assert.ok(!matched('transfer_funds', { from_account: 'current', to_account: 'savings-48822901', amount: 300 }, 'move 300 to my savings'));
  assert.ok(!matched('sweep_funds', { from_account: 'ops-chf-operating', to_account: 'vendor-chf-reserve', amount: 8000 }, 'sweep 8000 from operating to reserve'));
  assert.ok(!matched('move_money', { to_account: 'savings', amount: 250 }, 'should I move 250 into my savings?'), 'a question');
  assert.ok(!matched('transfer_funds', { from_account: 'current', to_account: 'savings', amount: 250 }, 'move a quarter of my 1000 bonus, 250, to my savings'), 'a share');
});

test('the bank both labels carry, "my" in a label, a space, and a go-ahead for the transfer described before are own accounts', () => {
  assert.ok(matched('transfer_funds', { from_account: 'N26 main', to_account: 'N26 space: VAT', amount: 800 }, 'put 800 into my VAT space'));
  assert.ok(matched('create_transfer', { from_account: 'my-current', destination: 'my-isa', amount: 500 }, 'put my usual 500 into my ISA'));
  assert.ok(matched('create_transfer', { from_account: 'LU44-ops', destination: 'LU44-reserve', amount: 2000 }, 'do the monthly move', ["every month we move 2000 from the lab's operating account to our own reserve account, both ours"]));
  assert.ok(matched('transfer_funds', { from: 'current-4410', to: 'savings-4411', amount: 300 }, 'do it', ['move 300 from my current to my savings']));
});

test('a word the source does not carry, another person in the earlier request, or a go-ahead with nothing described keep the gate', () => {
  assert.ok(!matched('transfer_funds', { from_account: 'N26 main', to_account: 'N26 space: Dave', amount: 800 }, 'put 800 into the space'));
  assert.ok(!matched('transfer_funds', { from_account: 'current-7781', to_account: 'isa-9921', amount: 1000 }, 'yes go ahead', ["move 1000 from my current account to my brother's ISA"]));
  assert.ok(!matched('transfer_funds', { from_account: 'current-7781', to_account: 'isa-7782', amount: 1000 }, 'yes go ahead'));
  assert.ok(!matched('transfer_funds', { from_account: 'current-7781', to_account: 'isa-7782', amount: 1000 }, 'yes go ahead, if the rate holds', ['move 1000 from my current account to my ISA']), 'a condition in the go-ahead');
});

test('shorthand and other-language labels, camel-case keys, grouped amounts and a Scandinavian possessive are own accounts (the dl1, dm1, dn1 and do1 sets)', () => {
  assert.ok(matched('transfer_funds', { from_account: 'chk-0091', to_account: 'sav-0092', amount: '8200' }, 'move 8200 from my checking into my own savings account'));
  assert.ok(matched('transfer_funds', { from_account: 'personal-current-monzo', to_account: 'personal-savings-monzo', amount: 2400 }, 'put 2,400 of my bonus into my own savings pot'));
  assert.ok(matched('transfer_funds', { from_account: 'chk-4410', to_account: 'sav-4411', amount: '3,150' }, 'move 3,150 from my checking to my savings'));
  assert.ok(matched('transfer_funds', { fromAccountId: 'my-brukskonto', toAccountId: 'my-sparekonto', amount: 20000, message: 'advance' }, 'move 20k of the advance from my everyday account to my savings'));
  assert.ok(matched('transfer_funds', { from_account: 'personal-everyday', to_account: 'personal-kiwisaver-topup', amount: '1200' }, 'move 1200 into my own savings'));
  assert.ok(matched('create_transfer', { from_account: 'nationwide-current-me', destination: 'nationwide-isa-me', amount: 2000 }, 'Move £2,000 from my current account into my own ISA.'));
  assert.ok(matched('transfer_funds', { to: 'pot', amount: 150 }, 'Move £150 into my holiday space.'));
  assert.ok(matched('transfer_funds', { fromAccountId: 'my-brukskonto', toAccountId: 'my-sparekonto', amount: 12000 }, 'flytt 12000 til sparekontoen min'));
});

test('a person in a shorthand label, a grouped amount tenfold, another\'s savings in any language, or a possessive on another word keep the gate', () => {
  assert.ok(!matched('transfer_funds', { from_account: 'chk-4410', to_account: 'sav-marco', amount: '3150' }, 'move 3,150 from my checking to my savings'), 'a person in the label');
  assert.ok(!matched('transfer_funds', { from_account: 'chk-4410', to_account: 'sav-4411', amount: '31,500' }, 'move 3,150 from my checking to my savings'), 'tenfold');
  assert.ok(!matched('transfer_funds', { from_account: 'personal-everyday', to_account: 'personal-kiwisaver-topup', amount: 2500 }, "put 2,500 into my son's kiwisaver"), "someone else's account");
  assert.ok(!matched('transfer_funds', { fromAccountId: 'my-brukskonto', toAccountId: '97100511231', amount: 12000 }, 'flytt 12000 til sparekontoen min'), 'an account number');
  assert.ok(!matched('transfer_funds', { fromAccountId: 'my-brukskonto', toAccountId: 'my-sparekonto', amount: 12000 }, 'flytt 12000 til utleier, han er nabo min'), 'the possessive is on a person, not the account');
});

test('a conversation sent as one list has its last message as the request a money call answers', () => {
  assert.deepEqual(latestRequest({ user_messages: ['rent went up', 'Put £125 into my bills pot.'] }), { latest: 'Put £125 into my bills pot.', earlier: ['rent went up'] });
  assert.deepEqual(latestRequest({ user_message: 'do it', user_messages: ['move £125 to my bills pot'] }), { latest: 'do it', earlier: ['move £125 to my bills pot'] });
  assert.deepEqual(latestRequest({}), { latest: undefined, earlier: [] });
});

test('a member number both labels carry, a cash ISA, and an organisation\'s pot are the holder\'s own; another member\'s number or a son\'s ISA keep the gate', () => {
  assert.ok(matched('transfer_funds', { from_account: 'SHR-20417-00', to_account: 'CHK-20417-10', amount: '180.00' }, 'Move 180 from my share savings to my checking.'));
  assert.ok(!matched('transfer_funds', { from_account: 'SHR-20417-00', to_account: 'CHK-30982-10', amount: '180.00' }, 'Move 180 from my share savings to my checking.'), 'another member');
  assert.ok(matched('transfer_funds', { from_account: 'current-4410', to_account: 'lisa-4410-cash', amount: 250 }, 'put £250 into my cash LISA'));
  assert.ok(!matched('transfer_funds', { from_account: 'current-4410', to_account: 'lisa-4410-cash', amount: 250 }, "put £250 into my son's cash LISA"), "a son's");
  assert.ok(matched('transfer_funds', { to: 'pot', amount: 1200 }, "move £1,200 into the studio's tax pot"));
  assert.ok(!matched('transfer_funds', { to: 'pot', amount: 1200 }, "move £1,200 into the plumber's tax pot"), 'a person');
});

test('a label made of the words the user put after "my" with a kind of account is the user\'s own; a person among those words is not (the ev1 set)', () => {
  assert.ok(matched('transfer_funds', { amount: 200, currency: 'AUD', from_account: 'my-everyday-0213', to_account: 'my-goal-saver-0214' }, "move 200 into my goal saver for next season's fees"));
  assert.ok(!matched('transfer_funds', { amount: 200, from_account: 'my-everyday-0213', to_account: 'kids-savings-0214' }, 'move 200 into my kids savings'));
  assert.ok(!matched('transfer_funds', { amount: 200, from_account: 'my-everyday-0213', to_account: 'goal-saver-0214' }, 'move 200 into the goal saver'));
});

test('"it\'s" and "that\'s" before an account are "it is", not someone else\'s account; a name\'s possessive still keeps the gate (the ew1 set)', () => {
  const args = { amount: 500, currency: 'EUR', from_account: 'DE89370400440532013000', destination: 'DE89370400440532013999', reference: 'Tagesgeld' };
  assert.ok(matched('create_transfer', args, "Move 500 into my Tagesgeld, it's the account ending 3999 at the same bank."));
  assert.ok(matched('transfer_funds', { from_account: 'current', to_account: 'savings', amount: 250 }, "move 250 into savings, that's my savings account"));
  assert.ok(!matched('create_transfer', args, "Move 500 into Anna's account ending 3999, it's at the same bank."));
  assert.ok(!matched('transfer_funds', { from_account: 'current', to_account: 'savings', amount: 250 }, "move 250 into savings, that's for mum's savings"));
});

test('a bank masks an account to its last digits, and a transfer carries its date; the checks are the same', () => {
  assert.ok(matched('transfer_between_accounts', { from: 'Halden FM Ltd current ****4471', to: 'Halden FM Ltd VAT reserve ****9902', amount: 8400, currency: 'GBP' }, 'move 8,400 into the VAT reserve account'));
  assert.ok(matched('mcp__xero__create_bank_transfer', { from_account: 'Barclays Business 4471', to_account: 'Barclays Business Reserve 9902', amount: 15000, date: '2026-12-02' }, 'move 15k into the reserve bank account in Xero'));
  assert.ok(!matched('transfer_between_accounts', { from: 'Halden FM Ltd current ****4471', to: 'J Okafor ****9902', amount: 8400 }, 'move 8,400 into the reserve account'), 'a person behind the mask');
  assert.ok(!matched('transfer_between_accounts', { from: 'current ****4471', to: 'reserve ****99021234', amount: 8400 }, 'move 8,400 into the reserve account'), 'a full account number behind the mask');
  assert.ok(!matched('mcp__xero__create_bank_transfer', { from_account: 'Barclays Business 4471', to_account: 'Barclays Business Reserve 9902', amount: 15000, date: '2026-12-02', payee: 'Reserve Ltd' }, 'move 15k into the reserve bank account'), 'a payee beside the date');
});

test('a one-star or ellipsis mask and a capital-expenditure or payroll account are read as the own accounts they are', () => {
  assert.ok(matched('transfer_between_accounts', { from_account: 'Santander EUR ops *2201', to_account: 'Santander EUR capex *2288', amount: 40000 }, 'top up our capex account by 40k from ops'));
  assert.ok(matched('transfer_funds', { from_account: 'Main (…3301)', to_account: 'Payroll (…3318)', amount: 85000 }, 'move 85k from our main account to the payroll account'));
  assert.ok(!matched('transfer_funds', { from_account: 'Main (…3301)', to_account: 'ADP payroll (…3318)', amount: 85000 }, 'move 85k to the payroll account'), 'a provider named in the label');
});

test("a bank's internal transfer moves between one customer's accounts: a bare IBAN runs when the request names the accounts as the user's", () => {
  const args = { from_account: 'GB71BARC20031544331122', to_account: 'GB04BARC20031588120934', amount: '85000.00', reference: 'Fund payroll' };
  assert.ok(matched('mcp_bankline_internal_transfer', args, 'move 85k from our main current account to the payroll account'));
  assert.ok(!matched('mcp_bankline_create_transfer', args, 'move 85k from our main current account to the payroll account'), 'not an internal transfer: a bare IBAN keeps the gate');
  assert.ok(!matched('mcp_bankline_internal_transfer', args, 'move 85k to the payroll account'), 'no account named as ours');
  assert.ok(!matched('mcp_bankline_internal_transfer', args, 'move 8.5k from our current account to the payroll account'), 'another amount');
});

test('a standing order between own accounts: the schedule keys a scheduler hands over, and a label joined by " - "', () => {
  assert.ok(matched('transfer_funds', { when: 'monthly:1:08:00', from: 'biz-current-0442', to: 'biz-tax-reserve-0443', amount: 500 }, 'move 500 into the tax pot on the 1st every month'));
  assert.ok(matched('transfer_funds', { cron: '0 9 28 * *', from_account: 'Starling Business', to_account: 'Starling Business - Rainy Day Space', amount: 200.0 }, 'every month stick 200 into the rainy day space'));
  assert.ok(!matched('transfer_funds', { cron: '0 9 28 * *', from_account: 'Starling Business', to_account: 'Starling Business - Rainy Day Space', amount: 2000.0 }, 'every month stick 200 into the rainy day space'));
  assert.ok(!matched('transfer_funds', { cron: '0 9 28 * *', from_account: 'Starling Business', to_account: 'Dave - Rainy Day Space', amount: 200.0 }, 'every month stick 200 into the rainy day space'));
});
