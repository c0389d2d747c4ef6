import { z } from 'zod';
import { ENV_REF } from './secret.js';
import { firewallConfigSchema } from './firewall-schema.js';
import { metricsConfigSchema } from './metrics-schema.js';
import { limitsConfigSchema } from './limits-schema.js';
import { cacheConfigSchema, routeCacheSchema } from './cache-schema.js';
import { telemetryConfigSchema } from './telemetry-schema.js';
import { customRedactionSchema, pgSchemaName, storageContentSchema } from './privacy-schema.js';
import { demonstrationSchema, examplesSchema } from './optimize-schema.js';

// The shape of switchyard.yaml. Every object is strict: an unknown key is an error that names the
// closest valid key, because a typo in a gateway config silently changes routing.

const envRef = z
  .string()
  .regex(ENV_REF, 'a credential reference of the form env:VAR_NAME (secrets are never written into the config)');

const durationMs = z.number().int().nonnegative();

export const openAiPresets = [
  'openai',
  'openrouter',
  'nous',
  'vllm',
  'ollama',
  'llamacpp',
  'together',
  'groq',
  'deepseek',
  'custom',
] as const;

const openAiProvider = z
  .object({
    type: z.literal('openai'),
    preset: z.enum(openAiPresets).optional().describe('fills base_url and headers for a known OpenAI-compatible server'),
    base_url: z.string().url().optional(),
    api_key: envRef.optional(),
    headers: z.record(z.string(), z.string()).optional(),
    organization: z.string().optional(),
    responses_api: z
      .boolean()
      .optional()
      .describe('the server also serves POST {base_url}/responses: Responses API clients are forwarded to it unchanged (default: true for api.openai.com, false elsewhere)'),
  })
  .strict();

const anthropicProvider = z
  .object({
    type: z.literal('anthropic'),
    base_url: z.string().url().optional(),
    api_key: envRef.optional(),
    version: z.string().optional().describe('anthropic-version header, default 2023-06-01'),
    default_max_tokens: z.number().int().positive().optional(),
    headers: z.record(z.string(), z.string()).optional(),
  })
  .strict();

const geminiProvider = z
  .object({
    type: z.literal('gemini'),
    base_url: z.string().url().optional(),
    api_key: envRef.optional(),
    headers: z.record(z.string(), z.string()).optional(),
  })
  .strict();

const latencySchema = z
  .object({
    distribution: z.enum(['fixed', 'uniform', 'normal', 'lognormal']).default('fixed'),
    mean_ms: z.number().nonnegative().default(0),
    stddev_ms: z.number().nonnegative().default(0),
    min_ms: z.number().nonnegative().default(0),
    max_ms: z.number().nonnegative().optional(),
  })
  .strict();

export const simulatedProvider = z
  .object({
    type: z.literal('simulated'),
    seed: z.number().int().default(42),
    latency: latencySchema.optional(),
    failure_rate: z.number().min(0).max(1).default(0),
    failure_statuses: z.array(z.number().int().min(400).max(599)).nonempty().default([503]),
    stream_chunk_chars: z.number().int().positive().default(16),
    stream_interval_ms: z.number().nonnegative().default(0),
    tool_call_rate: z.number().min(0).max(1).default(1).describe('share of requests offering tools that get a tool call back'),
    wrong_tool_rate: z.number().min(0).max(1).default(0).describe('share of tool calls that name a different offered tool'),
    reply: z.string().optional().describe('fixed reply text; default echoes a summary of the last user message'),
    usd_per_1k_tokens: z.number().nonnegative().default(0),
    embedding_dimensions: z.number().int().positive().max(8192).default(1536).describe('length of the deterministic embedding vectors (a request may ask for fewer with `dimensions`)'),
    example_sensitivity: z.number().min(0).max(1).default(0).describe('chance that a tool call follows the tool of the most similar in-context example (demos of `switchyard optimize`)'),
  })
  .strict();

export const providerSchema = z.discriminatedUnion('type', [
  openAiProvider,
  anthropicProvider,
  geminiProvider,
  simulatedProvider,
]);

export const failureKinds = [
  'rate_limited',
  'server_error',
  'timeout',
  'connection',
  'malformed',
  'empty',
  'context_length',
  'bad_request',
  'auth',
  'circuit_open',
] as const;

export const targetSchema = z
  .object({
    provider: z.string().min(1),
    model: z.string().min(1).describe('the model name the upstream expects'),
    timeout_ms: durationMs.default(120_000),
    ttft_timeout_ms: durationMs.optional().describe('streams only: deadline for the first chunk'),
    idle_timeout_ms: durationMs.default(120_000).describe('streams only: longest gap between chunks (0 = none); a stall before the first chunk falls back, after it ends the stream with a timeout error'),
    max_retries: z.number().int().min(0).max(10).default(1),
    retry_base_ms: durationMs.default(250),
    retry_max_ms: durationMs.default(10_000),
    context_window: z.number().int().positive().optional(),
    params: z.record(z.string(), z.unknown()).optional().describe('request fields forced on this target, e.g. temperature'),
    provider_preferences: z.record(z.string(), z.unknown()).optional().describe('OpenRouter `provider` object'),
    usd_per_1m_input_tokens: z.number().nonnegative().optional(),
    usd_per_1m_output_tokens: z.number().nonnegative().optional(),
    usd_per_1m_cached_input_tokens: z.number().nonnegative().optional().describe('price of prompt-cache reads; default usd_per_1m_input_tokens'),
    usd_per_1m_cache_creation_input_tokens: z.number().nonnegative().optional().describe('price of prompt-cache writes; default usd_per_1m_input_tokens'),
  })
  .strict();

const breakerSchema = z
  .object({
    failure_threshold: z.number().int().positive().default(5),
    window_ms: durationMs.default(60_000),
    cooldown_ms: durationMs.default(30_000),
  })
  .strict();

export const modelSchema = z
  .object({
    targets: z.array(targetSchema).nonempty(),
    fallback_on: z.array(z.enum(failureKinds)).optional().describe('failure kinds that move on to the next target'),
    context_length_fallback: z.boolean().default(true).describe('on a context-length error, try a later target with a larger context_window'),
    breaker: breakerSchema.optional(),
  })
  .strict();

export const cheapRuleSchema = z
  .object({
    max_chars: z.number().int().nonnegative().default(160),
    max_words: z.number().int().nonnegative().default(28),
    max_newlines: z.number().int().nonnegative().default(1),
    strong_on_code: z.boolean().default(true),
    strong_on_urls: z.boolean().default(true),
    strong_on_tool_results: z.boolean().default(true),
    keywords: z.array(z.string()).optional().describe('words that force the strong model; default: the Hermes list'),
  })
  .strict();

export const variantSchema = z
  .object({
    weight: z.number().min(0).max(1),
    model: z.string().min(1),
    system_prompt: z.string().optional(),
    params: z.record(z.string(), z.unknown()).optional(),
    examples: examplesSchema.optional().describe('dynamic in-context examples retrieved per request (switchyard optimize)'),
    demonstrations: z.array(demonstrationSchema).max(32).optional().describe('fixed few-shot demonstrations added to every request'),
  })
  .strict();

export const rolloutSchema = z
  .object({
    candidate: z.string().min(1),
    control: z.string().min(1),
    steps: z.array(z.number().gt(0).max(1)).nonempty().default([0.1, 0.25, 0.5, 1]),
    min_step_duration_ms: durationMs.default(3_600_000),
    min_sessions_per_arm: z.number().int().positive().default(200),
    alpha: z.number().gt(0).lt(1).default(0.05),
    max_error_rate_ratio: z.number().positive().default(1.5),
    max_latency_ratio: z.number().positive().default(1.5),
    error_rate_tolerance: z.number().min(0).max(1).default(0.01).describe('absolute slack on top of max_error_rate_ratio x control (error rates near 0 make a ratio alone meaningless)'),
    srm_alpha: z.number().gt(0).lt(1).default(0.001).describe('sample-ratio-mismatch test level; a mismatch holds the rollout'),
    evaluate_every_ms: durationMs.default(60_000).describe('how often the controller evaluates the rollout'),
    auto: z.boolean().default(true),
  })
  .strict();

export const routeSchema = z
  .object({
    model: z.string().min(1).optional().describe('serve every request with this model'),
    strong: z.string().min(1).optional().describe('cheap-vs-strong: the default model'),
    cheap: z.string().min(1).optional().describe('cheap-vs-strong: the model simple turns go to'),
    cheap_rule: cheapRuleSchema.optional(),
    variants: z.record(z.string(), variantSchema).optional(),
    shadow: z.object({ variant: z.string(), share: z.number().min(0).max(1) }).strict().optional(),
    rollout: rolloutSchema.optional(),
    system_prompt: z.string().optional(),
    firewall: z.enum(['off', 'observe', 'enforce']).optional(),
    storage_content: storageContentSchema.optional().describe('overrides storage.content for this route'),
    cache: routeCacheSchema.optional().describe('response cache for this route (exact match on the normalized request)'),
    description: z.string().optional(),
  })
  .strict()
  .superRefine((route, ctx) => {
    const kinds = [route.model ? 'model' : null, route.strong ? 'strong' : null, route.variants ? 'variants' : null].filter(Boolean);
    if (kinds.length !== 1) {
      ctx.addIssue({ code: 'custom', message: `a route needs exactly one of model, strong (+cheap) or variants; found ${kinds.length ? kinds.join(', ') : 'none'}` });
    }
    if (route.cheap && !route.strong) ctx.addIssue({ code: 'custom', path: ['cheap'], message: 'cheap needs strong beside it' });
    if (route.strong && !route.cheap) ctx.addIssue({ code: 'custom', path: ['strong'], message: 'strong needs cheap beside it (or use model)' });
  });

export const storageSchema = z
  .object({
    kind: z.enum(['sqlite', 'postgres', 'memory']).default('sqlite'),
    path: z.string().default('./.switchyard/switchyard.db').describe('sqlite file'),
    url: envRef.or(z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// URL')).optional().describe('postgres connection URL or env:VAR'),
    pool_size: z.number().int().positive().default(10),
    batch_max_rows: z.number().int().positive().default(500),
    batch_flush_ms: durationMs.default(50),
    batch_flush_max_ms: durationMs.optional().describe('under load (32+ rows queued at batch_flush_ms) a batch waits for more rows up to this age; default 2 x batch_flush_ms, set it to batch_flush_ms to flush at batch_flush_ms always'),
    retention_days: z.number().positive().optional().describe('delete inferences and their data older than this'),
    memory_max_inferences: z.number().int().positive().default(2_000).describe('kind memory: inferences kept; the oldest are deleted with their attempts, feedback and firewall traces beyond it'),
    max_queue_rows: z.number().int().positive().default(10_000).describe('unwritten inferences held in memory while the store cannot write; more spill to spill_path'),
    spill_path: z.string().optional().describe('file for rows beyond max_queue_rows, replayed when the store recovers (default: <path>.spill.jsonl, or ./.switchyard/postgres-<schema>-spill.jsonl)'),
    on_write_failure: z.enum(['serve', 'reject']).default('serve').describe('while the store cannot write: serve (queue, spill, retry) or reject new inferences with 503'),
    sync: z.boolean().default(false).describe('answer an inference only after its row is committed or spilled (closes the SIGKILL window; adds the write latency)'),
    statement_timeout_ms: durationMs.default(10_000).describe('postgres: per-statement deadline (0 = none)'),
    content: storageContentSchema.default('full'),
    redact: z.array(customRedactionSchema).default([]).describe('extra patterns removed from stored content when content is redacted'),
    schema: pgSchemaName.optional().describe('postgres schema for every table (created when missing); default: the env SWITCHYARD_PG_SCHEMA, else the connection default'),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.kind === 'postgres' && !s.url) ctx.addIssue({ code: 'custom', path: ['url'], message: 'postgres storage needs url' });
    if (s.batch_flush_max_ms !== undefined && s.batch_flush_max_ms < s.batch_flush_ms) {
      ctx.addIssue({ code: 'custom', path: ['batch_flush_max_ms'], message: 'batch_flush_max_ms cannot be below batch_flush_ms' });
    }
  });

export const serverSchema = z
  .object({
    host: z.string().default('127.0.0.1'),
    port: z.number().int().min(0).max(65535).default(4000),
    api_keys: z.array(envRef).default([]).describe('gateway keys agents must send as Bearer tokens; empty = open'),
    admin_tokens: z.array(envRef).default([]),
    approver_tokens: z.array(envRef).default([]),
    max_body_bytes: z.number().int().positive().default(20 * 1024 * 1024),
    log_level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    public_url: z.string().url().optional().describe('base URL used in approval links'),
    reader_tokens: z.array(envRef).default([]).describe('tokens that may read stored data (inferences, episodes, datasets); admin tokens also read'),
    metrics_token: envRef.optional().describe('when set, GET /metrics needs this Bearer token'),
    allowed_hosts: z.array(z.string()).default([]).describe('with no api_keys: Host names served besides loopback ones (DNS-rebinding guard)'),
    insecure_no_auth: z.boolean().default(false).describe('allow a non-loopback bind with no api_keys (also --insecure-no-auth)'),
    max_inflight_body_bytes: z.number().int().positive().default(100 * 1024 * 1024).describe('request-body bytes held at once; more get 503 + Retry-After'),
    max_json_depth: z.number().int().positive().default(100).describe('deepest object/array nesting accepted in a JSON body'),
    shutdown_timeout_ms: durationMs.default(20_000).describe('SIGTERM: held tool calls are released at once; in-flight requests get this long before the process exits'),
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    server: serverSchema.default(serverSchema.parse({})),
    storage: storageSchema.default(storageSchema.parse({})),
    providers: z.record(z.string(), providerSchema).default({}),
    models: z.record(z.string(), modelSchema).default({}),
    routes: z.record(z.string(), routeSchema).default({}),
    model_aliases: z
      .record(z.string().min(1), z.string().min(1))
      .default({})
      .describe('other names clients may ask for, mapped onto a route or model; keys may be globs (* and ?): exact names win, then the first matching glob in file order'),
    metrics: metricsConfigSchema.default({}),
    firewall: firewallConfigSchema.default(firewallConfigSchema.parse({})),
    limits: limitsConfigSchema.default(limitsConfigSchema.parse({})),
    cache: cacheConfigSchema.default(cacheConfigSchema.parse({})),
    telemetry: telemetryConfigSchema.default(telemetryConfigSchema.parse({})),
  })
  .strict();

export type RawConfig = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
export type ProviderConfig = z.output<typeof providerSchema>;
export type SimulatedProviderConfig = z.output<typeof simulatedProvider>;
export type TargetConfig = z.output<typeof targetSchema>;
export type ModelConfig = z.output<typeof modelSchema>;
export type RouteConfig = z.output<typeof routeSchema>;
export type CheapRuleConfig = z.output<typeof cheapRuleSchema>;
export type VariantConfig = z.output<typeof variantSchema>;
export type RolloutConfig = z.output<typeof rolloutSchema>;
export type StorageConfig = z.output<typeof storageSchema>;
export type ServerConfig = z.output<typeof serverSchema>;
export type FailureKindName = (typeof failureKinds)[number];
