import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { itemsOf, scanBody, type ObjectScan } from './json-syntax.js';
import { ScanMemo } from './scan-memo.js';
import { sharedEnds } from './shared-bytes.js';
import { escapesOnlyWhatStringifyDoes } from '../store/as-sent.js';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../../test/fixtures/wire/${path}`, import.meta.url), 'utf8')).body as Record<string, unknown>;
const claude = fixture('anthropic/claude-code-2.1.332-first-turn.json');
const toolTurn = fixture('anthropic/claude-code-2.1.332-tool-result-turn.json');
const codex = fixture('responses/codex-0.171.0-exec-turn2.json');

/** Everything a scan reports, for comparing two scans. */
const report = (s: ObjectScan | undefined) => s && { fields: [...s.fields], keys: s.keys, spans: s.spans, odd: s.odd, marks: s.marks, states: s.states };

const itemKeys = ['messages', 'input', 'tools', 'system'];

/** The scan of `next` taken up from the whole scan of `prev` must be the whole scan of `next`. */
function assertSameAsWhole(prev: Buffer, next: Buffer, maxDepth = 100): void {
  const base = scanBody(prev, maxDepth);
  if (!base) return;
  const whole = scanBody(next, maxDepth);
  const { head, tail } = sharedEnds(prev, next);
  for (const key of itemKeys) itemsOf(base, key);
  const taken = scanBody(next, maxDepth, { scan: base, head, tail });
  assert.deepEqual(report(taken), report(whole), `${prev.length} -> ${next.length} bytes, head ${head}, tail ${tail}`);
  if (!whole || !taken) return;
  assert.equal(whole.odd.length === 0, escapesOnlyWhatStringifyDoes(next));
  // The items of its arrays, some taken over from the base's: as read from its own bytes.
  for (const key of itemKeys) assert.deepEqual(itemsOf(taken, key), itemsOf(whole, key), key);
}

/** A small deterministic generator (the cases must be the same on every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

test('a scan taken up from an earlier one is the whole scan: real agent turns, the next turn and the same bytes again', () => {
  const next = { ...claude, messages: [...(claude.messages as unknown[]), { role: 'assistant', content: [{ type: 'text', text: 'done \\/ \u00e9' }] }, { role: 'user', content: 'more' }] };
  const pairs: [unknown, unknown][] = [[claude, claude], [claude, next], [next, claude], [claude, toolTurn], [toolTurn, claude], [codex, codex], [claude, codex]];
  for (const [a, b] of pairs) assertSameAsWhole(Buffer.from(JSON.stringify(a)), Buffer.from(JSON.stringify(b)));
  // The bytes the client wrote, not JSON.stringify's: escapes stringify would not write.
  const escaped = Buffer.from(JSON.stringify(claude).replace('"messages"', '"url":"https:\\/\\/x\\u0041","messages"'));
  assertSameAsWhole(Buffer.from(JSON.stringify(claude)), escaped);
  assertSameAsWhole(escaped, Buffer.from(JSON.stringify(next)));
});

test('a scan taken up from an earlier one is the whole scan: random edits of a body, valid or not, at every depth', () => {
  const body = Buffer.from(JSON.stringify({ ...claude, messages: (claude.messages as unknown[]).slice(0, 3), tools: (claude.tools as unknown[]).slice(0, 3) }));
  const pieces = ['"', '\\', '{', '}', '[', ']', ',', ':', '1', ' ', '"x"', '{"a":1}', '"model":"m",', ',"tools":[]', '\\/', '\\u0041', '"__proto__":1,', 'null'];
  const next = random(7);
  for (let n = 0; n < 1500; n++) {
    const at = Math.floor(next() * body.length);
    const cut = Math.floor(next() * 4);
    const piece = pieces[Math.floor(next() * pieces.length)];
    const edited = Buffer.concat([body.subarray(0, at), Buffer.from(piece), body.subarray(Math.min(body.length, at + cut))]);
    assertSameAsWhole(body, edited);
    // Also the other way round, and an edit of an edit (the base then differs from the fixture).
    assertSameAsWhole(edited, body);
    const at2 = Math.floor(next() * edited.length);
    assertSameAsWhole(edited, Buffer.concat([edited.subarray(0, at2), Buffer.from(piece), edited.subarray(at2)]));
  }
});

test('a scan taken up from an earlier one keeps the refusals: duplicate top-level keys across the two parts, depth', () => {
  const a = Buffer.from('{"model":"m","messages":[{"role":"user","content":"hi"}],"system":"s","tools":[]}');
  for (const text of [
    '{"model":"m","messages":[{"role":"user","content":"hi"}],"tools":1,"system":"s","tools":[]}',
    '{"model":"m","system":"x","messages":[{"role":"user","content":"hi!"}],"system":"s","tools":[]}',
    '{"model":"m","messages":[{"role":"user","content":[[["deep"]]]}],"system":"s","tools":[]}',
  ]) {
    assertSameAsWhole(a, Buffer.from(text));
    assertSameAsWhole(a, Buffer.from(text), 4);
  }
  assert.equal(scanBody(Buffer.from('{"model":"m","system":"x","messages":[{"role":"user","content":"hi!"}],"system":"s","tools":[]}'), 100, { scan: scanBody(a, 100)!, head: 13, tail: 27 }), undefined);
});

test('ScanMemo: one body per key, the answer of a whole scan, within its byte budget', () => {
  const memo = new ScanMemo(1000);
  const small = (s: string) => Buffer.from(JSON.stringify({ model: 'm', messages: [{ role: 'user', content: s }], tools: ['x'.repeat(200)] }));
  for (const s of ['a', 'ab', 'abc']) assert.deepEqual(report(memo.scan(small(s), 100, 'k1')), report(scanBody(small(s), 100)));
  assert.deepEqual(memo.size, { keys: 1, bytes: small('abc').length });
  memo.scan(small('x'), 100, 'k2');
  memo.scan(small('y'), 100, 'k3');
  memo.scan(small('z'), 100, 'k4'); // past 1000 bytes: the least recently scanned key goes
  assert.equal(memo.size.keys, 3);
  assert.ok(memo.size.bytes <= 1000);
  assert.equal(memo.scan(Buffer.from('{"a":'), 100, 'k4'), undefined);
  assert.equal(memo.scan(Buffer.alloc(2000, 0x20), 100, 'k5'), undefined);
});
