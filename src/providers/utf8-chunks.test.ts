import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Utf8Chunks } from './utf8-chunks.js';

// What every chunking of these bytes must decode to: one streaming TextDecoder fed the same chunks.
function streamed(chunks: Uint8Array[]): string {
  const d = new TextDecoder();
  return chunks.map((c) => d.decode(c, { stream: true })).join('') + d.decode();
}

function decoded(chunks: Uint8Array[]): string {
  const d = new Utf8Chunks();
  return chunks.map((c) => d.decode(c)).join('') + d.end();
}

const enc = (s: string) => new TextEncoder().encode(s);
const BOM = [0xef, 0xbb, 0xbf];
const samples: Uint8Array[] = [
  enc('data: {"content":"plain ascii"}\n\n'),
  enc('data: {"content":"héllo wörld, 日本語, 😀"}\n\n'),
  Uint8Array.from([...BOM, ...enc('data: a\n\n')]),
  Uint8Array.from([...enc('data: a'), ...BOM, ...enc('\n\n')]),
  Uint8Array.from([...enc('ab'), 0xff, 0xc3, ...enc('cd'), 0xe2, 0x82, ...enc('\n'), 0xf0, 0x9f, 0x98]), // invalid and truncated sequences
  new Uint8Array(0),
];

/** Every split of `bytes` into up to three chunks, empty chunks included. */
function* splits(bytes: Uint8Array): Generator<Uint8Array[]> {
  for (let i = 0; i <= bytes.length; i++)
    for (let j = i; j <= bytes.length; j++) yield [bytes.subarray(0, i), bytes.subarray(i, j), bytes.subarray(j)];
}

test('Utf8Chunks: the same text as one streaming TextDecoder at every split (multi-byte, BOM first and later, invalid bytes)', () => {
  for (const bytes of samples) for (const chunks of splits(bytes)) assert.equal(decoded(chunks), streamed(chunks), JSON.stringify(chunks.map((c) => [...c])));
});

test('Utf8Chunks: a leading BOM after empty chunks is still dropped; one after ASCII bytes is kept', () => {
  const bom = Uint8Array.from([...BOM, ...enc('x')]);
  assert.equal(decoded([new Uint8Array(0), bom]), 'x');
  assert.equal(decoded([enc('a'), bom]), 'a\ufeffx');
});
