import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../../../core/errors.js';
import { parseYamlWithSchema } from '../../../config/load.js';

// A readiness profile: which files of a code base to scan for which routing/evaluation seams, and
// how the hits become a requirement matrix. The built-in `hermes` profile is the one the Hermes
// "TensorZero Evaluation Packet" script (Hermes issue #860) used, plus `get_fallback_chain(` for the
// gateway and cron seams (newer Hermes loads both chains through hermes_cli/fallback_config.py);
// other profiles load from YAML or JSON.

export interface TouchpointPattern {
  label: string;
  file_path: string;
  regex: string;
  description: string;
}

/** How a requirement's status follows from the labels found. */
export type RequirementRule =
  | { kind: 'min_hits'; min: number } // partial when at least `min` of its labels were found
  | { kind: 'all_hits' } // partial when every one of its labels was found
  | { kind: 'requires'; label: string } // partial when this label was found
  | { kind: 'always_gap' }; // no code seam can satisfy it (e.g. a traffic split)

/** What a Switchyard config can close for a requirement (see matrix.ts). */
export type ConfigCheck = 'surface_routes' | 'routing_config' | 'weighted_variants';

export interface RequirementSpec {
  key: string;
  name: string;
  labels: string[];
  rule: RequirementRule;
  summary_found: string;
  summary_missing: string;
  config_check?: ConfigCheck;
}

export interface IssueContext {
  number: number;
  title: string;
  url: string;
  requirements: string[];
}

export interface Profile {
  name: string;
  issue: IssueContext;
  patterns: TouchpointPattern[];
  requirements: RequirementSpec[];
}

const HERMES_PATTERNS: TouchpointPattern[] = [
  { label: 'fallback_chain', file_path: 'run_agent.py', regex: '_fallback_chain|fallback_providers|fallback_model', description: 'Primary agent fallback-provider chain in the core conversation loop.' },
  { label: 'provider_routing_config', file_path: 'cli.py', regex: 'provider_routing|fallback_providers|smart_model_routing', description: 'CLI-owned provider routing and fallback configuration surfaces.' },
  { label: 'runtime_provider', file_path: 'hermes_cli/runtime_provider.py', regex: 'def resolve_runtime_provider|def resolve_requested_provider', description: 'Central runtime provider resolution for CLI, gateway, cron, and helpers.' },
  { label: 'smart_model_routing', file_path: 'agent/smart_model_routing.py', regex: 'def resolve_turn_route|def choose_cheap_model_route', description: 'Cheap-vs-strong turn routing that the gateway would need to absorb or replace.' },
  { label: 'gateway_provider_routing', file_path: 'gateway/run.py', regex: 'def _load_provider_routing|def _load_fallback_model|def _load_smart_model_routing|get_fallback_chain\\(', description: 'Gateway-specific loading of routing, fallback, and smart-model policies.' },
  { label: 'cron_runtime_provider', file_path: 'cron/scheduler.py', regex: 'resolve_runtime_provider|resolve_turn_route|provider_routing|fallback_model|get_fallback_chain\\(', description: 'Cron execution path that re-resolves providers and routing on every run.' },
  { label: 'auxiliary_fallback_chain', file_path: 'agent/auxiliary_client.py', regex: 'fallback chain|_get_provider_chain|provider chain', description: 'Auxiliary task routing/fallback chain outside the main inference path.' },
  { label: 'delegate_runtime_provider', file_path: 'tools/delegate_tool.py', regex: 'runtime provider system|resolve the full credential bundle|resolve_runtime_provider', description: 'Subagent/delegation routing path that would also need gateway parity.' },
  { label: 'session_db', file_path: 'hermes_state.py', regex: 'class SessionDB', description: 'Session persistence surface that could feed optimization/eval data.' },
  { label: 'trajectory_export', file_path: 'batch_runner.py', regex: 'trajectory_entry|save_trajectories|_convert_to_trajectory_format', description: 'Trajectory export surface for offline optimization and replay data.' },
  { label: 'benchmark_suite', file_path: 'benchmarks/tool_call_benchmark.py', regex: 'ToolCall\\(|class ToolCall|benchmark', description: 'Existing benchmark/evaluation harness that could map to gateway experiments.' },
];

const HERMES_REQUIREMENTS: RequirementSpec[] = [
  {
    key: 'gateway_replacement',
    name: 'Gateway replacement scope',
    labels: ['fallback_chain', 'runtime_provider', 'gateway_provider_routing', 'cron_runtime_provider', 'auxiliary_fallback_chain', 'delegate_runtime_provider'],
    rule: { kind: 'min_hits', min: 4 },
    summary_found:
      'Hermes already spreads provider routing across core agent, runtime provider, gateway, cron, auxiliary, and delegation seams; a gateway needs parity across all of them before it can replace the routing layer.',
    summary_missing: 'No grounded routing surfaces were found for a gateway replacement assessment.',
    config_check: 'surface_routes',
  },
  {
    key: 'config_migration',
    name: 'Config migration',
    labels: ['provider_routing_config', 'runtime_provider', 'smart_model_routing', 'fallback_chain'],
    rule: { kind: 'min_hits', min: 3 },
    summary_found:
      'Hermes has multiple config concepts to migrate (`provider_routing`, `fallback_providers`, `smart_model_routing`, runtime provider resolution), so the gateway is not a drop-in config swap.',
    summary_missing: 'No current config migration surface was found.',
    config_check: 'routing_config',
  },
  {
    key: 'canary_rollout',
    name: '10% traffic canary',
    labels: [],
    rule: { kind: 'always_gap' },
    summary_found: '',
    summary_missing:
      'The repo shows semantic routing and fallback, but no grounded 10% traffic-split canary mechanism. A gateway cutover needs percentage-based rollout controls and observability hooks.',
    config_check: 'weighted_variants',
  },
  {
    key: 'session_feedback',
    name: 'Session data for prompt optimization',
    labels: ['session_db', 'trajectory_export'],
    rule: { kind: 'all_hits' },
    summary_found: 'Hermes already has SessionDB and trajectory export surfaces that can feed offline optimization data, but not a gateway-native ingestion path yet.',
    summary_missing: 'No session-data surface was found for prompt optimization.',
  },
  {
    key: 'evaluation_suite',
    name: 'Evaluation suite / A/B testing',
    labels: ['benchmark_suite', 'trajectory_export'],
    rule: { kind: 'requires', label: 'benchmark_suite' },
    summary_found: 'Hermes already has benchmark/trajectory machinery that can seed A/B evaluation, but no integrated experiment runner or live evaluation gateway.',
    summary_missing: 'No evaluation harness was found to support A/B testing.',
  },
];

const HERMES_ISSUE: IssueContext = {
  number: 860,
  title: 'tensorzero LLMOps platform evaluation',
  url: 'https://forge.alexanderwhitestone.com/Timmy_Foundation/hermes-agent/issues/860',
  requirements: [
    'Deploy tensorzero gateway (Rust binary)',
    'Migrate provider routing config',
    'Test with canary (10% traffic) before full cutover',
    'Feed session data for prompt optimization',
    'Evaluation suite for A/B testing models',
  ],
};

export const HERMES_PROFILE: Profile = { name: 'hermes', issue: HERMES_ISSUE, patterns: HERMES_PATTERNS, requirements: HERMES_REQUIREMENTS };

const BUILTIN_PROFILES: Record<string, Profile> = { hermes: HERMES_PROFILE };

const patternSchema = z
  .object({
    label: z.string().regex(/^[a-z0-9_]+$/i, 'a label of letters, digits and underscores'),
    file_path: z.string().min(1).refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..'), 'a path relative to the repository root'),
    regex: z.string().min(1).refine((r) => {
      try {
        new RegExp(r, 'i');
        return true;
      } catch {
        return false;
      }
    }, 'a valid regular expression'),
    description: z.string().default(''),
  })
  .strict();

const ruleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('min_hits'), min: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal('all_hits') }).strict(),
  z.object({ kind: z.literal('requires'), label: z.string() }).strict(),
  z.object({ kind: z.literal('always_gap') }).strict(),
]);

const requirementSchema = z
  .object({
    key: z.string().min(1),
    name: z.string().min(1),
    labels: z.array(z.string()).default([]),
    rule: ruleSchema,
    summary_found: z.string().default(''),
    summary_missing: z.string().default(''),
    config_check: z.enum(['surface_routes', 'routing_config', 'weighted_variants']).optional(),
  })
  .strict();

const profileFileSchema = z
  .object({
    name: z.string().min(1),
    issue: z
      .object({ number: z.number().int(), title: z.string(), url: z.string(), requirements: z.array(z.string()).default([]) })
      .strict()
      .optional()
      .describe('default: the Hermes issue #860 context'),
    patterns: z.array(patternSchema).nonempty(),
    requirements: z.array(requirementSchema).optional().describe('default: the Hermes requirement matrix'),
  })
  .strict();

/** A built-in profile name, or a path to a YAML/JSON profile file. */
export function loadProfile(nameOrFile: string): Profile {
  const builtin = BUILTIN_PROFILES[nameOrFile];
  if (builtin) return builtin;
  let text: string;
  try {
    text = readFileSync(nameOrFile, 'utf8');
  } catch (err) {
    throw new ConfigError(nameOrFile, [
      { path: '', message: `not a built-in profile and cannot read the file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, hint: `built-in profiles: ${Object.keys(BUILTIN_PROFILES).join(', ')}` },
    ]);
  }
  const parsed = parseYamlWithSchema(text, nameOrFile, profileFileSchema);
  return {
    name: parsed.name,
    issue: parsed.issue ?? HERMES_ISSUE,
    patterns: parsed.patterns,
    requirements: parsed.requirements ?? HERMES_REQUIREMENTS,
  };
}
