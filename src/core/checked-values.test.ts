import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CheckedValues } from './checked-values.js';
import { scanBody } from './json-syntax.js';

const codex = JSON.parse(readFileSync(new URL('../../test/fixtures/wire/responses/codex-0.171.0-exec-turn2.json', import.meta.url), 'utf8')) as { body: Record<string, unknown> };
const answer = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id: 'resp_1', object: 'response', status: 'completed', instructions: codex.body.instructions, output: [{ type: 'message', content: [] }], tools: codex.body.tools, usage: { input_tokens: 1 }, ...extra });

/** A memo that has seen `text` checked whole, as JsonAnswer keeps it. */
function seen(...texts: string[]): CheckedValues {
  const memo = new CheckedValues(new Set(['tools', 'instructions']), 100);
  for (const text of texts) {
    const bytes = Buffer.from(text);
    const scan = scanBody(bytes, 100, undefined, memo)!;
    memo.remember(bytes, scan.keys, scan.spans);
  }
  return memo;
}

test('a remembered value is skipped, not read: the scan ends it where the remembered bytes end', () => {
  const memo = seen(answer());
  const text = answer({ id: 'resp_2', usage: { input_tokens: 2 } });
  const bytes = Buffer.from(text);
  const fields = scanBody(bytes, 100, undefined, memo)!.fields;
  const whole = scanBody(bytes, 100)!.fields;
  assert.deepEqual([...fields], [...whole]);
  const [start] = fields.get('tools')!;
  assert.equal(memo.endOf('tools', bytes, start), fields.get('tools')![1]);
  assert.equal(memo.endOf('output', bytes, fields.get('output')![0]), -1, 'only the keys asked for are kept');
});

test('with values remembered the scan accepts only what JSON.parse accepts, with the same fields as a whole scan', () => {
  const base = answer();
  const memo = seen(base);
  const tools = base.indexOf('"tools":') + '"tools":'.length;
  const variants = [
    base,
    answer({ tools: [] }), // another value at the key
    answer({ tools: codex.body.tools, extra: 1 }),
    base.slice(0, tools) + '  ' + base.slice(tools), // the value moved
    base.replace('"tools":', '"tool":'), // the same bytes at another key
    base.replace('"tools":', '"tools":[1],"tools":'), // given twice
  ];
  // Every cut and one-byte change around the remembered value's ends and inside it.
  const end = tools + JSON.stringify(codex.body.tools).length;
  for (const at of [tools - 1, tools, tools + 1, tools + 40, end - 2, end - 1, end, end + 1]) {
    variants.push(base.slice(0, at), base.slice(at));
    for (const c of ['"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\u0001', 'x']) variants.push(base.slice(0, at) + c + base.slice(at + 1));
  }
  for (const text of variants) {
    const bytes = Buffer.from(text);
    const withMemo = scanBody(bytes, 100, undefined, memo);
    const whole = scanBody(bytes, 100);
    assert.deepEqual(withMemo && [...withMemo.fields], whole && [...whole.fields], text.slice(0, 80));
  }
});

test('a memo made under another depth limit, or a short value, vouches for nothing', () => {
  const text = answer();
  const bytes = Buffer.from(text);
  const memo = seen(text);
  const deeper = scanBody(bytes, 3, undefined, memo); // the tools nest 4 deep or more: refused as without a memo
  assert.equal(deeper, scanBody(bytes, 3));
  const short = seen('{"tools":[1,2,3]}');
  assert.equal(short.endOf('tools', Buffer.from('{"tools":[1,2,3]}'), 9), -1);
});

test('a few values per key, most recent first', () => {
  const texts = [0, 1, 2, 3, 4].map((n) => answer({ tools: [...(codex.body.tools as unknown[]), { n }] }));
  const memo = seen(...texts);
  const startOf = (text: string) => text.indexOf('"tools":') + '"tools":'.length;
  assert.equal(memo.endOf('tools', Buffer.from(texts[0]), startOf(texts[0])), -1, 'the oldest of five is gone');
  for (const text of texts.slice(1)) assert.ok(memo.endOf('tools', Buffer.from(text), startOf(text)) > 0);
});
