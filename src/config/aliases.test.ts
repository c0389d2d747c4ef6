import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from '../core/errors.js';
import { parseConfigText } from './load.js';
import { defaultConfig } from './default.js';
import { configJsonSchema } from './json-schema.js';
import { aliasResolver } from '../routing/aliases.js';

const BASE = `
providers: { sim: { type: simulated } }
models: { small: { targets: [ { provider: sim, model: sim-1 } ] } }
routes: { agent-main: { model: small } }
`;

test('model_aliases naming an unknown route or model, or shadowing one, is a config error with the path', () => {
  try {
    parseConfigText(`${BASE}model_aliases: { "claude-*": agent-mian, small: agent-main }\n`, 'switchyard.yaml', {});
    assert.fail('expected a ConfigError');
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    const text = err.message;
    assert.match(text, /model_aliases\["claude-\*"\]/);
    assert.match(text, /unknown route or model "agent-mian"/);
    assert.match(text, /alias "small" is also a route or model name/);
  }
  const ok = parseConfigText(`${BASE}model_aliases: { "claude-*": agent-main }\n`, 'switchyard.yaml', {});
  assert.deepEqual(ok.config.model_aliases, { 'claude-*': 'agent-main' });
  const schema = JSON.stringify(configJsonSchema());
  assert.ok(schema.includes('model_aliases'), 'the editor schema knows the key');
});

test('the default config maps the default model names of Claude Code, Codex and the SDKs', () => {
  const resolve = aliasResolver(defaultConfig({}).model_aliases);
  for (const name of ['claude-haiku-4-5', 'claude-haiku-4-5-20251001', 'claude-3-5-haiku-latest']) assert.equal(resolve(name)?.target, 'auxiliary', name);
  for (const name of ['claude-opus-4-1-20250805', 'claude-sonnet-4-5', 'claude-opus-5-5', 'gpt-5', 'gpt-5-codex', 'gpt-5.1-codex-max', 'codex-mini-latest', 'o3', 'o4-mini', 'gpt-4o', 'gpt-4.1-mini', 'gemini-2.5-pro']) {
    assert.equal(resolve(name)?.target, 'agent-main', name);
  }
});
