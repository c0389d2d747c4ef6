import type { ChatRequest, ChatResponse, StreamChunk } from '../core/types.js';
import type { ProviderConfig } from '../config/schema.js';
import type { NativeRequest, Passthrough, ProviderAdapter, ProviderCallOptions, ProviderTarget, WireFormat } from './types.js';
import { sseBatches } from './sse.js';
import { inBandError, malformed, postJson, readJson, statusError, transportError } from './http.js';
import { postForEvents } from './stream-call.js';
import type { UpstreamBody } from './relay.js';
import { anthropicTranslationLoss, buildAnthropicBody } from './anthropic/request.js';
import { parseAnthropicResponse } from './anthropic/response.js';
import { AnthropicEventMapper } from './anthropic/events.js';
import { AnthropicPassthrough, type AnthropicEndpoint } from './anthropic/forward.js';
import type { CallSignal } from './call-signal.js';

// Anthropic Messages API. Anthropic clients are forwarded unchanged (./anthropic/forward.ts);
// other clients are translated (./anthropic/request.ts, response.ts, events.ts).

export { buildAnthropicBody } from './anthropic/request.js';
export { parseAnthropicResponse } from './anthropic/response.js';

type AnthropicConfig = Extract<ProviderConfig, { type: 'anthropic' }>;

const DEFAULT_VERSION = '2023-06-01';
const DEFAULT_MAX_TOKENS = 4096;

interface Endpoint extends AnthropicEndpoint {
  maxTokens: number;
  base: string;
}

export class AnthropicAdapter implements ProviderAdapter {
  readonly #endpoints = new WeakMap<ProviderTarget, Endpoint>();
  readonly #passthrough = new AnthropicPassthrough((t) => this.endpoint(t));

  passthroughFor(format: WireFormat): Passthrough | undefined {
    return format === 'anthropic' ? this.#passthrough : undefined;
  }

  async chat(target: ProviderTarget, request: ChatRequest, options: ProviderCallOptions): Promise<ChatResponse> {
    const ep = this.endpoint(target);
    const res = await postJson(ep.url, ep.headers, JSON.stringify(buildAnthropicBody(target, request, ep.maxTokens, false)), options.signal, target);
    if (res.statusCode >= 300) throw await statusError(res, options.signal, target);
    return parseAnthropicResponse(await readJson(res, options.signal, target), target, res.statusCode);
  }

  async stream(target: ProviderTarget, request: ChatRequest, options: ProviderCallOptions): Promise<AsyncIterable<StreamChunk>> {
    const ep = this.endpoint(target);
    const answer = await postForEvents(ep.url, ep.headers, JSON.stringify(buildAnthropicBody(target, request, ep.maxTokens, true)), options.signal, target);
    if (!answer.events) {
      if (answer.json.type === 'error') throw inBandError(answer.json.error as Record<string, unknown>, target);
      throw malformed(target, 'expected an event stream', answer.status);
    }
    return streamChunks(answer.events, target, options.signal);
  }

  async countTokens(target: ProviderTarget, native: NativeRequest, options: ProviderCallOptions): Promise<number> {
    const ep = this.endpoint(target);
    const headers: Record<string, string> = { ...ep.headers };
    if (native.headers['anthropic-beta']) headers['anthropic-beta'] = native.headers['anthropic-beta'];
    const { max_tokens: _m, stream: _s, ...body } = native.body;
    const res = await postJson(`${ep.base}/messages/count_tokens`, headers, JSON.stringify({ ...body, model: target.model }), options.signal, target);
    if (res.statusCode >= 300) throw await statusError(res, options.signal, target);
    const out = await readJson(res, options.signal, target);
    if (typeof out.input_tokens !== 'number') throw malformed(target, 'count_tokens answer has no input_tokens', res.statusCode);
    return out.input_tokens;
  }

  translationLoss(_target: ProviderTarget, request: ChatRequest): string[] {
    return anthropicTranslationLoss(request);
  }

  /** URL and headers of a target (built once per target) and the base for other endpoints. */
  endpoint(target: ProviderTarget): Endpoint {
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
      const v1 = base.endsWith('/v1') ? base : `${base}/v1`;
      ep = { url: `${v1}/messages`, base: v1, headers, maxTokens: cfg.default_max_tokens ?? DEFAULT_MAX_TOKENS, pinnedVersion: cfg.version !== undefined };
      this.#endpoints.set(target, ep);
    }
    return ep;
  }
}

async function* streamChunks(body: UpstreamBody, target: ProviderTarget, signal: CallSignal): AsyncGenerator<StreamChunk> {
  const mapper = new AnthropicEventMapper(target);
  try {
    for await (const batch of sseBatches(body)) for (const ev of batch) {
      if (mapper.stopped) continue; // drain to the end so the socket returns to the pool
      yield* mapper.map(ev.data).chunks;
    }
  } catch (err) {
    throw transportError(err, signal, target);
  } finally {
    if (!mapper.stopped) body.destroy();
  }
  yield* mapper.end();
}
