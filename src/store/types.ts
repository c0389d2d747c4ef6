import type { ChatRequest, EmbeddingRequest, Usage } from '../core/types.js';
import type { FirewallRepo } from './firewall-types.js';
import type { ExperimentRepo } from './experiment-types.js';
import type { FeedbackRepo } from './feedback-types.js';
import type { DatasetRepo } from './dataset-types.js';
import type { ResponseRepo } from './response-types.js';
import type { OptimizeRepo } from './optimize-types.js';

// The one storage interface. SQLite (embedded default) and PostgreSQL (shared by replicas)
// implement it; nothing outside src/store/ sees SQL. Writes of records go through a batched
// writer and never block a request; reads are ordinary async queries.

export type InferenceStatus = 'ok' | 'error' | 'aborted' | 'interrupted';

/** What was asked of the model: a chat turn (default) or embeddings. */
export type InferenceKind = 'chat' | 'embedding';

export interface InferenceRecord {
  id: string;
  created_at: string; // ISO-8601
  /** Absent means 'chat' (records written before kinds existed, and every chat surface). */
  kind?: InferenceKind;
  session_id: string | null;
  /** x-request-id of the HTTP request that caused it (client-sent when sane, else generated). */
  request_id?: string | null;
  route: string | null;
  model: string | null; // the Switchyard model (provider chain) that served
  variant: string | null;
  provider: string | null; // provider name of the target that finally served
  upstream_model: string | null;
  stream: boolean;
  status: InferenceStatus;
  error: string | null;
  request: ChatRequest | EmbeddingRequest; // secrets redacted; EmbeddingRequest when kind is 'embedding'
  /**
   * Writing only: `request` is this JSON body of the client's (in its wire format) converted, and a
   * store may keep the body instead of serializing `request`; reading it converts the body back.
   */
  request_as_sent?: RequestAsSent;
  response: unknown | null; // the OpenAI-shaped response sent to the client (assembled for streams)
  usage: Usage | null;
  latency_ms: number;
  ttft_ms: number | null;
  attempts_count: number;
  /** Free-form routing facts: cheap/strong choice and reason, forced variant, pinned target... */
  routing: Record<string, unknown> | null;
  tags: Record<string, string> | null;
  cost_usd: number | null;
  /** What the client sent that the serving target's wire format could not carry (translated path only). */
  dropped?: string[] | null;
  /** Response cache outcome (src/cache/): hit (served from the cache, zero cost), miss (stored after), bypass (not cacheable); null when the route has no cache. */
  cache?: 'hit' | 'miss' | 'bypass' | null;
  /** How much of this row the store keeps (storage.content / routes.<name>.storage_content); not a column. */
  storage_content?: import('./content-mode.js').StorageContent;
}

/** A client's request body as it arrived (UTF-8 JSON), and the wire format it is in. */
export interface RequestAsSent {
  format: import('../providers/types.js').WireFormat;
  bytes: Uint8Array;
  /** Whether `bytes` escape only what JSON.stringify escapes, when the syntax scan found out (src/store/as-sent.ts). */
  plainEscapes?: boolean;
}

export type AttemptOutcome = 'ok' | 'error' | 'skipped';

export interface AttemptRecord {
  id: string;
  inference_id: string;
  seq: number; // order within the inference, from 0
  created_at: string;
  provider: string;
  upstream_model: string;
  target_index: number;
  retry: number; // 0 for the first try at this target
  outcome: AttemptOutcome;
  status_code: number | null;
  error_kind: string | null;
  error: string | null;
  latency_ms: number;
  ttft_ms: number | null;
  /** Why routing moved on after this attempt (null when it served or was final). */
  next_reason: string | null;
}

export interface InferenceQuery {
  route?: string;
  model?: string;
  variant?: string;
  session_id?: string;
  status?: InferenceStatus;
  since?: string;
  until?: string;
  /** Only inferences with this metric's feedback (optionally equal to value). */
  metric?: { name: string; value?: number | boolean };
  cursor?: string; // opaque, from a previous page
  limit?: number; // default 50, max 1000
  order?: 'asc' | 'desc'; // by id (= time), default desc
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres' | 'memory';
  /** The process's one redactor (known secrets + token shapes); everything stored or sent out passes it. */
  readonly redactor: import('./redact.js').Redactor;
  /** Applies pending migrations. Idempotent. */
  init(): Promise<void>;

  /**
   * Enqueue (non-blocking); rows become visible after the next flush. With storage.sync it
   * returns a promise that settles once the row is durable (rejects: StoreUnavailableError).
   */
  recordInference(row: InferenceRecord, attempts: AttemptRecord[]): void | Promise<void>;
  /** The write path's state for /health and /metrics: queue, spill, lag, last failure. */
  writeHealth(): import('./batch-writer.js').WriteHealth;
  /** Writes everything enqueued so far. */
  flush(): Promise<void>;

  getInference(id: string): Promise<InferenceRecord | null>;
  listAttempts(inferenceId: string): Promise<AttemptRecord[]>;
  queryInferences(query: InferenceQuery): Promise<Page<InferenceRecord>>;

  /** Canary experiment state and decision history (src/store/experiment-types.ts). */
  readonly experiments: ExperimentRepo;
  /** Feedback, episode deletion and retention (src/store/feedback-types.ts). */
  readonly feedback: FeedbackRepo;
  /** Versioned datasets (src/store/dataset-types.ts). */
  readonly datasets: DatasetRepo;

  /** Firewall traces, approvals and approval rules (src/store/firewall-types.ts). */
  readonly firewall: FirewallRepo;
  /** Session data imported from other agents (src/store/hermes-import-types.ts); optional until every store has one. */
  readonly imports: import('./hermes-import-types.js').ImportRepo;
  /** Responses API conversation state (src/store/response-types.ts). */
  readonly responses: ResponseRepo;
  /** Response cache entries (src/store/cache-types.ts); absent on stores that cannot hold them. */
  readonly cache?: import('./cache-types.js').CacheRepo;
  /** Example pools and optimize runs (src/store/optimize-types.ts). */
  readonly optimize: OptimizeRepo;

  /** Flushes and releases connections. */
  close(): Promise<void>;
}
