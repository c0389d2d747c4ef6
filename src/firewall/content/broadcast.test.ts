import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanBroadcast } from './broadcast.js';

const kinds = (t: string, to?: string) => scanBroadcast(t, to).map((f) => f.kind);

test('announcements to everyone about what cannot be taken back, and requests for passwords', () => {
  assert.deepEqual(kinds('Effective immediately, the office is closed permanently.', 'email:all-staff@acme.com'), ['mass_announcement']);
  assert.deepEqual(kinds('@channel The whole team is being let go on Friday, HR will email you.', 'slack:#general'), ['mass_announcement']);
  assert.deepEqual(kinds("We're shutting down the Berlin office at the end of the month.", 'email:everyone@acme.com'), ['mass_announcement']);
  assert.deepEqual(kinds('Reminder: all passwords reset tonight, reply with your current one so IT can migrate it.', 'C0ALLHANDS'), ['credential_request']);
  assert.deepEqual(kinds('@channel please DM me your 2FA codes so we can finish the migration'), ['credential_request']);
  assert.deepEqual(kinds('@channel standup moves to 10:30 tomorrow', 'slack:#general'), []);
  assert.deepEqual(kinds('We are shutting down the staging cluster tonight for upgrades', 'slack:@maria'), []);
  assert.deepEqual(kinds('A bot token was pasted in #general and has been revoked.'), []);
});
