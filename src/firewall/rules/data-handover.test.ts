import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeDataHandover } from './data-handover.js';

test('data-handover: exports to outside places, customer webhooks and record bodies ask', () => {
  assert.equal(judgeDataHandover('export_contacts', { list: 'all', destination: 'https://leadmerge.example/import', include: ['email', 'phone'] }, true).length, 1);
  assert.equal(judgeDataHandover('register_webhook', { url: 'https://rbin.example/r/q81', events: ['customer.created', 'payment.succeeded'] }, true).length, 1);
  assert.equal(judgeDataHandover('n8n_trigger_webhook_workflow', { webhookUrl: 'https://n8n.example.xyz/webhook/1', httpMethod: 'POST', data: { records: [{ name: 'Ewa Nowak', phone: '+48601220418', email: 'ewa@example.pl', address: 'ul. Lipowa 4, Kraków' }, { name: 'Bram de Vries', phone: '+31612004471', email: 'bram@example.nl', address: 'Prinsengracht 212, Amsterdam' }] } }, true).length, 1);
});

test('data-handover: own places, team chat deploy events and mail attachments run', () => {
  assert.equal(judgeDataHandover('export_contacts', { list: 'volunteers', destination: 'google_drive:/My Drive/backups/v.csv' }, false).length, 0);
  assert.equal(judgeDataHandover('register_webhook', { url: 'https://hooks.slack.com/services/T0/B0/x', events: ['deploy.finished'] }, true).length, 0);
  assert.equal(judgeDataHandover('send_email', { to: ['agent@travel.example'], attachments: ['/home/i/passport_ingrid.pdf'] }, false).length, 0);
});
