import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NAMES_AN_ACCOUNT, ownedWords } from './own-account-kinds.js';

test('the words after "my" or "our" with an account kind among them, each possessive read even when close to the last', () => {
  assert.deepEqual(ownedWords('into my goal saver please'), ['goal', 'saver', 'please']);
  assert.ok(ownedWords('move 300 from my current to my savings').includes('savings'));
  assert.deepEqual(ownedWords('auf mein Tagesgeld'), []);
  assert.deepEqual(ownedWords('put it in my kids savings'), []);
  assert.ok(ownedWords('mon épargne, my épargne').includes('epargne'));
});

test('only words that name an account alone claim a number; tax, holiday and a vault are what is paid or kept', () => {
  assert.ok(ownedWords('my Tagesgeldkonto', NAMES_AN_ACCOUNT).length > 0);
  assert.ok(ownedWords('our GBP tax reserve', NAMES_AN_ACCOUNT).length > 0);
  for (const t of ['my car tax', 'my holiday', 'my password vault', 'my emergency contact']) assert.deepEqual(ownedWords(t, NAMES_AN_ACCOUNT), [], t);
});
