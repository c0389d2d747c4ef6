import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChatMessage } from '../core/types.js';
import { chooseCheapOrStrong } from './cheap-rule.js';
import { DEFAULT_CHEAP_RULE } from './defaults.js';

const user = (content: string): ChatMessage[] => [{ role: 'user', content }];
const choice = (text: string) => chooseCheapOrStrong(user(text), DEFAULT_CHEAP_RULE);

test('simple short turns go to the cheap model', () => {
  assert.deepEqual(choice('what time is it in Paris?'), { choice: 'cheap', reason: 'simple turn' });
  assert.equal(choice('thanks!\nsee you').choice, 'cheap');
});

test('signals force the strong model and say why', () => {
  assert.match(choice('x'.repeat(161)).reason, /161 characters/);
  assert.match(choice(Array(29).fill('w').join(' ')).reason, /29 words/);
  assert.match(choice('a\nb\nc').reason, /newlines/);
  assert.match(choice('run `ls`').reason, /code/);
  assert.match(choice('see https://example.com').reason, /URL/);
  assert.match(choice('look at www.example.com').reason, /URL/);
  assert.equal(choice('please Debug this.').reason, 'keyword "debug"');
  assert.equal(choice('').choice, 'strong');
  const withTool: ChatMessage[] = [
    { role: 'user', content: 'hi' },
    { role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'x', arguments: '{}' } }] },
    { role: 'tool', content: 'result', tool_call_id: 'c' },
  ];
  assert.equal(chooseCheapOrStrong(withTool, DEFAULT_CHEAP_RULE).reason, 'turn carries tool results');
});

test('limits and keywords are configurable', () => {
  const rule = { ...DEFAULT_CHEAP_RULE, max_chars: 6, keywords: ['banana'] };
  assert.equal(chooseCheapOrStrong(user('hello!!'), rule).choice, 'strong');
  assert.equal(chooseCheapOrStrong(user('debug'), rule).choice, 'cheap');
  assert.equal(chooseCheapOrStrong(user('banana'), rule).reason, 'keyword "banana"');
});
