import type { ChatRequest, ChatResponse, EmbeddingRequest, EmbeddingResponse, StreamChunk } from '../core/types.js';
import type { ProviderConfig } from '../config/schema.js';
import type { Secret } from '../config/secret.js';

// The one interface every wire format implements (cf. the Vercel AI SDK's provider spec).
// An adapter knows its wire format and nothing else: no routing, retries, storage or servers.
// It throws ProviderError (core/errors) with a `kind` routing can act on.

export interface ProviderCallOptions {
  /** Aborted when the client disconnects or a deadline passes; adapters must pass it to their HTTP call. */
  signal: AbortSignal;
}

export interface ProviderTarget {
  /** The provider's name in the config (for errors and metrics). */
  providerName: string;
  config: ProviderConfig;
  /** Resolved credential, absent for providers that need none. */
  apiKey?: Secret;
  /** Upstream model name. */
  model: string;
  /** Request fields forced by the target (e.g. temperature), merged over the client's. */
  params?: Record<string, unknown>;
}

export interface ProviderAdapter {
  chat(target: ProviderTarget, request: ChatRequest, options: ProviderCallOptions): Promise<ChatResponse>;
  /** Resolves once the upstream accepted the stream (status checked), then yields normalized chunks. */
  stream(target: ProviderTarget, request: ChatRequest, options: ProviderCallOptions): Promise<AsyncIterable<StreamChunk>>;
  /** Optional capability: formats without an embeddings API leave it out, and routing skips them for embeddings. */
  embed?(target: ProviderTarget, request: EmbeddingRequest, options: ProviderCallOptions): Promise<EmbeddingResponse>;
}
