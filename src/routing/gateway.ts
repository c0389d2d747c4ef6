import { ProviderError, SwitchyardError, UnsupportedCapabilityError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { ChatRequest, ChatResponse, EmbeddingRequest, EmbeddingResponse, StreamChunk, Usage } from '../core/types.js';
import type { Config } from '../config/schema.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { InferenceKind, InferenceRecord, InferenceStatus, Store } from '../store/types.js';
import type { AttemptLog } from './attempts.js';
import { StreamAssembler } from './assemble.js';
import { BreakerBank } from './breaker-bank.js';
import { ChainFailedError, runChain, type ChainResult } from './chain.js';
import { requestForTarget } from './prepare.js';
import { resolvePlan, type Plan, type RequestMeta, type WeightSource } from './resolve.js';
import { resolveModels, type RuntimeModel, type RuntimeTarget } from './targets.js';

// The gateway's one entry point for a model call, used by the HTTP server, the eval runner and
// anything else in-process. It resolves the plan, runs the fallback chain, and hands the record
// to the store's batched writer (never waiting for it).

export interface CompletedInference {
  inferenceId: string;
  plan: Plan;
  target: RuntimeTarget;
  response: ChatResponse;
  attempts: AttemptLog[];
  latencyMs: number;
  costUsd: number | null;
}

export interface StreamingInference {
  inferenceId: string;
  plan: Plan;
  target: RuntimeTarget;
  created: number; // unix seconds
  /** Normalized chunks; throws ProviderError('stream_interrupted') when the upstream breaks mid-stream. */
  chunks: AsyncIterable<StreamChunk>;
  /** The assembled response so far (complete once `chunks` is exhausted). */
  assembled: StreamAssembler;
}

export interface CompletedEmbedding {
  inferenceId: string;
  plan: Plan;
  target: RuntimeTarget;
  response: EmbeddingResponse;
  attempts: AttemptLog[];
  latencyMs: number;
  costUsd: number | null;
}

/** Adds retrieved in-context examples to a plan whose variant has `examples` (src/optimize/examples). */
export type ShotRetriever = (request: ChatRequest, plan: Plan) => Promise<Plan>;

export type InferenceObserver = (record: InferenceRecord, attempts: AttemptLog[]) => void;

export interface GatewayDeps {
  config: Config;
  store: Store;
  providers: ProviderRegistry;
  env?: NodeJS.ProcessEnv;
  weightsFor?: WeightSource;
}

export class Gateway {
  readonly config: Config;
  readonly models: Map<string, RuntimeModel>;
  readonly breakers = new BreakerBank();
  readonly #store: Store;
  readonly #providers: ProviderRegistry;
  readonly #observers: InferenceObserver[] = [];
  weightsFor?: WeightSource;
  /** Sees every planned request before it runs; must return at once (shadow traffic: src/experiments/shadow.ts). */
  onPlan?: (request: ChatRequest, meta: RequestMeta, plan: Plan) => void;
  /** Set by the optimize examples service; without it a variant's dynamic examples are skipped (and the record says so). */
  retrieveShots?: ShotRetriever;

  constructor(deps: GatewayDeps) {
    this.config = deps.config;
    this.#store = deps.store;
    this.#providers = deps.providers;
    this.models = resolveModels(deps.config, deps.env ?? process.env);
    this.weightsFor = deps.weightsFor;
  }

  onInference(observer: InferenceObserver): void {
    this.#observers.push(observer);
  }

  /** Names clients can ask for: routes first, then models. */
  servedNames(): string[] {
    return [...Object.keys(this.config.routes), ...this.models.keys()];
  }

  plan(request: ChatRequest, meta: RequestMeta): Plan {
    return resolvePlan(this.config, this.models, request, meta, this.weightsFor);
  }

  async complete(request: ChatRequest, meta: RequestMeta = {}, plan = this.plan(request, meta)): Promise<CompletedInference> {
    this.onPlan?.(request, meta, plan);
    plan = await this.#withExamples(request, plan);
    const inferenceId = newId();
    const started = performance.now();
    const createdAt = new Date().toISOString();
    const signal = meta.signal ?? new AbortController().signal;
    try {
      const result = await runChain(plan.model, this.breakers, { signal, only: plan.only, noFallback: meta.noFallback, stream: false }, async (ctx) => {
        const adapter = this.#providers.adapterFor(ctx.target.provider.config.type);
        const response = await adapter.chat(ctx.target.provider, requestForTarget(request, plan, ctx.target), { signal: ctx.signal });
        if (!response.message.content && !response.message.tool_calls?.length && response.finish_reason !== 'length') {
          throw new ProviderError('upstream returned no content and no tool calls', { kind: 'empty', provider: ctx.target.provider.providerName });
        }
        return response;
      });
      const latencyMs = performance.now() - started;
      const costUsd = costOf(result.target, result.value.usage);
      this.#record({
        id: inferenceId, createdAt, meta, plan, request, stream: false, status: 'ok', error: null,
        response: result.value, usage: result.value.usage ?? null, latencyMs, ttftMs: null,
        target: result.target, attempts: result.attempts, costUsd,
      });
      return { inferenceId, plan, target: result.target, response: result.value, attempts: result.attempts, latencyMs, costUsd };
    } catch (err) {
      this.#recordFailure(inferenceId, createdAt, started, meta, plan, request, false, err);
      throw named(err, inferenceId);
    }
  }

  /** Resolves once a target has produced its first chunk (so every earlier failure fell back unseen). */
  async stream(request: ChatRequest, meta: RequestMeta = {}, plan = this.plan(request, meta)): Promise<StreamingInference> {
    this.onPlan?.(request, meta, plan);
    plan = await this.#withExamples(request, plan);
    const inferenceId = newId();
    const started = performance.now();
    const createdAt = new Date().toISOString();
    const signal = meta.signal ?? new AbortController().signal;
    let result: ChainResult<{ head: StreamChunk[]; iterator: AsyncIterator<StreamChunk> }>;
    try {
      result = await runChain(plan.model, this.breakers, { signal, only: plan.only, noFallback: meta.noFallback, stream: true }, async (ctx) => {
        const adapter = this.#providers.adapterFor(ctx.target.provider.config.type);
        const iterable = await adapter.stream(ctx.target.provider, requestForTarget(request, plan, ctx.target), { signal: ctx.signal });
        const iterator = iterable[Symbol.asyncIterator]();
        const head: StreamChunk[] = [];
        // Hold chunks until the first delta: until then a failure can still fall back invisibly.
        for (;;) {
          const next = await iterator.next();
          if (next.done) {
            throw new ProviderError('stream ended before any content', { kind: 'empty', provider: ctx.target.provider.providerName });
          }
          head.push(next.value);
          if (next.value.type === 'delta') break;
        }
        ctx.firstByte();
        return { head, iterator };
      });
    } catch (err) {
      this.#recordFailure(inferenceId, createdAt, started, meta, plan, request, true, err);
      throw named(err, inferenceId);
    }
    const ttftMs = performance.now() - started;
    const assembled = new StreamAssembler();
    const { head, iterator } = result.value;
    const target = result.target;
    const self = this;
    async function* chunks(): AsyncGenerator<StreamChunk> {
      let status: InferenceStatus = 'ok';
      let error: string | null = null;
      try {
        for (const c of head) {
          assembled.push(c);
          yield c;
        }
        for (;;) {
          let next: IteratorResult<StreamChunk>;
          try {
            next = await iterator.next();
          } catch (err) {
            if (signal.aborted) throw err;
            const e = err instanceof ProviderError ? err : undefined;
            throw new ProviderError(`stream from ${target.key} broke after it started: ${e?.message ?? (err as Error).message}`, {
              kind: 'stream_interrupted', provider: target.provider.providerName, upstreamStatus: e?.upstreamStatus, cause: err,
            });
          }
          if (next.done) break;
          assembled.push(next.value);
          yield next.value;
        }
      } catch (err) {
        status = signal.aborted ? 'aborted' : 'interrupted';
        error = (err as Error).message;
        throw err;
      } finally {
        if (signal.aborted && status === 'ok') {
          status = 'aborted';
          error = 'client disconnected';
        }
        result.done();
        await iterator.return?.().catch(() => undefined);
        if (status !== 'ok') {
          const last = result.attempts[result.attempts.length - 1];
          last.outcome = 'error';
          last.error_kind = status === 'aborted' ? 'aborted' : 'stream_interrupted';
          last.error = error;
        }
        const response = assembled.response();
        self.#record({
          id: inferenceId, createdAt, meta, plan, request, stream: true, status, error, response,
          usage: response.usage ?? null, latencyMs: performance.now() - started, ttftMs,
          target, attempts: result.attempts, costUsd: costOf(target, response.usage),
        });
      }
    }
    return { inferenceId, plan, target, created: Math.floor(Date.now() / 1000), chunks: chunks(), assembled };
  }

  /** Embeddings through the same routing, fallback, breakers and recording; targets that cannot embed are skipped. */
  async embed(request: EmbeddingRequest, meta: RequestMeta = {}): Promise<CompletedEmbedding> {
    const plan = this.plan({ model: request.model, messages: [] }, meta);
    const able = plan.model.targets.filter((t) => this.#providers.adapterFor(t.provider.config.type).embed).map((t) => t.index);
    const only = plan.only ? plan.only.filter((i) => able.includes(i)) : able;
    if (!only.length) {
      const types = [...new Set(plan.model.targets.map((t) => `${t.provider.providerName} (${t.provider.config.type})`))].join(', ');
      throw new UnsupportedCapabilityError(
        `model "${plan.model.name}"${plan.route ? ` (route "${plan.route}")` : ''} cannot serve embeddings: ${plan.only ? 'the pinned target uses' : 'its targets use'} ${types}, which has no embeddings API; use a model whose targets are openai-compatible, gemini or simulated providers`,
      );
    }
    const inferenceId = newId();
    const started = performance.now();
    const createdAt = new Date().toISOString();
    const signal = meta.signal ?? new AbortController().signal;
    try {
      const result = await runChain(plan.model, this.breakers, { signal, only, noFallback: meta.noFallback, stream: false }, async (ctx) => {
        const adapter = this.#providers.adapterFor(ctx.target.provider.config.type);
        return adapter.embed!(ctx.target.provider, { ...request, model: ctx.target.provider.model }, { signal: ctx.signal });
      });
      const latencyMs = performance.now() - started;
      const u = result.value.usage;
      const usage: Usage | null = u ? { prompt_tokens: u.prompt_tokens, completion_tokens: 0, total_tokens: u.total_tokens } : null;
      const costUsd = costOf(result.target, usage ?? undefined);
      const summary = { object: 'list', model: result.value.model, embeddings: result.value.vectors.length, dimensions: result.value.vectors[0]?.length ?? 0, ...(result.value.usage_estimated ? { usage_estimated: true } : {}) };
      this.#record({
        id: inferenceId, kind: 'embedding', createdAt, meta, plan, request, stream: false, status: 'ok', error: null,
        response: summary, usage, latencyMs, ttftMs: null, target: result.target, attempts: result.attempts, costUsd,
      });
      return { inferenceId, plan, target: result.target, response: result.value, attempts: result.attempts, latencyMs, costUsd };
    } catch (err) {
      this.#recordFailure(inferenceId, createdAt, started, meta, plan, request, false, err, 'embedding');
      throw named(err, inferenceId);
    }
  }

  /** The stored record keeps the client's request; routing.examples names the examples that were added. */
  async #withExamples(request: ChatRequest, plan: Plan): Promise<Plan> {
    if (!plan.examples) return plan;
    if (!this.retrieveShots) return { ...plan, routing: { ...plan.routing, examples_skipped: 'no example index attached to this gateway' } };
    return this.retrieveShots(request, plan);
  }

  #recordFailure(id: string, createdAt: string, started: number, meta: RequestMeta, plan: Plan, request: ChatRequest | EmbeddingRequest, stream: boolean, err: unknown, kind: InferenceKind = 'chat'): void {
    const attempts = err instanceof ChainFailedError ? err.attempts : [];
    const aborted = err instanceof ProviderError && err.kind === 'aborted';
    this.#record({
      id, kind, createdAt, meta, plan, request, stream, status: aborted ? 'aborted' : 'error', error: (err as Error).message,
      response: null, usage: null, latencyMs: performance.now() - started, ttftMs: null, target: null, attempts, costUsd: null,
    });
  }

  #record(r: {
    id: string; kind?: InferenceKind; createdAt: string; meta: RequestMeta; plan: Plan; request: ChatRequest | EmbeddingRequest; stream: boolean;
    status: InferenceStatus; error: string | null; response: unknown; usage: Usage | null;
    latencyMs: number; ttftMs: number | null; target: RuntimeTarget | null; attempts: AttemptLog[]; costUsd: number | null;
  }): void {
    const record: InferenceRecord = {
      id: r.id,
      kind: r.kind ?? 'chat',
      created_at: r.createdAt,
      session_id: r.meta.sessionId ?? null,
      request_id: r.meta.requestId ?? null,
      route: r.plan.route,
      model: r.plan.model.name,
      variant: r.plan.variant,
      provider: r.target?.provider.providerName ?? null,
      upstream_model: r.target?.provider.model ?? null,
      stream: r.stream,
      status: r.status,
      error: r.error,
      request: r.request,
      response: r.response,
      usage: r.usage,
      latency_ms: r.latencyMs,
      ttft_ms: r.ttftMs,
      attempts_count: r.attempts.length,
      routing: Object.keys(r.plan.routing).length ? r.plan.routing : null,
      tags: r.meta.tags ?? null,
      cost_usd: r.costUsd,
    };
    this.#store.recordInference(record, r.attempts.map((a, seq) => ({ ...a, id: newId(), inference_id: r.id, seq })));
    for (const observe of this.#observers) observe(record, r.attempts);
  }
}

/** The failed inference was recorded: let the error reply name it (x-switchyard-inference-id). */
function named(err: unknown, inferenceId: string): unknown {
  if (err instanceof SwitchyardError) err.inferenceId = inferenceId;
  return err;
}

function costOf(target: RuntimeTarget, usage: Usage | undefined): number | null {
  if (!usage) return null;
  const t = target.config;
  if (t.usd_per_1m_input_tokens !== undefined || t.usd_per_1m_output_tokens !== undefined) {
    return (usage.prompt_tokens * (t.usd_per_1m_input_tokens ?? 0) + usage.completion_tokens * (t.usd_per_1m_output_tokens ?? 0)) / 1e6;
  }
  const p = target.provider.config;
  if (p.type === 'simulated' && p.usd_per_1k_tokens > 0) return (usage.total_tokens * p.usd_per_1k_tokens) / 1000;
  return null;
}
