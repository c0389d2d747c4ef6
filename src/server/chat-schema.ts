import { z } from 'zod';
import { InvalidRequestError } from '../core/errors.js';
import type { ChatRequest } from '../core/types.js';
import { parseInput } from '../core/validate.js';

// The OpenAI Chat Completions request body, validated at the boundary. Known fields are typed;
// unknown top-level fields are kept in `extra` and passed to OpenAI-compatible upstreams.

const textPart = z.object({ type: z.literal('text'), text: z.string() }).passthrough();
const imagePart = z
  .object({ type: z.literal('image_url'), image_url: z.object({ url: z.string(), detail: z.enum(['auto', 'low', 'high']).optional() }) })
  .passthrough();
const filePart = z
  .object({ type: z.literal('file'), file: z.object({ file_data: z.string().optional(), file_id: z.string().optional(), filename: z.string().optional() }).passthrough() })
  .passthrough();
// Parts Switchyard does not read (input_audio, types added later) pass through to OpenAI-compatible targets.
const otherPart = z.object({ type: z.string().min(1) }).passthrough();
const part = z.union([z.discriminatedUnion('type', [textPart, imagePart, filePart]), otherPart]);
const content = z.union([z.string(), z.array(part), z.null()]);

const toolCall = z.object({
  id: z.string(),
  type: z.literal('function'),
  function: z.object({ name: z.string().min(1), arguments: z.string() }),
});

export const chatMessage = z.discriminatedUnion('role', [
  z.object({ role: z.literal('system'), content, name: z.string().optional() }),
  z.object({ role: z.literal('developer'), content, name: z.string().optional() }),
  z.object({ role: z.literal('user'), content, name: z.string().optional() }),
  z.object({
    role: z.literal('assistant'),
    content: content.optional(),
    name: z.string().optional(),
    tool_calls: z.array(toolCall).optional(),
    refusal: z.string().nullable().optional(),
    reasoning: z.string().optional(),
  }),
  z.object({ role: z.literal('tool'), content, tool_call_id: z.string().min(1), name: z.string().optional() }),
]);

/** A list of messages (the body's own has at least one). */
export const chatMessages = z.array(chatMessage);

const tool = z.object({
  type: z.literal('function'),
  function: z.object({
    name: z.string().regex(/^[a-zA-Z0-9_.:-]{1,128}$/, 'tool names are 1-128 letters, digits, _ . : -'),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
    strict: z.boolean().nullable().optional(),
  }),
});

const known = {
  model: z.string().min(1),
  messages: chatMessages.min(1),
  tools: z.array(tool).optional(),
  tool_choice: z
    .union([z.enum(['none', 'auto', 'required']), z.object({ type: z.literal('function'), function: z.object({ name: z.string() }) })])
    .optional(),
  parallel_tool_calls: z.boolean().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
  top_p: z.number().min(0).max(1).nullable().optional(),
  max_tokens: z.number().int().positive().nullable().optional(),
  max_completion_tokens: z.number().int().positive().nullable().optional(),
  stop: z.union([z.string(), z.array(z.string()).max(4)]).nullable().optional(),
  response_format: z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('text') }),
      z.object({ type: z.literal('json_object') }),
      z.object({
        type: z.literal('json_schema'),
        json_schema: z.object({ name: z.string(), schema: z.record(z.string(), z.unknown()).optional(), strict: z.boolean().nullable().optional(), description: z.string().optional() }),
      }),
    ])
    .optional(),
  seed: z.number().int().nullable().optional(),
  presence_penalty: z.number().min(-2).max(2).nullable().optional(),
  frequency_penalty: z.number().min(-2).max(2).nullable().optional(),
  user: z.string().optional(),
  n: z.literal(1, { message: 'only n=1 is supported' }).nullable().optional(),
  stream: z.boolean().nullable().optional(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullable().optional(),
  metadata: z.record(z.string(), z.string()).nullable().optional(),
  reasoning_effort: z.enum(['minimal', 'low', 'medium', 'high']).nullable().optional(),
};
const chatBody = z.object(known).passthrough();
const KNOWN_KEYS = new Set(Object.keys(known));
/** The body's schema but for its messages' own (chatMessage): each checked on its own, the body passes exactly when both do. */
export const chatBodyAroundMessages = chatBody.extend({ messages: z.array(z.unknown()).min(1) });
export type ChatBody = z.output<typeof chatBody>;

interface ParsedChat {
  request: ChatRequest;
  metadata?: Record<string, string>;
  /** The body as the client sent it (for the same-format path). */
  body: Record<string, unknown>;
}

const PARTS = new Set(['text', 'image_url', 'file']);

export function parseChatBody(body: unknown): ParsedChat {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InvalidRequestError('request body must be a JSON object', 'body');
  }
  return chatRequestOf(parseInput(chatBody, body), body as Record<string, unknown>);
}

/** The request of a validated body (`body`: the value it was validated from). */
export function chatRequestOf(b: ChatBody, body: Record<string, unknown>): ParsedChat {
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(b)) if (!KNOWN_KEYS.has(k)) extra[k] = v;
  const lost = new Set<string>();
  const request: ChatRequest = {
    model: b.model,
    messages: b.messages.map((m) => {
      const c = m.content ?? null;
      if (!Array.isArray(c)) return { ...m, content: c };
      const kept = c.filter((p) => PARTS.has(p.type) || (lost.add(`${p.type} content parts`), false));
      return { ...m, content: kept };
    }) as ChatRequest['messages'],
  };
  if (b.reasoning_effort) request.reasoning = { effort: b.reasoning_effort };
  if (b.tools) request.tools = b.tools as ChatRequest['tools'];
  if (b.tool_choice) request.tool_choice = b.tool_choice;
  if (b.parallel_tool_calls !== undefined) request.parallel_tool_calls = b.parallel_tool_calls;
  if (b.temperature != null) request.temperature = b.temperature;
  if (b.top_p != null) request.top_p = b.top_p;
  const maxTokens = b.max_completion_tokens ?? b.max_tokens;
  if (maxTokens != null) request.max_tokens = maxTokens;
  if (b.stop != null) request.stop = b.stop;
  if (b.response_format) request.response_format = b.response_format as ChatRequest['response_format'];
  if (b.seed != null) request.seed = b.seed;
  if (b.presence_penalty != null) request.presence_penalty = b.presence_penalty;
  if (b.frequency_penalty != null) request.frequency_penalty = b.frequency_penalty;
  if (b.user) request.user = b.user;
  if (b.stream) request.stream = true;
  if (b.stream_options) request.stream_options = { include_usage: b.stream_options.include_usage };
  if (Object.keys(extra).length) request.extra = extra;
  if (lost.size) request.untranslatable = [...lost];
  return { request, metadata: b.metadata ?? undefined, body };
}
