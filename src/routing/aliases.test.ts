import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aliasResolver } from './aliases.js';

test('exact alias names win over globs; otherwise the first matching glob in config order', () => {
  const resolve = aliasResolver({ 'claude-haiku-*': 'auxiliary', 'claude-*': 'agent-main', 'claude-opus-4-1': 'big', 'gpt-5?': 'five-x' });
  assert.deepEqual(resolve('claude-haiku-4-5-20251001'), { target: 'auxiliary', alias: 'claude-haiku-*' });
  assert.deepEqual(resolve('claude-sonnet-4-5'), { target: 'agent-main', alias: 'claude-*' });
  assert.deepEqual(resolve('claude-opus-4-1'), { target: 'big', alias: 'claude-opus-4-1' });
  assert.deepEqual(resolve('gpt-5x'), { target: 'five-x', alias: 'gpt-5?' });
  assert.equal(resolve('gpt-5'), undefined);
  assert.equal(resolve('claude'), undefined);
  // Regex metacharacters in a key are literal.
  assert.equal(aliasResolver({ 'a.b*': 'x' })('aXb'), undefined);
  assert.equal(aliasResolver({ 'a.b*': 'x' })('a.bc')?.target, 'x');
});
