import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ibanValid, luhnValid, PiiRedactor } from './redact-pii.js';

const r = new PiiRedactor({ custom: [{ name: 'employee_id', pattern: 'EMP-\\d{6}' }] });

test('check digits: Luhn for cards, mod-97 for IBANs', () => {
  assert.equal(luhnValid('4111111111111111'), true);
  assert.equal(luhnValid('4111111111111112'), false);
  assert.equal(ibanValid('GB82 WEST 1234 5698 7654 32'), true);
  assert.equal(ibanValid('DE89370400440532013000'), true);
  assert.equal(ibanValid('DE89370400440532013001'), false);
});

test('personal data is replaced by a named token', () => {
  const cases: [string, string][] = [
    ['mail jane.doe+work@example.co.uk now', 'mail [REDACTED:email] now'],
    ['card 4111 1111 1111 1111 ok', 'card [REDACTED:card] ok'],
    ['card 5500-0000-0000-0004', 'card [REDACTED:card]'],
    ['iban GB82 WEST 1234 5698 7654 32.', 'iban [REDACTED:iban].'],
    ['iban DE89370400440532013000', 'iban [REDACTED:iban]'],
    ['ssn 123-45-6789', 'ssn [REDACTED:ssn]'],
    ['NI number AB 12 34 56 C', 'NI number [REDACTED:national_id]'],
    ['call +1 415 555 2671 or +44 20 7946 0958', 'call [REDACTED:phone] or [REDACTED:phone]'],
    ['call (415) 555-2671', 'call [REDACTED:phone]'],
    ['call 415-555-2671', 'call [REDACTED:phone]'],
    ['ruf 030 1234 5678 an', 'ruf [REDACTED:phone] an'],
    ['badge EMP-123456', 'badge [REDACTED:employee_id]'],
  ];
  for (const [input, want] of cases) assert.equal(r.text(input), want, input);
});

test('look-alikes without valid check digits or personal shape stay', () => {
  const keep = [
    'card 4111 1111 1111 1112', // fails Luhn
    'iban DE89370400440532013001', // fails mod-97
    'on 2024-01-15 at 10:30', // a date
    'order 1234567890123', // a bare id (13 digits, not Luhn-valid)
    'version 1.2.3 at 10.0.0.1',
    'ssn-like 000-12-3456',
    'uuid 0194f1a2-7c3b-7def-8abc-123456789abc',
  ];
  for (const input of keep) assert.equal(r.text(input), input, input);
});

test('values: every string in a document, JSON stays valid even when a pattern could span quotes', () => {
  const wide = new PiiRedactor({ custom: [{ name: 'secret_word', pattern: 'swordfish.{0,20}' }] });
  const doc = { messages: [{ role: 'user', content: 'swordfish", "x": "' }, { role: 'user', content: 'a@b.io' }] };
  const out = JSON.parse(wide.jsonText(JSON.stringify(doc)));
  assert.deepEqual(out, { messages: [{ role: 'user', content: '[REDACTED:secret_word]' }, { role: 'user', content: '[REDACTED:email]' }] });
});
