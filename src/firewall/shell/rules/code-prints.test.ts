import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printsOnlyNames } from './code-prints.js';

test('code that prints only keys and non-secret fields of a loaded credential file shows no secret', () => {
  const load = "import json\ncreds = json.load(open('/mnt/data/firebase-adminsdk.json'))\n";
  assert.ok(printsOnlyNames(`${load}print(creds['project_id'], creds['client_email'], sorted(creds))`));
  assert.ok(printsOnlyNames(`${load}for section, vals in creds.items():\n    print(section, sorted(vals.keys()) if isinstance(vals, dict) else type(vals).__name__)`));
  for (const code of [
    `${load}print(creds['private_key'][:400])`, `${load}print(json.dumps(creds, indent=2))`, `${load}for k, v in creds.items():\n    print(k, v)`,
    "print(open('/mnt/data/sa-key.json').read())",
    // A client library handed a token file is not the file being looked at.
    "svc = build('gmail', 'v1', credentials=Credentials.from_authorized_user_file('token.json'))\nprint(len(ids))",
  ]) assert.ok(!printsOnlyNames(code), code);
});
