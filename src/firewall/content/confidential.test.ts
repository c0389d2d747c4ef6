import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanConfidential } from './confidential.js';

test('markers and distribution limits', () => {
  for (const t of [
    'CONFIDENTIAL\nQ3 board deck',
    'Leaked memo: "STRICTLY CONFIDENTIAL — layoffs of 240 staff"',
    'Draft — INTERNAL USE ONLY',
    'Pricing sheet. Do not distribute outside the company.',
    'This is covered by our NDA with Acme',
    'Vertraulich: Gehaltsliste 2024',
    '社外秘：来期の人員計画',
  ]) {
    assert.equal(scanConfidential(t).length, 1, t);
  }
});

test('the word in running prose is not a marker', () => {
  for (const t of ['We keep your data confidential.', 'Is this document confidential?', 'The confidentiality section of the policy is on page 3', 'we signed the contract yesterday']) {
    assert.deepEqual(scanConfidential(t), [], t);
  }
});
