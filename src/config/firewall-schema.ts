import { z } from 'zod';
import { notifyWebhooksSchema } from '../firewall/notify/schema.js';

// The firewall section of switchyard.yaml. Thresholds and tool profiles are tunable; the crisis
// rule (a crisis-sensitive outbound or irreversible call always waits for a human) is not, so
// there is deliberately no key for it here.

const sideEffectClass = z.enum(['read_only', 'local_edit', 'external', 'critical']);

export const declaredToolSchema = z
  .object({
    class: sideEffectClass.describe('what running the tool can change'),
    reversible: z.boolean().default(true),
    outbound: z.boolean().default(false).describe('sends content to people or systems outside this machine'),
    base_risk: z.number().min(0).max(1).optional().describe('default follows the class'),
    kind: z.enum(['shell', 'code', 'read', 'write', 'message', 'web', 'generic']).default('generic'),
    command_arg: z.string().optional().describe('argument holding a shell command (kind: shell)'),
    path_args: z.array(z.string()).default([]).describe('arguments holding file paths'),
    content_args: z.array(z.string()).default([]).describe('arguments holding text sent to people'),
    description: z.string().optional(),
  })
  .strict();

export const firewallThresholdsSchema = z
  .object({
    auto_below: z.number().min(0).max(1).default(0.25).describe('risk below this runs without asking'),
    ask_above: z.number().min(0).max(1).default(0.6).describe('risk above this always asks'),
    min_confidence: z.number().min(0).max(1).default(0.7).describe('between the two, ask when confidence is below this'),
    deny_above: z.number().min(0).max(1).nullable().default(null).describe('risk at or above this is denied outright; null = never'),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.auto_below > t.ask_above) ctx.addIssue({ code: 'custom', path: ['auto_below'], message: 'auto_below must not exceed ask_above' });
  });

export const firewallConfigSchema = z
  .object({
    mode: z.enum(['off', 'observe', 'enforce']).default('observe'),
    thresholds: firewallThresholdsSchema.default(firewallThresholdsSchema.parse({})),
    post_execution_review: z.boolean().default(true).describe('allow run-then-review for low-risk reversible local edits'),
    tools: z.record(z.string(), declaredToolSchema).default({}).describe('profiles for tools the built-in taxonomy does not know'),
    sensitive_paths: z.array(z.string()).default([]).describe('extra path fragments treated as high sensitivity'),
    approvals: z
      .object({
        expire_after_ms: z.number().int().positive().default(10 * 60_000).describe('unanswered approvals turn into deny after this'),
      })
      .strict()
      .default({ expire_after_ms: 10 * 60_000 }),
    store_traces: z.boolean().default(true),
    learned_gate: z
      .boolean()
      .default(true)
      .describe('in-process learned gate layer (hashed-word logistic regression); it can only make a call the rules allow wait for a person, never for read-only tools'),
    warm_up: z
      .boolean()
      .default(true)
      .describe('after the gateway listens, assess a few fixed calls off the request path so the first real ones do not compile the large regexes (about 1 s of CPU, one call per event-loop turn)'),
    notify: notifyWebhooksSchema,
    second_opinion: z
      .object({
        model: z.string().min(1).describe('route or model the judge runs on'),
        timeout_ms: z.number().int().positive().default(10_000),
      })
      .strict()
      .optional()
      .describe('LLM judge for ambiguous calls only; never relaxes crisis or critical verdicts'),
    crisis: z
      .object({
        screen_model: z.string().min(1).optional().describe('route or model that also screens conversations for crisis risk; it can only escalate'),
        screen_timeout_ms: z.number().int().positive().default(3_000).describe('a screen that does not answer in time changes nothing'),
        learned_model: z
          .boolean()
          .default(true)
          .describe('in-process learned crisis layer (hashed n-gram logistic regression); it can only escalate calls that reach a person or cannot be undone'),
      })
      .strict()
      .default({ screen_timeout_ms: 3_000, learned_model: true })
      .describe('optional model screen on top of the built-in crisis screen; the crisis rule itself has no setting'),
  })
  .strict();

export type FirewallConfig = z.output<typeof firewallConfigSchema>;
export type DeclaredTool = z.output<typeof declaredToolSchema>;
export type FirewallThresholds = z.output<typeof firewallThresholdsSchema>;
