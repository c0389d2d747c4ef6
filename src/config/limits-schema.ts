import { z } from 'zod';
import type { ConfigIssue } from '../core/errors.js';
import { ENV_REF } from './secret.js';

// `limits:` in switchyard.yaml: rate limits and spend budgets per gateway key, route and model.
// The counting lives in src/limits/; this is the shape and its cross-reference checks.

const selector = (what: string) =>
  z.string().min(1).optional().describe(`${what}, or "*" for each ${what.split(' ')[1]} separately; omitted: all together`);

const limitMatchSchema = z
  .object({
    key: selector('a gateway key (its env:VAR reference in server.api_keys, or "anonymous")'),
    route: selector('a route name'),
    model: selector('a model name (the model after routing)'),
  })
  .strict();

export const limitRuleSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, '1-64 letters, digits, "_", "." or "-" (the name appears in 429s and headers)'),
    match: limitMatchSchema.default({}),
    requests_per_minute: z.number().int().positive().optional(),
    tokens_per_minute: z.number().int().positive().optional().describe('prompt + completion tokens; an estimate is reserved up front and corrected from the usage'),
    usd_per_day: z.number().positive().optional().describe('spend per UTC day, from the targets\' prices'),
    usd_per_month: z.number().positive().optional().describe('spend per UTC calendar month'),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.requests_per_minute === undefined && r.tokens_per_minute === undefined && r.usd_per_day === undefined && r.usd_per_month === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a limit rule needs at least one of requests_per_minute, tokens_per_minute, usd_per_day, usd_per_month' });
    }
  });

export const limitsConfigSchema = z
  .object({
    store: z.enum(['memory', 'redis']).default('memory').describe('memory: exact on one replica; redis: shared by every replica'),
    redis_url: z
      .string()
      .regex(ENV_REF, 'env:VAR_NAME')
      .or(z.string().regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL'))
      .optional()
      .describe('redis://host:port/db or env:VAR'),
    key_prefix: z.string().min(1).default('switchyard:limits:').describe('prefix of every Redis key (replicas sharing limits use the same one)'),
    on_store_error: z.enum(['allow', 'deny']).default('allow').describe('when Redis cannot be reached: let requests through (logged, counted) or refuse them with 503'),
    store_timeout_ms: z.number().int().positive().default(1000).describe("a Redis call slower than this counts as a store error"),
    output_tokens_estimate: z.number().int().nonnegative().default(512).describe('tokens_per_minute: output tokens reserved up front (less when max_tokens is smaller)'),
    rules: z.array(limitRuleSchema).default([]),
  })
  .strict()
  .superRefine((l, ctx) => {
    if (l.store === 'redis' && !l.redis_url) ctx.addIssue({ code: 'custom', path: ['redis_url'], message: 'store: redis needs redis_url' });
    const seen = new Set<string>();
    l.rules.forEach((r, i) => {
      if (seen.has(r.name)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'name'], message: `duplicate rule name "${r.name}"` });
      seen.add(r.name);
    });
  });

export type LimitsConfig = z.output<typeof limitsConfigSchema>;
export type LimitRule = z.output<typeof limitRuleSchema>;

/** Rules must name keys, routes and models that exist (a typo would silently limit nothing). */
export function checkLimitReferences(
  limits: LimitsConfig,
  known: { keys: string[]; routes: string[]; models: string[] },
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  limits.rules.forEach((rule, i) => {
    const check = (field: 'key' | 'route' | 'model', value: string | undefined, valid: string[]) => {
      if (value === undefined || value === '*' || valid.includes(value)) return;
      issues.push({ path: `limits.rules[${i}].match.${field}`, message: `unknown ${field} "${value}"`, hint: `use "*" or one of: ${valid.join(', ') || 'none'}` });
    };
    check('key', rule.match.key, ['anonymous', ...known.keys]);
    check('route', rule.match.route, known.routes);
    check('model', rule.match.model, known.models);
  });
  return issues;
}
