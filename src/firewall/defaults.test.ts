import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firewallConfigSchema } from '../config/firewall-schema.js';
import { DEFAULT_ENGINE_CONFIG } from './defaults.js';

test("the engine's literal defaults are the config schema's defaults", () => {
  const { thresholds, post_execution_review, tools, sensitive_paths } = firewallConfigSchema.parse({});
  assert.deepEqual(DEFAULT_ENGINE_CONFIG, { thresholds, post_execution_review, tools, sensitive_paths });
});
