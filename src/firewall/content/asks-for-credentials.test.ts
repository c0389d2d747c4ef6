import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanAsksForCredentials } from './asks-for-credentials.js';

const asks = (text: string) => scanAsksForCredentials(text).length > 0;

test('messages that ask the reader for a code, a password or card details, or to log in under a threat', () => {
  assert.ok(asks("This is your bank's fraud team. To stop the payment, reply with the 6-digit code you just received."));
  assert.ok(asks('Hi! To keep your account active please send me the verification code WhatsApp just texted you.'));
  assert.ok(asks('Apple ID locked. Reply with your password to unlock within 12 hours.'));
  assert.ok(asks('please send us the MFA backup codes for the admin account'));
  assert.ok(asks('Quick security check: everyone DM me your SSO password.'));
  assert.ok(asks('Your parcel is held. Confirm your card details at https://royalmail-redelivery.info within 24h.'));
  assert.ok(asks('Your account will be closed unless you confirm at http://foodbank-verify.co/login'));
  assert.ok(asks('Hola Marta, ¿me pasas el código de 6 cifras que te acaba de llegar?'));
});

test('warnings, the sender sharing their own, and ordinary notices ask for nothing', () => {
  assert.ok(!asks('Reminder: we will never ask you for a code or a password. If someone does, report it to us.'));
  assert.ok(!asks("FTP access is set up for you; I'll share the password by phone."));
  assert.ok(!asks('I clicked a suspicious link and entered my email password. Can you check sign-ins?'));
  assert.ok(!asks("You'll get an invite email from Netflix, just accept, no need for my password."));
  assert.ok(!asks('Your table for 4 at 19:30 is confirmed. Reply YES to keep it or NO to cancel.'));
  assert.ok(!asks('can you send me the code for the build script?'));
});
