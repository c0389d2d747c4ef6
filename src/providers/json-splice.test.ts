import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { replaceTopLevel } from './json-splice.js';

const swap = (text: string) => replaceTopLevel(Buffer.from(text), 'model', 'target-model')?.toString();

test('replaces the top-level value and keeps every other byte', () => {
  const text = '{ "model" : "client" ,"messages":[{"model":"nested","content":"say \\"model\\": {x}"}],"n":1.5e3,"ok":true}';
  const out = swap(text)!;
  assert.equal(out, '{ "model" : "target-model" ,"messages":[{"model":"nested","content":"say \\"model\\": {x}"}],"n":1.5e3,"ok":true}');
  assert.deepEqual(JSON.parse(out), { ...JSON.parse(text), model: 'target-model' });
});

test('every duplicate and escaped spelling of the key is replaced, so the upstream cannot read the client\'s', () => {
  const text = '{"model":"a","x":{"y":[1,2,{"z":"]}"}]},"mod\\u0065l":"b","model":null}';
  const out = swap(text)!;
  assert.equal(JSON.parse(out).model, 'target-model');
  assert.equal((out.match(/target-model/g) ?? []).length, 3);
  assert.ok(!out.includes('"a"') && !out.includes('"b"'));
});

test('the Claude Code request: same value as parse, set and stringify', () => {
  const body = JSON.parse(readFileSync(new URL('../../test/fixtures/wire/anthropic/claude-code-2.1.332-first-turn.json', import.meta.url), 'utf8')).body;
  const text = JSON.stringify(body, null, 1);
  assert.deepEqual(JSON.parse(swap(text)!), { ...body, model: 'target-model' });
});

test('multi-byte characters anywhere stay byte for byte; offsets are byte offsets', () => {
  const text = '{"system":"héllo — 世界 🦊","model":"clïent","messages":[{"content":"naïve \\"quote\\" ü"}]}';
  const out = replaceTopLevel(Buffer.from(text), 'model', 'tärget')!;
  assert.deepEqual(JSON.parse(out.toString('utf8')), { ...JSON.parse(text), model: 'tärget' });
  assert.ok(out.subarray(0, Buffer.byteLength('{"system":"héllo — 世界 🦊","model":')).equals(Buffer.from('{"system":"héllo — 世界 🦊","model":')));
});

test('no key, or text that is not an object, falls back (undefined)', () => {
  assert.equal(swap('{"messages":[]}'), undefined);
  assert.equal(swap('[1]'), undefined);
  assert.equal(swap('{"model":"a"'), undefined);
  assert.equal(swap('{"model":"a\\"}'), undefined);
});
