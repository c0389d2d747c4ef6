import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from '../core/errors.js';
import { parseConfigText } from './load.js';

const BASE = `
providers:
  sim: { type: simulated }
models:
  m: { targets: [{ provider: sim, model: sim-1 }] }
routes:
  r: { model: m, storage_content: metadata_only }
`;

function problem(yaml: string): ConfigError {
  let caught: unknown;
  assert.throws(() => parseConfigText(yaml, 'switchyard.yaml', {}), (err) => ((caught = err), err instanceof ConfigError));
  return caught as ConfigError;
}

test('privacy keys parse with their defaults', () => {
  const { config } = parseConfigText(BASE, 'x', {});
  assert.equal(config.storage.content, 'full');
  assert.deepEqual(config.storage.redact, []);
  assert.equal(config.storage.schema, undefined);
  assert.equal(config.routes.r.storage_content, 'metadata_only');
  const { config: c2 } = parseConfigText(`${BASE}storage:\n  content: redacted\n  schema: team_a\n  redact:\n    - { name: employee_id, pattern: 'EMP-\\d{6}' }\n`, 'x', {});
  assert.equal(c2.storage.content, 'redacted');
  assert.equal(c2.storage.schema, 'team_a');
  assert.equal(c2.storage.redact[0].pattern, 'EMP-\\d{6}');
});

test('a custom pattern that is not a regex fails at load with its path', () => {
  const err = problem(`${BASE}storage:\n  redact:\n    - { name: broken, pattern: 'EMP-(\\d{6}' }\n`);
  assert.match(err.issues[0].path, /^storage\.redact\.0\.pattern|^storage\.redact\[0\]\.pattern/);
  assert.match(err.issues[0].message, /not a valid regular expression/);
});

test('a custom pattern matching the empty string is refused', () => {
  const err = problem(`${BASE}storage:\n  redact:\n    - { name: star, pattern: 'x*' }\n`);
  assert.match(err.message, /matches the empty string/);
});

test('storage.schema must be a plain identifier; unknown content modes are named', () => {
  assert.match(problem(`${BASE}storage:\n  schema: "a; DROP TABLE x"\n`).message, /storage\.schema.*PostgreSQL schema name/s);
  assert.match(problem(`${BASE}storage:\n  content: none\n`).message, /storage\.content/);
});
