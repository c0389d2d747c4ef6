import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../../core/errors.js';
import { parseYamlWithSchema } from '../../config/load.js';

// The shape of an eval file (YAML). Strict objects like the main config: a typo in an evaluator
// silently changing what is measured is worse than an error naming the closest key.

const argPredicate = z
  .object({
    path: z.string().min(1).describe('JSON path into the tool arguments, e.g. $.path or options.flags[0]'),
    equals: z.unknown().optional(),
    contains: z.string().optional(),
    regex: z.string().optional(),
    exists: z.boolean().optional(),
  })
  .strict()
  .refine((p) => ['equals', 'contains', 'regex', 'exists'].some((k) => k in p), { message: 'a predicate needs one of equals, contains, regex or exists' });

export const toolExpectationSchema = z
  .object({
    tool: z.string().min(1).describe('the tool the model should call'),
    args: z.array(argPredicate).default([]),
    /** When several calls come back, pass if any of them matches (default) or demand it be the first. */
    position: z.enum(['any', 'first']).default('any'),
  })
  .strict();

const base = { name: z.string().min(1).optional() };

export const evaluatorSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('exact_match'), expected: z.string().optional(), trim: z.boolean().default(true), case_sensitive: z.boolean().default(true) }).strict(),
  z.object({ ...base, type: z.literal('contains'), value: z.union([z.string(), z.array(z.string()).nonempty()]).optional(), case_sensitive: z.boolean().default(false) }).strict(),
  z.object({ ...base, type: z.literal('regex'), pattern: z.string().min(1), flags: z.string().regex(/^[gimsuy]*$/).default('') }).strict(),
  z.object({ ...base, type: z.literal('json_valid') }).strict(),
  z.object({ ...base, type: z.literal('json_schema'), schema: z.record(z.string(), z.unknown()) }).strict(),
  z.object({ ...base, type: z.literal('tool_call'), expected: toolExpectationSchema.optional().describe('default: the item\'s expected.tool_call'), ignore_args: z.boolean().default(false).describe('check only the tool name') }).strict(),
  z
    .object({
      ...base,
      type: z.literal('llm_judge'),
      route: z.string().min(1).describe('the route or model the judge runs on (through the gateway)'),
      rubric: z.string().min(1),
      pass_threshold: z.number().min(0).max(1).optional().describe('score at or above which the item passes; omit for a float score'),
    })
    .strict(),
  z.object({ ...base, type: z.literal('function'), module: z.string().min(1), export: z.string().default('default') }).strict(),
]);

export const contenderSchema = z
  .object({
    name: z.string().min(1),
    route: z.string().min(1).describe('route or model name requested from the gateway'),
    variant: z.string().optional().describe('force this variant of the route'),
    system_prompt: z.string().optional(),
    template: z.string().optional().describe('user message template; {{input}} and {{var}} from the item\'s vars'),
    vars: z.record(z.string(), z.string()).optional().describe('extra template variables for this contender'),
    params: z.record(z.string(), z.unknown()).optional().describe('request fields, e.g. temperature'),
  })
  .strict();

export const datasetSchema = z
  .object({
    jsonl: z.string().optional().describe('path to a JSONL file, relative to the eval file'),
    stored: z.string().optional().describe('a dataset stored by the gateway'),
    query: z.record(z.string(), z.unknown()).optional().describe('a query over stored inferences'),
    builtin: z.enum(['tool-calling']).optional(),
    limit: z.number().int().positive().optional(),
  })
  .strict()
  .refine((d) => [d.jsonl, d.stored, d.query, d.builtin].filter((x) => x !== undefined).length === 1, {
    message: 'a dataset needs exactly one of jsonl, stored, query or builtin',
  });

const thresholdSchema = z
  .object({
    evaluator: z.string().min(1),
    contender: z.string().optional().describe('default: every contender'),
    min: z.number().min(0).max(1),
  })
  .strict();

export const evalFileSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    dataset: datasetSchema,
    tools: z.array(z.record(z.string(), z.unknown())).optional().describe('tool schemas offered with every item (OpenAI format)'),
    contenders: z.array(contenderSchema).default([]),
    evaluators: z.array(evaluatorSchema).nonempty(),
    repetitions: z.number().int().min(1).max(100).default(1),
    concurrency: z.number().int().min(1).max(256).default(4),
    retries: z.number().int().min(0).max(10).default(2),
    seed: z.number().int().default(1),
    confidence: z.number().gt(0.5).lt(1).default(0.95),
    thresholds: z.array(thresholdSchema).default([]),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.evaluators.forEach((e, i) => {
      const name = e.name ?? e.type;
      if (seen.has(name)) ctx.addIssue({ code: 'custom', path: ['evaluators', i, 'name'], message: `evaluator name "${name}" is used twice; give each a distinct name` });
      seen.add(name);
    });
    const names = new Set<string>();
    f.contenders.forEach((c, i) => {
      if (names.has(c.name)) ctx.addIssue({ code: 'custom', path: ['contenders', i, 'name'], message: `contender name "${c.name}" is used twice` });
      names.add(c.name);
    });
  });

export type EvalFile = z.output<typeof evalFileSchema>;
export type EvaluatorConfig = z.output<typeof evaluatorSchema>;
export type ContenderSpec = z.output<typeof contenderSchema>;
export type DatasetSpec = z.output<typeof datasetSchema>;
export type ToolExpectation = z.output<typeof toolExpectationSchema>;
export type ArgPredicate = z.output<typeof argPredicate>;

export function evaluatorName(e: EvaluatorConfig): string {
  return e.name ?? e.type;
}

export function parseEvalText(text: string, file: string): EvalFile {
  return parseYamlWithSchema(text, file, evalFileSchema);
}

export function loadEvalFile(file: string): EvalFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(file, [{ path: '', message: `cannot read eval file: ${(err as NodeJS.ErrnoException).code ?? String(err)}` }]);
  }
  return parseEvalText(text, file);
}
