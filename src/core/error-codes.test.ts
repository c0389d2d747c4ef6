import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CODE_FOR_KIND, ERROR_CODES } from './error-codes.js';

test('docs/errors.md lists every code with its status', () => {
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
  for (const [code, info] of Object.entries(ERROR_CODES)) assert.match(doc, new RegExp(`\\| \`${code}\` \\| ${info.status}\\b`), code);
});

test('every provider failure kind maps to a code in the table', () => {
  for (const code of Object.values(CODE_FOR_KIND)) assert.ok(code in ERROR_CODES, code);
});
