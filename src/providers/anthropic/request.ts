import { textOf, type ChatMessage, type ChatRequest, type ContentPart, type ReasoningRequest } from '../../core/types.js';
import type { ProviderTarget } from '../types.js';
import { applyParams, jsonInstruction, parseDataUrl } from '../params.js';

// ChatRequest -> Anthropic Messages body (the translated path; Anthropic clients are forwarded
// as they are). Leading system messages become `system`; later ones stay `role: "system"`
// messages where they were. Assistant tool calls become tool_use blocks and tool messages
// tool_result blocks (images and documents included) in a user turn.

export type Block = Record<string, unknown>;
interface WireMessage {
  role: 'user' | 'assistant' | 'system';
  content: string | Block[];
}

/** Thinking budgets for an effort level, for clients that ask by effort (OpenAI reasoning_effort). */
const EFFORT_BUDGET = { minimal: 1024, low: 2048, medium: 8192, high: 24576 } as const;

export function buildAnthropicBody(target: ProviderTarget, original: ChatRequest, defaultMaxTokens: number, stream: boolean): Record<string, unknown> {
  const { request, native } = applyParams(original, target.params);
  const system: string[] = [];
  const messages: WireMessage[] = [];
  for (const m of request.messages) {
    if (m.role === 'system' || m.role === 'developer') {
      const t = textOf(m.content);
      if (!t) continue;
      if (messages.length === 0) system.push(t);
      else messages.push({ role: 'system', content: t });
      continue;
    }
    const turn = toWire(m);
    if (!turn) continue;
    const prev = messages[messages.length - 1];
    // Parallel tool results must share one user turn; other same-role neighbours merge the same way.
    if (prev && prev.role === turn.role) prev.content = [...asBlocks(prev.content), ...asBlocks(turn.content)];
    else messages.push(turn);
  }
  const json = jsonInstruction(request);
  if (json) system.push(json);

  const body: Record<string, unknown> = { model: target.model, max_tokens: request.max_tokens ?? defaultMaxTokens, messages };
  if (system.length) body.system = system.join('\n\n');
  if (request.temperature !== undefined) body.temperature = Math.min(request.temperature, 1); // Anthropic's range is 0..1
  if (request.top_p !== undefined) body.top_p = request.top_p;
  if (request.top_k !== undefined) body.top_k = request.top_k;
  if (request.stop !== undefined) body.stop_sequences = Array.isArray(request.stop) ? request.stop : [request.stop];
  if (request.user) body.metadata = { user_id: request.user };
  if (request.tools?.length) {
    body.tools = request.tools.map((t) => ({
      name: t.function.name,
      ...(t.function.description ? { description: t.function.description } : {}),
      input_schema: t.function.parameters ?? { type: 'object', properties: {} },
    }));
    const choice = toolChoice(request);
    if (choice) body.tool_choice = choice;
  }
  if (request.reasoning) applyThinking(body, request.reasoning);
  if (native) Object.assign(body, native);
  if (stream) body.stream = true;
  return body;
}

function applyThinking(body: Record<string, unknown>, r: ReasoningRequest): void {
  const budget = Math.max(1024, r.budget_tokens ?? EFFORT_BUDGET[r.effort ?? 'medium']);
  body.thinking = { type: 'enabled', budget_tokens: budget };
  // The budget must fit under max_tokens, and thinking runs at the default sampling settings.
  if ((body.max_tokens as number) <= budget) body.max_tokens = budget + 1024;
  delete body.temperature;
  delete body.top_k;
}

/** What a ChatRequest holds that this wire format cannot take (recorded, never silently lost). */
export function anthropicTranslationLoss(request: ChatRequest): string[] {
  const lost: string[] = [];
  if (request.seed !== undefined) lost.push('seed');
  if (request.presence_penalty !== undefined) lost.push('presence_penalty');
  if (request.frequency_penalty !== undefined) lost.push('frequency_penalty');
  if (request.messages.some((m) => m.role === 'assistant' && m.reasoning)) lost.push('assistant reasoning (unsigned; Anthropic needs signed thinking blocks)');
  for (const m of request.messages) {
    if (Array.isArray(m.content) && m.content.some((p) => p.type === 'file' && !p.file.file_data && !p.file.url)) lost.push('file_id documents');
  }
  for (const k of Object.keys(request.extra ?? {})) lost.push(k);
  return [...new Set(lost)];
}

function toolChoice(request: ChatRequest): Block | undefined {
  const c = request.tool_choice;
  let out: Block | undefined;
  if (c === 'none') return { type: 'none' };
  if (c === 'required') out = { type: 'any' };
  else if (typeof c === 'object') out = { type: 'tool', name: c.function.name };
  else if (c === 'auto') out = { type: 'auto' };
  if (request.parallel_tool_calls === false) out = { ...(out ?? { type: 'auto' }), disable_parallel_tool_use: true };
  return out;
}

function asBlocks(content: string | Block[]): Block[] {
  return typeof content === 'string' ? [{ type: 'text', text: content }] : content;
}

function partToBlock(p: ContentPart): Block | undefined {
  if (p.type === 'text') return p.text ? { type: 'text', text: p.text } : undefined;
  if (p.type === 'file') {
    const data = p.file.file_data ? parseDataUrl(p.file.file_data) : undefined;
    const title = p.file.filename ? { title: p.file.filename } : {};
    if (data) return { type: 'document', source: { type: 'base64', media_type: data.mediaType, data: data.data }, ...title };
    if (p.file.url) return { type: 'document', source: { type: 'url', url: p.file.url }, ...title };
    return undefined;
  }
  const data = parseDataUrl(p.image_url.url);
  return data
    ? { type: 'image', source: { type: 'base64', media_type: data.mediaType, data: data.data } }
    : { type: 'image', source: { type: 'url', url: p.image_url.url } };
}

function blocksOf(content: ChatMessage['content']): Block[] {
  if (content == null) return [];
  if (typeof content === 'string') return content ? [{ type: 'text', text: content }] : [];
  return content.map(partToBlock).filter((b): b is Block => !!b);
}

function toWire(m: ChatMessage): WireMessage | undefined {
  if (m.role === 'tool') {
    const content = typeof m.content === 'string' || m.content == null ? (m.content ?? '') : blocksOf(m.content);
    return { role: 'user', content: [{ type: 'tool_result', tool_use_id: m.tool_call_id ?? '', content }] };
  }
  if (m.role === 'user') {
    if (typeof m.content === 'string' || m.content == null) return { role: 'user', content: m.content ?? '' };
    return { role: 'user', content: blocksOf(m.content) };
  }
  // assistant
  const blocks = blocksOf(m.content);
  for (const tc of m.tool_calls ?? []) blocks.push({ type: 'tool_use', id: tc.id, name: tc.function.name, input: parseArgs(tc.function.arguments) });
  if (!blocks.length) return undefined; // Anthropic rejects empty assistant turns
  if (blocks.length === 1 && blocks[0].type === 'text' && !m.tool_calls?.length) return { role: 'assistant', content: blocks[0].text as string };
  return { role: 'assistant', content: blocks };
}

function parseArgs(args: string): unknown {
  if (!args) return {};
  try {
    const v = JSON.parse(args) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? v : { value: v };
  } catch {
    // A model's broken arguments still have to go back as an object; keep the text visible.
    return { _raw_arguments: args };
  }
}
