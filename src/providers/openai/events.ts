import type { StreamChunk, ToolCallDelta, Usage } from '../../core/types.js';
import type { ProviderTarget } from '../types.js';
import { empty, inBandError, malformed } from '../http.js';
import { contentText, finishOf, reasoningOf, usageOf } from './response.js';
import { chatTextDelta } from '../text-delta.js';
import { chatFinishReason, chatFirstChunk, chatUsage } from './chat-chunks.js';

// Chat Completions stream chunks -> normalized chunks, one `data:` event at a time. Shared by the
// translated stream and the pass-through, which also needs each event's tool calls and phase.

interface MappedEvent {
  chunks: StreamChunk[];
  tools?: number[];
  final?: boolean;
  /** The event only reports usage (choices: []), or is the [DONE] marker. */
  usageOnly?: boolean;
}

export class OpenAiEventMapper {
  #metaSent = false;
  #finished = false;
  done = false;
  #output = false;
  #sawTools = false;
  #usage: Usage | undefined;

  constructor(private readonly target: ProviderTarget) {}

  map(data: string): MappedEvent {
    const t = this.target;
    if (data === '[DONE]') {
      this.done = true;
      return { chunks: [], final: true };
    }
    const known = this.#metaSent ? this.#later(data) : this.#first(data);
    if (known) return known;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(data) as Record<string, unknown>;
    } catch {
      throw malformed(t, `stream event is not JSON (${JSON.stringify(data.slice(0, 80))})`);
    }
    if (obj.error) throw inBandError(obj.error as Record<string, unknown>, t);
    const out: MappedEvent = { chunks: [] };
    if (!this.#metaSent) out.chunks.push(this.#meta(typeof obj.model === 'string' ? obj.model : t.model, typeof obj.id === 'string' ? obj.id : undefined));
    const choice = Array.isArray(obj.choices) ? (obj.choices[0] as Record<string, unknown> | undefined) : undefined;
    if (choice) {
      const d = choice.delta as Record<string, unknown> | undefined;
      if (d) {
        const chunk: { type: 'delta'; content?: string; reasoning?: string; tool_calls?: ToolCallDelta[] } = { type: 'delta' };
        let any = false;
        const text = contentText(d.content);
        if (text) {
          chunk.content = text;
          any = true;
        }
        const r = reasoningOf(d);
        if (r) {
          chunk.reasoning = r;
          any = true;
        }
        if (Array.isArray(d.tool_calls) && d.tool_calls.length > 0) {
          chunk.tool_calls = d.tool_calls.map((raw, i) => {
            const tc = raw as { index?: number; id?: string; function?: { name?: string; arguments?: unknown } };
            const delta: ToolCallDelta = { index: typeof tc.index === 'number' ? tc.index : i };
            if (tc.id) delta.id = tc.id;
            if (tc.function?.name) delta.name = tc.function.name;
            const args = tc.function?.arguments;
            if (args !== undefined && args !== null) delta.arguments = typeof args === 'string' ? args : JSON.stringify(args);
            return delta;
          });
          out.tools = chunk.tool_calls.map((c) => c.index);
          this.#sawTools = true;
          any = true;
        }
        if (any) {
          this.#output = true;
          out.chunks.push(chunk);
        }
      }
      this.#finish(out, choice.finish_reason);
    } else out.usageOnly = true;
    // Groq reports usage under x_groq; vLLM may repeat it on every chunk, the last one wins.
    const u = usageOf(obj.usage ?? (obj.x_groq as Record<string, unknown> | undefined)?.usage);
    if (u) this.#usage = u;
    if (out.usageOnly) out.final = true;
    return out;
  }

  /** The first chunk in OpenAI's exact shape (chat-chunks.ts), without parsing it; else undefined. */
  #first(data: string): MappedEvent | undefined {
    const first = chatFirstChunk(data);
    if (!first) return undefined;
    const out: MappedEvent = { chunks: [this.#meta(first.model, first.id)] };
    if (first.text) out.chunks.push(this.#text(first.text));
    return out;
  }

  /** A later content, finish or usage chunk in its exact shape (text-delta.ts, chat-chunks.ts), without parsing it; else undefined. */
  #later(data: string): MappedEvent | undefined {
    const text = chatTextDelta(data);
    if (text !== undefined) return { chunks: text ? [this.#text(text)] : [] };
    const reason = chatFinishReason(data);
    if (reason !== undefined) {
      const out: MappedEvent = { chunks: [] };
      this.#finish(out, reason);
      return out;
    }
    const usage = usageOf(chatUsage(data));
    if (!usage) return undefined;
    this.#usage = usage;
    return { chunks: [], usageOnly: true, final: true };
  }

  #meta(model: string, upstreamId: string | undefined): StreamChunk {
    this.#metaSent = true;
    return { type: 'meta', model, upstream_id: upstreamId };
  }

  #text(content: string): StreamChunk {
    this.#output = true;
    return { type: 'delta', content };
  }

  #finish(out: MappedEvent, reason: unknown): void {
    if (!reason || this.#finished) return;
    this.#finished = true;
    out.chunks.push({ type: 'finish', finish_reason: finishOf(reason, this.#sawTools) });
    out.final = true;
  }

  end(): StreamChunk[] {
    const t = this.target;
    if (!this.#output) throw empty(t);
    if (!this.done && !this.#finished) throw malformed(t, 'stream ended before [DONE]');
    const out: StreamChunk[] = [];
    if (!this.#finished) out.push({ type: 'finish', finish_reason: this.#sawTools ? 'tool_calls' : 'stop' });
    if (this.#usage) out.push({ type: 'usage', usage: this.#usage });
    return out;
  }
}
