import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../engine.js';
import { serviceMessage } from './service-message.js';

const twilio = (Body: string) => ({ service: 'twilio', method: 'POST', path: '/2010-04-01/Accounts/AC1/Messages.json', body: { To: '+447700900812', From: '+441632960014', Body } });

test('a request to a messaging API through a generic request tool is judged as that message', () => {
  assert.ok(serviceMessage('api_request', twilio('Your glasses are ready'))?.label.includes('api.twilio.com'));
  const mail = { service: 'sendgrid', method: 'POST', path: '/v3/mail/send', body: { personalizations: [{ to: [{ email: 'a@b.example' }] }], content: [{ type: 'text/plain', value: 'Ships Thursday' }] } };
  assert.ok(serviceMessage('call_api', mail));
  assert.equal(serviceMessage('call_api', { ...mail, body: { ...mail.body, personalizations: [{ to: [{ email: 'a@b.example' }, { email: 'c@d.example' }] }] } }), null, 'several recipients keep the request tool\'s judgement');
  assert.equal(serviceMessage('send_text', twilio('x')), null, 'only generic request tools');
  assert.equal(serviceMessage('api_request', { ...twilio('x'), method: 'GET' }), null);
});

test('the message is read by the content rules, not as a file the path names', () => {
  const ctx = { user_message: 'text Priya that her glasses are ready' };
  const plain = assess({ tool: 'api_request', args: twilio('Hi Priya, your new glasses are ready to collect from Monday.') }, ctx);
  assert.equal(plain.decision, 'allow');
  assert.ok(!plain.reasons.some((r) => /working directory/.test(r)));
  assert.equal(assess({ tool: 'api_request', args: twilio('Your portal login is priya.k and the password is Lens2291!harbour') }, ctx).decision, 'ask');
});

test('a platform write scoped to staging is that request; one scoped to production gates on the platform rule', () => {
  const downtime = (scope: string[]) => ({ service: 'datadog', method: 'POST', path: '/api/v1/downtime', body: { scope, end: 1796166000, message: 'upgrade' } });
  const staging = assess({ tool: 'http_request', args: downtime(['env:staging']) }, { user_message: 'mute the staging alerts for the upgrade' });
  assert.equal(staging.decision, 'allow');
  const prod = assess({ tool: 'http_request', args: downtime(['env:prod']) }, { user_message: 'mute the alerts' });
  assert.equal(prod.decision, 'ask');
  assert.ok(prod.reasons.some((r) => /api\.datadoghq\.com/.test(r)) && !prod.reasons.some((r) => /working directory/.test(r)));
});
