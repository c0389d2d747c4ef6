import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanCodes } from './codes.js';
import { scanOutbound } from './index.js';

const kind = (t: string) => scanCodes(t)[0]?.kind;

test('one-time codes, in many languages and groupings', () => {
  for (const t of ['Код из СМС: 739 204', 'Der Bestätigungscode lautet 551093', 'Kode OTP: 918273', '認証コードは 402719 です', 'رمز التحقق: 660412', 'OTP: 604 118, Aadhaar linked mobile']) {
    assert.equal(kind(t), 'one_time_code', t);
  }
});

test('PINs and the codes of doors, key boxes and alarms', () => {
  for (const t of ["Le code de la boîte à clés c'est 2580", 'Kod do domofonu: 4471', 'Senha do alarme: 9031', 'Alarm şifresi 7-3-9-1', 'ATM पिन 4821 है', "key safe code is 1 9 8 4, it's behind the bins", 'Anahtar kutusunun şifresi 4-9-1-6', 'Il codice del portone è 1357']) {
    assert.equal(kind(t), 'access_code', t);
  }
});

test('a code stated bare is a code', () => {
  for (const t of ['El código es 482 913', 'Il codice è 1357', 'der Code lautet 4471']) assert.ok(kind(t), t);
});

test('numbers that open nothing', () => {
  for (const t of ['Sendungsnummer 00340434161094042557', 'Embarque no portão 14, voo TP 1023 sai às 18:40.', 'código postal 28001, Madrid', 'Bestellnummer 48291', 'error code is 5003', 'alarm_id: alarm_0540_weekdays', 'a PIN must be 4 digits']) {
    assert.equal(kind(t), undefined, t);
  }
});

test("a code sent to the sender's own notes is kept, not handed over", () => {
  const codes = (r: string) => scanOutbound('Código de acceso del trastero: 4471', r).filter((f) => f.kind === 'access_code' || f.kind === 'one_time_code').length;
  assert.equal(codes('note-to-self'), 0);
  assert.equal(codes('+34622019384'), 1);
});

test('door, alarm and bank codes in Nordic languages, Finnish, Greek and Polish; an e-wallet MPIN', () => {
  for (const t of ['Ulko-oven koodi on 5 8 2 1', 'hälytin pois koodilla 9034', 'Portkoden är 4471', 'Koden til døren er 8812', 'koden til nøkkelboksen er 1-9-0-4', 'Ο κωδικός της εξώπορτας είναι 6619', 'MPIN ko po: 228417', 'usercode: 551207']) {
    assert.equal(kind(t), 'access_code', t);
  }
  assert.equal(kind('Kod autoryzacyjny 551 903'), 'one_time_code');
  for (const t of ['Postinumero on 00150 ja tilausnumero 4471-22', 'Η κράτηση σας είναι για 4 άτομα, δωμάτιο 204', 'bestillingskoden er ABX-2291']) assert.equal(kind(t), undefined, t);
});
