import { textOf, type ChatMessage, type ToolCall } from './types.js';

// In-context examples ("shots"): one user turn and the good answer to it. Routing adds them to a
// request (a system block of <example> elements, or prior user/assistant turns); the simulated
// provider reads them back. One format in one place, so both sides always agree.

export interface Shot {
  input: string;
  output: { content?: string | null; tool_calls?: ToolCall[] };
  /** The stored inference the example came from, when it came from one. */
  source_inference_id?: string;
}

type ShotPlacement = 'system' | 'messages';

const HEADER = 'Examples of good responses to similar requests:';

/** The answer as text: tool calls as JSON, else the reply text. */
export function renderOutput(output: Shot['output']): string {
  if (output.tool_calls?.length) {
    return JSON.stringify({ tool_calls: output.tool_calls.map((c) => ({ name: c.function.name, arguments: parseArgs(c.function.arguments) })) });
  }
  return output.content ?? '';
}

function parseArgs(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const escape = (s: string) => s.replace(/<\/(input|output|example)>/g, '<\\/$1>');

function renderShotsBlock(shots: readonly Shot[]): string {
  return `${HEADER}\n${shots.map((s) => `<example>\n<input>${escape(s.input)}</input>\n<output>${escape(renderOutput(s.output))}</output>\n</example>`).join('\n')}`;
}

/** The messages with the shots added after any leading system/developer messages. */
export function withShots(messages: readonly ChatMessage[], shots: readonly Shot[], as: ShotPlacement): ChatMessage[] {
  if (shots.length === 0) return [...messages];
  let lead = 0;
  while (lead < messages.length && (messages[lead].role === 'system' || messages[lead].role === 'developer')) lead++;
  const added: ChatMessage[] =
    as === 'system'
      ? [{ role: 'system', content: renderShotsBlock(shots) }]
      : shots.flatMap((s): ChatMessage[] => [
          { role: 'user', content: s.input },
          // Text, not real tool_calls: a tool call needs a tool result after it on every wire format.
          { role: 'assistant', content: renderOutput(s.output) },
        ]);
  return [...messages.slice(0, lead), ...added, ...messages.slice(lead)];
}

/** The text a request is matched on: its last user turn. */
export function queryTextOf(messages: readonly ChatMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i].role === 'user') return textOf(messages[i].content);
  return messages.length ? textOf(messages[messages.length - 1].content) : '';
}

interface ParsedShot {
  input: string;
  /** The tool the example's answer called, if any. */
  tool: string | null;
}

const BLOCK = /<example>\s*<input>([\s\S]*?)<\/input>\s*<output>([\s\S]*?)<\/output>\s*<\/example>/g;

function toolOf(outputText: string): string | null {
  try {
    const o = JSON.parse(outputText) as { tool_calls?: { name?: string }[] };
    return o.tool_calls?.[0]?.name ?? null;
  } catch {
    return null;
  }
}

/** Examples found in a request: <example> blocks in system messages and user/assistant pairs before the last user turn. */
export function parseShots(messages: readonly ChatMessage[]): ParsedShot[] {
  const out: ParsedShot[] = [];
  let lastUser = -1;
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i].role === 'user') { lastUser = i; break; }
  messages.forEach((m, i) => {
    if (m.role === 'system' || m.role === 'developer') {
      for (const match of textOf(m.content).matchAll(BLOCK)) out.push({ input: match[1], tool: toolOf(match[2]) });
    } else if (m.role === 'assistant' && i < lastUser && i > 0 && messages[i - 1].role === 'user') {
      const tool = m.tool_calls?.[0]?.function.name ?? toolOf(textOf(m.content));
      out.push({ input: textOf(messages[i - 1].content), tool });
    }
  });
  return out;
}
