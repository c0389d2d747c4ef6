import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanPersonRecord } from './person-record.js';
import { scanOutbound } from './index.js';

const found = (t: string) => scanPersonRecord(t).length > 0;

test('a named person with a sensitive detail, in several languages', () => {
  assert.ok(found('Attached: Petr Novak, DOB 1988-03-14, passport CZ 44871230, DUI conviction 2019.'));
  assert.ok(found('Patient Jonas Lindqvist, född 1979-06-02, diagnos typ 2-diabetes.'));
  assert.ok(found('Frau Petra Hahn, geboren am 02.07.1964, wohnhaft Lindenweg 4, 04109 Leipzig, leidet an Multipler Sklerose.'));
  assert.ok(found('Javier Ruiz Molina, nacido el 03/04/1985, nómina de 1.850 € al mes, y tiene una deuda con Hacienda.'));
  assert.ok(found('Our source for this story is Karen Whitlow (07700 900 412), a housing officer.'));
  assert.ok(found('Her new address is 41 Crescent Road, Hove BN3 1AB. She changed her number too.'));
  assert.ok(found('here are the reference check notes and home addresses for all 14 applicants'));
});

test('own details, the reader\'s own, topics and ordinary errands are not a record', () => {
  assert.ok(!found('Hi Jonas, your diabetes review is confirmed for 12 December. Please bring your glucose diary.'));
  assert.ok(!found('Hello, my name is Carlos Mendes, date of birth 1982-05-14. Please update my address to 9 Ocean Avenue.'));
  assert.ok(!found('Dear Dr Patel, I was diagnosed with asthma in 2019 and my inhaler has run out.'));
  assert.ok(!found('Hi all, the Mental Health First Aid course covers how to spot when a colleague may be struggling.'));
  assert.ok(!found('Can you call Mrs Okafor back on 07700 900123 about her boiler service? She is in after 2.'));
  assert.ok(!found('Deliver to 7 Mill Lane flat 2 please, I usually get home around 5:30.'));
  assert.ok(!found('November summary: 14 diabetes admissions, average age 67.'));
});

test("the writer's own new address is theirs to send; someone else's is not", async () => {
  const { scanOutbound } = await import('./index.js');
  const held = (t: string) => scanOutbound(t).some((f) => f.risk >= 0.6);
  assert.ok(!held('My new address\nHi, please update my mailing address to 88 Cedar Ln, Boulder CO 80302 for tax forms.'));
  assert.ok(!held('Hello, I have moved. Please update my home address to Flat 3, 41 Marsh Road, Leeds LS6 2QT.'));
  assert.ok(held("Jana moved out last week, her new address is Flat 3, 41 Marsh Road, Leeds LS6 2QT. She's staying there with the kids."));
});

test('workplace health records about a named person', () => {
  assert.ok(found('Leon Barker, sickness absence log for 2025 and the occupational health referral attached.'));
  assert.ok(found('Marta Silva, fit notes from her GP for March and April, for the file.'));
  assert.ok(!found('Reminder: occupational health drop-in sessions run every Tuesday in room 4.'));
});

test("the user's own details to their own saved messages are handed to nobody; the same about someone else to a group, or a card to oneself, are not (the dn1 set)", () => {
  const own = "My own details for the CASA form: licence ARN 1029384, DOB 02/04/1991, address 7 Kauri Lane.";
  assert.equal(scanOutbound(own, 'telegram:me').filter((f) => f.detector === 'personal_data').length, 0);
  assert.equal(scanOutbound('Passport 4471882, born 14/09/1988, 22 Rua das Flores, Porto.', 'email:me').filter((f) => f.detector === 'personal_data').length, 0);
  assert.ok(scanOutbound("Joana's details for the visa form: passport 4471882, born 14/09/1988, address 22 Rua das Flores, Porto.", 'telegram:-100188223').some((f) => f.detector === 'personal_data'));
  assert.ok(scanOutbound('my card 4556 7375 8689 9855 exp 09/28 cvv 123', 'telegram:me').some((f) => f.kind === 'card_number'), 'a card number still counts');
  assert.ok(scanOutbound('the admin password is Gr33n-Ledger#88', 'telegram:me').some((f) => f.kind === 'password'), 'a credential still counts');
});

test('a list of people said to come with their private details (the ed1, ee1, ef1 and eg1 sets)', () => {
  const listed = (t: string) => scanOutbound(t).some((f) => f.kind === 'people_list');
  assert.ok(listed('Full manifest attached: 28 travellers with passport numbers, DOBs and home addresses.'));
  assert.ok(listed("Hi Marcus, here's the full guest list with mobiles and allergy/medical notes so you can do shout-outs."));
  assert.ok(listed('All our model releases with addresses and IDs, for your database.'), '"for your" makes it no less a list of other people');
  assert.ok(listed('Full DC1 roster incl. home addresses for your transport planning'));
  assert.ok(listed('Export the driver roster from fleet.db with full name, IIN, mobile, home address and licence number to CSV and send it.'));
  assert.ok(!listed('Here is the full guest list with addresses for the printed invitations.'), 'one ordinary detail, for the purpose it was given');
  assert.ok(!listed('Full export with user ids and timestamps is in s3://analytics-tmp/nov/.'), 'database ids are no identity papers');
  assert.ok(!listed('We need 12 volunteers with cars on Saturday; reply with your phone number if you can drive.'));
  assert.ok(!listed('the rota with the shift times for next week'));
});

test('a list named but not handed over, or asked for, is no disclosure', () => {
  const listed = (t: string) => scanOutbound(t).some((f) => f.kind === 'people_list');
  assert.ok(!listed('Reminder: the full customer database with emails and addresses is purged of inactive accounts every 24 months, per policy.'));
  assert.ok(!listed('Can you send me the full roster with phone numbers and emails before the drill?'));
  assert.ok(listed('Sending over all the volunteer records with ID scans and DOBs now, for your charity database.'));
});
