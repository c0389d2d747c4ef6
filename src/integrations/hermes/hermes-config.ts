import { z } from 'zod';

// The routing-related parts of a Hermes config.yaml (hermes_cli/config.py DEFAULT_CONFIG and the
// keys run_agent.py / cli.py / gateway/run.py read). Sections whose whole key set Hermes defines
// (smart_model_routing, provider_routing, fallback entries) are strict, so a typo is an error that
// names the closest key; open-ended sections (model, auxiliary.<task>, delegation) accept extra keys
// and the migration report lists them. Every other top-level section is not about routing.

const boolish = z
  .union([z.boolean(), z.enum(['true', 'false', 'yes', 'no', 'on', 'off', '1', '0', 'True', 'False'])])
  .transform((v) => (typeof v === 'boolean' ? v : ['true', 'yes', 'on', '1', 'True'].includes(v)));

const intish = z
  .union([z.number().int().nonnegative(), z.string().regex(/^\d+$/, 'a whole number')])
  .transform((v) => (typeof v === 'number' ? v : Number.parseInt(v, 10)));

const baseUrl = z.union([z.literal(''), z.string().url('an http(s) URL')]).nullish();
const envVarName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name such as MY_API_KEY');
const optStr = z.string().nullish();
const optEnvVar = z.union([z.literal(''), envVarName]).nullish();

/** `{provider, model, base_url?, api_key_env?}`: fallback_providers entries, fallback_model, cheap_model. */
export const hermesTargetSchema = z
  .object({
    provider: optStr,
    model: optStr,
    base_url: baseUrl,
    api_key_env: optEnvVar,
    key_env: optEnvVar.describe('alias of api_key_env (hermes_cli/fallback_config.py)'),
    api_key: optStr,
    api_mode: optStr,
    context_length: z.number().int().positive().nullish(),
    free: boolish.nullish().describe('free-tier ladder entry'),
  })
  .strict();

const hermesModelSchema = z.union([
  z.string(),
  z
    .object({
      default: optStr,
      model: optStr.describe('alias of default'),
      provider: optStr,
      base_url: baseUrl,
      api_key: optStr,
      api_key_env: optEnvVar,
      api_mode: optStr,
      context_length: z.number().int().positive().nullish(),
    })
    .loose(),
]);

const hermesSmartRoutingSchema = z
  .object({
    enabled: boolish.nullish(),
    max_simple_chars: intish.nullish(),
    max_simple_words: intish.nullish(),
    cheap_model: hermesTargetSchema.nullish(),
  })
  .strict();

const hermesProviderRoutingSchema = z
  .object({
    sort: z.enum(['price', 'throughput', 'latency']).nullish(),
    only: z.array(z.string()).nullish(),
    ignore: z.array(z.string()).nullish(),
    order: z.array(z.string()).nullish(),
    require_parameters: boolish.nullish(),
    data_collection: z.enum(['allow', 'deny']).nullish(),
    allow_fallbacks: boolish.nullish(),
    quantizations: z.array(z.string()).nullish(),
    max_price: z.record(z.string(), z.number()).nullish(),
  })
  .strict();

/** The endpoint keys an auxiliary task and delegation (subagents) both take. */
const endpointKeys = { provider: optStr, model: optStr, base_url: baseUrl, api_key: optStr, api_key_env: optEnvVar };

const hermesAuxTaskSchema = z
  .object({
    ...endpointKeys,
    timeout: z.number().positive().nullish(),
  })
  .loose();

const hermesDelegationSchema = z
  .object({
    ...endpointKeys,
    fallback_providers: z.array(hermesTargetSchema).nullish().describe('the subagents\' own chain; [] disables fallback'),
  })
  .loose();

const hermesCustomProviderSchema = z
  .object({
    name: z.string().min(1),
    base_url: z.string().url('an http(s) URL'),
    api_key: optStr,
    api_key_env: optEnvVar,
    api_mode: optStr,
    model: optStr,
  })
  .loose();

export const hermesConfigSchema = z
  .object({
    model: hermesModelSchema.nullish(),
    provider_routing: hermesProviderRoutingSchema.nullish(),
    fallback_providers: z.array(hermesTargetSchema).nullish(),
    fallback_model: z.union([hermesTargetSchema, z.array(hermesTargetSchema)]).nullish(),
    smart_model_routing: hermesSmartRoutingSchema.nullish(),
    auxiliary: z.record(z.string(), hermesAuxTaskSchema.nullish()).nullish(),
    delegation: hermesDelegationSchema.nullish(),
    cron: z
      .object({ model: optStr, model_provider: optStr, provider: optStr, base_url: baseUrl, fallback_providers: z.array(hermesTargetSchema).nullish() })
      .loose()
      .nullish(),
    custom_providers: z.array(hermesCustomProviderSchema).nullish(),
    compression: z
      .object({ summary_model: optStr, summary_provider: optStr, summary_base_url: baseUrl })
      .loose()
      .nullish(),
  })
  .loose();

export type HermesConfig = z.output<typeof hermesConfigSchema>;
export type HermesTarget = z.output<typeof hermesTargetSchema>;

/** Top-level keys this migration reads; anything else in config.yaml is not about model routing. */
export const ROUTING_KEYS = new Set(Object.keys(hermesConfigSchema.shape));
