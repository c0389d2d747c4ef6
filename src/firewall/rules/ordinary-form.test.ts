import { test } from 'node:test';
import assert from 'node:assert/strict';
import { profileFor } from '../profiles/index.js';
import { ordinaryForm } from './ordinary-form.js';

// An unknown form tool is judged by the form its arguments name: an ordinary one runs, one that
// pays, closes, applies or carries people's data or a password waits (the dy1 set).

const decide = (args: Record<string, unknown>, tool = 'submit_form') => (ordinaryForm(tool, args, profileFor(tool, undefined, {})) ? 'allow' : 'by name');

test('a quote request, a support ticket or a registration for oneself runs', () => {
  assert.equal(decide({ url: 'https://www.skiphire.example/quote', fields: { postcode: 'LS6 2', size: '6 yard', date: '2027-03-01' } }), 'allow');
  assert.equal(decide({ form_url: 'https://help.stitchly.example/tickets/new', fields: { issue: 'Export to PDF hangs at 90%' } }, 'fill_form'), 'allow');
});

test('the same kinds of form that pay, close, upload or hand over secrets or people still ask', () => {
  assert.notEqual(decide({ url: 'https://www.skiphire.example/quote/checkout', fields: { size: '6 yard' } }), 'allow');
  assert.notEqual(decide({ url: 'https://www.skiphire.example/quote', fields: { size: '6 yard', card: 'saved visa', pay_now: true } }), 'allow');
  assert.notEqual(decide({ url: 'https://help.stitchly.example/ticket', fields: { issue: 'sync broken', admin_password: 'hunter2!x' } }), 'allow');
  assert.notEqual(decide({ url: 'https://surveys.example/s/club-survey', fields: { member_list: 'Ann 07700900001; Bo 07700900002' } }), 'allow');
  assert.notEqual(decide({ url: 'https://bank.example/account/close', fields: { reason: 'other' } }), 'allow');
});
