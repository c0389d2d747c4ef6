import { ProviderError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { ChatRequest, ChatResponse, StreamChunk, Usage } from '../core/types.js';
import type { Config } from '../config/schema.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { InferenceRecord, InferenceStatus, Store } from '../store/types.js';
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
  /** Allowance headers from admission control (x-ratelimit-*), when limits apply. */
  limitHeaders?: Record<string, string>;
  plan: Plan;
  target: RuntimeTarget;
  response: ChatResponse;
  attempts: AttemptLog[];
  latencyMs: number;
  costUsd: number | null;
}

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
}

export type InferenceObserver = (record: InferenceRecord, attempts: AttemptLog[]) => void;

/** Admission control (rate limits, budgets: src/limits/). admit throws to refuse a request. */
export interface Admission {
  admit(request: ChatRequest, meta: RequestMeta, plan: Plan): AdmissionTicket | undefined | Promise<AdmissionTicket | undefined>;
}
export interface AdmissionTicket {
  headers: Record<string, string>;
  /** Called once with the outcome: actual usage and cost (null when the call failed). */
  settle(usage: Usage | null, costUsd: number | null): void;
}

export interface GatewayDeps {
  config: Config;
  store: Store;
  providers: ProviderRegistry;
  env?: NodeJS.ProcessEnv;
  weightsFor?: WeightSource;
}

/** What one config version serves; swapped as a whole by a reload. */
interface Live {
  config: Config;
  models: Map<string, RuntimeModel>;
}

export class Gateway {
  readonly breakers = new BreakerBank();
  #live: Live;
  readonly #store: Store;
  readonly #providers: ProviderRegistry;
  readonly #observers: InferenceObserver[] = [];
  weightsFor?: WeightSource;
  /** Sees every planned request before it runs; must return at once (shadow traffic: src/experiments/shadow.ts). */
  onPlan?: (request: ChatRequest, meta: RequestMeta, plan: Plan) => void;
  admission?: Admission;

  constructor(deps: GatewayDeps) {
    this.#store = deps.store;
    this.#providers = deps.providers;
    this.#live = { config: deps.config, models: resolveModels(deps.config, deps.env ?? process.env) };
    this.weightsFor = deps.weightsFor;
  }

  get config(): Config {
    return this.#live.config;
  }

  get models(): Map<string, RuntimeModel> {
    return this.#live.models;
  }

  /**
   * Serves a new, validated config from the next request on. One reference changes: a request
   * planned before keeps its plan (and so the old targets) to the end. Breakers of targets whose
   * identity is unchanged carry over.
   */
  swap(config: Config, env: NodeJS.ProcessEnv = process.env): void {
    const models = resolveModels(config, env);
    this.#live = { config, models };
    this.breakers.retain(new Set([...models.values()].flatMap((m) => m.targets.map((t) => t.identity))));
  }

  onInference(observer: InferenceObserver): void {
    this.#observers.push(observer);
  }

  /** Names clients can ask for: routes first, then models. */
  servedNames(): string[] {
    return [...Object.keys(this.config.routes), ...this.models.keys()];
  }

  plan(request: ChatRequest, meta: RequestMeta): Plan {
    const live = this.#live;
    return resolvePlan(live.config, live.models, request, meta, this.weightsFor);
  }

  async complete(request: ChatRequest, meta: RequestMeta = {}, plan = this.plan(request, meta)): Promise<CompletedInference> {
    const ticket = this.admission ? await this.admission.admit(request, meta, plan) : undefined;
    this.onPlan?.(request, meta, plan);
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
        target: result.target, attempts: result.attempts, costUsd, ticket,
      });
      return { inferenceId, limitHeaders: ticket?.headers, plan, target: result.target, response: result.value, attempts: result.attempts, latencyMs, costUsd };
    } catch (err) {
      this.#recordFailure(inferenceId, createdAt, started, meta, plan, request, false, err, ticket);
      throw err;
    }
  }

  /** Resolves once a target has produced its first chunk (so every earlier failure fell back unseen). */
  async stream(request: ChatRequest, meta: RequestMeta = {}, plan = this.plan(request, meta)): Promise<StreamingInference> {
    const ticket = this.admission ? await this.admission.admit(request, meta, plan) : undefined;
    this.onPlan?.(request, meta, plan);
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
      this.#recordFailure(inferenceId, createdAt, started, meta, plan, request, true, err, ticket);
      throw err;
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
          target, attempts: result.attempts, costUsd: costOf(target, response.usage), ticket,
        });
      }
    }
    return { inferenceId, limitHeaders: ticket?.headers, plan, target, created: Math.floor(Date.now() / 1000), chunks: chunks(), assembled };
  }

  #recordFailure(id: string, createdAt: string, started: number, meta: RequestMeta, plan: Plan, request: ChatRequest, stream: boolean, err: unknown, ticket?: AdmissionTicket): void {
    const attempts = err instanceof ChainFailedError ? err.attempts : [];
    const aborted = err instanceof ProviderError && err.kind === 'aborted';
    this.#record({
      id, createdAt, meta, plan, request, stream, status: aborted ? 'aborted' : 'error', error: (err as Error).message,
      response: null, usage: null, latencyMs: performance.now() - started, ttftMs: null, target: null, attempts, costUsd: null, ticket,
    });
  }

  #record(r: {
    id: string; createdAt: string; meta: RequestMeta; plan: Plan; request: ChatRequest; stream: boolean;
    status: InferenceStatus; error: string | null; response: ChatResponse | null; usage: Usage | null;
    latencyMs: number; ttftMs: number | null; target: RuntimeTarget | null; attempts: AttemptLog[]; costUsd: number | null;
    ticket?: AdmissionTicket;
  }): void {
    r.ticket?.settle(r.usage, r.costUsd);
    const record: InferenceRecord = {
      id: r.id,
      created_at: r.createdAt,
      session_id: r.meta.sessionId ?? null,
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
