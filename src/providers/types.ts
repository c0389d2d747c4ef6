import type { ChatRequest, ChatResponse, EmbeddingRequest, EmbeddingResponse, StreamChunk } from '../core/types.js';
import type { ProviderConfig } from '../config/schema.js';
import type { Secret } from '../config/secret.js';
import type { CallSignal } from './call-signal.js';
import type { JsonBody } from '../core/json-body.js';
import type { TopLevel } from './json-splice.js';

// The one interface every wire format implements (cf. the Vercel AI SDK's provider spec).
// An adapter knows its wire format and nothing else: no routing, retries, storage or servers.
// It throws ProviderError (core/errors) with a `kind` routing can act on.

export interface ProviderCallOptions {
  /** Aborted when the client disconnects or a deadline passes; adapters must pass it to their HTTP call. */
  signal: CallSignal;
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
  /**
   * The pass-through for clients of `format` when this target's upstream speaks it (undefined:
   * translate). An adapter may forward more than one format (OpenAI: chat, and Responses where
   * the upstream serves /responses).
   */
  passthroughFor?(format: WireFormat, target: ProviderTarget): Passthrough | undefined;
  /** The upstream's own prompt token count for a same-format request (Anthropic count_tokens). */
  countTokens?(target: ProviderTarget, request: NativeRequest, options: ProviderCallOptions): Promise<number>;
  /** Fields of `request` this wire format cannot carry (recorded as dropped when it serves). */
  translationLoss?(target: ProviderTarget, request: ChatRequest): string[];
}

/** The wire formats clients speak and adapters can forward to unchanged. */
export type WireFormat = 'anthropic' | 'openai-chat' | 'openai-responses';

/** A client's request in its own wire format, for a target of the same format. */
export interface NativeRequest {
  format: WireFormat;
  /** The client's body as it arrived (parsed JSON); the adapter changes only the model name. */
  body: Record<string, unknown>;
  /** Client headers the upstream needs (anthropic-beta, anthropic-version, openai-beta...), lower-case names. */
  headers: Record<string, string>;
  /** The bytes `body` was parsed from, when the surface kept them: forwarded with only the model replaced. */
  raw?: Buffer;
  /** The client's body as received, when `body` and `raw` are it (ClientNative): top-level fields read from it leave it unparsed. */
  json?: JsonBody;
  /**
   * Set when the request handed to the gateway with this is `raw` converted (src/server/wire-request.ts):
   * the inference record then keeps `raw` as it arrived instead of the normalized request.
   */
  recordRaw?: boolean;
}

/** A forwarded JSON answer: the upstream's own body, and what Switchyard reads from it. */
export interface ForwardedResponse {
  /** The answer parsed (src/providers/forwarded-json.ts parses it only when this is read). */
  readonly raw: Record<string, unknown>;
  /** The bytes `raw` was parsed from, as the upstream sent them: the client gets them with Switchyard's ids spliced in. */
  readonly bytes: Buffer;
  readonly response: ChatResponse;
  /** Where the top-level members of `bytes` are, when already known (the splice need not look). */
  readonly topLevel?: TopLevel;
}

/**
 * Same-format pass-through (cf. the Vercel AI SDK's `raw` stream parts): the upstream receives
 * the client's body and headers with only the model and credentials changed, and the client
 * receives the upstream's bytes. Typed chunks are still parsed off the copy path so recording,
 * usage, fallback and the firewall work as on the translated path. Stream chunks of type `raw`
 * carry the bytes, each right after the typed chunks parsed from it.
 */
export interface Passthrough {
  readonly format: WireFormat;
  chat(target: ProviderTarget, request: NativeRequest, options: ProviderCallOptions): Promise<ForwardedResponse>;
  stream(target: ProviderTarget, request: NativeRequest, options: ProviderCallOptions): Promise<AsyncIterable<StreamChunk>>;
  /** Rewrites a forwarded answer the firewall changed: drop these tool calls, append this text. */
  editJson(raw: Record<string, unknown>, edit: FirewallEdit): Record<string, unknown>;
  /** The same for held stream events (tool-call events and the closing ones), re-serialized. */
  editStream(held: Extract<StreamChunk, { type: 'raw' }>[], edit: FirewallEdit): string;
}

export interface FirewallEdit {
  /** Tool call ids to remove. */
  drop: Set<string>;
  /** Text appended as the answer's last text. */
  text: string;
}
