import type { ChatRequest, ChatResponse, EmbeddingRequest, EmbeddingResponse, StreamChunk } from '../core/types.js';
import type { ProviderConfig } from '../config/schema.js';
import type { Passthrough, ProviderAdapter, ProviderCallOptions, ProviderTarget, WireFormat } from './types.js';
import { presetInfo } from './presets.js';
import { openAiEmbed } from './openai-embed.js';
import { sseBatches } from './sse.js';
import { inBandError, postJson, readJson, statusError, transportError } from './http.js';
import { postForEvents } from './stream-call.js';
import type { UpstreamBody } from './relay.js';
import { buildBody, openAiTranslationLoss } from './openai/request.js';
import { chunksOfResponse, parseResponse } from './openai/response.js';
import { OpenAiEventMapper } from './openai/events.js';
import { OpenAiPassthrough } from './openai/forward.js';
import { OpenAiResponsesPassthrough } from './openai/responses-forward.js';
import type { CallSignal } from './call-signal.js';

// OpenAI Chat Completions, and every server that speaks it (OpenRouter, vLLM, Ollama, llama.cpp,
// Together, Groq, DeepSeek, Nous Portal...). OpenAI chat clients are forwarded unchanged
// (./openai/forward.ts), and so are Responses API clients when the server serves /responses
// (./openai/responses-forward.ts); other clients are translated (./openai/request.ts, response.ts, events.ts).

export { buildBody } from './openai/request.js';
export { parseResponse } from './openai/response.js';

type OpenAiConfig = Extract<ProviderConfig, { type: 'openai' }>;

interface Endpoint {
  /** Base URL without a trailing slash (…/v1). */
  base: string;
  url: string;
  headers: Record<string, string>;
  official: boolean;
  /** POST {base}/responses, when the server speaks the Responses API (`responses_api`). */
  responsesUrl?: string;
  developerRole: boolean;
}

export class OpenAiAdapter implements ProviderAdapter {
  // Targets are resolved once at start-up, so URL and headers are built once per target.
  readonly #endpoints = new WeakMap<ProviderTarget, Endpoint>();
  readonly #chatPassthrough = new OpenAiPassthrough((t) => this.#endpoint(t));
  readonly #responsesPassthrough = new OpenAiResponsesPassthrough((t) => {
    const ep = this.#endpoint(t);
    return { url: ep.responsesUrl!, headers: ep.headers };
  });

  passthroughFor(format: WireFormat, target: ProviderTarget): Passthrough | undefined {
    if (format === 'openai-chat') return this.#chatPassthrough;
    if (format === 'openai-responses' && this.#endpoint(target).responsesUrl) return this.#responsesPassthrough;
    return undefined;
  }

  async chat(target: ProviderTarget, request: ChatRequest, options: ProviderCallOptions): Promise<ChatResponse> {
    const ep = this.#endpoint(target);
    const res = await postJson(ep.url, ep.headers, JSON.stringify(buildBody(target, request, ep, false)), options.signal, target);
    if (res.statusCode >= 300) throw await statusError(res, options.signal, target);
    const body = await readJson(res, options.signal, target);
    return parseResponse(body, target, res.statusCode);
  }

  async stream(target: ProviderTarget, request: ChatRequest, options: ProviderCallOptions): Promise<AsyncIterable<StreamChunk>> {
    const ep = this.#endpoint(target);
    const answer = await postForEvents(ep.url, ep.headers, JSON.stringify(buildBody(target, request, ep, true)), options.signal, target);
    if (!answer.events) {
      // Some servers answer a stream request with a JSON error (or a whole non-streamed reply).
      if (answer.json.error) throw inBandError(answer.json.error as Record<string, unknown>, target);
      return chunksOfResponse(parseResponse(answer.json, target, answer.status));
    }
    return streamChunks(answer.events, target, options.signal);
  }

  embed(target: ProviderTarget, request: EmbeddingRequest, options: ProviderCallOptions): Promise<EmbeddingResponse> {
    const ep = this.#endpoint(target);
    return openAiEmbed(`${ep.base}/embeddings`, ep.headers, target, request, options.signal);
  }

  translationLoss(target: ProviderTarget, request: ChatRequest): string[] {
    return openAiTranslationLoss(request, this.#endpoint(target).official);
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
  const responses = cfg.responses_api ?? official;
  return {
    base, url: `${base}/chat/completions`, headers, official, developerRole: official || preset.developerRole === true,
    ...(responses ? { responsesUrl: `${base}/responses` } : {}),
  };
}

async function* streamChunks(body: UpstreamBody, target: ProviderTarget, signal: CallSignal): AsyncGenerator<StreamChunk> {
  const mapper = new OpenAiEventMapper(target);
  try {
    for await (const batch of sseBatches(body)) for (const ev of batch) {
      // Keep reading to the end after [DONE]: destroying an unfinished body would close the
      // keep-alive socket instead of returning it to the pool.
      if (mapper.done) continue;
      yield* mapper.map(ev.data).chunks;
    }
  } catch (err) {
    throw transportError(err, signal, target);
  } finally {
    if (!mapper.done) body.destroy();
  }
  yield* mapper.end();
}
