import type { ChatRequest, ChatResponse, EmbeddingResponse, StreamChunk, Usage } from '../core/types.js';
import type { ForwardedResponse, Passthrough } from '../providers/types.js';
import type { InferenceRecord } from '../store/types.js';
import type { CacheEntry, CacheTicket } from '../cache/response-cache.js';
import type { AttemptLog } from './attempts.js';
import type { StreamAssembler } from './assemble.js';
import type { ClientAbort } from './client-abort.js';
import type { Plan, RequestMeta } from './resolve.js';
import type { RuntimeTarget } from './targets.js';

// What the Gateway's callers and collaborators see: the results of a model call, admission
// control, observers and example retrieval (src/routing/gateway.ts does the work).

export interface CompletedInference {
  inferenceId: string;
  /** Allowance headers from admission control (x-ratelimit-*), when limits apply. */
  limitHeaders?: Record<string, string>;
  plan: Plan;
  target: RuntimeTarget;
  response: ChatResponse;
  attempts: AttemptLog[];
  latencyMs: number;
  costUsd: number | null;
  /** Same-format pass-through: the upstream's own JSON body (parsed when read: src/routing/completion.ts), and the adapter capability that produced it. */
  raw?: Record<string, unknown>;
  /** The answer as the upstream sent it (its `raw` is this `raw` until the firewall's edit replaces that). */
  forwarded?: ForwardedResponse;
  /** The firewall's edit of the forwarded answer, once made (set through `raw`). */
  edited?: Record<string, unknown>;
  passthrough?: Passthrough;
  /** Translated path: what the target's wire format could not carry. */
  dropped: string[];
  /** Response cache outcome, when the request involved the cache (x-switchyard-cache response header). */
  cache?: CacheOutcome;
}

export type CacheOutcome = 'hit' | 'miss' | 'bypass';

export interface StreamingInference {
  inferenceId: string;
  limitHeaders?: Record<string, string>;
  plan: Plan;
  target: RuntimeTarget;
  created: number; // unix seconds
  /** Normalized chunks; throws ProviderError('stream_interrupted') when the upstream breaks mid-stream. */
  chunks: AsyncIterable<StreamChunk>;
  /** The assembled response so far (complete once `chunks` is exhausted). */
  assembled: StreamAssembler;
  /** Same-format pass-through: `chunks` carries the upstream's bytes as `raw` chunks. */
  passthrough?: Passthrough;
  dropped: string[];
  cache?: CacheOutcome;
}

export interface CompletedEmbedding {
  inferenceId: string;
  limitHeaders?: Record<string, string>;
  plan: Plan;
  target: RuntimeTarget;
  response: EmbeddingResponse;
  attempts: AttemptLog[];
  latencyMs: number;
  costUsd: number | null;
}

export type InferenceObserver = (record: InferenceRecord, attempts: AttemptLog[], meta: RequestMeta) => void;

/** Admission control (rate limits, budgets: src/limits/). admit throws to refuse a request. */
export interface Admission {
  admit(request: ChatRequest, meta: RequestMeta, plan: Plan): AdmissionTicket | undefined | Promise<AdmissionTicket | undefined>;
}
export interface AdmissionTicket {
  headers: Record<string, string>;
  /** Called once with the outcome: actual usage and cost (null when the call failed). */
  settle(usage: Usage | null, costUsd: number | null): void;
}

/** Adds retrieved in-context examples to a plan whose variant has `examples` (src/optimize/examples). */
export type ShotRetriever = (request: ChatRequest, plan: Plan) => Promise<Plan>;


/** What a model call settled before its first attempt (Gateway#begin). */
export interface CallStart {
  ticket?: AdmissionTicket;
  /** The plan with retrieved examples added. */
  plan: Plan;
  inferenceId: string;
  started: number;
  createdAt: string;
  client: ClientAbort;
  cached?: CacheTicket;
  hit: CacheEntry | null;
}
