import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { InvalidRequestError } from '../core/errors.js';
import type { ChatMessage } from '../core/types.js';
import type { DatapointInput } from '../store/dataset-types.js';

// Datapoints from a JSONL file. Each line is either {messages, tools?, output?, tags?} or an
// OpenAI fine-tuning line ({messages, tools?} whose last assistant message becomes the output).

const messageSchema = z
  .object({
    role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
    content: z.union([z.string(), z.array(z.record(z.string(), z.unknown())), z.null()]).optional(),
    name: z.string().optional(),
    tool_calls: z.array(z.object({ id: z.string(), type: z.literal('function'), function: z.object({ name: z.string(), arguments: z.string() }) })).optional(),
    tool_call_id: z.string().optional(),
  })
  .passthrough();

export const datapointSchema = z.object({
  messages: z.array(messageSchema).min(1),
  tools: z.array(z.object({ type: z.literal('function'), function: z.object({ name: z.string() }).passthrough() })).nullable().optional(),
  output: messageSchema.nullable().optional(),
  tags: z.record(z.string(), z.string()).nullable().optional(),
});

class JsonlLineError extends InvalidRequestError {
  constructor(file: string, lineNo: number, message: string) {
    super(`${file}:${lineNo}: ${message}`, 'file');
  }
}

function parseDatapointLine(text: string, file: string, lineNo: number): DatapointInput {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new JsonlLineError(file, lineNo, `not JSON (${(err as Error).message})`);
  }
  const r = datapointSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new JsonlLineError(file, lineNo, `${issue.path.join('.') || '(line)'}: ${issue.message}`);
  }
  const messages = r.data.messages.map((m) => ({ ...m, content: m.content ?? null }) as ChatMessage);
  let output = (r.data.output ?? null) as ChatMessage | null;
  if (r.data.output === undefined && messages.length > 1 && messages[messages.length - 1].role === 'assistant') output = messages.pop()!;
  return { messages, tools: (r.data.tools ?? null) as DatapointInput['tools'], output, tags: r.data.tags ?? null };
}

/** Reads a JSONL file line by line (blank lines skipped); errors name file and line. */
export async function* readDatapointsJsonl(file: string): AsyncGenerator<DatapointInput> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const text of rl) {
    n++;
    if (text.trim() === '') continue;
    yield parseDatapointLine(text, file, n);
  }
}
