import { z } from 'zod';
import { assess, type EngineConfig } from './engine.js';
import type { Assessment } from './types.js';

// One JSON line in, one JSON line out: the contract of `switchyard firewall assess --jsonl`
// (and of hook scripts that pipe tool calls through it). A bad line yields an error line that
// names the field; the stream goes on.

const annotationsSchema = z
  .object({ readOnlyHint: z.boolean(), destructiveHint: z.boolean(), idempotentHint: z.boolean(), openWorldHint: z.boolean() })
  .partial();

export const jsonlInputSchema = z.object({
  tool: z.string().min(1),
  args: z.record(z.string(), z.unknown()).default({}),
  annotations: annotationsSchema.optional(),
  context: z
    .object({
      user_message: z.string().optional(),
      user_messages: z.array(z.string()).optional(),
      session_id: z.string().optional(),
      cwd: z.string().optional(),
      mcp_annotations: annotationsSchema.optional().describe("the MCP server's tool annotations from tools/list"),
      session_risk: z
        .object({ active: z.boolean(), since: z.string().optional(), reasons: z.array(z.string()).optional(), acknowledged: z.array(z.string()).optional() })
        .optional(),
    })
    .default({}),
});

export type JsonlInput = z.output<typeof jsonlInputSchema>;

export type JsonlOutput = Assessment | { error: { message: string; field: string | null; line: number } };

export function assessLine(line: string, lineNo: number, config: EngineConfig): JsonlOutput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    return { error: { message: `line is not valid JSON: ${(err as Error).message}`, field: null, line: lineNo } };
  }
  const r = jsonlInputSchema.safeParse(parsed);
  if (!r.success) {
    const issue = r.error.issues[0];
    const field = issue.path.join('.') || null;
    return { error: { message: `${field ?? 'line'}: ${issue.message}`, field, line: lineNo } };
  }
  return assess({ tool: r.data.tool, args: r.data.args, annotations: r.data.annotations }, r.data.context, config);
}
