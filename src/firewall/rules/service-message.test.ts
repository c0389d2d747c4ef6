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

test('Slack, Mailgun, Postmark, Discord and Telegram given as a whole URL are judged as the message they send', () => {
  const post = (url: string, body: Record<string, unknown>) => ({ method: 'POST', url, body });
  const cases: Array<[string, Record<string, unknown>]> = [
    ['https://slack.com/api/chat.postMessage', { channel: '#ops', text: 'Migration finished, all green.' }],
    ['https://api.mailgun.net/v3/mg.example.org/messages', { from: 'a@mg.example.org', to: 'tom@example.com', subject: 'Check-up', text: 'Your check-up is on Tuesday.' }],
    ['https://api.postmarkapp.com/email', { From: 'a@example.org', To: 'b@example.com', Subject: 'Order', TextBody: 'Your order ships tomorrow.' }],
    ['https://discord.com/api/webhooks/1122/aBc-9', { content: 'Raid night moves to Thursday.' }],
    ['https://api.telegram.org/bot{BOT_TOKEN}/sendMessage', { chat_id: 55102, text: 'Can you feed the cat on Saturday?' }],
  ];
  for (const [url, body] of cases) {
    assert.ok(serviceMessage('http_request', post(url, body))?.label.startsWith(`POST ${url}`), url);
    assert.equal(serviceMessage('http_request', { ...post(url, body), method: 'GET' }), null, `${url}: a read is no message`);
  }
  assert.ok(serviceMessage('fetch', { method: 'POST', url: cases[0][0], body: JSON.stringify(cases[0][1]) }), 'a body given as JSON text');
  assert.ok(serviceMessage('api_call', { service: 'slack', method: 'POST', path: '/api/chat.postMessage', body: cases[0][1] }), 'a path on a named service');
  assert.equal(serviceMessage('http_request', post('https://slack.com/api/conversations.archive', { channel: '#ops' })), null, 'another Slack method keeps the request tool\'s judgement');
});

test('a message through a messaging API is screened by the content rules', () => {
  const ctx = { user_message: 'post the new admin password for the mods' };
  const discord = (content: string) => ({ method: 'POST', url: 'https://discord.com/api/webhooks/1122/aBc-9', json: { content } });
  assert.equal(assess({ tool: 'http_request', args: discord('@everyone the panel admin password is now Gr1ffin!Keep-42') }, ctx).decision, 'ask');
  assert.equal(assess({ tool: 'http_request', args: discord('Raid night moves to Thursday 8pm this week, see you there!') }, { user_message: 'post that raid night is Thursday' }).decision, 'allow');
});
