import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parses } from '../../test/helpers/json-parses.js';
import { itemsOf, scanBody, scanObject } from './json-syntax.js';


const claude = readFileSync(new URL('../../test/fixtures/wire/anthropic/claude-code-2.1.332-first-turn.json', import.meta.url), 'utf8');
const codex = readFileSync(new URL('../../test/fixtures/wire/responses/codex-0.171.0-exec-turn2.json', import.meta.url), 'utf8');

test('scanObject: every top-level field of real agent bodies, each span parsing to the field', () => {
  for (const text of [claude, codex, JSON.stringify(JSON.parse(claude).body, null, 2)]) {
    const bytes = Buffer.from(text);
    const fields = scanObject(bytes, 100);
    assert.ok(fields);
    const value = JSON.parse(text) as Record<string, unknown>;
    assert.deepEqual([...fields.keys()], Object.keys(value));
    for (const [key, [start, end]] of fields) assert.deepEqual(JSON.parse(bytes.toString('utf8', start, end)), value[key]);
  }
});

test('scanObject accepts only what JSON.parse accepts (tricky texts and every truncation and one-byte change of a body, at every alignment)', () => {
  const tricky = [
    '{}', ' {"a":1} ', '{"a":-0.5e+10,"b":[true,false,null,{}],"c":"\\u00e9\\n\\"\\\\\\/"}', '{"a":01}', '{"a":1.}', '{"a":.5}',
    '{"a":1e}', '{"a":-}', '{"a":"\\x"}', '{"a":"\\u12"}', '{"a":"tab\there"}', '{"a":1,}', '{,}', '{"a" 1}', '{"a":[1,]}',
    '{"a":tru}', '{"a":nulls}', '{"a":1}x', '{"a":1}{}', '{"a":"é"}', '{"a":"\u2028"}', '{"a":"\ud800"}', '{"a":[1 2]}',
    '{"a":{"b":}}', '{"a":[}', '\ufeff{"a":1}', '{"a":"x}', '{"a\\"b":1}', '{"a":Infinity}', '{"a":"\\ud800"}', '{"a":1e5,"b":-0}',
  ];
  const body = '{"model":"m","messages":[{"role":"user","content":"hi \\"x\\" é"}],"n":-1.5e3,"t":true,"z":null,"e":[],"o":{}}';
  const variants = [...tricky];
  for (let i = 0; i <= body.length; i++) variants.push(body.slice(0, i));
  for (let i = 0; i < body.length; i++) for (const c of ['"', '\\', '{', '}', '[', ']', ',', ':', '1', 'e', '-', '.', ' ', '\n', '\u0001', 'x']) variants.push(body.slice(0, i) + c + body.slice(i + 1));
  for (const text of variants) {
    const ok = parses(text) && typeof JSON.parse(text) === 'object' && !Array.isArray(JSON.parse(text));
    // At each alignment of the bytes in memory: string content is tested four bytes at a time.
    for (const at of [0, 1, 2, 3]) {
      const fields = scanObject(Buffer.concat([Buffer.alloc(at), Buffer.from(text)]).subarray(at), 100);
      if (fields) assert.ok(ok, `accepted ${JSON.stringify(text)} at offset ${at}`);
    }
  }
  // Valid ones it must not refuse (the fast path would be lost, not the answer).
  for (const text of ['{}', ' {"a":1} ', '{"a":-0.5e+10,"b":[true,false,null,{}],"c":"\\u00e9\\n\\"\\\\\\/"}', '{"a":"é"}', '{"a":"\ud800"}', '{"a":1e5,"b":-0}', body]) {
    assert.ok(scanObject(Buffer.from(text), 100), text);
  }
});

test('scanObject leaves to the parser what it refuses: "__proto__" keys, escaped keys, duplicate top-level keys, depth, other top-level values', () => {
  for (const text of ['{"a":{"__proto__":{}}}', '{"__proto__":1}', '{"\\u005f_proto__":1}', '{"a":{"k\\"":1}}', '{"model":"a","model":"b"}', '[1]', '"s"', '1', '']) {
    assert.equal(scanObject(Buffer.from(text), 100), undefined, text);
  }
  assert.ok(scanObject(Buffer.from('{"a":{"model":1,"model":2}}'), 100), 'duplicates below the top are JSON.parse\'s to settle');
  assert.ok(scanObject(Buffer.from('{"a":[[1]]}'), 3));
  assert.equal(scanObject(Buffer.from('{"a":[[1]]}'), 2), undefined);
  assert.equal(scanObject(Buffer.from('{"a":[[[]]]}'), 3), undefined);
});

test('itemsOf: the fields of each item of a scanned array, undefined for items that are not objects', () => {
  const text = '{"messages":[ {"role":"user","content":"a,]}\\"b"} , {"role":"assistant","content":[{"type":"text","text":"x"}],"n":-1e3,"t":true,"role":"system"} , "s", 1, [{}] ],"e":[],"o":{}}';
  const bytes = Buffer.from(text);
  const scan = scanBody(bytes, 100)!;
  const read = (span: readonly [number, number]) => JSON.parse(bytes.toString('utf8', span[0], span[1]));
  const items = itemsOf(scan, 'messages')!;
  assert.deepEqual(items.fields.map((f) => f && Object.fromEntries([...f].map(([k, span]) => [k, read(span)]))), (JSON.parse(text).messages as unknown[]).map((m) => (typeof m === 'object' && !Array.isArray(m) ? m : undefined)));
  assert.deepEqual(items.starts.map((s, i) => read([s, items.ends[i]])), JSON.parse(text).messages);
  assert.deepEqual(itemsOf(scan, 'e')!.fields, []);
  assert.equal(itemsOf(scan, 'o'), undefined);
  assert.equal(itemsOf(scan, 'absent'), undefined);
});
