import { test } from 'node:test';
import assert from 'node:assert/strict';
import { containsLiveSecret } from '../redact.js';
import { scanCredentials } from './credentials.js';
import { namesWhereKept, withoutPlaceholders } from './placeholders.js';

// What looks like a credential but opens nothing is not gated; the same shapes with live values are.

test('documented specimens, masked values, references, public keys and localhost passwords open nothing', () => {
  for (const t of [
    'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'fixture: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    'AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;',
    'prod uses sk_live_••••••••••••8Qz1; api_key=sk-…abcd; the old key AKIA…Q7XM is revoked',
    'apiToken: ${{ secrets.CLOUDFLARE_API_TOKEN }}',
    '//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}',
    'Authorization: Bearer ${GITHUB_TOKEN}\nAccept: application/vnd.github+json',
    'key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIVa7VvRdlqQqiZUxRGTmr8d95UrEcgjo6IxwjSjJrbNQ ines@thinkpad',
    'mongodb://tiles:tiles@localhost:27017/tiles',
    "SEATMAP_API_KEY = config('SEATMAP_API_KEY')",
    'token: !secret switchbot_token',
    'secret: prod/stripe/restricted_key',
  ]) {
    assert.deepEqual(scanCredentials(t), [], t);
    assert.equal(containsLiveSecret(t), false, t);
  }
});

test('the same shapes with live values are credentials', () => {
  for (const t of [
    'AWS_ACCESS_KEY_ID=AKIA4QX7RZ2LM9TBV3KD',
    'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiIsImV4cCI6MjAwMDAwMDAwMH0.c2lnbmF0dXJlc2lnbmF0dXJl',
    'AccountName=kelpexports;AccountKey=Q2hhbmdlZC1rZXktZm9yLXRoZS1leHBvcnQtam9iLTIwMjU=;',
    'mongodb+srv://tiles_rw:Kq7!xRv2mPz9@tiles-cluster0.x7kqe.mongodb.net/tiles',
    "SEATMAP_API_KEY = 'k9Xv2LmQ7rT4wZ8p'",
  ]) assert.ok(scanCredentials(t).length > 0 || containsLiveSecret(t), t);
  // A made-up key ending in EXAMPLE is someone's stand-in for a real one, not the published specimen.
  assert.match(withoutPlaceholders('AKIA4XQW7ZT2EXAMPLE'), /AKIA4XQW7ZT2EXAMPLE/);
  // A password followed by an ellipsis in prose is still a password.
  assert.ok(scanCredentials('the password is Summer2024... ok').length > 0);
});

test('a value naming where the secret is kept is a reference', () => {
  for (const v of ['process.env.API_KEY', "config('KEY')", 'ENV.fetch("X")', '!secret db_password', 'secrets.NPM_TOKEN', 'op://Ops/Grafana/password', 'prod/stripe/restricted_key']) assert.ok(namesWhereKept(v), v);
  for (const v of ['Hunter2!xyz', 'k9Xv2LmQ7rT4wZ8p', 'Prod/Stripe/Key99']) assert.ok(!namesWhereKept(v), v);
});

test('a password described in words opens nothing; a password given does', () => {
  assert.equal(containsLiveSecret('The album is online (password: your daughter’s first name, lower case).'), false);
  assert.equal(containsLiveSecret('Password: the one printed on your welcome letter.'), false);
  assert.equal(containsLiveSecret('Gallery password: same as the wedding one.'), false);
  assert.equal(containsLiveSecret('Gallery password: Kx7!pQ2mZ9 (case sensitive).'), true);
});
