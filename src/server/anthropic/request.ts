import { z } from 'zod';
import type { ChatMessage, ChatRequest, ContentPart, ToolCall } from '../../core/types.js';
import { parseInput } from '../../core/validate.js';

// Inbound Anthropic Messages API (what Claude Code and the Anthropic SDK send) -> ChatRequest.

const cacheControl = z.object({ type: z.string() }).passthrough().optional();
const textBlock = z.object({ type: z.literal('text'), text: z.string(), cache_control: cacheControl }).passthrough();
const imageBlock = z
  .object({
    type: z.literal('image'),
    source: z.union([
      z.object({ type: z.literal('base64'), media_type: z.string(), data: z.string() }),
      z.object({ type: z.literal('url'), url: z.string() }),
    ]),
    cache_control: cacheControl,
  })
  .passthrough();
const toolUseBlock = z.object({ type: z.literal('tool_use'), id: z.string(), name: z.string(), input: z.unknown(), cache_control: cacheControl }).passthrough();
const toolResultBlock = z
  .object({
    type: z.literal('tool_result'),
    tool_use_id: z.string(),
    content: z.union([z.string(), z.array(z.union([textBlock, imageBlock]))]).optional(),
    is_error: z.boolean().optional(),
    cache_control: cacheControl,
  })
  .passthrough();
const thinkingBlock = z.object({ type: z.enum(['thinking', 'redacted_thinking']) }).passthrough();
const block = z.discriminatedUnion('type', [textBlock, imageBlock, toolUseBlock, toolResultBlock, thinkingBlock]);

const messagesBody = z
  .object({
    model: z.string().min(1),
    max_tokens: z.number().int().positive(),
    system: z.union([z.string(), z.array(textBlock)]).optional(),
    messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.union([z.string(), z.array(block)]) })).min(1),
    tools: z
      .array(z.object({ name: z.string().min(1), description: z.string().optional(), input_schema: z.record(z.string(), z.unknown()) }).passthrough())
      .optional(),
    tool_choice: z
      .object({ type: z.enum(['auto', 'any', 'tool', 'none']), name: z.string().optional(), disable_parallel_tool_use: z.boolean().optional() })
      .optional(),
    stop_sequences: z.array(z.string()).optional(),
    temperature: z.number().min(0).max(1).optional(),
    top_p: z.number().min(0).max(1).optional(),
    top_k: z.number().int().optional(),
    stream: z.boolean().optional(),
    metadata: z.object({ user_id: z.string().optional() }).passthrough().optional(),
  })
  .passthrough();

export interface ParsedMessages {
  request: ChatRequest;
  sessionId?: string;
}

export function parseMessagesBody(body: unknown): ParsedMessages {
  const b = parseInput(messagesBody, body);
  const messages: ChatMessage[] = [];
  if (b.system) messages.push({ role: 'system', content: typeof b.system === 'string' ? b.system : b.system.map((t) => t.text).join('\n') });
  for (const m of b.messages) {
    if (typeof m.content === 'string') {
      messages.push({ role: m.role, content: m.content });
      continue;
    }
    if (m.role === 'assistant') {
      const text = m.content.filter((c) => c.type === 'text').map((c) => (c as { text: string }).text).join('');
      const calls: ToolCall[] = m.content
        .filter((c): c is z.infer<typeof toolUseBlock> => c.type === 'tool_use')
        .map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: JSON.stringify(c.input ?? {}) } }));
      messages.push({ role: 'assistant', content: text || null, ...(calls.length ? { tool_calls: calls } : {}) });
      continue;
    }
    // A user turn: tool results become tool messages (OpenAI order: right after the assistant turn).
    const parts: ContentPart[] = [];
    for (const c of m.content) {
      if (c.type === 'tool_result') {
        const content = typeof c.content === 'string' ? c.content : (c.content ?? []).map((x) => (x.type === 'text' ? x.text : '[image]')).join('');
        messages.push({ role: 'tool', tool_call_id: c.tool_use_id, content: c.is_error ? `Error: ${content}` : content });
      } else if (c.type === 'text') parts.push({ type: 'text', text: c.text });
      else if (c.type === 'image') {
        const src = c.source;
        parts.push({ type: 'image_url', image_url: { url: src.type === 'url' ? src.url : `data:${src.media_type};base64,${src.data}` } });
      }
    }
    if (parts.length) messages.push({ role: 'user', content: parts.every((p) => p.type === 'text') ? parts.map((p) => (p as { text: string }).text).join('') : parts });
  }
  const request: ChatRequest = { model: b.model, messages, max_tokens: b.max_tokens };
  if (b.tools) request.tools = b.tools.map((t) => ({ type: 'function', function: { name: t.name, description: t.description, parameters: t.input_schema } }));
  if (b.tool_choice) {
    const tc = b.tool_choice;
    request.tool_choice = tc.type === 'auto' ? 'auto' : tc.type === 'any' ? 'required' : tc.type === 'none' ? 'none' : { type: 'function', function: { name: tc.name ?? '' } };
    if (tc.disable_parallel_tool_use) request.parallel_tool_calls = false;
  }
  if (b.stop_sequences) request.stop = b.stop_sequences;
  if (b.temperature !== undefined) request.temperature = b.temperature;
  if (b.top_p !== undefined) request.top_p = b.top_p;
  if (b.stream) request.stream = true;
  // Claude Code puts its session id in metadata.user_id ("..._session_<uuid>").
  const sessionId = /session_([0-9a-f-]{8,})/i.exec(b.metadata?.user_id ?? '')?.[1];
  return { request, sessionId };
}
