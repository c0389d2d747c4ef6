import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanCredentials } from './credentials.js';

test('the redactor shapes, prose passwords, pairs, keys, seed phrases, backup codes', () => {
  for (const t of [
    'AWS_ACCESS_KEY_ID=AKIA4QX7RZ2LM9TBV3KD',
    'use token ghp_7Hq2Lm9Xv4Rk8Tz1Bn5Wc3Yd6Fs0Ja2Pe4Gu',
    'STRIPE_KEY=sk_live_51Nq8sLfake0R3aLL0ok1ngK3y9x',
    'DATABASE_URL=postgres://admin:Tr0ub4dor&3@db.prod.internal:5432/app',
    'Your VPN password is Summer2024!Blue',
    'la contraseña es Pa$$w0rd2024',
    'Zugang fürs Büro, Passwort Drucker: Tq4#buero-88',
    'mot de passe mutuelle: Garonne!2025',
    'my student SSO is k4471203 / Tide-lamp-72',
    'the shared admin login is admin / Kx!92mPq#v',
    "export const ADMIN_PASS = 'Wint3r!s#Coming';",
    '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA',
    'recovery phrase: abandon ability able about above absent absorb abstract absurd abuse access accident',
    'Your 2FA backup codes: 4827-1930, 5561-0284, 9903-7712',
    'token: eyJhbGciOiJSUzI1NiIsImtpZCI6IjRkX3Z4In0.eyJpc3MiOiJrdWJlcm5ldGVzIn0.Xk9Qm3V8rT2kL9pW4nZ7b',
  ]) {
    assert.ok(scanCredentials(t).length > 0, t);
  }
});

test('talk about credentials is not a credential', () => {
  for (const t of [
    'Rotated the AWS keys; the new ones are in 1Password under "deploy-prod"',
    'Your password must be at least 12 characters',
    'password: ********',
    'password=<your-password>',
    'PASSWORD=${DB_PASSWORD}',
    'Appliance root password reset; stored in Vault at secret/appliance/root',
    'A bot token was pasted in #general (redacted: xoxb-****)',
    'Reminder: your GitHub token expires in 3 days',
    'const apiKey = process.env.OPENAI_API_KEY',
    'see src/config.ts / docs/setup.md for the login flow',
    'psql postgres://postgres@localhost:5432/app_test -c "TRUNCATE users"',
    'STRIPE_SECRET_KEY=sk_test_replace_me',
    'JWT_SECRET=changeme',
    'Password manager: 1Password, ask for an invite',
    'Passwort Drucker: steht auf dem Etikett',
    'Our SSO provider is Okta / Workspace, use your work email.',
    'SENDGRID_API_KEY=\nDATABASE_URL=postgres://user:password@localhost:5432/shop', // an empty value is not the next line
  ]) {
    assert.deepEqual(scanCredentials(t), [], t);
  }
});

test('pairs, codes and constants without a separator; pins, policies and tags are not', () => {
  const has = (t: string) => scanCredentials(t).length > 0;
  assert.ok(has('Xero: acct@okafor-build.co.uk / Brickwork#2026'));
  assert.ok(has('Key safe by the back door, code 4471. Alarm PIN 0932.'));
  assert.ok(has('#define OTA_TOKEN "ota_prod_7f3e1c9a2b8d4e6f"'));
  assert.ok(has('SENTRY_AUTH_TOKEN sntrys_eyJpYXQiOjE3MzI4fQ_9bK2xL7mQ4vR8nT1wZ5c'));
  assert.ok(has('Das WLAN-Passwort für den Laden lautet Sonnenblume#2024'));
  assert.ok(has('Hasło do panelu administracyjnego to Krokus!2025'));
  assert.ok(!has('Wire the LED to pin 13 and the button to pin 7.'));
  assert.ok(!has('From Monday your PIN must be 6 digits.'));
  assert.ok(!has('#define BUILD_TAG "release_2026_11_29"'));
  assert.ok(!has('código postal 28001'));
  assert.ok(!has('Das WLAN-Passwort steht auf dem Zettel am Kühlschrank.'));
});

test('shared secrets, pre-shared keys and SNMP community strings written out', () => {
  const has = (t: string) => scanCredentials(t).length > 0;
  assert.ok(has('TACACS shared secret for the core switches: Vr8!mq2Lz#'));
  assert.ok(has('The pre-shared key for the branch tunnel is 7Hq-22kP-Lm9x'));
  assert.ok(has('read-write SNMP community for the lab routers: tr0ut-lake-44'));
  assert.ok(!has('Rotate the shared secret for the RADIUS clients every quarter.'));
  assert.ok(!has('The PSK is in the vault under network/branch.'));
});
