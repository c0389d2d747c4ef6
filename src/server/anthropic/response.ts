import type { ChatResponse, FinishReason, StreamChunk, Usage } from '../../core/types.js';

// ChatResponse / StreamChunk -> Anthropic Messages wire format (JSON and SSE events).

const STOP: Record<FinishReason, string> = { stop: 'end_turn', length: 'max_tokens', tool_calls: 'tool_use', content_filter: 'refusal' };

function parseInput(args: string): unknown {
  try {
    return JSON.parse(args || '{}');
  } catch {
    return { _raw: args };
  }
}

export function renderMessage(r: ChatResponse, id: string, model: string): Record<string, unknown> {
  const content: Record<string, unknown>[] = [];
  if (r.message.content) content.push({ type: 'text', text: r.message.content });
  for (const c of r.message.tool_calls ?? []) content.push({ type: 'tool_use', id: c.id, name: c.function.name, input: parseInput(c.function.arguments) });
  return {
    id,
    type: 'message',
    role: 'assistant',
    model,
    content,
    stop_reason: STOP[r.finish_reason],
    stop_sequence: null,
    usage: anthropicUsage(r.usage),
  };
}

/** Anthropic's usage shape: input_tokens are the uncached ones, cache reads and writes beside them. */
function anthropicUsage(u: Usage | undefined): Record<string, number> {
  const read = u?.cached_input_tokens ?? 0;
  const created = u?.cache_creation_input_tokens ?? 0;
  return {
    input_tokens: Math.max(0, (u?.prompt_tokens ?? 0) - read - created),
    cache_creation_input_tokens: created,
    cache_read_input_tokens: read,
    output_tokens: u?.completion_tokens ?? 0,
  };
}

const event = (type: string, data: Record<string, unknown>) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;

/** Turns normalized chunks into Anthropic's block-structured event stream. */
export class AnthropicStreamWriter {
  #open: { kind: 'text' | 'tool'; index: number; toolIndex?: number } | null = null;
  #next = 0;
  #finish: FinishReason = 'stop';
  #usage?: Usage;

  constructor(private readonly id: string, private readonly model: string) {}

  start(): string {
    return event('message_start', {
      message: { id: this.id, type: 'message', role: 'assistant', model: this.model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 0, output_tokens: 0 } },
    });
  }

  push(chunk: StreamChunk): string {
    let out = '';
    if (chunk.type === 'finish') this.#finish = chunk.finish_reason;
    if (chunk.type === 'usage') this.#usage = chunk.usage;
    if (chunk.type !== 'delta') return out;
    if (chunk.content) {
      if (this.#open?.kind !== 'text') {
        out += this.#close();
        this.#open = { kind: 'text', index: this.#next++ };
        out += event('content_block_start', { index: this.#open.index, content_block: { type: 'text', text: '' } });
      }
      out += event('content_block_delta', { index: this.#open.index, delta: { type: 'text_delta', text: chunk.content } });
    }
    for (const d of chunk.tool_calls ?? []) {
      if (this.#open?.kind !== 'tool' || this.#open.toolIndex !== d.index) {
        out += this.#close();
        this.#open = { kind: 'tool', index: this.#next++, toolIndex: d.index };
        out += event('content_block_start', { index: this.#open.index, content_block: { type: 'tool_use', id: d.id ?? `toolu_${d.index}`, name: d.name ?? '', input: {} } });
      }
      if (d.arguments) out += event('content_block_delta', { index: this.#open.index, delta: { type: 'input_json_delta', partial_json: d.arguments } });
    }
    return out;
  }

  end(): string {
    return (
      this.#close() +
      event('message_delta', { delta: { stop_reason: STOP[this.#finish], stop_sequence: null }, usage: anthropicUsage(this.#usage) }) +
      event('message_stop', {})
    );
  }

  error(type: string, message: string): string {
    return event('error', { error: { type, message } });
  }

  #close(): string {
    if (!this.#open) return '';
    const out = event('content_block_stop', { index: this.#open.index });
    this.#open = null;
    return out;
  }
}
