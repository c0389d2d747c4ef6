import { newToolCallId } from '../core/ids.js';
import type {
  ChatMessage,
  ChatRequest,
  ChatResponse,
  EmbeddingRequest,
  EmbeddingResponse,
  FinishReason,
  StreamChunk,
  ToolCall,
  ToolCallDelta,
  Usage,
} from '../core/types.js';
import type { ProviderConfig } from '../config/schema.js';
import type { ProviderAdapter, ProviderCallOptions, ProviderTarget } from './types.js';
import { presetInfo } from './presets.js';
import { openAiEmbed } from './openai-embed.js';
import { sseBatches } from './sse.js';
import {
  empty,
  inBandError,
  isEventStream,
  malformed,
  postJson,
  readJson,
  statusError,
  transportError,
  type UpstreamResponse,
} from './http.js';

// OpenAI Chat Completions, and every server that speaks it (OpenRouter, vLLM, Ollama, llama.cpp,
// Together, Groq, DeepSeek, Nous Portal...). The normalized types already follow this wire format,
// so the adapter mostly copies fields and smooths over the servers' small differences.

type OpenAiConfig = Extract<ProviderConfig, { type: 'openai' }>;

interface Endpoint {
  /** Base URL without a trailing slash (…/v1). */
  base: string;
  url: string;
  headers: Record<string, string>;
  official: boolean;
  developerRole: boolean;
}

export class OpenAiAdapter implements ProviderAdapter {
  // Targets are resolved once at start-up, so URL and headers are built once per target.
  readonly #endpoints = new WeakMap<ProviderTarget, Endpoint>();

  async chat(target: ProviderTarget, request: ChatRequest, options: ProviderCallOptions): Promise<ChatResponse> {
    const ep = this.#endpoint(target);
    const res = await postJson(ep.url, ep.headers, JSON.stringify(buildBody(target, request, ep, false)), options.signal, target);
    if (res.statusCode >= 300) throw await statusError(res, options.signal, target);
    const body = await readJson(res, options.signal, target);
    return parseResponse(body, target, res.statusCode);
  }

  async stream(target: ProviderTarget, request: ChatRequest, options: ProviderCallOptions): Promise<AsyncIterable<StreamChunk>> {
    const ep = this.#endpoint(target);
    const res = await postJson(ep.url, ep.headers, JSON.stringify(buildBody(target, request, ep, true)), options.signal, target);
    if (res.statusCode >= 300) throw await statusError(res, options.signal, target);
    if (!isEventStream(res.headers)) {
      // Some servers answer a stream request with a JSON error (or a whole non-streamed reply).
      const body = await readJson(res, options.signal, target);
      if (body.error) throw inBandError(body.error as Record<string, unknown>, target);
      return chunksOfResponse(parseResponse(body, target, res.statusCode));
    }
    return streamChunks(res, target, options.signal);
  }

  embed(target: ProviderTarget, request: EmbeddingRequest, options: ProviderCallOptions): Promise<EmbeddingResponse> {
    const ep = this.#endpoint(target);
    return openAiEmbed(`${ep.base}/embeddings`, ep.headers, target, request, options.signal);
  }

  #endpoint(target: ProviderTarget): Endpoint {
    let ep = this.#endpoints.get(target);
    if (!ep) {
      ep = endpointFor(target);
      this.#endpoints.set(target, ep);
    }
    return ep;
  }
}

function endpointFor(target: ProviderTarget): Endpoint {
  const cfg = target.config as OpenAiConfig;
  const preset = presetInfo(cfg.preset);
  const base = (cfg.base_url ?? preset.baseUrl ?? 'https://api.openai.com/v1').replace(/\/+$/, '');
  const official = /^https:\/\/api\.openai\.com(\/|$)/.test(base);
  const headers: Record<string, string> = { 'content-type': 'application/json', ...preset.headers, ...cfg.headers };
  if (target.apiKey) headers.authorization = `Bearer ${target.apiKey.reveal()}`;
  if (cfg.organization) headers['openai-organization'] = cfg.organization;
  return { base, url: `${base}/chat/completions`, headers, official, developerRole: official || preset.developerRole === true };
}

const COPIED = [
  'tools',
  'tool_choice',
  'parallel_tool_calls',
  'temperature',
  'top_p',
  'stop',
  'response_format',
  'seed',
  'presence_penalty',
  'frequency_penalty',
  'user',
] as const;

export function buildBody(target: ProviderTarget, request: ChatRequest, ep: Pick<Endpoint, 'official' | 'developerRole'>, stream: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = { model: target.model, messages: ep.developerRole ? request.messages : withoutDeveloper(request.messages) };
  for (const k of COPIED) if (request[k] !== undefined) body[k] = request[k];
  if (request.max_tokens !== undefined) {
    // o-series and gpt-5 reject max_tokens on OpenAI's own API; other servers only know max_tokens.
    if (ep.official && /^(o\d|gpt-5)/.test(target.model)) body.max_completion_tokens = request.max_tokens;
    else body.max_tokens = request.max_tokens;
  }
  if (request.extra) Object.assign(body, request.extra);
  if (target.params) Object.assign(body, target.params);
  body.model = target.model;
  if (stream) {
    body.stream = true;
    // Without include_usage a stream reports no token counts at all.
    body.stream_options = { ...request.stream_options, include_usage: true };
  } else {
    delete body.stream;
    delete body.stream_options;
  }
  return body;
}

function withoutDeveloper(messages: ChatMessage[]): ChatMessage[] {
  if (!messages.some((m) => m.role === 'developer')) return messages;
  return messages.map((m) => (m.role === 'developer' ? { ...m, role: 'system' } : m));
}

function finishOf(raw: unknown, hasToolCalls: boolean): FinishReason {
  switch (raw) {
    case 'length':
      return 'length';
    case 'content_filter':
      return 'content_filter';
    case 'tool_calls':
    case 'function_call':
      return 'tool_calls';
    default:
      // Some servers (Ollama, older vLLM) say `stop` even when they called a tool.
      return hasToolCalls ? 'tool_calls' : 'stop';
  }
}

function usageOf(raw: unknown): Usage | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const u = raw as Record<string, unknown>;
  const prompt = typeof u.prompt_tokens === 'number' ? u.prompt_tokens : 0;
  const completion = typeof u.completion_tokens === 'number' ? u.completion_tokens : 0;
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: typeof u.total_tokens === 'number' ? u.total_tokens : prompt + completion };
}

/** Content is a string on most servers; a few (Mistral-style) send an array of text parts. */
function contentText(c: unknown): string | null {
  if (typeof c === 'string') return c;
  if (!Array.isArray(c)) return null;
  let out = '';
  for (const p of c) if (p && typeof p === 'object' && typeof (p as { text?: unknown }).text === 'string') out += (p as { text: string }).text;
  return out;
}

function reasoningOf(m: Record<string, unknown>): string | undefined {
  const r = m.reasoning ?? m.reasoning_content;
  return typeof r === 'string' && r.length > 0 ? r : undefined;
}

export function parseResponse(body: Record<string, unknown>, target: ProviderTarget, status?: number): ChatResponse {
  if (body.error) throw inBandError(body.error as Record<string, unknown>, target);
  const choices = body.choices;
  if (!Array.isArray(choices)) throw malformed(target, 'no `choices` array', status);
  if (choices.length === 0) throw empty(target, status);
  const choice = choices[0] as Record<string, unknown>;
  const m = choice?.message as Record<string, unknown> | undefined;
  if (!m || typeof m !== 'object') throw malformed(target, '`choices[0].message` is missing', status);
  let content = contentText(m.content);
  if (content === null && typeof m.refusal === 'string') content = m.refusal;
  let toolCalls: ToolCall[] | undefined;
  if (Array.isArray(m.tool_calls) && m.tool_calls.length > 0) {
    toolCalls = m.tool_calls.map((raw) => {
      const tc = raw as { id?: string; function?: { name?: string; arguments?: unknown } };
      if (!tc?.function || typeof tc.function.name !== 'string') throw malformed(target, 'a tool call has no function name', status);
      const args = tc.function.arguments;
      return {
        id: typeof tc.id === 'string' && tc.id ? tc.id : newToolCallId(),
        type: 'function',
        function: { name: tc.function.name, arguments: typeof args === 'string' ? args : JSON.stringify(args ?? {}) },
      };
    });
  }
  const reasoning = reasoningOf(m);
  if (!content && !toolCalls) throw empty(target, status);
  const out: ChatResponse = {
    upstream_id: typeof body.id === 'string' ? body.id : undefined,
    model: typeof body.model === 'string' ? body.model : target.model,
    message: { role: 'assistant', content, ...(toolCalls ? { tool_calls: toolCalls } : {}), ...(reasoning ? { reasoning } : {}) },
    finish_reason: finishOf(choice.finish_reason, !!toolCalls),
  };
  const usage = usageOf(body.usage);
  if (usage) out.usage = usage;
  return out;
}

async function* chunksOfResponse(r: ChatResponse): AsyncGenerator<StreamChunk> {
  yield { type: 'meta', model: r.model, upstream_id: r.upstream_id };
  yield {
    type: 'delta',
    ...(r.message.content ? { content: r.message.content } : {}),
    ...(r.message.reasoning ? { reasoning: r.message.reasoning } : {}),
    ...(r.message.tool_calls
      ? { tool_calls: r.message.tool_calls.map((c, index) => ({ index, id: c.id, name: c.function.name, arguments: c.function.arguments })) }
      : {}),
  };
  yield { type: 'finish', finish_reason: r.finish_reason };
  if (r.usage) yield { type: 'usage', usage: r.usage };
}

async function* streamChunks(res: UpstreamResponse, target: ProviderTarget, signal: AbortSignal): AsyncGenerator<StreamChunk> {
  let metaSent = false;
  let finished = false;
  let done = false;
  let output = false;
  let sawTools = false;
  let usage: Usage | undefined;
  try {
    for await (const batch of sseBatches(res.body)) for (const ev of batch) {
      // Keep reading to the end after [DONE]: destroying an unfinished body would close the
      // keep-alive socket instead of returning it to the pool.
      if (done) continue;
      if (ev.data === '[DONE]') {
        done = true;
        continue;
      }
      let obj: Record<string, unknown>;
      try {
        obj = JSON.parse(ev.data) as Record<string, unknown>;
      } catch {
        throw malformed(target, `stream event is not JSON (${JSON.stringify(ev.data.slice(0, 80))})`);
      }
      if (obj.error) throw inBandError(obj.error as Record<string, unknown>, target);
      if (!metaSent) {
        metaSent = true;
        yield { type: 'meta', model: typeof obj.model === 'string' ? obj.model : target.model, upstream_id: typeof obj.id === 'string' ? obj.id : undefined };
      }
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
            sawTools = true;
            any = true;
          }
          if (any) {
            output = true;
            yield chunk;
          }
        }
        if (choice.finish_reason && !finished) {
          finished = true;
          yield { type: 'finish', finish_reason: finishOf(choice.finish_reason, sawTools) };
        }
      }
      // Groq reports usage under x_groq; vLLM may repeat it on every chunk, the last one wins.
      const u = usageOf(obj.usage ?? (obj.x_groq as Record<string, unknown> | undefined)?.usage);
      if (u) usage = u;
    }
  } catch (err) {
    throw transportError(err, signal, target);
  } finally {
    if (!done) res.body.destroy();
  }
  if (!output) throw empty(target);
  if (!done && !finished) throw malformed(target, 'stream ended before [DONE]');
  if (!finished) yield { type: 'finish', finish_reason: sawTools ? 'tool_calls' : 'stop' };
  if (usage) yield { type: 'usage', usage };
}

