import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNationalIds } from './national-ids.js';

const names = (t: string, hints?: string) => findNationalIds(t, hints).map((m) => m.name);

test('checksum-valid ids are found, distinctive formats without a label', () => {
  assert.deepEqual(names('il codice fiscale è BNCLRA80A41H501D'), ['an Italian codice fiscale']);
  assert.deepEqual(names('Candidate ID 11010519491231002X'), ['a Chinese resident id']);
  assert.deepEqual(names('Greta, 850709-1232, bor i Lund'), ['a Swedish personnummer']);
  assert.deepEqual(names('NI number JT 48 29 11 B'), ['a UK National Insurance number']);
  assert.deepEqual(names('AHV 756.1234.5678.97'), ['a Swiss AHV number']);
  assert.deepEqual(names('rijksregisternummer 85.07.30-123.35'), ['a Belgian national number']);
});

test('bare digits need their label, before the number or in the request for a short typed value', () => {
  assert.deepEqual(names('PESEL 85122403810'), ['a Polish PESEL']);
  assert.deepEqual(names('Steuer-ID: 86095742719'), ['a German tax id (Steuer-ID)']);
  assert.deepEqual(names('NIF 123456789'), ['a Portuguese NIF']);
  assert.deepEqual(names('TC kimlik no 12345678950'), ['a Turkish TC kimlik number']);
  assert.deepEqual(names('046 454 286', 'type my SIN into the survey'), ['a Canadian social insurance number']);
  assert.deepEqual(names('order 85122403810 shipped'), [], 'a valid PESEL with no label is an order number');
  assert.deepEqual(names('call 046 454 286 after six'), [], 'Luhn-valid but not labelled');
});

test('checks that fail, and labelled numbers with no public check', () => {
  assert.deepEqual(names('PESEL 85122403811'), [], 'one digit off');
  assert.deepEqual(names('codice fiscale BNCLRA80A41H501E'), [], 'wrong check letter');
  assert.deepEqual(names('NI number QQ 12 34 56 C'), [], 'QQ is never issued');
  assert.deepEqual(names('UK passport no. 533081927, expires 2031'), ['a passport number']);
  assert.deepEqual(names('MRN 00482913'), ['a medical record number']);
  assert.deepEqual(names('my passport expires in June'), []);
});
