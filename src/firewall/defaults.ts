import type { FirewallConfig } from '../config/firewall-schema.js';

// The engine's defaults as a literal, so processes that only assess (the Claude Code hook) need
// not load the config schema. defaults.test.ts checks they equal the schema's own defaults.
export const DEFAULT_ENGINE_CONFIG: Pick<FirewallConfig, 'thresholds' | 'post_execution_review' | 'tools' | 'sensitive_paths'> = {
  thresholds: { auto_below: 0.25, ask_above: 0.6, min_confidence: 0.7, deny_above: null },
  post_execution_review: true,
  tools: {},
  sensitive_paths: [],
};
