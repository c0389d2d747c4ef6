import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import type { Shot } from '../core/examples.js';
import { compileEvaluators, type Evaluator } from '../evals/evaluators/index.js';
import { analyze, type EvalReport } from '../evals/runner/analyze.js';
import { cachingClient, JsonlCache, MemoryCache, type ResultCache } from '../evals/runner/cache.js';
import { runEval } from '../evals/runner/run.js';
import { evalFileSchema, type ContenderSpec, type EvaluatorConfig } from '../evals/schema/eval-file.js';
import type { ContenderClient, EvalItem } from '../evals/types.js';
import { ProviderRegistry } from '../providers/registry.js';
import { Gateway } from '../routing/gateway.js';
import type { Store } from '../store/types.js';
import { attachExamples } from './examples/attach.js';
import type { ExampleService } from './examples/service.js';

// Scores variants offline with the eval suite (runner, evaluators, paired statistics) through a
// gateway built from the candidate config, in this process, over the configured store. Example
// pools see only what the optimizer saw (created before the cutoff) and never a held-out item.
// Every call goes through the eval result cache, so a stopped search resumes where it was.

interface ScorerOptions {
  config: Config;
  store: Store;
  route: string;
  evaluators: EvaluatorConfig[];
  /** Inference ids examples may never come from (the held-out split). */
  exclude: ReadonlySet<string>;
  until: string;
  /** JSONL result cache file; null keeps it in memory. */
  cacheFile: string | null;
  concurrency?: number;
  confidence?: number;
  seed?: number;
  signal?: AbortSignal;
}

/** A contender that is a variant of the route, optionally with its shots or system prompt replaced. */
export interface ScoredVariant {
  name: string;
  variant: string;
  shots?: Shot[];
  systemPrompt?: string;
}

export class Scorer {
  readonly gateway: Gateway;
  readonly cache: ResultCache;
  readonly #o: ScorerOptions;
  readonly #examples: ExampleService | undefined;
  #evaluators: Evaluator[] | undefined;
  /** Model calls made (cache misses), for budgets. */
  calls = 0;

  private constructor(o: ScorerOptions, gateway: Gateway, examples: ExampleService | undefined) {
    this.#o = o;
    this.gateway = gateway;
    this.#examples = examples;
    this.cache = o.cacheFile ? new JsonlCache(o.cacheFile) : new MemoryCache();
  }

  static async open(o: ScorerOptions): Promise<Scorer> {
    const gateway = new Gateway({ config: o.config, store: o.store, providers: new ProviderRegistry() });
    const examples = attachExamples(gateway, o.store, { exclude: o.exclude, until: o.until, persist: false, refreshMs: 0 });
    await examples?.warm();
    return new Scorer(o, gateway, examples);
  }

  /** A client that proposes through the same gateway (prompt search), cached like every other call. */
  proposer(): ContenderClient {
    return cachingClient(this.#client(new Map()), this.cache);
  }

  async score(name: string, contenders: ScoredVariant[], items: EvalItem[], onProgress?: (done: number, total: number) => void): Promise<EvalReport> {
    const file = evalFileSchema.parse({
      name, dataset: { builtin: 'tool-calling' }, evaluators: this.#o.evaluators,
      concurrency: this.#o.concurrency ?? 4, seed: this.#o.seed ?? 1, confidence: this.#o.confidence ?? 0.95, retries: 1,
    });
    this.#evaluators ??= await compileEvaluators(file.evaluators, { baseDir: process.cwd(), judge: cachingClient(this.#client(new Map()), this.cache), file: '(optimize)' });
    // A replaced variant gets its own name, so its cached answers never stand in for another's.
    const overrides = new Map<string, ScoredVariant>();
    const specs: ContenderSpec[] = contenders.map((c) => {
      const changed = c.shots !== undefined || c.systemPrompt !== undefined;
      const variant = changed ? `${c.variant}~${c.name}` : c.variant;
      if (changed) overrides.set(variant, c);
      return { name: c.name, route: this.#o.route, variant };
    });
    const raw = await runEval({ file, items, contenders: specs, evaluators: this.#evaluators, client: this.#client(overrides), cache: this.cache, signal: this.#o.signal, onProgress, retryBaseMs: 50 });
    return analyze({ raw, name, file: '(optimize)', contenders: specs, evaluators: this.#evaluators, repetitions: 1, confidence: file.confidence, seed: file.seed });
  }

  #client(overrides: Map<string, ScoredVariant>): ContenderClient {
    return {
      complete: async (contender, request, signal) => {
        this.calls++;
        const o = contender.variant ? overrides.get(contender.variant) : undefined;
        const meta = { forceVariant: o?.variant ?? contender.variant, signal, tags: { source: 'optimize', contender: contender.name } };
        let plan = this.gateway.plan(request, meta);
        if (o?.shots) plan = { ...plan, shots: o.shots, examples: undefined };
        if (o?.systemPrompt !== undefined) plan = { ...plan, systemPrompt: o.systemPrompt };
        const r = await this.gateway.complete(request, meta, plan);
        return { response: r.response, latencyMs: r.latencyMs, usage: r.response.usage ?? null, costUsd: r.costUsd };
      },
    };
  }

  close(): void {
    this.#examples?.stop();
  }
}

export function cacheFileFor(dir: string | null, route: string): string | null {
  return dir === null ? null : join(dir, `${route.replace(/[^\w.-]+/g, '_')}.jsonl`);
}
