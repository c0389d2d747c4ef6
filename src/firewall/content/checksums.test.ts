import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bsnValid, cardValid, cpfValid, dniValid, ibanValid, luhnValid, mrzCheck, myNumberValid, nirValid, ssnValid } from './checksums.js';

test('Luhn and card numbers', () => {
  assert.equal(luhnValid('79927398713'), true);
  assert.equal(luhnValid('79927398710'), false);
  assert.equal(cardValid('4532015112830366'), true);
  assert.equal(cardValid('4532015112830367'), false, 'one digit off');
  assert.equal(cardValid('378282246310005'), true, 'amex, 15 digits');
  assert.equal(cardValid('0000000000000000'), false, 'all one digit');
  assert.equal(cardValid('1234567812345670'), false, 'Luhn-valid but no network prefix');
  assert.equal(cardValid('424242424242'), false, 'too short');
});

test('IBAN mod 97 with the country length table', () => {
  assert.equal(ibanValid('DE89370400440532013000'), true);
  assert.equal(ibanValid('GB82WEST12345698765432'), true);
  assert.equal(ibanValid('NL91ABNA0417164300'), true);
  assert.equal(ibanValid('DE89370400440532013001'), false, 'check fails');
  assert.equal(ibanValid('DE8937040044053201300'), false, 'wrong length for DE');
  assert.equal(ibanValid('XX89370400440532013000'), false, 'unknown country');
});

test('US SSN format rules', () => {
  assert.equal(ssnValid('524', '71', '3398'), true);
  for (const [a, g, s] of [['000', '12', '3456'], ['666', '12', '3456'], ['912', '12', '3456'], ['123', '00', '4567'], ['123', '45', '0000']]) assert.equal(ssnValid(a, g, s), false, `${a}-${g}-${s}`);
});

test('Spanish DNI and NIE letters', () => {
  assert.equal(dniValid('12345678Z'), true);
  assert.equal(dniValid('12345678A'), false);
  assert.equal(dniValid('X1234567L'), true);
  assert.equal(dniValid('X12345678L'), false, 'NIE has 7 digits');
});

test('Dutch BSN 11-check, Brazilian CPF, French NIR, Japanese My Number', () => {
  assert.equal(bsnValid('111222333'), true);
  assert.equal(bsnValid('111222334'), false);
  assert.equal(cpfValid('52998224725'), true);
  assert.equal(cpfValid('52998224726'), false);
  assert.equal(cpfValid('11111111111'), false, 'all equal digits pass the arithmetic but are invalid');
  assert.equal(nirValid('255081416802538'), true);
  assert.equal(nirValid('255081416802539'), false);
  assert.equal(nirValid('1850578006084' + String(97 - Number(1850578006084n % 97n)).padStart(2, '0')), true);
  assert.equal(myNumberValid('123456789018'), true);
  assert.equal(myNumberValid('123456789017'), false);
});

test('ICAO 9303 check digits (the specimen passport)', () => {
  assert.equal(mrzCheck('L898902C3'), 6);
  assert.equal(mrzCheck('740812'), 2);
  assert.equal(mrzCheck('120415'), 9);
});
