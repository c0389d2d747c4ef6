import { z } from 'zod';

// Variant options written by `switchyard optimize`: dynamic in-context examples retrieved per
// request from feedback-filtered stored inferences, and fixed demonstrations chosen offline.

const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO-8601 time');

export const exampleSourceSchema = z
  .object({
    route: z.string().min(1).optional().describe('route whose stored inferences are the examples; default: this route'),
    metric: z.string().min(1).describe('feedback metric that marks a good example'),
    value: z.union([z.boolean(), z.number()]).optional().describe('required metric value (default true; for float metrics use min)'),
    min: z.number().optional().describe('float metrics: the lowest value that counts as good'),
    since: iso.optional().describe('only inferences created at or after this time'),
  })
  .strict()
  .refine((s) => !(s.value !== undefined && s.min !== undefined), { message: 'give value or min, not both' });

export const examplesSchema = z
  .object({
    source: exampleSourceSchema,
    k: z.number().int().min(1).max(32).default(4).describe('examples added to each request'),
    similarity: z.enum(['bm25', 'embeddings']).default('bm25').describe('lexical BM25, or cosine over vectors from embedding_model'),
    embedding_model: z.string().min(1).optional().describe('a route or model that serves /v1/embeddings (needed for similarity: embeddings)'),
    as: z.enum(['system', 'messages']).default('system').describe('a system block of <example>s, or prior user/assistant turns'),
    max_pool: z.number().int().positive().default(200_000).describe('most examples held in memory (newest kept)'),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.similarity === 'embeddings' && !e.embedding_model) ctx.addIssue({ code: 'custom', path: ['embedding_model'], message: 'similarity: embeddings needs embedding_model' });
  });

const toolCallSchema = z.object({ id: z.string(), type: z.literal('function'), function: z.object({ name: z.string(), arguments: z.string() }).strict() }).strict();

export const demonstrationSchema = z
  .object({
    input: z.string().describe('the user turn'),
    output: z
      .object({ content: z.string().nullable().optional(), tool_calls: z.array(toolCallSchema).optional() })
      .strict()
      .refine((o) => o.content != null || (o.tool_calls?.length ?? 0) > 0, { message: 'an output needs content or tool_calls' }),
    source_inference_id: z.string().optional(),
  })
  .strict();

export type ExamplesConfig = z.output<typeof examplesSchema>;
export type ExampleSourceConfig = z.output<typeof exampleSourceSchema>;
export type DemonstrationConfig = z.output<typeof demonstrationSchema>;
