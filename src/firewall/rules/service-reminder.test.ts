import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serviceReminder } from './service-reminder.js';

test("a service's appointment reminder or agreed check-in to its own clients is routine", () => {
  assert.ok(serviceReminder("Text tomorrow's patients 'Reminder: appointment at Westgate Surgery at <time>. Reply C to cancel.'"));
  assert.ok(serviceReminder("Text each client on the step-down list 'Evening check-in from Tidewell: reply 1 if OK, 2 if you'd like a call'"));
});

test('a reminder that carries a condition, results or a bill, or goes to no clients, is not', () => {
  assert.ok(!serviceReminder("Text tomorrow's clients 'Reminder: your appointment is at <time> for your <condition>.'"));
  assert.ok(!serviceReminder('Email all patients a reminder of your appointment and test results'));
  assert.ok(!serviceReminder("Text tomorrow's clients 'Reminder: your appointment is at <time>. Your balance is overdue.'"));
  assert.ok(!serviceReminder('Email each tenant a reminder that rent is due on the 1st.'));
});
