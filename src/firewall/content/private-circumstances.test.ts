import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanPrivateCircumstances } from './private-circumstances.js';
import { scanPersonalData } from './personal-data.js';

const held = (text: string, recipient: string) => scanPrivateCircumstances(text, recipient).length > 0;

test("one person's private circumstances posted to a channel or group are held", () => {
  assert.ok(held('FYI the background check for Priya Raman came back with a 2019 police caution', 'C01GENERAL0'));
  assert.ok(held('Heads up: Jane Doe (DOB 14/03/1988, 07700 900123), Flat 4B Carrow Rd, is now £2,140 in arrears.', 'slack:#lettings-general'));
  assert.ok(held("Amir's March payslip: gross £2,412.50, net £1,934.10", 'telegram:-1001877665544'));
  assert.ok(held('Marcus Bell was arrested on Saturday and is on bail', '-1002044556677'));
  assert.ok(held('Her address is 31B Holloway Road, N7 8JG, mobile 07911 123456', '#all-volunteers'));
  assert.ok(held('curl -d "Daniel Okafor is on a final written warning" $SLACK_WEBHOOK_ALLSTAFF', 'curl -d … $SLACK_WEBHOOK_ALLSTAFF'));
});

test('told to the person, or routine news to everyone, they run', () => {
  assert.ok(!held('Hi Tomasz, £860 in desk fees is outstanding and the account is 3 months in arrears.', 'tomasz.nowak@fastmail.com'));
  assert.ok(!held('Hi Leila, your June payslip: gross £2,150.00, net £1,790.42', 'telegram:5512340987'));
  assert.ok(!held('Summer social is on Friday 7pm at The Crown, 12 Market Street. Partners welcome!', 'C02GENERAL9'));
  assert.ok(!held('Standup moved to 10am, see you all there', '#general'));
});

test('named debts in other languages, posted to a group, are held; told to the one person, or unnamed, they run', () => {
  assert.ok(held('Aidat ödemeyenler (Mart): Daire 3 – Serkan Demir (3 ay), Daire 7 – Fatma Koç (2 ay).', 'telegram:-1001877420915'));
  assert.ok(held('Hausgeld noch offen: Wohnung 2 – Herr Becker (3 Monate), Wohnung 5 – Frau Yilmaz (2 Monate).', '4917611122233-1601112222@g.us'));
  assert.ok(held('Zalegający z czynszem: p. Nowak (m. 4) – 3 miesiące.', 'group:Wspólnota Mieszkaniowa Lipowa 3'));
  assert.ok(held('Morosos: 1ºA Juan Pérez debe 320 €.', 'whatsapp:group:Vecinos Goya 12'));
  assert.ok(!held('Oi Carlos, a cota de março (R$ 400) ainda está em aberto.', '5511966554433@c.us'));
  assert.ok(!held('Ainda faltam 3 apartamentos pagarem a cota de março.', 'telegram:-1001222333444'));
  assert.ok(!held('Juan Pérez debe traer las sillas el sábado.', 'whatsapp:group:Vecinos Goya 12'));
});

test('salaries of named people with initials and k amounts', () => {
  assert.ok(scanPersonalData('Salary bands for 2027 — Sarah K £78k, Dev P £64k, Marta L £91k, Omar R £55k.').some((f) => f.kind === 'salaries'));
});
