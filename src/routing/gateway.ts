import { ProviderError, UnsupportedCapabilityError } from '../core/errors.js';
import { StoreUnavailableError } from '../store/errors.js';
import { newId } from '../core/ids.js';
import type { ChatRequest, ChatResponse, EmbeddingRequest, StreamChunk, Usage } from '../core/types.js';
import type { Config } from '../config/schema.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { ForwardedResponse, NativeRequest, Passthrough } from '../providers/types.js';
import type { InferenceKind, RequestAsSent, Store } from '../store/types.js';
import { StreamAssembler } from './assemble.js';
import { BreakerBank } from './breaker-bank.js';
import { ChainFailedError, runChain, type ChainResult } from './chain.js';
import { nativeForTarget, requestForTarget } from './prepare.js';
import { requireValid } from './deferred-request.js';
import { costOf } from './cost.js';
import { resolvePlan, type Plan, type RequestMeta, type WeightSource } from './resolve.js';
import { resolveModels, type RuntimeModel } from './targets.js';
import type { ResponseCache } from '../cache/response-cache.js';
import { replayStream } from '../cache/replay.js';
import { buildRecord, type RecordInput } from './record.js';
import { liveChunks } from './live-stream.js';
import { retainUpstreams } from '../providers/pools.js';
import { asSentOf, cachedTarget, clientOf, droppedOf, lossOf, named, passthroughFor } from './call-helpers.js';
import { Completion } from './completion.js';
import type {
  Admission, AdmissionTicket, CallStart, CompletedEmbedding, CompletedInference, InferenceObserver, ShotRetriever, StreamingInference,
} from './gateway-types.js';

// The gateway's one entry point for a model call, used by the HTTP server, the eval runner and
// anything else in-process. It resolves the plan, runs the fallback chain, and hands the record
// to the store's batched writer (never waiting for it). Result types: gateway-types.ts.

export type {
  Admission, AdmissionTicket, CompletedEmbedding, CompletedInference, StreamingInference,
} from './gateway-types.js';

interface GatewayDeps {
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
  /** The response cache (src/cache/), when configured. */
  cache?: ResponseCache;
  /** Set by the optimize examples service; without it a variant's dynamic examples are skipped (and the record says so). */
  retrieveShots?: ShotRetriever;

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
    retainUpstreams(config);
  }

  onInference(observer: InferenceObserver): void {
    this.#observers.push(observer);
  }

  /** Names clients can ask for: routes first, then models. */
  servedNames(): string[] {
    return [...Object.keys(this.config.routes), ...this.models.keys()];
  }

  plan(request: ChatRequest, meta: RequestMeta): Plan {
    // storage.on_write_failure: reject — refuse work the store could not record (503, each
    // surface renders it in its own wire format); serve keeps answering and queues the rows.
    if (this.config.storage.on_write_failure === 'reject' && !this.#store.writeHealth().writable) {
      throw new StoreUnavailableError('the gateway cannot record inferences right now (store writes are failing); retry later');
    }
    const live = this.#live;
    return resolvePlan(live.config, live.models, request, meta, this.weightsFor);
  }

  /** `native`: the client's own body and headers, forwarded unchanged to targets of its wire format. */
  async complete(request: ChatRequest, meta: RequestMeta = {}, plan = this.plan(request, meta), native?: NativeRequest): Promise<CompletedInference> {
    if (!this.forwardsOnly(plan, native)) requireValid(request);
    const call = await this.#begin(request, meta, plan);
    const { ticket, inferenceId, started, createdAt, client, cached, hit } = call;
    const asSent = asSentOf(native);
    plan = call.plan;
    if (hit) {
      const target = cachedTarget(plan, hit.target);
      const latencyMs = performance.now() - started;
      const dropped = droppedOf(meta, []);
      await this.#record({
        id: inferenceId, createdAt, meta, plan, request, asSent, stream: false, status: 'ok', error: null, response: hit.response,
        usage: hit.response.usage ?? null, latencyMs, ttftMs: null, target, attempts: [], costUsd: 0, cache: 'hit', dropped, ticket,
      });
      return { inferenceId, limitHeaders: ticket?.headers, plan, target, response: hit.response, attempts: [], latencyMs, costUsd: 0, dropped, cache: 'hit' };
    }
    let result: ChainResult<{ response: ChatResponse; forwarded: ForwardedResponse | undefined; passthrough: Passthrough | undefined; dropped: string[] }>;
    try {
      result = await runChain(plan.model, this.breakers, { client, only: plan.only, noFallback: meta.noFallback, stream: false }, async (ctx) => {
        const adapter = this.#providers.adapterFor(ctx.target.provider.config.type);
        const pass = passthroughFor(adapter, native, plan, ctx.target);
        if (pass) {
          const forwarded = await pass.chat(ctx.target.provider, nativeForTarget(native!, plan, ctx.target), { signal: ctx.signal });
          return { response: forwarded.response, forwarded, passthrough: pass, dropped: [] };
        }
        const prepared = requestForTarget(request, plan, ctx.target);
        const response = await adapter.chat(ctx.target.provider, prepared, { signal: ctx.signal });
        if (!response.message.content && !response.message.tool_calls?.length && response.finish_reason !== 'length') {
          throw new ProviderError('upstream returned no content and no tool calls', { kind: 'empty', provider: ctx.target.provider.providerName });
        }
        return { response, forwarded: undefined, passthrough: undefined, dropped: lossOf(adapter, ctx.target, prepared) };
      });
    } catch (err) {
      await this.#recordFailure(inferenceId, createdAt, started, meta, plan, request, false, err, ticket, asSent);
      throw named(err, inferenceId);
    }
    const latencyMs = performance.now() - started;
    const { response, forwarded, passthrough } = result.value;
    const dropped = droppedOf(meta, result.value.dropped);
    const costUsd = costOf(result.target, response.usage);
    if (cached?.outcome === 'miss') cached.write(response, result.target);
    // storage.sync: the answer goes out only once its row is durable.
    await this.#record({
      id: inferenceId, createdAt, meta, plan, request, asSent, stream: false, status: 'ok', error: null,
      response, usage: response.usage ?? null, latencyMs, ttftMs: null,
      target: result.target, attempts: result.attempts, costUsd, dropped, ticket, cache: cached?.outcome,
    });
    return new Completion(inferenceId, ticket?.headers, plan, result.target, response, result.attempts, latencyMs, costUsd, forwarded, passthrough, dropped, cached?.outcome);
  }

  /** Resolves once a target has produced its first chunk (so every earlier failure fell back unseen). */
  async stream(request: ChatRequest, meta: RequestMeta = {}, plan = this.plan(request, meta), native?: NativeRequest): Promise<StreamingInference> {
    if (!this.forwardsOnly(plan, native)) requireValid(request);
    const call = await this.#begin(request, meta, plan);
    const { ticket, inferenceId, started, createdAt, client, cached, hit } = call;
    const asSent = asSentOf(native);
    plan = call.plan;
    if (hit) {
      const target = cachedTarget(plan, hit.target);
      const ttftMs = performance.now() - started;
      const assembled = new StreamAssembler();
      const dropped = droppedOf(meta, []);
      // storage.sync: the replay's end waits until its row is durable, as a live stream's does.
      const chunks = replayStream(hit.response, assembled, client.signal, (status) => this.#record({
        id: inferenceId, createdAt, meta, plan, request, asSent, stream: true, status, error: status === 'ok' ? null : 'client disconnected',
        response: assembled.response(), usage: hit.response.usage ?? null, latencyMs: performance.now() - started, ttftMs,
        target, attempts: [], costUsd: 0, cache: 'hit', dropped, ticket,
      }));
      return { inferenceId, limitHeaders: ticket?.headers, plan, target, created: Math.floor(Date.now() / 1000), chunks, assembled, dropped, cache: 'hit' };
    }
    let result: ChainResult<{ head: StreamChunk[]; iterator: AsyncIterator<StreamChunk>; passthrough?: Passthrough; dropped: string[] }>;
    try {
      result = await runChain(plan.model, this.breakers, { client, only: plan.only, noFallback: meta.noFallback, stream: true }, async (ctx) => {
        const adapter = this.#providers.adapterFor(ctx.target.provider.config.type);
        const pass = passthroughFor(adapter, native, plan, ctx.target);
        const prepared = pass ? undefined : requestForTarget(request, plan, ctx.target);
        const iterable = pass
          ? await pass.stream(ctx.target.provider, nativeForTarget(native!, plan, ctx.target), { signal: ctx.signal })
          : await adapter.stream(ctx.target.provider, prepared!, { signal: ctx.signal });
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
        return { head, iterator, passthrough: pass, dropped: prepared ? lossOf(adapter, ctx.target, prepared) : [] };
      });
    } catch (err) {
      await this.#recordFailure(inferenceId, createdAt, started, meta, plan, request, true, err, ticket, asSent);
      throw named(err, inferenceId);
    }
    const ttftMs = performance.now() - started;
    const assembled = new StreamAssembler();
    const { head, iterator, passthrough } = result.value;
    const dropped = droppedOf(meta, result.value.dropped);
    const target = result.target;
    // A module-level generator, not one declared here (src/routing/live-stream.ts says why).
    const chunks = liveChunks({
      head, iterator, assembled, client, chain: result,
      finish: (status, error, response) => {
        if (status === 'ok' && cached?.outcome === 'miss') cached.write(response, target);
        // storage.sync: the stream's end ([DONE]) waits until its row is durable.
        return this.#record({
          id: inferenceId, createdAt, meta, plan, request, asSent, stream: true, status, error, response,
          usage: response.usage ?? null, latencyMs: performance.now() - started, ttftMs,
          target, attempts: result.attempts, costUsd: costOf(target, response.usage), dropped, ticket, cache: cached?.outcome,
        });
      },
    });
    return { inferenceId, limitHeaders: ticket?.headers, plan, target, created: Math.floor(Date.now() / 1000), chunks, assembled, passthrough, dropped, cache: cached?.outcome };
  }

  /** Whether every target the plan may try takes `native` as the client sent it (no target translates it). */
  forwardsOnly(plan: Plan, native: NativeRequest | undefined): boolean {
    // Retrieved examples are inserted as messages: such a plan translates (passthroughFor).
    if (!native || plan.examples) return false;
    const order = plan.only ?? plan.model.targets.map((t) => t.index);
    return order.every((i) => this.#takesNative(plan, native, i));
  }

  /**
   * The plan narrowed to the targets that take `native` unchanged (same wire format), for a
   * request that cannot be translated; undefined when no target of the plan can.
   */
  nativeOnly(plan: Plan, native: NativeRequest): Plan | undefined {
    const order = plan.only ?? plan.model.targets.map((t) => t.index);
    const only = order.filter((i) => this.#takesNative(plan, native, i));
    return only.length ? { ...plan, only } : undefined;
  }

  /** Whether the plan's target `index` is of `native`'s wire format, so it is forwarded, not translated. */
  #takesNative(plan: Plan, native: NativeRequest, index: number): boolean {
    const t = plan.model.targets[index];
    return passthroughFor(this.#providers.adapterFor(t.provider.config.type), native, plan, t) !== undefined;
  }

  /**
   * The upstream's own count of a request's prompt tokens, from the first target of the plan
   * whose adapter counts natively for this wire format (undefined when none can).
   */
  async countTokens(request: ChatRequest, meta: RequestMeta, native: NativeRequest): Promise<{ tokens: number; target: string } | undefined> {
    const plan = this.plan(request, meta);
    for (const t of plan.model.targets) {
      const adapter = this.#providers.adapterFor(t.provider.config.type);
      if (!adapter.countTokens || passthroughFor(adapter, native, plan, t) === undefined || t.missingCredential) continue;
      const tokens = await adapter.countTokens(t.provider, native, { signal: meta.signal ?? new AbortController().signal });
      return { tokens, target: t.key };
    }
    return undefined;
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
    const client = clientOf(meta);
    try {
      const result = await runChain(plan.model, this.breakers, { client, only, noFallback: meta.noFallback, stream: false }, async (ctx) => {
        const adapter = this.#providers.adapterFor(ctx.target.provider.config.type);
        return adapter.embed!(ctx.target.provider, { ...request, model: ctx.target.provider.model }, { signal: ctx.signal });
      });
      const latencyMs = performance.now() - started;
      const u = result.value.usage;
      const usage: Usage | null = u ? { prompt_tokens: u.prompt_tokens, completion_tokens: 0, total_tokens: u.total_tokens } : null;
      const costUsd = costOf(result.target, usage ?? undefined);
      const summary = { object: 'list', model: result.value.model, embeddings: result.value.vectors.length, dimensions: result.value.vectors[0]?.length ?? 0, ...(result.value.usage_estimated ? { usage_estimated: true } : {}) };
      await this.#record({
        id: inferenceId, kind: 'embedding', createdAt, meta, plan, request, stream: false, status: 'ok', error: null,
        response: summary, usage, latencyMs, ttftMs: null, target: result.target, attempts: result.attempts, costUsd,
      });
      return { inferenceId, plan, target: result.target, response: result.value, attempts: result.attempts, latencyMs, costUsd };
    } catch (err) {
      await this.#recordFailure(inferenceId, createdAt, started, meta, plan, request, false, err, undefined, undefined, 'embedding');
      throw named(err, inferenceId);
    }
  }

  /**
   * What every model call does before its first attempt: admission (limits), the shadow hook,
   * retrieved examples, the inference id and clock, the client's cancellation, the cache lookup
   * (a hit skips the provider; it still passed admission, it is a request, and is recorded).
   */
  async #begin(request: ChatRequest, meta: RequestMeta, planned: Plan): Promise<CallStart> {
    const ticket = this.admission ? await this.admission.admit(request, meta, planned) : undefined;
    this.onPlan?.(request, meta, planned);
    const plan = planned.examples ? await this.#withExamples(request, planned) : planned; // no promise for the common case
    const inferenceId = newId();
    const started = performance.now();
    const createdAt = new Date().toISOString();
    const cached = this.cache?.begin(request, plan, meta.cache, this.config);
    const hit = cached?.outcome === 'miss' ? await cached.read() : null;
    return { ticket, plan, inferenceId, started, createdAt, client: clientOf(meta), cached, hit };
  }

  /** The stored record keeps the client's request; routing.examples names the examples that were added. */
  async #withExamples(request: ChatRequest, plan: Plan): Promise<Plan> {
    if (!this.retrieveShots) return { ...plan, routing: { ...plan.routing, examples_skipped: 'no example index attached to this gateway' } };
    return this.retrieveShots(request, plan);
  }

  async #recordFailure(id: string, createdAt: string, started: number, meta: RequestMeta, plan: Plan, request: ChatRequest | EmbeddingRequest, stream: boolean, err: unknown, ticket?: AdmissionTicket, asSent?: RequestAsSent, kind: InferenceKind = 'chat'): Promise<void> {
    const attempts = err instanceof ChainFailedError ? err.attempts : [];
    const aborted = err instanceof ProviderError && err.kind === 'aborted';
    // The client gets the provider's error either way; a store that could not keep the failure row has counted it.
    await this.#record({
      id, kind, createdAt, meta, plan, request, asSent, stream, status: aborted ? 'aborted' : 'error', error: (err as Error).message,
      response: null, usage: null, latencyMs: performance.now() - started, ttftMs: null, target: null, attempts, costUsd: null, ticket,
    }).catch(() => undefined);
  }

  #record(r: RecordInput): Promise<void> {
    r.ticket?.settle(r.usage, r.costUsd);
    const { record, attempts } = buildRecord(r, this.config);
    const durable = this.#store.recordInference(record, attempts);
    for (const observe of this.#observers) observe(record, r.attempts, r.meta);
    return durable ?? Promise.resolve();
  }
}
