import { z } from 'zod';
import type { ChatRequest } from '../../core/types.js';
import { parseInput } from '../../core/validate.js';
import { toChatRequest } from './to-chat.js';
import { sessionIdOf } from './session.js';
import { deferredRequest } from '../../routing/deferred-request.js';
import type { JsonBody } from '../../core/json-body.js';

// Inbound Anthropic Messages API (what Claude Code and the Anthropic SDK send). Validation checks
// what Switchyard itself reads and lets every other field and block type through untouched: the
// same-format path forwards the body as the client wrote it, so nothing may be lost here.

const cacheControl = z.object({ type: z.string() }).passthrough().optional();
const textBlock = z.object({ type: z.literal('text'), text: z.string(), cache_control: cacheControl }).passthrough();
const imageBlock = z
  .object({
    type: z.literal('image'),
    source: z.object({ type: z.string() }).passthrough(),
    cache_control: cacheControl,
  })
  .passthrough();
const toolUseBlock = z.object({ type: z.literal('tool_use'), id: z.string(), name: z.string(), input: z.unknown(), cache_control: cacheControl }).passthrough();
const anyBlock = z.object({ type: z.string().min(1) }).passthrough();
const toolResultBlock = z
  .object({
    type: z.literal('tool_result'),
    tool_use_id: z.string(),
    content: z.union([z.string(), z.array(anyBlock)]).optional(),
    is_error: z.boolean().optional(),
    cache_control: cacheControl,
  })
  .passthrough();

// Blocks Switchyard reads are checked by shape; any other type (document, thinking, server tool
// use and results, search results, container uploads, types added later) passes as it is.
const KNOWN: Record<string, z.ZodType> = { text: textBlock, image: imageBlock, tool_use: toolUseBlock, tool_result: toolResultBlock };
const block = anyBlock.superRefine((b, ctx) => {
  const schema = KNOWN[b.type];
  if (!schema) return;
  const r = schema.safeParse(b);
  if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ ...issue, code: 'custom', message: issue.message, path: issue.path } as never);
});

const message = z.object({
  role: z.enum(['user', 'assistant', 'system']),
  content: z.union([z.string(), z.array(block)]),
});

const customTool = z.object({ name: z.string().min(1), description: z.string().optional(), input_schema: z.record(z.string(), z.unknown()) }).passthrough();
// Server tools (web_search_20250305, code_execution, bash_20250124...) have a `type` and no schema.
const serverTool = z.object({ type: z.string().min(1), name: z.string().min(1) }).passthrough();

const messagesBody = z
  .object({
    model: z.string().min(1),
    max_tokens: z.number().int().positive(),
    system: z.union([z.string(), z.array(textBlock)]).optional(),
    messages: z.array(message).min(1),
    tools: z.array(z.union([customTool, serverTool])).optional(),
    tool_choice: z
      .object({ type: z.enum(['auto', 'any', 'tool', 'none']), name: z.string().optional(), disable_parallel_tool_use: z.boolean().optional() })
      .passthrough()
      .optional(),
    stop_sequences: z.array(z.string()).optional(),
    temperature: z.number().min(0).max(1).optional(),
    top_p: z.number().min(0).max(1).optional(),
    top_k: z.number().int().optional(),
    stream: z.boolean().optional(),
    metadata: z.object({ user_id: z.string().nullable().optional() }).passthrough().optional(),
    thinking: z.object({ type: z.string(), budget_tokens: z.number().int().optional() }).passthrough().optional(),
    output_config: z.object({ effort: z.string().optional() }).passthrough().optional(),
  })
  .passthrough();

export type MessagesBody = z.infer<typeof messagesBody>;
export type Block = z.infer<typeof anyBlock>;

interface ParsedMessages {
  request: ChatRequest;
  sessionId?: string;
  /** The validated body, every field the client sent included (for the same-format path). */
  body: Record<string, unknown>;
}

export function parseMessagesBody(body: unknown): ParsedMessages {
  const b = parseInput(messagesBody, body);
  return { request: toChatRequest(b), sessionId: sessionIdOf(b.metadata?.user_id), body: body as Record<string, unknown> };
}

// What routing reads, and the shape of the rest down to each message's role and content: bodies
// that fail these get the same 400 naming the field as parseMessagesBody gives them.
const routedHead = messagesBody.pick({ model: true, max_tokens: true, stream: true, metadata: true });
const routedBody = routedHead
  .extend({ messages: z.array(z.object({ role: message.shape.role, content: z.union([z.string(), z.array(z.unknown())]) }).passthrough()).min(1) })
  .passthrough();
const HEAD_KEYS = Object.keys(routedHead.shape);
const ROLES: ReadonlySet<unknown> = new Set(message.shape.role.options);

/**
 * The body checked for what routing reads, and the normalized request deferred until something
 * reads it (src/routing/deferred-request.ts): a body forwarded to an Anthropic upstream as the
 * client sent it is never converted. A scanned body (src/core/json-syntax.ts) is read field by
 * field and stays unparsed when it passes; one that does not is parsed and checked as before, so
 * it gets the same 400.
 */
export function readMessagesBody(json: JsonBody): Omit<ParsedMessages, 'body'> {
  const head = json.isParsed ? undefined : routedHead.safeParse(json.pick(HEAD_KEYS));
  const b = head?.success && messagesRouted(json) ? head.data : parseInput(routedBody, json.value);
  const request = deferredRequest({ model: b.model, ...(b.stream ? { stream: true } : {}) }, () => parseMessagesBody(json.value).request);
  return { request, sessionId: sessionIdOf(b.metadata?.user_id) };
}


/** What routedBody asks of `messages`, read from the scanned bytes: at least one, each an object with a known role and a string or list content. */
function messagesRouted(json: JsonBody): boolean {
  const b = json.bytes;
  const items = json.items('messages');
  if (items === undefined || items.fields.length === 0) return false;
  for (const fields of items.fields) {
    const role = fields?.get('role');
    const content = fields?.get('content');
    if (role === undefined || content === undefined || !ROLES.has(JSON.parse(b.toString('utf8', role[0], role[1])))) return false;
    if (!(b[content[0]] === 0x22 /* " */ || b[content[0]] === 0x5b /* [ */)) return false;
  }
  return true;
}

/** count_tokens takes the same body without max_tokens. */
export function parseCountTokensBody(body: unknown): ParsedMessages {
  const b = parseInput(messagesBody.extend({ max_tokens: z.number().int().positive().optional() }), body);
  return { request: toChatRequest({ ...b, max_tokens: b.max_tokens ?? 1 }), body: body as Record<string, unknown> };
}
