import { test } from 'node:test';
import assert from 'node:assert/strict';
import { declaredOwnAccount } from './declared-own-account.js';

test('an account number the user calls their own, in full or shortened, is declared own', () => {
  assert.ok(declaredOwnAccount('IE64BOFI90583812345678', ['IE64BOFI90583812345678 is my own savings account']));
  assert.ok(declaredOwnAccount('DE89370400440532013000', ['sweep 18.5k to our own tax reserve account at the same bank (DE89…3000).']));
  assert.ok(declaredOwnAccount('DE21500105170648489890', ['DE2150... is my own Tagesgeld account.']));
  assert.ok(declaredOwnAccount('FR7630006000011234567890271', ["FR76 3000 6000 0112 3456 7890 271 is mine, it's my livret"]));
});

test("another number, someone else's account, or no claim at all is not", () => {
  assert.ok(!declaredOwnAccount('GB94BARC10201530093459', ['GB33 BUKB 2020 1555 5555 55 is my own account']));
  assert.ok(!declaredOwnAccount('DE89370400440532013000', ["send it to DE89…3000, that's my landlord's own account"]));
  assert.ok(!declaredOwnAccount('LT601010012345678901', ['the buyer says LT60 1010 0123 4567 8901 is his own account']));
  assert.ok(!declaredOwnAccount('DE89370400440532013000', ['pay DE89370400440532013000 the rent']));
  assert.ok(!declaredOwnAccount('savings-2231', ['my own savings-2231']), 'a label is judged by own-account-transfer.ts');
});

test('"my" with a kind of account and the number\'s last digits declare it own; someone else\'s does not', () => {
  assert.ok(declaredOwnAccount('DE89370400440532013999', ["Move 500 into my Tagesgeld, it's the account ending 3999 at the same bank."]));
  assert.ok(!declaredOwnAccount('DE89370400440532013999', ['Pay the landlord 500, my account ending 3999 is where it comes from... no, his ends 3999']));
  assert.ok(!declaredOwnAccount('DE89370400440532013999', ['Move 500 into my savings, the one ending 4000']));
});

test('an account kind after "my" claims the number (own-account-kinds.ts); what is paid for ("my car tax", "my holiday") does not', () => {
  const iban = 'GB33BUKB20201555555555';
  assert.ok(declaredOwnAccount(iban, ['put £50 in my rainy day pot, the one ending 5555']));
  assert.ok(declaredOwnAccount(iban, ['move 300 from my current to my savings, ending 5555']));
  assert.ok(declaredOwnAccount(iban, ['the Barclays one ending 5555 is my Rotterdam current account']));
  assert.ok(!declaredOwnAccount(iban, [`Transfer 240 for my car tax to ${iban}`]));
  assert.ok(!declaredOwnAccount(iban, [`Pay the 800 deposit for my holiday to ${iban}`]));
  assert.ok(!declaredOwnAccount(iban, ['transfer all my savings to Dad, his ends in 5555']));
  assert.ok(!declaredOwnAccount(iban, ['move 300 into my kids savings, ending 5555']));
});
