import OpenAI from 'openai';
import { ProviderError } from '../../core/errors.js';
import type { ChatRequest, ChatResponse, FinishReason } from '../../core/types.js';
import type { ContenderSpec } from '../schema/eval-file.js';
import type { ContenderClient, ContenderResult } from '../types.js';

/**
 * Contenders run against a gateway that is already serving, over its OpenAI-compatible API, with
 * the official SDK. The SDK's own retries are off: the eval runner retries and counts them.
 */
export class HttpContenderClient implements ContenderClient {
  readonly #client: OpenAI;

  constructor(baseUrl: string, apiKey: string | undefined) {
    const root = baseUrl.replace(/\/+$/, '');
    this.#client = new OpenAI({ baseURL: root.endsWith('/v1') ? root : `${root}/v1`, apiKey: apiKey ?? 'no-key', maxRetries: 0 });
  }

  async complete(contender: ContenderSpec, request: ChatRequest, signal?: AbortSignal): Promise<ContenderResult> {
    const started = performance.now();
    const headers: Record<string, string> = { 'x-switchyard-tag-source': 'eval' };
    if (contender.variant) headers['x-switchyard-variant'] = contender.variant;
    const { extra, ...body } = request;
    try {
      const completion = await this.#client.chat.completions.create(
        { ...(extra ?? {}), ...(body as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming), stream: false },
        { signal, headers },
      );
      const choice = completion.choices[0];
      const response: ChatResponse = {
        model: completion.model,
        message: {
          role: 'assistant',
          content: choice?.message.content ?? null,
          ...(choice?.message.tool_calls?.length
            ? { tool_calls: choice.message.tool_calls.filter((c) => c.type === 'function').map((c) => ({ id: c.id, type: 'function' as const, function: { name: c.function.name, arguments: c.function.arguments } })) }
            : {}),
        },
        finish_reason: (choice?.finish_reason ?? 'stop') as FinishReason,
        usage: completion.usage ? { prompt_tokens: completion.usage.prompt_tokens, completion_tokens: completion.usage.completion_tokens, total_tokens: completion.usage.total_tokens } : undefined,
      };
      return { response, latencyMs: performance.now() - started, usage: response.usage ?? null, costUsd: null };
    } catch (err) {
      if (err instanceof OpenAI.APIError) {
        const status = err.status ?? 0;
        const kind = status === 429 ? 'rate_limited' : status >= 500 ? 'server_error' : status === 401 || status === 403 ? 'auth' : status ? 'bad_request' : 'connection';
        throw new ProviderError(`gateway answered ${status || 'no response'}: ${err.message}`, { kind, provider: 'gateway', upstreamStatus: status || undefined });
      }
      throw err;
    }
  }
}
