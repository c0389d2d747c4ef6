import { newToolCallId } from '../core/ids.js';
import { textOf, type ChatMessage, type ChatRequest, type ChatResponse, type ContentPart, type EmbeddingRequest, type EmbeddingResponse, type FinishReason, type StreamChunk, type ToolCall, type Usage } from '../core/types.js';
import type { ProviderConfig } from '../config/schema.js';
import type { ProviderAdapter, ProviderCallOptions, ProviderTarget } from './types.js';
import { applyParams, parseDataUrl } from './params.js';
import { toGeminiSchema } from './gemini-schema.js';
import { sseBatches } from './sse.js';
import { empty, inBandError, malformed, postJson, readJson, statusError, transportError } from './http.js';
import { postForEvents } from './stream-call.js';
import type { UpstreamBody } from './relay.js';
import { ProviderError } from '../core/errors.js';
import { geminiEmbed } from './gemini-embed.js';
import type { CallSignal } from './call-signal.js';

// Gemini generateContent / streamGenerateContent?alt=sse. Messages become `contents` with roles
// user/model, tool calls become functionCall parts and tool results functionResponse parts (named by
// looking up the call they answer), system prompts move to systemInstruction.

type GeminiConfig = Extract<ProviderConfig, { type: 'gemini' }>;
type Json = Record<string, unknown>;

interface Endpoint {
  chatUrl: string;
  embedUrl: string;
  streamUrl: string;
  headers: Record<string, string>;
}

// Gemini 3 rejects a replayed function call without the thoughtSignature it came with; clients
// only send back the call id, so remember signatures by id (bounded, oldest evicted first).
const SIGNATURES_MAX = 10_000;

export class GeminiAdapter implements ProviderAdapter {
  readonly #endpoints = new WeakMap<ProviderTarget, Endpoint>();
  readonly #signatures = new Map<string, string>();

  translationLoss(_target: ProviderTarget, request: ChatRequest): string[] {
    return geminiTranslationLoss(request);
  }

  async chat(target: ProviderTarget, request: ChatRequest, options: ProviderCallOptions): Promise<ChatResponse> {
    const ep = this.#endpoint(target);
    const res = await postJson(ep.chatUrl, ep.headers, JSON.stringify(buildGeminiBody(target, request, this.#signatures)), options.signal, target);
    if (res.statusCode >= 300) throw geminiAuth(await statusError(res, options.signal, target));
    const out = parseGeminiResponse(await readJson(res, options.signal, target), target, res.statusCode, this.#remember);
    return out;
  }

  async stream(target: ProviderTarget, request: ChatRequest, options: ProviderCallOptions): Promise<AsyncIterable<StreamChunk>> {
    const ep = this.#endpoint(target);
    // geminiAuth changes only a status error's kind (bad_request to auth); transport failures pass.
    const answer = await postForEvents(ep.streamUrl, ep.headers, JSON.stringify(buildGeminiBody(target, request, this.#signatures)), options.signal, target).catch((err: unknown) => {
      throw err instanceof ProviderError ? geminiAuth(err) : err;
    });
    if (!answer.events) {
      if (answer.json.error) throw inBandError(answer.json.error as Json, target);
      throw malformed(target, 'expected an event stream', answer.status);
    }
    return streamChunks(answer.events, target, options.signal, this.#remember);
  }

  async embed(target: ProviderTarget, request: EmbeddingRequest, options: ProviderCallOptions): Promise<EmbeddingResponse> {
    const ep = this.#endpoint(target);
    return geminiEmbed(ep.embedUrl, ep.headers, target, request, options.signal).catch((err: unknown) => {
      throw err instanceof ProviderError ? geminiAuth(err) : err;
    });
  }

  readonly #remember = (id: string, signature: string): void => {
    if (this.#signatures.size >= SIGNATURES_MAX) this.#signatures.delete(this.#signatures.keys().next().value as string);
    this.#signatures.set(id, signature);
  };

  #endpoint(target: ProviderTarget): Endpoint {
    let ep = this.#endpoints.get(target);
    if (!ep) {
      const cfg = target.config as GeminiConfig;
      let base = (cfg.base_url ?? 'https://generativelanguage.googleapis.com/v1beta').replace(/\/+$/, '');
      if (!/\/v1(beta|alpha)?\d*$/.test(base)) base += '/v1beta';
      const model = target.model.replace(/^models\//, '');
      const headers: Record<string, string> = { 'content-type': 'application/json', ...cfg.headers };
      // The key goes in a header, never the URL, so it cannot end up in access logs or errors.
      if (target.apiKey) headers['x-goog-api-key'] = target.apiKey.reveal();
      ep = {
        chatUrl: `${base}/models/${encodeURIComponent(model)}:generateContent`,
        embedUrl: `${base}/models/${encodeURIComponent(model)}:batchEmbedContents`,
        streamUrl: `${base}/models/${encodeURIComponent(model)}:streamGenerateContent?alt=sse`,
        headers,
      };
      this.#endpoints.set(target, ep);
    }
    return ep;
  }
}

/** Gemini answers an invalid key with 400 INVALID_ARGUMENT (reason API_KEY_INVALID): that is auth. */
function geminiAuth(err: ProviderError): ProviderError {
  if (err.kind === 'bad_request' && /API key not valid|API_KEY_INVALID|API key expired/i.test(err.message)) {
    return new ProviderError(err.message, { kind: 'auth', provider: err.provider, upstreamStatus: err.upstreamStatus });
  }
  return err;
}

type Turn = { role: 'user' | 'model'; parts: Json[] };

/** Parallel function responses must share one turn, as their calls did; same-role neighbours merge. */
function pushTurn(contents: Turn[], turn: Turn): void {
  const prev = contents[contents.length - 1];
  if (prev && prev.role === turn.role) prev.parts.push(...turn.parts);
  else contents.push(turn);
}

/** What a ChatRequest holds that Gemini cannot take (recorded, never silently lost). */
function geminiTranslationLoss(request: ChatRequest): string[] {
  const lost: string[] = [];
  if (request.parallel_tool_calls === false) lost.push('parallel_tool_calls');
  if (request.messages.some((m) => m.role === 'assistant' && m.reasoning)) lost.push('assistant reasoning');
  for (const m of request.messages) {
    if (Array.isArray(m.content) && m.content.some((p) => p.type === 'file' && !p.file.file_data && !p.file.url)) lost.push('file_id documents');
  }
  for (const k of Object.keys(request.extra ?? {})) lost.push(k);
  return [...new Set(lost)];
}

const THINKING_BUDGET = { minimal: 512, low: 2048, medium: 8192, high: 24576 } as const;

const TOP_LEVEL_NATIVE = new Set(['safetySettings', 'cachedContent', 'labels']);

export function buildGeminiBody(target: ProviderTarget, original: ChatRequest, signatures?: Map<string, string>): Json {
  const { request, native } = applyParams(original, target.params);
  const system: string[] = [];
  const contents: Turn[] = [];
  const names = new Map<string, string>(); // tool call id -> function name
  for (const m of request.messages) {
    if (m.role === 'system' || m.role === 'developer') {
      const t = textOf(m.content);
      // Gemini has one system instruction; later system messages stay in place as marked user text.
      if (t && contents.length === 0) system.push(t);
      else if (t) pushTurn(contents, { role: 'user', parts: [{ text: `[system]\n${t}` }] });
      continue;
    }
    const turn = toContent(m, names, signatures);
    if (turn.parts.length) pushTurn(contents, turn);
  }
  const body: Json = { contents };
  if (system.length) body.systemInstruction = { parts: [{ text: system.join('\n\n') }] };
  if (request.tools?.length) {
    body.tools = [
      {
        functionDeclarations: request.tools.map((t) => {
          const decl: Json = { name: t.function.name };
          if (t.function.description) decl.description = t.function.description;
          const params = toGeminiSchema(t.function.parameters);
          // An object schema with no properties is rejected; a function without parameters omits it.
          if (params && !(params.type === 'object' && !params.properties)) decl.parameters = params;
          return decl;
        }),
      },
    ];
    const c = request.tool_choice;
    if (c !== undefined) {
      const cfg: Json =
        c === 'none' ? { mode: 'NONE' } : c === 'required' ? { mode: 'ANY' } : c === 'auto' ? { mode: 'AUTO' } : { mode: 'ANY', allowedFunctionNames: [c.function.name] };
      body.toolConfig = { functionCallingConfig: cfg };
    }
  }
  const gen: Json = {};
  if (request.temperature !== undefined) gen.temperature = request.temperature;
  if (request.top_p !== undefined) gen.topP = request.top_p;
  if (request.top_k !== undefined) gen.topK = request.top_k;
  if (request.reasoning) gen.thinkingConfig = { thinkingBudget: request.reasoning.budget_tokens ?? THINKING_BUDGET[request.reasoning.effort ?? 'medium'], includeThoughts: true };
  if (request.max_tokens !== undefined) gen.maxOutputTokens = request.max_tokens;
  if (request.stop !== undefined) gen.stopSequences = Array.isArray(request.stop) ? request.stop : [request.stop];
  if (request.seed !== undefined) gen.seed = request.seed;
  if (request.presence_penalty !== undefined) gen.presencePenalty = request.presence_penalty;
  if (request.frequency_penalty !== undefined) gen.frequencyPenalty = request.frequency_penalty;
  const f = request.response_format;
  if (f && f.type !== 'text') {
    gen.responseMimeType = 'application/json';
    if (f.type === 'json_schema' && f.json_schema.schema) gen.responseSchema = toGeminiSchema(f.json_schema.schema);
  }
  if (native) {
    for (const [k, v] of Object.entries(native)) {
      if (TOP_LEVEL_NATIVE.has(k)) body[k] = v;
      else gen[k] = v; // thinkingConfig, topK, candidateCount...
    }
  }
  if (Object.keys(gen).length) body.generationConfig = gen;
  return body;
}

function partOf(p: ContentPart): Json | undefined {
  if (p.type === 'text') return p.text ? { text: p.text } : undefined;
  if (p.type === 'file') {
    const file = p.file.file_data ? parseDataUrl(p.file.file_data) : undefined;
    if (file) return { inlineData: { mimeType: file.mediaType, data: file.data } };
    return p.file.url ? { fileData: { mimeType: 'application/pdf', fileUri: p.file.url } } : undefined;
  }
  const data = parseDataUrl(p.image_url.url);
  if (data) return { inlineData: { mimeType: data.mediaType, data: data.data } };
  const ext = /\.(png|jpe?g|gif|webp)(\?|$)/i.exec(p.image_url.url)?.[1]?.toLowerCase();
  const mimeType = ext ? `image/${ext === 'jpg' ? 'jpeg' : ext}` : 'image/jpeg';
  return { fileData: { mimeType, fileUri: p.image_url.url } };
}

function toContent(m: ChatMessage, names: Map<string, string>, signatures?: Map<string, string>): { role: 'user' | 'model'; parts: Json[] } {
  if (m.role === 'tool') {
    const name = names.get(m.tool_call_id ?? '') ?? m.name ?? 'unknown_function';
    const text = textOf(m.content);
    let response: Json;
    try {
      const v = JSON.parse(text) as unknown;
      response = v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : { result: v };
    } catch {
      response = { result: text };
    }
    // Images and documents a tool returned follow its functionResponse in the same turn.
    const media = Array.isArray(m.content) ? m.content.filter((p) => p.type !== 'text').map(partOf).filter((p): p is Json => !!p) : [];
    return { role: 'user', parts: [{ functionResponse: { name, response } }, ...media] };
  }
  const parts: Json[] = [];
  if (typeof m.content === 'string') {
    if (m.content) parts.push({ text: m.content });
  } else if (m.content) {
    for (const p of m.content) {
      const part = partOf(p);
      if (part) parts.push(part);
    }
  }
  if (m.role === 'assistant') {
    for (const tc of m.tool_calls ?? []) {
      names.set(tc.id, tc.function.name);
      let args: unknown;
      try {
        args = tc.function.arguments ? JSON.parse(tc.function.arguments) : {};
      } catch {
        args = { _raw_arguments: tc.function.arguments };
      }
      const part: Json = { functionCall: { name: tc.function.name, args } };
      const sig = signatures?.get(tc.id);
      if (sig) part.thoughtSignature = sig;
      parts.push(part);
    }
    return { role: 'model', parts };
  }
  return { role: 'user', parts };
}

function finishOf(reason: unknown, hasCalls: boolean): FinishReason {
  if (hasCalls) return 'tool_calls';
  switch (reason) {
    case 'MAX_TOKENS':
      return 'length';
    case 'SAFETY':
    case 'RECITATION':
    case 'BLOCKLIST':
    case 'PROHIBITED_CONTENT':
    case 'SPII':
    case 'IMAGE_SAFETY':
      return 'content_filter';
    default:
      return 'stop';
  }
}

function usageOf(raw: unknown): Usage | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const u = raw as Record<string, number | undefined>;
  const prompt = u.promptTokenCount ?? 0;
  // Thinking tokens are billed as output.
  const completion = (u.candidatesTokenCount ?? 0) + (u.thoughtsTokenCount ?? 0);
  const usage: Usage = { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
  if (typeof u.cachedContentTokenCount === 'number') usage.cached_input_tokens = u.cachedContentTokenCount;
  if (typeof u.thoughtsTokenCount === 'number') usage.reasoning_tokens = u.thoughtsTokenCount;
  return usage;
}

type Remember = (id: string, signature: string) => void;

interface Parsed {
  text: string;
  reasoning: string;
  calls: ToolCall[];
  finishReason?: unknown;
}

function parseCandidate(body: Json, target: ProviderTarget, remember: Remember): Parsed | undefined {
  if (body.error) throw inBandError(body.error as Json, target);
  const candidates = body.candidates;
  if (candidates !== undefined && !Array.isArray(candidates)) throw malformed(target, '`candidates` is not an array');
  const cand = (candidates as Json[] | undefined)?.[0];
  if (!cand) {
    const blocked = (body.promptFeedback as Json | undefined)?.blockReason;
    if (blocked) {
      throw new ProviderError(`${target.providerName}: prompt blocked by the upstream (${String(blocked)})`, { kind: 'bad_request', provider: target.providerName, upstreamStatus: 200 });
    }
    return undefined;
  }
  const out: Parsed = { text: '', reasoning: '', calls: [], finishReason: cand.finishReason };
  const parts = ((cand.content as Json | undefined)?.parts ?? []) as Json[];
  if (!Array.isArray(parts)) throw malformed(target, '`content.parts` is not an array');
  for (const p of parts) {
    if (typeof p.text === 'string') {
      if (p.thought === true) out.reasoning += p.text;
      else out.text += p.text;
    } else if (p.functionCall && typeof p.functionCall === 'object') {
      const fc = p.functionCall as Json;
      if (typeof fc.name !== 'string') throw malformed(target, 'a functionCall has no name');
      const id = typeof fc.id === 'string' && fc.id ? fc.id : newToolCallId();
      if (typeof p.thoughtSignature === 'string') remember(id, p.thoughtSignature);
      out.calls.push({ id, type: 'function', function: { name: fc.name, arguments: JSON.stringify(fc.args ?? {}) } });
    }
  }
  return out;
}

export function parseGeminiResponse(body: Json, target: ProviderTarget, status: number | undefined, remember: Remember): ChatResponse {
  const c = parseCandidate(body, target, remember);
  if (!c || (!c.text && !c.calls.length)) throw empty(target, status);
  const out: ChatResponse = {
    upstream_id: typeof body.responseId === 'string' ? body.responseId : undefined,
    model: typeof body.modelVersion === 'string' ? body.modelVersion : target.model,
    message: { role: 'assistant', content: c.text || null, ...(c.calls.length ? { tool_calls: c.calls } : {}), ...(c.reasoning ? { reasoning: c.reasoning } : {}) },
    finish_reason: finishOf(c.finishReason, c.calls.length > 0),
  };
  const usage = usageOf(body.usageMetadata);
  if (usage) out.usage = usage;
  return out;
}

async function* streamChunks(body: UpstreamBody, target: ProviderTarget, signal: CallSignal, remember: Remember): AsyncGenerator<StreamChunk> {
  let metaSent = false;
  let output = false;
  let tools = 0;
  let finishReason: unknown;
  let usage: Usage | undefined;
  let completed = false;
  try {
    for await (const batch of sseBatches(body)) for (const ev of batch) {
      let body: Json;
      try {
        body = JSON.parse(ev.data) as Json;
      } catch {
        throw malformed(target, `stream event is not JSON (${JSON.stringify(ev.data.slice(0, 80))})`);
      }
      if (!metaSent && !body.error) {
        metaSent = true;
        yield { type: 'meta', model: typeof body.modelVersion === 'string' ? body.modelVersion : target.model, upstream_id: typeof body.responseId === 'string' ? body.responseId : undefined };
      }
      const c = parseCandidate(body, target, remember);
      // usageMetadata is cumulative on every chunk; the last one is the total.
      const u = usageOf(body.usageMetadata);
      if (u) usage = u;
      if (!c) continue;
      if (c.reasoning) yield { type: 'delta', reasoning: c.reasoning };
      if (c.text) {
        output = true;
        yield { type: 'delta', content: c.text };
      }
      if (c.calls.length) {
        output = true;
        // Gemini sends each function call whole, never split.
        yield { type: 'delta', tool_calls: c.calls.map((call) => ({ index: tools++, id: call.id, name: call.function.name, arguments: call.function.arguments })) };
      }
      if (c.finishReason) finishReason = c.finishReason;
    }
    completed = true;
  } catch (err) {
    throw transportError(err, signal, target);
  } finally {
    if (!completed) body.destroy();
  }
  if (!output) throw empty(target);
  if (!finishReason) throw malformed(target, 'stream ended without a finishReason');
  yield { type: 'finish', finish_reason: finishOf(finishReason, tools > 0) };
  if (usage) yield { type: 'usage', usage };
}
