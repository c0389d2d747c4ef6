import { newToolCallId } from '../core/ids.js';
import { textOf, type ChatMessage, type ChatRequest, type ChatResponse, type ContentPart, type FinishReason, type StreamChunk, type ToolCall, type Usage } from '../core/types.js';
import type { ProviderConfig } from '../config/schema.js';
import type { ProviderAdapter, ProviderCallOptions, ProviderTarget } from './types.js';
import { applyParams, jsonInstruction, parseDataUrl } from './params.js';
import { sseBatches } from './sse.js';
import { empty, inBandError, isEventStream, malformed, postJson, readJson, statusError, transportError, type UpstreamResponse } from './http.js';

// Anthropic Messages API. Requests: system prompts move to `system`, assistant tool calls become
// tool_use blocks and tool messages become tool_result blocks in a user turn. Responses and stream
// events (message_start, content_block_*, message_delta, message_stop, ping, error) map back.

type AnthropicConfig = Extract<ProviderConfig, { type: 'anthropic' }>;

const DEFAULT_VERSION = '2023-06-01';
const DEFAULT_MAX_TOKENS = 4096;

interface Endpoint {
  url: string;
  headers: Record<string, string>;
  maxTokens: number;
}

type Block = Record<string, unknown>;
interface WireMessage {
  role: 'user' | 'assistant';
  content: string | Block[];
}

export class AnthropicAdapter implements ProviderAdapter {
  readonly #endpoints = new WeakMap<ProviderTarget, Endpoint>();

  async chat(target: ProviderTarget, request: ChatRequest, options: ProviderCallOptions): Promise<ChatResponse> {
    const ep = this.#endpoint(target);
    const res = await postJson(ep.url, ep.headers, JSON.stringify(buildAnthropicBody(target, request, ep.maxTokens, false)), options.signal, target);
    if (res.statusCode >= 300) throw await statusError(res, options.signal, target);
    return parseAnthropicResponse(await readJson(res, options.signal, target), target, res.statusCode);
  }

  async stream(target: ProviderTarget, request: ChatRequest, options: ProviderCallOptions): Promise<AsyncIterable<StreamChunk>> {
    const ep = this.#endpoint(target);
    const res = await postJson(ep.url, ep.headers, JSON.stringify(buildAnthropicBody(target, request, ep.maxTokens, true)), options.signal, target);
    if (res.statusCode >= 300) throw await statusError(res, options.signal, target);
    if (!isEventStream(res.headers)) {
      const body = await readJson(res, options.signal, target);
      if (body.type === 'error') throw inBandError(body.error as Record<string, unknown>, target);
      throw malformed(target, 'expected an event stream', res.statusCode);
    }
    return streamChunks(res, target, options.signal);
  }

  #endpoint(target: ProviderTarget): Endpoint {
    let ep = this.#endpoints.get(target);
    if (!ep) {
      const cfg = target.config as AnthropicConfig;
      const base = (cfg.base_url ?? 'https://api.anthropic.com').replace(/\/+$/, '');
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'anthropic-version': cfg.version ?? DEFAULT_VERSION,
        ...cfg.headers,
      };
      if (target.apiKey) headers['x-api-key'] = target.apiKey.reveal();
      ep = { url: base.endsWith('/v1') ? `${base}/messages` : `${base}/v1/messages`, headers, maxTokens: cfg.default_max_tokens ?? DEFAULT_MAX_TOKENS };
      this.#endpoints.set(target, ep);
    }
    return ep;
  }
}

export function buildAnthropicBody(target: ProviderTarget, original: ChatRequest, defaultMaxTokens: number, stream: boolean): Record<string, unknown> {
  const { request, native } = applyParams(original, target.params);
  const system: string[] = [];
  const messages: WireMessage[] = [];
  for (const m of request.messages) {
    if (m.role === 'system' || m.role === 'developer') {
      const t = textOf(m.content);
      if (t) system.push(t);
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
  if (native) Object.assign(body, native);
  if (stream) body.stream = true;
  return body;
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
  const data = parseDataUrl(p.image_url.url);
  return data
    ? { type: 'image', source: { type: 'base64', media_type: data.mediaType, data: data.data } }
    : { type: 'image', source: { type: 'url', url: p.image_url.url } };
}

function toWire(m: ChatMessage): WireMessage | undefined {
  if (m.role === 'tool') {
    return { role: 'user', content: [{ type: 'tool_result', tool_use_id: m.tool_call_id ?? '', content: textOf(m.content) }] };
  }
  if (m.role === 'user') {
    if (typeof m.content === 'string' || m.content == null) return { role: 'user', content: m.content ?? '' };
    const blocks = m.content.map(partToBlock).filter((b): b is Block => !!b);
    return { role: 'user', content: blocks };
  }
  // assistant
  const blocks: Block[] = [];
  if (typeof m.content === 'string') {
    if (m.content) blocks.push({ type: 'text', text: m.content });
  } else if (m.content) {
    for (const p of m.content) {
      const b = partToBlock(p);
      if (b) blocks.push(b);
    }
  }
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

function finishOf(stop: unknown): FinishReason {
  switch (stop) {
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      return 'stop'; // end_turn, stop_sequence, pause_turn
  }
}

function usageOf(raw: unknown): Usage | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const u = raw as Record<string, number | undefined>;
  // Cached prompt tokens are still prompt tokens; Anthropic counts them separately.
  const prompt = (u.input_tokens ?? 0) + (u.cache_creation_input_tokens ?? 0) + (u.cache_read_input_tokens ?? 0);
  const completion = u.output_tokens ?? 0;
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

export function parseAnthropicResponse(body: Record<string, unknown>, target: ProviderTarget, status?: number): ChatResponse {
  if (body.type === 'error') throw inBandError(body.error as Record<string, unknown>, target);
  if (!Array.isArray(body.content)) throw malformed(target, 'no `content` array', status);
  let text = '';
  let reasoning = '';
  const calls: ToolCall[] = [];
  for (const raw of body.content as Block[]) {
    if (raw?.type === 'text' && typeof raw.text === 'string') text += raw.text;
    else if (raw?.type === 'thinking' && typeof raw.thinking === 'string') reasoning += raw.thinking;
    else if (raw?.type === 'tool_use') {
      if (typeof raw.name !== 'string') throw malformed(target, 'a tool_use block has no name', status);
      calls.push({
        id: typeof raw.id === 'string' ? raw.id : newToolCallId(),
        type: 'function',
        function: { name: raw.name, arguments: JSON.stringify(raw.input ?? {}) },
      });
    }
  }
  if (!text && !calls.length) throw empty(target, status);
  const out: ChatResponse = {
    upstream_id: typeof body.id === 'string' ? body.id : undefined,
    model: typeof body.model === 'string' ? body.model : target.model,
    message: { role: 'assistant', content: text || null, ...(calls.length ? { tool_calls: calls } : {}), ...(reasoning ? { reasoning } : {}) },
    finish_reason: finishOf(body.stop_reason),
  };
  const usage = usageOf(body.usage);
  if (usage) out.usage = usage;
  return out;
}

async function* streamChunks(res: UpstreamResponse, target: ProviderTarget, signal: AbortSignal): AsyncGenerator<StreamChunk> {
  // Anthropic numbers content blocks across text and tool_use; tool calls need their own 0.. index.
  const toolIndex = new Map<number, number>();
  let tools = 0;
  let output = false;
  let finish: FinishReason | undefined;
  let stopped = false;
  let usageIn: Record<string, number> = {};
  let outputTokens: number | undefined;
  try {
    for await (const batch of sseBatches(res.body)) for (const ev of batch) {
      if (stopped) continue; // drain to the end so the socket returns to the pool
      let e: Record<string, unknown>;
      try {
        e = JSON.parse(ev.data) as Record<string, unknown>;
      } catch {
        throw malformed(target, `stream event is not JSON (${JSON.stringify(ev.data.slice(0, 80))})`);
      }
      switch (e.type) {
        case 'message_start': {
          const m = (e.message ?? {}) as Record<string, unknown>;
          usageIn = { ...(m.usage as Record<string, number> | undefined) };
          if (typeof usageIn.output_tokens === 'number') outputTokens = usageIn.output_tokens;
          yield { type: 'meta', model: typeof m.model === 'string' ? m.model : target.model, upstream_id: typeof m.id === 'string' ? m.id : undefined };
          break;
        }
        case 'content_block_start': {
          const b = (e.content_block ?? {}) as Block;
          const index = e.index as number;
          if (b.type === 'tool_use') {
            const ti = tools++;
            toolIndex.set(index, ti);
            output = true;
            yield { type: 'delta', tool_calls: [{ index: ti, id: typeof b.id === 'string' ? b.id : newToolCallId(), name: String(b.name), arguments: '' }] };
          } else if (b.type === 'text' && typeof b.text === 'string' && b.text) {
            output = true;
            yield { type: 'delta', content: b.text };
          } else if (b.type === 'thinking' && typeof b.thinking === 'string' && b.thinking) {
            yield { type: 'delta', reasoning: b.thinking };
          }
          break;
        }
        case 'content_block_delta': {
          const d = (e.delta ?? {}) as Block;
          if (d.type === 'text_delta' && typeof d.text === 'string' && d.text) {
            output = true;
            yield { type: 'delta', content: d.text };
          } else if (d.type === 'input_json_delta' && typeof d.partial_json === 'string' && d.partial_json) {
            const ti = toolIndex.get(e.index as number);
            if (ti === undefined) throw malformed(target, 'input_json_delta for a block that is not a tool_use');
            yield { type: 'delta', tool_calls: [{ index: ti, arguments: d.partial_json }] };
          } else if (d.type === 'thinking_delta' && typeof d.thinking === 'string' && d.thinking) {
            yield { type: 'delta', reasoning: d.thinking };
          }
          break;
        }
        case 'message_delta': {
          const d = (e.delta ?? {}) as Block;
          if (d.stop_reason && !finish) {
            finish = finishOf(d.stop_reason);
            if (!output) throw empty(target);
            yield { type: 'finish', finish_reason: finish };
          }
          const u = e.usage as Record<string, number> | undefined;
          if (u) {
            if (typeof u.output_tokens === 'number') outputTokens = u.output_tokens;
            // Newer API versions repeat (final) input counts here.
            for (const k of ['input_tokens', 'cache_creation_input_tokens', 'cache_read_input_tokens']) if (typeof u[k] === 'number') usageIn[k] = u[k];
          }
          break;
        }
        case 'message_stop':
          stopped = true;
          break;
        case 'error':
          throw inBandError((e.error ?? {}) as Record<string, unknown>, target);
        default:
          break; // ping, content_block_stop and event types added later
      }
    }
  } catch (err) {
    throw transportError(err, signal, target);
  } finally {
    if (!stopped) res.body.destroy();
  }
  if (!output) throw empty(target);
  if (!stopped) throw malformed(target, 'stream ended before message_stop');
  if (!finish) yield { type: 'finish', finish_reason: tools ? 'tool_calls' : 'stop' };
  const usage = usageOf({ ...usageIn, output_tokens: outputTokens });
  if (usage) yield { type: 'usage', usage };
}
