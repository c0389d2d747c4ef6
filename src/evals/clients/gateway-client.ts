import type { Gateway } from '../../routing/gateway.js';
import type { ContenderSpec } from '../schema/eval-file.js';
import type { ContenderClient, ContenderResult } from '../types.js';
import type { ChatRequest } from '../../core/types.js';

/**
 * Contenders run in-process through the gateway's own routing (plans, variants, fallback chains,
 * breakers), and every call is recorded in the store like client traffic, tagged as eval traffic.
 */
export class GatewayContenderClient implements ContenderClient {
  constructor(
    private readonly gateway: Gateway,
    private readonly tags: Record<string, string> = { source: 'eval' },
  ) {}

  async complete(contender: ContenderSpec, request: ChatRequest, signal?: AbortSignal): Promise<ContenderResult> {
    const r = await this.gateway.complete(request, { forceVariant: contender.variant, signal, tags: { ...this.tags, contender: contender.name } });
    return { response: r.response, latencyMs: r.latencyMs, usage: r.response.usage ?? null, costUsd: r.costUsd };
  }
}
