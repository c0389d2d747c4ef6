import type { ChatResponse, FinishReason, StreamChunk, ToolCall, Usage } from '../../core/types.js';
import type { ProviderTarget } from '../types.js';
import { empty, inBandError, malformed } from '../http.js';
import { responsesTextDelta } from '../text-delta.js';
import { LIFECYCLE_TYPES, LifecycleReader, lifecycleOf, type Lifecycle } from './responses-lifecycle.js';

// OpenAI Responses API answers (JSON and typed SSE events) -> normalized response and chunks,
// read off the copy path of the Responses pass-through: recording, usage and the inline firewall
// need the text, the function calls and the usage; the client gets the upstream's own bytes.

type Obj = Record<string, unknown>;

interface MappedEvent {
  chunks: StreamChunk[];
  /** Tool-call indexes the event belongs to (the firewall holds these events in enforce mode). */
  tools?: number[];
  /** The terminal event (response.completed / response.incomplete). */
  final?: boolean;
}

const CALL_TYPES = new Set(['function_call', 'custom_tool_call']);

/** A function or custom tool call item as a normalized call (custom input wrapped as `{input}`, as on the translated path). */
function callOf(item: Obj): ToolCall {
  const args = item.type === 'custom_tool_call' ? JSON.stringify({ input: String(item.input ?? '') }) : String(item.arguments ?? '');
  return { id: String(item.call_id ?? item.id ?? ''), type: 'function', function: { name: String(item.name ?? ''), arguments: args } };
}

function responsesUsage(raw: unknown): Usage | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const u = raw as Obj;
  const input = typeof u.input_tokens === 'number' ? u.input_tokens : 0;
  const output = typeof u.output_tokens === 'number' ? u.output_tokens : 0;
  const usage: Usage = { prompt_tokens: input, completion_tokens: output, total_tokens: typeof u.total_tokens === 'number' ? u.total_tokens : input + output };
  const cached = (u.input_tokens_details as Obj | undefined)?.cached_tokens;
  if (typeof cached === 'number') usage.cached_input_tokens = cached;
  const reasoning = (u.output_tokens_details as Obj | undefined)?.reasoning_tokens;
  if (typeof reasoning === 'number') usage.reasoning_tokens = reasoning;
  return usage;
}

function finishOf(status: unknown, incompleteDetails: unknown, sawCalls: boolean): FinishReason {
  if (status === 'incomplete') {
    return (incompleteDetails as Obj | null | undefined)?.reason === 'content_filter' ? 'content_filter' : 'length';
  }
  return sawCalls ? 'tool_calls' : 'stop';
}

const partsText = (parts: unknown, types: string[]): string =>
  Array.isArray(parts) ? parts.filter((p: Obj) => types.includes(String(p?.type))).map((p: Obj) => String(p.text ?? p.refusal ?? '')).join('') : '';

/** The top-level members of a Response that parseResponsesJson reads. */
export const RESPONSE_READS = ['error', 'output', 'status', 'model', 'id', 'usage', 'incomplete_details'];

/** A Response object (non-streamed answer) as the normalized response (of its members, it reads RESPONSE_READS). */
export function parseResponsesJson(raw: Obj, target: ProviderTarget, status?: number): ChatResponse {
  if (raw.error) throw inBandError(raw.error as Obj, target);
  if (!Array.isArray(raw.output)) throw malformed(target, 'no `output` array', status);
  if (raw.status === 'failed') throw inBandError((raw.error as Obj | null) ?? 'response failed', target);
  let content = '';
  let reasoning = '';
  const calls: ToolCall[] = [];
  for (const item of raw.output as Obj[]) {
    if (item.type === 'message') content += partsText(item.content, ['output_text', 'refusal']);
    else if (item.type === 'reasoning') reasoning += partsText(item.summary, ['summary_text']) || partsText(item.content, ['reasoning_text']);
    else if (CALL_TYPES.has(String(item.type))) calls.push(callOf(item));
  }
  const out: ChatResponse = {
    model: typeof raw.model === 'string' ? raw.model : target.model,
    message: { role: 'assistant', content: content || null, ...(calls.length ? { tool_calls: calls } : {}), ...(reasoning ? { reasoning } : {}) },
    finish_reason: finishOf(raw.status, raw.incomplete_details, calls.length > 0),
  };
  if (typeof raw.id === 'string') out.upstream_id = raw.id;
  const usage = responsesUsage(raw.usage);
  if (usage) out.usage = usage;
  return out;
}

/**
 * One typed event at a time. Function calls become one tool-call delta when their item is done
 * (id, name and whole arguments at once); every event of a call item is tagged with its index so
 * the firewall can hold it.
 */
export class ResponsesEventMapper {
  done = false;
  #delta = false;
  readonly #calls = new Map<number, number>(); // output_index -> tool-call index
  readonly #lifecycle = new LifecycleReader();

  constructor(private readonly target: ProviderTarget) {}

  map(data: string): MappedEvent {
    const t = this.target;
    // Most events of a long answer are text deltas: their text without parsing the event.
    const text = responsesTextDelta(data);
    if (text !== undefined) {
      if (!text) return { chunks: [] };
      this.#delta = true;
      return { chunks: [{ type: 'delta', content: text }] };
    }
    // The lifecycle events echo the whole Response: the few members read without parsing it.
    const lifecycle = this.#lifecycle.read(data);
    if (lifecycle) return this.#lifecycleEvent(lifecycle);
    let e: Obj;
    try {
      e = JSON.parse(data) as Obj;
    } catch {
      throw malformed(t, `stream event is not JSON (${JSON.stringify(data.slice(0, 80))})`);
    }
    if (LIFECYCLE_TYPES.has(e.type as string)) return this.#lifecycleEvent(lifecycleOf(e));
    const out: MappedEvent = { chunks: [] };
    const at = typeof e.output_index === 'number' ? e.output_index : -1;
    const call = this.#calls.get(at) ?? (e.type === 'response.output_item.done' && CALL_TYPES.has(String((e.item as Obj | undefined)?.type)) ? this.#call(at) : undefined);
    switch (e.type) {
      case 'error':
        throw inBandError(e, t);
      case 'response.failed':
        throw inBandError(((e.response as Obj | undefined)?.error as Obj | null) ?? 'response failed', t);
      case 'response.output_item.added': {
        const item = (e.item ?? {}) as Obj;
        if (CALL_TYPES.has(String(item.type))) out.tools = [this.#call(at)];
        break;
      }
      case 'response.output_item.done':
        if (call !== undefined) {
          const c = callOf((e.item ?? {}) as Obj);
          out.chunks.push({ type: 'delta', tool_calls: [{ index: call, id: c.id, name: c.function.name, arguments: c.function.arguments }] });
          this.#delta = true;
          out.tools = [call];
        }
        break;
      case 'response.output_text.delta':
      case 'response.refusal.delta':
        if (typeof e.delta === 'string' && e.delta) {
          out.chunks.push({ type: 'delta', content: e.delta });
          this.#delta = true;
        }
        break;
      case 'response.reasoning_summary_text.delta':
      case 'response.reasoning_text.delta':
        if (typeof e.delta === 'string' && e.delta) {
          out.chunks.push({ type: 'delta', reasoning: e.delta });
          this.#delta = true;
        }
        break;
      default:
        if (call !== undefined) out.tools = [call];
    }
    return out;
  }

  #lifecycleEvent({ type, outputIndex, response: r }: Lifecycle): MappedEvent {
    const out: MappedEvent = { chunks: [] };
    if (type === 'response.created') {
      out.chunks.push({ type: 'meta', model: typeof r.model === 'string' ? r.model : this.target.model, upstream_id: typeof r.id === 'string' ? r.id : undefined });
    } else if (type === 'response.completed' || type === 'response.incomplete') {
      // Output of hosted tools only (an image, a search) still counts as an answer.
      if (!this.#delta && r.hasOutput) out.chunks.push({ type: 'delta' });
      out.chunks.push({ type: 'finish', finish_reason: finishOf(r.status, r.incompleteDetails, this.#calls.size > 0) });
      const usage = responsesUsage(r.usage);
      if (usage) out.chunks.push({ type: 'usage', usage });
      out.final = true;
      this.done = true;
    } else {
      // in_progress, queued: as any other event, tagged when it belongs to a call.
      const call = this.#calls.get(typeof outputIndex === 'number' ? outputIndex : -1);
      if (call !== undefined) out.tools = [call];
    }
    return out;
  }

  /** Numbers a call item by its order among the calls (servers that skip output_item.added announce it at done). */
  #call(outputIndex: number): number {
    const index = this.#calls.size;
    this.#calls.set(outputIndex, index);
    return index;
  }

  end(): StreamChunk[] {
    if (!this.done) throw this.#delta ? malformed(this.target, 'stream ended before response.completed') : empty(this.target);
    return [];
  }
}
