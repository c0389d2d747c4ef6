import type { FinishReason, StreamChunk, ToolCallDelta, Usage } from '../../core/types.js';
import type { Item } from './items.js';
import { callItem, customInput, messageItem, outputText, reasoningItem, renderUsage, terminalState } from './render.js';
import type { ToolMap } from './tools.js';
import { SplicedJson } from './spliced-json.js';

// Normalized chunks -> the Responses API's typed event stream. Every event carries a
// sequence_number; every item is announced (output_item.added), filled (deltas) and closed
// (output_item.done) under one output_index, the way the openai SDK's accumulator checks it.
// Text and reasoning items close when another kind of block starts; tool calls close at the end.

type Open =
  | { kind: 'text'; index: number; id: string; text: string }
  | { kind: 'reasoning'; index: number; id: string; text: string };

interface OpenCall {
  index: number; // output_index
  id: string; // item id
  callId: string;
  name: string;
  args: string;
}

export class ResponsesStreamWriter {
  #seq = 0;
  #open: Open | null = null;
  readonly #calls = new Map<number, OpenCall>(); // by the chunk's tool-call index
  readonly #output: Item[] = [];
  #finish: FinishReason = 'stop';
  #usage?: Usage;
  #textItems = 0;
  /** The Response objects of the lifecycle events share the request's tools and instructions: serialized once. */
  readonly #responseJson = new SplicedJson(['instructions', 'tools']);

  constructor(
    private readonly base: Record<string, unknown>,
    private readonly hex: string,
    private readonly tools: ToolMap,
  ) {}

  start(): string {
    const response = this.#responseJson.stringify({ ...this.base, output: [] });
    return this.#lifecycle('response.created', response) + this.#lifecycle('response.in_progress', response);
  }

  setModel(model: string): void {
    this.base.model = model;
  }

  push(chunk: StreamChunk): string {
    if (chunk.type === 'finish') this.#finish = chunk.finish_reason;
    else if (chunk.type === 'usage') this.#usage = chunk.usage;
    if (chunk.type !== 'delta') return '';
    let out = '';
    if (chunk.reasoning) out += this.#reasoning(chunk.reasoning);
    if (chunk.content) out += this.#text(chunk.content);
    for (const d of chunk.tool_calls ?? []) out += this.#tool(d);
    return out;
  }

  /** Closes every open item. Call before `final()`. */
  close(): string {
    let out = this.#closeOpen();
    for (const c of [...this.#calls.values()].sort((a, b) => a.index - b.index)) {
      const item = callItem({ id: c.callId, type: 'function', function: { name: c.name, arguments: c.args } }, this.tools);
      const where = { item_id: c.id, output_index: c.index };
      if (item.type === 'custom_tool_call') {
        const input = customInput(c.args);
        if (input) out += this.#event('response.custom_tool_call_input.delta', { ...where, delta: input });
        out += this.#event('response.custom_tool_call_input.done', { ...where, input });
      } else {
        out += this.#event('response.function_call_arguments.done', { ...where, name: item.name, arguments: c.args });
      }
      this.#output[c.index] = item;
      out += this.#event('response.output_item.done', { output_index: c.index, item });
    }
    this.#calls.clear();
    return out;
  }

  /** The finished Response object (what `response.completed` carries and what is stored). */
  final(): Record<string, unknown> {
    return { ...this.base, ...terminalState(this.#finish), completed_at: Math.floor(Date.now() / 1000), output: this.#output.filter(Boolean), usage: renderUsage(this.#usage) };
  }

  /** response.completed, or response.incomplete when the output was cut short. */
  terminal(response: Record<string, unknown>): string {
    return this.#lifecycle(response.status === 'incomplete' ? 'response.incomplete' : 'response.completed', this.#responseJson.stringify(response));
  }

  /** The stream broke after it started: closes what is open and ends with response.failed. */
  failed(code: string, message: string): string {
    const out = this.close();
    const response = { ...this.base, status: 'failed', error: { code, message }, output: this.#output.filter(Boolean), usage: renderUsage(this.#usage) };
    return out + this.#lifecycle('response.failed', this.#responseJson.stringify(response));
  }

  #event(type: string, data: Record<string, unknown>): string {
    return `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: this.#seq++, ...data })}\n\n`;
  }

  /** What `#event(type, { response })` writes, with the Response already serialized (event types are plain ASCII). */
  #lifecycle(type: string, responseJson: string): string {
    return `event: ${type}\ndata: {"type":"${type}","sequence_number":${this.#seq++},"response":${responseJson}}\n\n`;
  }

  #added(item: Item): string {
    return this.#event('response.output_item.added', { output_index: this.#output.length, item: (this.#output.push(item), item) });
  }

  #reasoning(delta: string): string {
    let out = '';
    if (this.#open?.kind !== 'reasoning') {
      out += this.#closeOpen();
      const id = `rs_${this.hex}${this.#output.length ? `_${this.#output.length}` : ''}`;
      this.#open = { kind: 'reasoning', index: this.#output.length, id, text: '' };
      out += this.#added(reasoningItem(id, '', 'in_progress'));
      out += this.#event('response.reasoning_summary_part.added', { item_id: id, output_index: this.#open.index, summary_index: 0, part: { type: 'summary_text', text: '' } });
    }
    this.#open.text += delta;
    return out + this.#event('response.reasoning_summary_text.delta', { item_id: this.#open.id, output_index: this.#open.index, summary_index: 0, delta });
  }

  #text(delta: string): string {
    let out = '';
    if (this.#open?.kind !== 'text') {
      out += this.#closeOpen();
      const id = `msg_${this.hex}${this.#textItems++ ? `_${this.#output.length}` : ''}`;
      this.#open = { kind: 'text', index: this.#output.length, id, text: '' };
      out += this.#added(messageItem(id, '', 'in_progress'));
      out += this.#event('response.content_part.added', { item_id: id, output_index: this.#open.index, content_index: 0, part: outputText('') });
    }
    this.#open.text += delta;
    return out + this.#event('response.output_text.delta', { item_id: this.#open.id, output_index: this.#open.index, content_index: 0, delta, logprobs: [] });
  }

  #tool(d: ToolCallDelta): string {
    let out = '';
    let call = this.#calls.get(d.index);
    if (!call) {
      out += this.#closeOpen();
      const callId = d.id || `call_${this.hex.slice(-12)}_${d.index}`;
      const item = callItem({ id: callId, type: 'function', function: { name: d.name ?? '', arguments: '' } }, this.tools, 'in_progress');
      call = { index: this.#output.length, id: String(item.id), callId, name: d.name ?? '', args: '' };
      this.#calls.set(d.index, call);
      out += this.#added(item);
    } else if (d.name) call.name += d.name;
    if (d.arguments) {
      call.args += d.arguments;
      // Custom tools stream their freeform input at the end, once the JSON wrapper can be removed.
      if (!this.tools.ref(call.name).custom) {
        out += this.#event('response.function_call_arguments.delta', { item_id: call.id, output_index: call.index, delta: d.arguments });
      }
    }
    return out;
  }

  #closeOpen(): string {
    const o = this.#open;
    if (!o) return '';
    this.#open = null;
    if (o.kind === 'text') {
      const where = { item_id: o.id, output_index: o.index, content_index: 0 };
      const item = messageItem(o.id, o.text);
      this.#output[o.index] = item;
      return (
        this.#event('response.output_text.done', { ...where, text: o.text, logprobs: [] }) +
        this.#event('response.content_part.done', { ...where, part: outputText(o.text) }) +
        this.#event('response.output_item.done', { output_index: o.index, item })
      );
    }
    const where = { item_id: o.id, output_index: o.index, summary_index: 0 };
    const item = reasoningItem(o.id, o.text);
    this.#output[o.index] = item;
    return (
      this.#event('response.reasoning_summary_text.done', { ...where, text: o.text }) +
      this.#event('response.reasoning_summary_part.done', { ...where, part: { type: 'summary_text', text: o.text } }) +
      this.#event('response.output_item.done', { output_index: o.index, item })
    );
  }
}
