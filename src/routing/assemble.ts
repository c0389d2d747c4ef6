import type { AssistantMessage, ChatResponse, FinishReason, StreamChunk, ToolCall, Usage } from '../core/types.js';

/** Rebuilds the whole response from stream chunks, for storage and for the firewall. */
export class StreamAssembler {
  content = '';
  reasoning = '';
  model = '';
  upstreamId?: string;
  finish: FinishReason | null = null;
  usage?: Usage;
  readonly #calls: { id: string; name: string; arguments: string }[] = [];
  sawDelta = false;

  push(chunk: StreamChunk): void {
    switch (chunk.type) {
      case 'meta':
        if (chunk.model) this.model = chunk.model;
        if (chunk.upstream_id) this.upstreamId = chunk.upstream_id;
        break;
      case 'delta':
        this.sawDelta = true;
        if (chunk.content) this.content += chunk.content;
        if (chunk.reasoning) this.reasoning += chunk.reasoning;
        for (const d of chunk.tool_calls ?? []) {
          const call = (this.#calls[d.index] ??= { id: '', name: '', arguments: '' });
          if (d.id) call.id = d.id;
          if (d.name) call.name += d.name;
          if (d.arguments) call.arguments += d.arguments;
        }
        break;
      case 'finish':
        this.finish = chunk.finish_reason;
        break;
      case 'usage':
        this.usage = chunk.usage;
        break;
    }
  }

  toolCalls(): ToolCall[] {
    return this.#calls.filter(Boolean).map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } }));
  }

  response(): ChatResponse {
    const calls = this.toolCalls();
    const message: AssistantMessage = { role: 'assistant', content: this.content || (calls.length ? null : '') };
    if (calls.length) message.tool_calls = calls;
    if (this.reasoning) message.reasoning = this.reasoning;
    return {
      model: this.model,
      upstream_id: this.upstreamId,
      message,
      finish_reason: this.finish ?? (calls.length ? 'tool_calls' : 'stop'),
      usage: this.usage,
    };
  }
}
