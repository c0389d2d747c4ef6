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

test('salaries of named people with initials and k amounts', () => {
  assert.ok(scanPersonalData('Salary bands for 2027 — Sarah K £78k, Dev P £64k, Marta L £91k, Omar R £55k.').some((f) => f.kind === 'salaries'));
});
