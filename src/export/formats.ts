import type { ChatMessage, ToolDefinition } from '../core/types.js';
import type { Example } from '../datasets/example.js';

// One function per output format: Example -> one JSON object (one JSONL line), or null to skip.

export const FORMATS = ['openai-chat', 'openai-dpo', 'sharegpt', 'hf-messages'] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** OpenAI's message shape for training files: no nulls, content omitted beside tool_calls. */
function clean(m: ChatMessage): Record<string, unknown> {
  const out: Record<string, unknown> = { role: m.role };
  if (m.content !== null && m.content !== undefined) out.content = m.content;
  else if (!m.tool_calls?.length) out.content = '';
  if (m.name) out.name = m.name;
  if (m.tool_calls?.length) out.tool_calls = m.tool_calls.map((t) => ({ id: t.id, type: 'function', function: { name: t.function.name, arguments: t.function.arguments } }));
  if (m.tool_call_id) out.tool_call_id = m.tool_call_id;
  return out;
}

const tools = (t: ToolDefinition[] | null) => (t?.length ? { tools: t } : {});

/** OpenAI chat fine-tuning: {messages (ending with the output), tools?}. */
export function openaiChat(e: Example): object | null {
  if (!e.output) return null;
  return { messages: [...e.messages, e.output].map(clean), ...tools(e.tools) };
}

/** OpenAI preference fine-tuning (DPO): needs a preferred and a non-preferred output. */
export function openaiDpo(e: Example): object | null {
  if (!e.output || !e.rejected || JSON.stringify(e.output) === JSON.stringify(e.rejected)) return null;
  return {
    input: { messages: e.messages.map(clean), ...tools(e.tools), parallel_tool_calls: true },
    preferred_output: [clean(e.output)],
    non_preferred_output: [clean(e.rejected)],
  };
}

const text = (c: ChatMessage['content']): string =>
  typeof c === 'string' ? c : Array.isArray(c) ? c.map((p) => ('text' in p && typeof p.text === 'string' ? p.text : '')).join('') : '';

/** ShareGPT (LLaMA-Factory's tool-aware variant): system apart, human/gpt/function_call/observation turns. */
export function shareGpt(e: Example): object | null {
  if (!e.output) return null;
  const conversations: { from: string; value: string }[] = [];
  const system: string[] = [];
  for (const m of [...e.messages, e.output]) {
    if (m.role === 'system' || m.role === 'developer') system.push(text(m.content));
    else if (m.role === 'user') conversations.push({ from: 'human', value: text(m.content) });
    else if (m.role === 'tool') conversations.push({ from: 'observation', value: text(m.content) });
    else if (m.tool_calls?.length) {
      if (text(m.content)) conversations.push({ from: 'gpt', value: text(m.content) });
      for (const t of m.tool_calls) conversations.push({ from: 'function_call', value: JSON.stringify({ name: t.function.name, arguments: parseArgs(t.function.arguments) }) });
    } else conversations.push({ from: 'gpt', value: text(m.content) });
  }
  const out: Record<string, unknown> = { conversations };
  if (system.length) out.system = system.join('\n\n');
  if (e.tools?.length) out.tools = JSON.stringify(e.tools.map((t) => t.function));
  return out;
}

/** Hugging Face `messages` (chat templates): tool call arguments as objects, tools beside. */
export function hfMessages(e: Example): object | null {
  if (!e.output) return null;
  const messages = [...e.messages, e.output].map((m) => {
    const out: Record<string, unknown> = { role: m.role, content: m.content === null ? '' : typeof m.content === 'string' ? m.content : text(m.content) };
    if (m.tool_calls?.length) out.tool_calls = m.tool_calls.map((t) => ({ type: 'function', function: { name: t.function.name, arguments: parseArgs(t.function.arguments) } }));
    if (m.tool_call_id) out.tool_call_id = m.tool_call_id;
    if (m.name) out.name = m.name;
    return out;
  });
  return { messages, ...tools(e.tools) };
}

function parseArgs(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

export const FORMATTERS: Record<ExportFormat, (e: Example) => object | null> = {
  'openai-chat': openaiChat,
  'openai-dpo': openaiDpo,
  sharegpt: shareGpt,
  'hf-messages': hfMessages,
};
