import { newToolCallId } from '../../core/ids.js';
import type { FinishReason, StreamChunk } from '../../core/types.js';
import type { ProviderTarget } from '../types.js';
import { empty, inBandError, malformed } from '../http.js';
import type { Block } from './request.js';
import { finishOf, usageOf } from './response.js';
import { anthropicTextDelta } from '../text-delta.js';

// Anthropic's stream events (message_start, content_block_*, message_delta, message_stop, ping,
// error) -> normalized chunks, one event at a time. Shared by the translated stream and the
// pass-through, which also needs to know which tool call and which phase each event belongs to.

interface MappedEvent {
  chunks: StreamChunk[];
  /** Tool call indexes (0..) this event belongs to. */
  tools?: number[];
  /** The event ends the message (message_delta with the stop reason, message_stop). */
  final?: boolean;
}

export class AnthropicEventMapper {
  // Anthropic numbers content blocks across text and tool_use; tool calls need their own 0.. index.
  readonly #toolIndex = new Map<number, number>();
  #tools = 0;
  #output = false;
  #finish: FinishReason | undefined;
  #usageIn: Record<string, number> = {};
  #outputTokens: number | undefined;
  stopped = false;

  constructor(private readonly target: ProviderTarget) {}

  map(data: string): MappedEvent {
    const t = this.target;
    // Most events of a long answer are text deltas: their text without parsing the event.
    const text = anthropicTextDelta(data);
    if (text !== undefined) {
      if (!text) return { chunks: [] };
      this.#output = true;
      return { chunks: [{ type: 'delta', content: text }] };
    }
    let e: Record<string, unknown>;
    try {
      e = JSON.parse(data) as Record<string, unknown>;
    } catch {
      throw malformed(t, `stream event is not JSON (${JSON.stringify(data.slice(0, 80))})`);
    }
    switch (e.type) {
      case 'message_start': {
        const m = (e.message ?? {}) as Record<string, unknown>;
        this.#usageIn = { ...(m.usage as Record<string, number> | undefined) };
        if (typeof this.#usageIn.output_tokens === 'number') this.#outputTokens = this.#usageIn.output_tokens;
        return { chunks: [{ type: 'meta', model: typeof m.model === 'string' ? m.model : t.model, upstream_id: typeof m.id === 'string' ? m.id : undefined }] };
      }
      case 'content_block_start': {
        const b = (e.content_block ?? {}) as Block;
        const index = e.index as number;
        if (b.type === 'tool_use') {
          const ti = this.#tools++;
          this.#toolIndex.set(index, ti);
          this.#output = true;
          return { chunks: [{ type: 'delta', tool_calls: [{ index: ti, id: typeof b.id === 'string' ? b.id : newToolCallId(), name: String(b.name), arguments: '' }] }], tools: [ti] };
        }
        if (b.type === 'text') {
          this.#output = true; // an empty text block is still an answer starting
          return { chunks: typeof b.text === 'string' && b.text ? [{ type: 'delta', content: b.text }] : [] };
        }
        if (b.type === 'thinking' && typeof b.thinking === 'string' && b.thinking) return { chunks: [{ type: 'delta', reasoning: b.thinking }] };
        if (b.type !== 'thinking' && b.type !== 'redacted_thinking') this.#output = true; // server tool use and results
        return { chunks: [] };
      }
      case 'content_block_delta': {
        const d = (e.delta ?? {}) as Block;
        const ti = this.#toolIndex.get(e.index as number);
        if (d.type === 'text_delta' && typeof d.text === 'string' && d.text) {
          this.#output = true;
          return { chunks: [{ type: 'delta', content: d.text }] };
        }
        if (d.type === 'input_json_delta') {
          if (ti === undefined) return { chunks: [] }; // server tool input: not a client tool call
          return { chunks: typeof d.partial_json === 'string' && d.partial_json ? [{ type: 'delta', tool_calls: [{ index: ti, arguments: d.partial_json }] }] : [], tools: [ti] };
        }
        if (d.type === 'thinking_delta' && typeof d.thinking === 'string' && d.thinking) return { chunks: [{ type: 'delta', reasoning: d.thinking }] };
        return { chunks: [] };
      }
      case 'content_block_stop': {
        const ti = this.#toolIndex.get(e.index as number);
        return ti === undefined ? { chunks: [] } : { chunks: [], tools: [ti] };
      }
      case 'message_delta': {
        const d = (e.delta ?? {}) as Block;
        const chunks: StreamChunk[] = [];
        if (d.stop_reason && !this.#finish) {
          this.#finish = finishOf(d.stop_reason);
          if (!this.#output) throw empty(t);
          chunks.push({ type: 'finish', finish_reason: this.#finish });
        }
        const u = e.usage as Record<string, number> | undefined;
        if (u) {
          if (typeof u.output_tokens === 'number') this.#outputTokens = u.output_tokens;
          // Newer API versions repeat (final) input counts here.
          for (const k of ['input_tokens', 'cache_creation_input_tokens', 'cache_read_input_tokens']) if (typeof u[k] === 'number') this.#usageIn[k] = u[k];
        }
        return { chunks, final: true };
      }
      case 'message_stop':
        this.stopped = true;
        return { chunks: [], final: true };
      case 'error':
        throw inBandError((e.error ?? {}) as Record<string, unknown>, t);
      default:
        return { chunks: [] }; // ping and event types added later
    }
  }

  /** After the last event: the closing chunks, or the error a truncated stream is. */
  end(): StreamChunk[] {
    const t = this.target;
    if (!this.#output) throw empty(t);
    if (!this.stopped) throw malformed(t, 'stream ended before message_stop');
    const out: StreamChunk[] = [];
    if (!this.#finish) out.push({ type: 'finish', finish_reason: this.#tools ? 'tool_calls' : 'stop' });
    const usage = usageOf({ ...this.#usageIn, output_tokens: this.#outputTokens });
    if (usage) out.push({ type: 'usage', usage });
    return out;
  }
}
