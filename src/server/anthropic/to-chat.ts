import type { ChatMessage, ChatRequest, ContentPart, ReasoningRequest, ToolCall } from '../../core/types.js';
import type { Block, MessagesBody } from './request.js';

// An Anthropic Messages body -> the normalized ChatRequest, for routing, recording, the firewall
// and targets of other wire formats. What has no normalized form is named in `untranslatable`
// (it still reaches Anthropic targets: they get the client's own body).

const TOP_LEVEL = new Set(['model', 'max_tokens', 'system', 'messages', 'tools', 'tool_choice', 'stop_sequences', 'temperature', 'top_p', 'top_k', 'stream', 'metadata', 'thinking', 'output_config']);
const TOOL_KEYS = new Set(['name', 'description', 'input_schema']);

export function toChatRequest(b: MessagesBody): ChatRequest {
  const lost = new Set<string>();
  const messages: ChatMessage[] = [];
  if (b.system !== undefined) {
    const text = typeof b.system === 'string' ? b.system : b.system.map((t) => noteCache(t, lost).text).join('\n');
    if (text) messages.push({ role: 'system', content: text });
  }
  for (const m of b.messages) {
    if (typeof m.content === 'string') {
      messages.push({ role: m.role, content: m.content });
      continue;
    }
    if (m.role === 'system') messages.push({ role: 'system', content: textOfBlocks(m.content, lost) });
    else if (m.role === 'assistant') messages.push(assistantMessage(m.content, lost));
    else messages.push(...userMessages(m.content, lost));
  }
  const request: ChatRequest = { model: b.model, messages, max_tokens: b.max_tokens };
  const tools = (b.tools ?? []).filter((t): t is Extract<typeof t, { input_schema: unknown }> => {
    const custom = 'input_schema' in t && (t.type === undefined || t.type === 'custom');
    if (!custom) lost.add(`tools: server tool ${String(t.type)}`);
    return custom;
  });
  if (tools.length) {
    request.tools = tools.map((t) => {
      for (const k of Object.keys(t)) if (!TOOL_KEYS.has(k) && k !== 'type') lost.add(`tools[].${k}`);
      return { type: 'function', function: { name: t.name, description: t.description, parameters: t.input_schema } };
    });
  }
  if (b.tool_choice) {
    const tc = b.tool_choice;
    request.tool_choice = tc.type === 'auto' ? 'auto' : tc.type === 'any' ? 'required' : tc.type === 'none' ? 'none' : { type: 'function', function: { name: tc.name ?? '' } };
    if (tc.disable_parallel_tool_use) request.parallel_tool_calls = false;
  }
  if (b.stop_sequences) request.stop = b.stop_sequences;
  if (b.temperature !== undefined) request.temperature = b.temperature;
  if (b.top_p !== undefined) request.top_p = b.top_p;
  if (b.top_k !== undefined) request.top_k = b.top_k;
  if (b.stream) request.stream = true;
  const reasoning = reasoningOf(b);
  if (reasoning) request.reasoning = reasoning;
  for (const k of Object.keys(b)) if (!TOP_LEVEL.has(k)) lost.add(k);
  for (const k of Object.keys(b.output_config ?? {})) if (k !== 'effort') lost.add(`output_config.${k}`);
  if (lost.size) request.untranslatable = [...lost];
  return request;
}

function reasoningOf(b: MessagesBody): ReasoningRequest | undefined {
  const t = b.thinking;
  if (!t || t.type === 'disabled') return undefined;
  if (t.type === 'enabled' && t.budget_tokens) return { budget_tokens: t.budget_tokens };
  const effort = b.output_config?.effort;
  return { effort: effort === 'low' || effort === 'high' || effort === 'minimal' ? effort : 'medium' };
}

function noteCache<T extends Record<string, unknown>>(b: T, lost: Set<string>): T {
  if (b.cache_control !== undefined) lost.add('cache_control');
  return b;
}

function textOfBlocks(blocks: Block[], lost: Set<string>): string {
  return blocks
    .map((c) => {
      noteCache(c, lost);
      if (c.type === 'text') return String(c.text);
      lost.add(`${c.type} blocks`);
      return '';
    })
    .join('\n');
}

function assistantMessage(blocks: Block[], lost: Set<string>): ChatMessage {
  let text = '';
  let reasoning = '';
  const calls: ToolCall[] = [];
  for (const c of blocks) {
    noteCache(c, lost);
    if (c.type === 'text') text += String(c.text);
    else if (c.type === 'tool_use') calls.push({ id: String(c.id), type: 'function', function: { name: String(c.name), arguments: JSON.stringify(c.input ?? {}) } });
    else if (c.type === 'thinking') {
      reasoning += String(c.thinking ?? '');
      lost.add('thinking signatures');
    } else lost.add(`${c.type} blocks`);
  }
  const m: ChatMessage = { role: 'assistant', content: text || null };
  if (calls.length) m.tool_calls = calls;
  if (reasoning) m.reasoning = reasoning;
  return m;
}

/** A user turn: tool results become tool messages first (OpenAI order: right after the assistant turn). */
function userMessages(blocks: Block[], lost: Set<string>): ChatMessage[] {
  const out: ChatMessage[] = [];
  const parts: ContentPart[] = [];
  for (const c of blocks) {
    noteCache(c, lost);
    if (c.type === 'tool_result') {
      const content = typeof c.content === 'string' ? c.content : partsOf((c.content ?? []) as Block[], lost);
      const error = c.is_error === true;
      out.push({ role: 'tool', tool_call_id: String(c.tool_use_id), content: error ? prefixError(content) : content });
    } else {
      const p = partOf(c, lost);
      if (p) parts.push(p);
    }
  }
  if (parts.length) out.push({ role: 'user', content: parts.every((p) => p.type === 'text') ? parts.map((p) => (p as { text: string }).text).join('') : parts });
  return out;
}

function prefixError(content: string | ContentPart[]): string | ContentPart[] {
  if (typeof content === 'string') return `Error: ${content}`;
  return [{ type: 'text', text: 'Error: ' }, ...content];
}

function partsOf(blocks: Block[], lost: Set<string>): string | ContentPart[] {
  const parts = blocks.map((b) => partOf(noteCache(b, lost), lost)).filter((p): p is ContentPart => !!p);
  return parts.every((p) => p.type === 'text') ? parts.map((p) => (p as { text: string }).text).join('') : parts;
}

function partOf(c: Block, lost: Set<string>): ContentPart | undefined {
  if (c.type === 'text') return { type: 'text', text: String(c.text) };
  const src = (c.source ?? {}) as Record<string, unknown>;
  if (c.type === 'image') {
    if (src.type === 'base64') return { type: 'image_url', image_url: { url: `data:${String(src.media_type)};base64,${String(src.data)}` } };
    if (src.type === 'url') return { type: 'image_url', image_url: { url: String(src.url) } };
  }
  if (c.type === 'document') {
    const filename = typeof c.title === 'string' ? c.title : undefined;
    if (src.type === 'base64') return { type: 'file', file: { file_data: `data:${String(src.media_type)};base64,${String(src.data)}`, ...(filename ? { filename } : {}) } };
    if (src.type === 'url') return { type: 'file', file: { url: String(src.url), ...(filename ? { filename } : {}) } };
    if (src.type === 'text') return { type: 'text', text: `${filename ? `${filename}\n\n` : ''}${String(src.data)}` };
  }
  lost.add(`${c.type} blocks${src.type ? ` (source ${String(src.type)})` : ''}`);
  return undefined;
}
