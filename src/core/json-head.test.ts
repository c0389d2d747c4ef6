import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonHead } from './json-head.js';
import { loadCorpus } from '../firewall/corpus/run-corpus.js';

const long = 'x'.repeat(5000);
const values: unknown[] = [
  {},
  [],
  { a: 1, b: 'two', c: [true, null, { d: -0, e: 1e21, f: 0.1 }], g: undefined, h: () => 1 },
  [undefined, () => 1, 'z'],
  { '2': 'integer keys first', a: 'quote " backslash \\ newline \n tab \t \u0001 \u2028', é: 'ünï 😀' },
  { nan: NaN, inf: -Infinity, date: new Date(0), nested: { toJSON: () => 'custom' } },
  { big: long, after: 'never reached' },
  { emoji: `${'😀'.repeat(1500)}` },
  { escapes: '"'.repeat(3000) },
  Array.from({ length: 3000 }, (_, i) => i),
  { many: Object.fromEntries(Array.from({ length: 800 }, (_, i) => [`k${i}`, i])) },
  Object.assign(Object.create(null), { bare: 'prototype-less' }),
];

test('jsonHead is JSON.stringify(value).slice(0, max) for any value and limit', () => {
  for (const v of values) {
    for (const max of [0, 1, 7, 100, 2000, 2001, 10_000]) assert.equal(jsonHead(v, max), JSON.stringify(v).slice(0, max), `${JSON.stringify(v).slice(0, 60)} at ${max}`);
  }
});

test('jsonHead matches on every corpus call', () => {
  for (const r of loadCorpus()) for (const max of [40, 2000]) assert.equal(jsonHead(r.args, max), JSON.stringify(r.args).slice(0, max), r.id);
});
