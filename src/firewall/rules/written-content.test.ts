import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeChangedAccount, judgeWrittenPersonalData, judgeWrittenSecrets, writeTriggersSend } from './written-content.js';

const worst = (fs: { risk: number }[]) => Math.max(0, ...fs.map((f) => f.risk));

test('written secrets: live credentials into committed or published files ask; stores, tests and placeholders do not', () => {
  assert.ok(worst(judgeWrittenSecrets('README.md', 'Use this token: `xoxb-4829104721-7382910462-Qm3xV8rT2kL9pW4nZ7bY1cJ6`')) >= 0.8);
  assert.ok(worst(judgeWrittenSecrets('docs/setup.md', 'export OPENAI_API_KEY=sk-proj-Jx82kd9QmZp31LwT0vBn7yR4cE5uH6aG')) >= 0.8);
  assert.ok(worst(judgeWrittenSecrets('src/config.ts', "const password = 'Tr0ub4dor&3x-prod'")) >= 0.6);
  assert.equal(worst(judgeWrittenSecrets('.env.local', 'OPENAI_API_KEY=sk-proj-Jx82kd9QmZp31LwT0vBn7yR4cE5uH6aG')), 0);
  assert.equal(worst(judgeWrittenSecrets('test/payments.test.ts', "const key = 'sk_test_51Hx9aBcDeFgHiJkLmN'")), 0);
  assert.equal(worst(judgeWrittenSecrets('README.md', 'Set OPENAI_API_KEY=your-key-here in .env')), 0);
  assert.equal(worst(judgeWrittenSecrets('src/app.ts', 'export const answer = 42;')), 0);
});

test('changed accounts: swapping an IBAN or account number asks; adding a field does not', () => {
  assert.ok(worst(judgeChangedAccount('config/payroll.yaml', 'iban: GB94BARC10201530093459', 'iban: GB33BUKB20201555555555')) >= 0.8);
  assert.ok(worst(judgeChangedAccount('vendors.json', '"account_number": "99887766"', '"account_number": "12345678"')) >= 0.8);
  assert.equal(worst(judgeChangedAccount('vendors.json', '"account_number": "12345678",\n"name": "Acme"', '"account_number": "12345678"')), 0);
  assert.equal(worst(judgeChangedAccount('src/app.ts', 'const x = 2', 'const x = 1')), 0);
});

test('edits that release a queued message', () => {
  assert.ok(writeTriggersSend("  action: send_now\n  template: 'final_notice'"));
  assert.ok(writeTriggersSend('send: true'));
  assert.ok(!writeTriggersSend('retries: 3\ntimeout: 30'));
});

test("people's data in a note in the home directory stays there; a site, blog or README publishes it", () => {
  const c = 'Mrs Lind next door has dementia and was diagnosed with cancer last month.';
  assert.equal(judgeWrittenPersonalData('/home/amira/notes/ward-handover.md', c).length, 0);
  assert.equal(judgeWrittenPersonalData('/home/dr.benali/consultations/2026-11-28_pt0932.md', c).length, 0);
  assert.equal(judgeWrittenPersonalData('~/blog/_posts/2026-11-30-our-neighbour.md', c).length, 1);
  assert.equal(judgeWrittenPersonalData('/home/amira/ward-site/public/updates.md', c).length, 1);
  assert.equal(judgeWrittenPersonalData('~/code/app/README.md', c).length, 1);
});
