import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from '../core/errors.js';
import { parseConfigText } from './load.js';
import { defaultConfig } from './default.js';
import { configJsonSchema } from './json-schema.js';

const VALID = `
providers:
  sim: { type: simulated }
  openai: { type: openai, preset: openai, api_key: env:OPENAI_API_KEY }
models:
  small:
    targets:
      - { provider: openai, model: gpt-4o-mini }
      - { provider: sim, model: sim-1 }
routes:
  agent-main: { strong: small, cheap: small }
`;

function issuesOf(yaml: string): ConfigError {
  try {
    parseConfigText(yaml, 'switchyard.yaml', {});
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return err;
  }
  assert.fail('expected a ConfigError');
}

test('a valid config parses, fills defaults, and warns about unset credentials', () => {
  const { config, warnings } = parseConfigText(VALID, 'switchyard.yaml', {});
  assert.equal(config.models.small.targets[0].timeout_ms, 120_000);
  assert.equal(config.server.port, 4000);
  assert.equal(config.storage.kind, 'sqlite');
  assert.deepEqual(warnings, ['providers.openai.api_key: environment variable OPENAI_API_KEY is not set']);
  assert.deepEqual(parseConfigText(VALID, 'x', { OPENAI_API_KEY: 'sk-test' }).warnings, []);
});

test('an unknown key names file, path, line and the closest valid key', () => {
  const err = issuesOf(`${VALID}\nserver:\n  prot: 4000\n`);
  assert.equal(err.file, 'switchyard.yaml');
  const issue = err.issues[0];
  assert.match(issue.path, /^server\.prot \(line \d+\)$/);
  assert.match(issue.message, /unknown key "prot"/);
  assert.match(issue.hint ?? '', /did you mean "port"\?/);
  assert.match(err.message, /switchyard\.yaml/);
});

test('unknown keys deep inside records and arrays get suggestions too', () => {
  const err = issuesOf(VALID.replace('model: gpt-4o-mini }', 'model: gpt-4o-mini, timout_ms: 5 }'));
  assert.equal(err.issues[0].path.split(' ')[0], 'models.small.targets[0].timout_ms');
  assert.match(err.issues[0].hint ?? '', /"timeout_ms"/);
});

test('wrong types and bad credential references say what was expected', () => {
  const err = issuesOf(VALID.replace('api_key: env:OPENAI_API_KEY', 'api_key: sk-live-123'));
  assert.match(err.issues[0].path, /^providers\.openai\.api_key/);
  assert.match(err.issues[0].message, /env:VAR_NAME/);
  const port = issuesOf(`${VALID}\nserver: { port: "eighty" }\n`);
  assert.match(port.issues[0].path, /^server\.port/);
  assert.match(port.issues[0].message, /number/);
});

test('references between routes, models and providers are checked', () => {
  const err = issuesOf(VALID.replace('{ provider: sim, model: sim-1 }', '{ provider: simm, model: sim-1 }').replace('cheap: small', 'cheap: tiny'));
  const paths = err.issues.map((i) => i.path);
  assert.ok(paths.includes('models.small.targets[1].provider'), paths.join());
  assert.ok(paths.includes('routes.agent-main.cheap'), paths.join());
});

test('variant weights must sum to 1 and a route needs exactly one serving mode', () => {
  const err = issuesOf(`${VALID}\n  canary:\n    variants:\n      a: { weight: 0.5, model: small }\n      b: { weight: 0.4, model: small }\n`);
  assert.match(err.issues.map((i) => i.message).join('\n'), /add up to 1/);
  const none = issuesOf(`${VALID}\n  empty-route: { description: nothing }\n`);
  assert.match(none.issues[0].message, /exactly one of model, strong/);
});

test('YAML syntax errors give a line', () => {
  const err = issuesOf('providers:\n  sim: { type: simulated\n');
  assert.match(err.issues[0].path, /line \d+/);
  assert.match(err.issues[0].message, /YAML syntax/);
});

test('default config serves simulated routes with no keys and adds providers whose keys exist', () => {
  const bare = defaultConfig({});
  assert.deepEqual(Object.keys(bare.providers), ['simulated']);
  assert.equal(bare.routes['agent-main'].model, 'simulated');
  const withKeys = defaultConfig({ OPENAI_API_KEY: 'k', ANTHROPIC_API_KEY: 'k' });
  assert.ok(withKeys.providers.openai && withKeys.providers.anthropic);
  assert.equal(withKeys.routes['agent-main'].model, 'gpt-4o-mini');
});

test('JSON Schema export describes the config for editors', () => {
  const schema = configJsonSchema() as { properties: Record<string, unknown>; additionalProperties?: unknown };
  for (const key of ['server', 'storage', 'providers', 'models', 'routes', 'metrics', 'firewall']) assert.ok(key in schema.properties, key);
  assert.equal(schema.additionalProperties, false);
});

test('storage.batch_flush_max_ms is optional and cannot be below batch_flush_ms', () => {
  assert.equal(parseConfigText(VALID, 'x', {}).config.storage.batch_flush_max_ms, undefined);
  assert.equal(parseConfigText(`${VALID}storage: { batch_flush_ms: 20, batch_flush_max_ms: 20 }\n`, 'x', {}).config.storage.batch_flush_max_ms, 20);
  const err = issuesOf(`${VALID}storage: { batch_flush_ms: 50, batch_flush_max_ms: 40 }\n`);
  assert.ok(err.message.includes('batch_flush_max_ms'), err.message);
});
