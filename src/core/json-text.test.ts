import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parses } from '../../test/helpers/json-parses.js';
import { objectMembers, skipWs, TextStops, valueEnd } from './json-text.js';


/** Whether the check takes the whole text as one JSON value. */
const accepted = (text: string) => {
  const end = valueEnd(new TextStops(text), skipWs(text, 0));
  return end >= 0 && skipWs(text, end) === text.length;
};

const codex = readFileSync(new URL('../../test/fixtures/wire/responses/codex-0.171.0-exec-turn2.json', import.meta.url), 'utf8');

test('valueEnd accepts exactly what JSON.parse accepts (tricky texts, every truncation and one-character change of a text)', () => {
  const tricky = [
    '{}', ' {"a":1} ', '[]', '"s"', '1', '-0', 'true', 'null', '', ' ', '{"a":-0.5e+10,"b":[true,false,null,{}],"c":"\\u00e9\\n\\"\\\\\\/"}',
    '{"a":01}', '{"a":1.}', '{"a":.5}', '{"a":1e}', '{"a":1E+}', '{"a":-}', '{"a":"\\x"}', '{"a":"\\u12"}', '{"a":"\\u12g4"}', '{"a":"tab\there"}',
    '{"a":1,}', '{,}', '{"a" 1}', '{"a":[1,]}', '[,1]', '{"a":tru}', '{"a":nulls}', '{"a":1}x', '{"a":1}{}', '{"a":"é"}', '{"a":"\u2028"}',
    '{"a":"\ud800"}', '{"a":[1 2]}', '{"a":{"b":}}', '{"a":[}', '\ufeff{"a":1}', '{"a":"x}', '{"a\\"b":1}', '{"a":Infinity}', '{"a":NaN}',
    '{"a":"\\ud800"}', '{"a":1e5,"b":-0}', '{"__proto__":{"x":1}}', '[[[[[[[[[[]]]]]]]]]]', '[[[[[[[[[[]]]]]]]]]', '{"a":"\\', '{"a":"\\u', '"\\"',
    '{"a":"\u007f\u0080"}', '{"a":"\u0000"}', '{"a":\n1\r,\t"b":2}', '{"a":1\u00a0}', '{"a":+1}', '{"a":0x10}', '{"a":"a"\u000b}',
  ];
  const body = '{"model":"m","input":[{"role":"user","content":"hi \\"x\\" é \\n \\u00e9"}],"n":-1.5e3,"t":true,"z":null,"e":[],"o":{},"s":"a\\\\"}';
  const variants = [...tricky];
  for (let i = 0; i <= body.length; i++) variants.push(body.slice(0, i));
  for (let i = 0; i < body.length; i++) {
    for (const c of ['"', '\\', '{', '}', '[', ']', ',', ':', '1', 'e', 'E', '-', '+', '.', '0', ' ', '\n', '\u0001', 'x', 'u', '\u00e9']) variants.push(body.slice(0, i) + c + body.slice(i + 1));
  }
  for (const text of variants) assert.equal(accepted(text), parses(text), JSON.stringify(text));
});

test('valueEnd on random values and their one-character changes agrees with JSON.parse; nesting has no limit', () => {
  let seed = 11;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const STRINGS = ['', 'plain', 'q"uote', 'back\\slash', 'nl\n', '\u0000\u001f', '\u2028', 'caf\u00e9 \ud83e\udd8a', '}]"{[', '\ud800', '\\u00'];
  const value = (depth: number): unknown => {
    const kind = rand(depth > 3 ? 5 : 7);
    if (kind === 0) return null;
    if (kind === 1) return rand(2) === 0;
    if (kind === 2) return [0, -1, 1.5, 1e21, 2 ** 53 + 2, -0.000001][rand(6)];
    if (kind === 3 || kind === 4) return STRINGS[rand(STRINGS.length)];
    if (kind === 5) return Array.from({ length: rand(4) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: rand(5) }, () => [STRINGS[rand(STRINGS.length)], value(depth + 1)]));
  };
  const CHANGES = ['"', '\\', '{', '}', '[', ']', ',', ':', '1', 'e', '-', '.', ' ', '\u0001', 'x', 'n'];
  for (let i = 0; i < 2000; i++) {
    const text = JSON.stringify(value(0), null, rand(3) === 0 ? 1 : undefined);
    assert.ok(accepted(text), text);
    const at = rand(text.length);
    const changed = text.slice(0, at) + CHANGES[rand(CHANGES.length)] + text.slice(at + 1);
    assert.equal(accepted(changed), parses(changed), JSON.stringify(changed));
    assert.equal(accepted(text.slice(0, at)), parses(text.slice(0, at)), JSON.stringify(text.slice(0, at)));
  }
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  assert.equal(accepted(deep), parses(deep));
});

test('objectMembers: every member of a real Codex body in order, each span parsing to its value, keys decoded', () => {
  for (const text of [codex, JSON.stringify(JSON.parse(codex), null, 2), '{"a\\u00e9":1,"a\\u00e9":2, "b" : [ ] }']) {
    const members = objectMembers(new TextStops(text), skipWs(text, 0));
    assert.ok(members);
    const entries = members.keys.map((k, i) => [k, JSON.parse(text.slice(...members.spans[i]))]);
    assert.deepEqual(Object.fromEntries(entries), JSON.parse(text));
    assert.equal(skipWs(text, members.end), text.length);
  }
  assert.equal(objectMembers(new TextStops('[1]'), 0), undefined);
  assert.equal(objectMembers(new TextStops('{"a":1,}'), 0), undefined);
  assert.equal(objectMembers(new TextStops('{"a":[1,]}'), 0), undefined);
});

test('objectMembers: a value check of its own replaces the default one', () => {
  const text = '{"a":{"b":1},"c":2}';
  const seen: string[] = [];
  const members = objectMembers(new TextStops(text), 0, (stops, key, at) => {
    seen.push(key);
    return key === 'a' ? -1 : valueEnd(stops, at);
  });
  assert.equal(members, undefined);
  assert.deepEqual(seen, ['a']);
});
