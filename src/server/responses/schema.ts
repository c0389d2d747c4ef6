import { z } from 'zod';
import { InvalidRequestError } from '../../core/errors.js';
import { formatPath } from '../../core/validate.js';

// The Responses API request body (POST /v1/responses), validated at the boundary. Input items and
// tools are checked one by one (see items.ts, tools.ts) so a 400 names e.g. `input[3].call_id`.

const obj = z.record(z.string(), z.unknown());
const nullable = <T extends z.ZodType>(t: T) => t.nullable().optional();

export const responsesBody = z
  .object({
    model: z.string().min(1),
    input: z.union([z.string(), z.array(obj)]).optional(),
    instructions: nullable(z.string()),
    tools: nullable(z.array(obj)),
    tool_choice: nullable(z.union([z.enum(['none', 'auto', 'required']), obj])),
    parallel_tool_calls: nullable(z.boolean()),
    text: nullable(
      z.object({
        format: nullable(
          z.discriminatedUnion('type', [
            z.object({ type: z.literal('text') }),
            z.object({ type: z.literal('json_object') }),
            z.object({
              type: z.literal('json_schema'),
              name: z.string().min(1),
              schema: obj,
              strict: nullable(z.boolean()),
              description: z.string().optional(),
            }),
          ]),
        ),
        verbosity: nullable(z.enum(['low', 'medium', 'high'])),
      }),
    ),
    max_output_tokens: nullable(z.number().int().positive()),
    temperature: nullable(z.number().min(0).max(2)),
    top_p: nullable(z.number().min(0).max(1)),
    reasoning: nullable(
      z.object({
        effort: nullable(z.enum(['none', 'minimal', 'low', 'medium', 'high', 'xhigh'])),
        summary: nullable(z.enum(['auto', 'concise', 'detailed'])),
        generate_summary: nullable(z.enum(['auto', 'concise', 'detailed'])),
      }),
    ),
    metadata: nullable(z.record(z.string().max(64), z.string().max(512))),
    store: nullable(z.boolean()),
    stream: nullable(z.boolean()),
    stream_options: nullable(obj),
    previous_response_id: nullable(z.string().min(1)),
    truncation: nullable(z.enum(['auto', 'disabled'])),
    user: z.string().optional(),
    safety_identifier: nullable(z.string()),
    prompt_cache_key: nullable(z.string()),
    prompt_cache_retention: nullable(z.string()),
    service_tier: nullable(z.string()),
    include: nullable(z.array(z.string())),
    background: nullable(z.boolean()),
    conversation: nullable(z.unknown()),
    prompt: nullable(z.unknown()),
    max_tool_calls: nullable(z.number().int().positive()),
    top_logprobs: nullable(z.number().int().min(0).max(20)),
  })
  .passthrough();

export type ResponsesBody = z.infer<typeof responsesBody>;
export const KNOWN_KEYS = new Set(Object.keys(responsesBody.shape));

/** Validates one nested value; a problem becomes a 400 whose `param` starts with `at`. */
export function parseAt<S extends z.ZodType>(schema: S, value: unknown, at: string): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const rest = formatPath(issue.path as PropertyKey[]);
  const path = rest ? (rest.startsWith('[') ? `${at}${rest}` : `${at}.${rest}`) : at;
  throw new InvalidRequestError(`${path}: ${issue.message}`, path);
}
