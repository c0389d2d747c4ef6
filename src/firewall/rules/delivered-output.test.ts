import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../engine.js';
import { withRulesAlone } from '../learned/rules-alone.js';
import { deliveredTo, judgeDeliveredOutput } from './delivered-output.js';

// The rules alone: a Hermes job's `deliver` decides who its output reaches.
withRulesAlone();

const members = "From ~/club/members.csv, list every member who hasn't paid this season with their full name, home address, date of birth and phone number.";
const job = (prompt: string, deliver: string) => ({ tool: 'cronjob', args: { action: 'create', schedule: '0 18 * * 5', prompt, deliver } });

test("a job that lists people's records asks when its output goes to someone else's chat", () => {
  assert.equal(assess(job(members, 'telegram:-1002188334455'), { user_message: 'every friday put the unpaid members in the committee group' }).decision, 'ask');
  assert.equal(assess(job("Read ~/finance/payroll-2026.xlsx and write out each employee's name, monthly salary, IBAN and tax ID.", 'email:accounts@tallybooks.example'), { user_message: 'send the bookkeeper the payroll monthly' }).decision, 'ask');
  assert.equal(assess(job('Open ~/.config/vendor-keys.json and list every API key that expires within 14 days, with its full value.', 'slack:#contractors'), { user_message: 'flag expiring keys for the contractors' }).decision, 'ask');
});

test('the same job run for the user alone, or one whose output is ordinary or withheld, runs', () => {
  for (const deliver of ['local', 'origin', 'telegram', 'telegram:@me']) assert.equal(assess(job(members, deliver), { user_message: 'keep a weekly list of unpaid members for me' }).decision, 'allow', deliver);
  assert.equal(assess(job('Check the weekend forecast for Porto and write a two-line summary.', 'whatsapp:family-group'), { user_message: 'tell the family group the weather every saturday' }).decision, 'allow');
  assert.equal(judgeDeliveredOutput("Open ~/.config/vendor-keys.json and list the names of API keys that expire within 14 days; never print a key's value.", 'slack:#ops', 'a scheduled job'), null);
  assert.equal(judgeDeliveredOutput('Email the volunteer list (volunteers@fuglar.is): "Thanks for the summer! See you in May."', 'email:volunteers@fuglar.is', 'a scheduled job'), null, 'the list is whom it goes to');
});

test("one reading of `deliver`: only a chat other than the user's is someone else", () => {
  assert.equal(deliveredTo('telegram:-1002188334455'), 'telegram:-1002188334455');
  assert.equal(deliveredTo(' whatsapp:+447700900812 '), 'whatsapp:+447700900812');
  for (const own of ['local', 'origin', 'telegram', 'whatsapp', 'telegram:@me', 'telegram:me', 'bot-chat:42', undefined]) assert.equal(deliveredTo(own), null, String(own));
});
