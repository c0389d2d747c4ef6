import type { Logger } from 'pino';
import type { Config } from '../../config/schema.js';
import type { ExamplesConfig } from '../../config/optimize-schema.js';
import { queryTextOf } from '../../core/examples.js';
import type { ChatRequest } from '../../core/types.js';
import type { Gateway } from '../../routing/gateway.js';
import type { Plan } from '../../routing/resolve.js';
import type { FeedbackRecord } from '../../store/feedback-types.js';
import type { StoredExample } from '../../store/optimize-types.js';
import type { InferenceRecord, Store } from '../../store/types.js';
import { goodExamples, isGood, poolKey, shotOf, type GoodExample } from './good.js';
import { ExamplePool } from './pool.js';

// Dynamic in-context examples for every variant with `examples`: pools warmed from the store
// (rows written before, then stored inferences with good feedback not yet in a pool), grown when
// feedback arrives, refreshed from rows other replicas wrote, and searched in memory per request.

export interface ExampleServiceOptions {
  gateway: Gateway;
  store: Store;
  config: Config;
  logger?: Logger;
  /** Inference ids never to retrieve (the held-out split of an offline eval). */
  exclude?: ReadonlySet<string>;
  /** Only examples created before this time (offline evals: the data the optimizer saw). */
  until?: string;
  /** Write new pool rows to the store (false for offline evals: they must not touch serving pools). */
  persist?: boolean;
}

const EMBED_BATCH = 128;
const PAGE = 5000;

export class ExampleService {
  readonly #o: ExampleServiceOptions;
  readonly #pools = new Map<string, ExamplePool>();
  #warming: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(options: ExampleServiceOptions) {
    this.#o = options;
    for (const [route, r] of Object.entries(options.config.routes)) {
      for (const v of Object.values(r.variants ?? {})) {
        if (!v.examples) continue;
        const key = poolKey(route, v.examples);
        if (!this.#pools.has(key)) this.#pools.set(key, new ExamplePool(key, route, v.examples));
      }
    }
  }

  get pools(): ExamplePool[] {
    return [...this.#pools.values()];
  }

  /** Loads every pool; requests served before it finishes get no examples (and their record says so). */
  warm(): Promise<void> {
    return (this.#warming ??= Promise.all(this.pools.map((p) => this.#warmPool(p))).then(() => undefined));
  }

  /** Re-reads pool rows other replicas wrote, every `ms`. */
  start(ms = 30_000): void {
    this.#timer = setInterval(() => void this.refresh().catch((err) => this.#o.logger?.warn({ err }, 'examples: refresh failed')), ms);
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  async refresh(): Promise<void> {
    for (const p of this.pools) if (p.loaded) await this.#loadRows(p);
  }

  /** For Gateway.retrieveShots. */
  readonly retrieve = async (request: ChatRequest, plan: Plan): Promise<Plan> => {
    const ex = plan.examples!;
    const pool = this.#pools.get(poolKey(plan.route!, ex));
    if (!pool?.loaded) return { ...plan, routing: { ...plan.routing, examples_skipped: pool ? 'example pool still loading' : 'no example pool' } };
    try {
      const text = queryTextOf(request.messages);
      const query = ex.similarity === 'embeddings' ? { vector: (await this.#embed(ex, [text]))[0] } : { text };
      const found = pool.nearest(query, ex.k, this.#o.exclude);
      return { ...plan, shots: [...(plan.shots ?? []), ...found], routing: { ...plan.routing, examples: found.map((s) => s.source_inference_id ?? null) } };
    } catch (err) {
      // An embeddings outage must not take the route down: serve without examples and say so.
      return { ...plan, routing: { ...plan.routing, examples_skipped: `retrieval failed: ${(err as Error).message}` } };
    }
  };

  /** Called with every stored feedback row: a good rating adds its inference(s) to the matching pools. */
  async onFeedback(fb: FeedbackRecord): Promise<void> {
    const pools = this.pools.filter((p) => p.loaded && p.config.source.metric === fb.metric_name && isGood(p.config.source, fb.value));
    if (!pools.length) return;
    const inferences: InferenceRecord[] = [];
    if (fb.target_type === 'inference') {
      const inf = await this.#o.store.getInference(fb.target_id);
      if (inf) inferences.push(inf);
    } else {
      inferences.push(...(await this.#o.store.queryInferences({ session_id: fb.target_id, limit: 1000, order: 'asc' })).items);
    }
    for (const pool of pools) {
      const fresh: GoodExample[] = [];
      for (const inf of inferences) {
        if (inf.route !== (pool.config.source.route ?? pool.route) || pool.has(inf.id)) continue;
        if (pool.config.source.since && inf.created_at < pool.config.source.since) continue;
        const own = fb.target_type === 'inference' ? await this.#o.store.feedback.listForTarget('inference', inf.id) : [];
        const good = shotOf(inf, own);
        if (good) fresh.push(good);
      }
      await this.#addAll(pool, fresh);
    }
  }

  async #warmPool(pool: ExamplePool): Promise<void> {
    try {
      if (this.#o.persist !== false) await this.#loadRows(pool);
      let batch: GoodExample[] = [];
      for await (const good of goodExamples(this.#o.store, pool.route, pool.config.source, { until: this.#o.until })) {
        if (pool.has(good.inference.id)) continue;
        batch.push(good);
        if (batch.length >= PAGE) {
          await this.#addAll(pool, batch);
          batch = [];
        }
      }
      await this.#addAll(pool, batch);
    } catch (err) {
      this.#o.logger?.error({ err, pool: pool.key }, 'examples: could not load the example pool; the variant is served without examples');
    } finally {
      pool.loaded = true;
    }
  }

  async #loadRows(pool: ExamplePool): Promise<void> {
    for (;;) {
      const rows = await this.#o.store.optimize.listExamples(pool.key, pool.lastSeq, PAGE);
      for (const r of rows) {
        pool.lastSeq = Math.max(pool.lastSeq, r.seq);
        if (this.#o.until && r.created_at >= this.#o.until) continue;
        pool.add(r);
      }
      if (rows.length < PAGE) return;
    }
  }

  async #addAll(pool: ExamplePool, list: GoodExample[]): Promise<void> {
    if (!list.length) return;
    const rows: StoredExample[] = [];
    for (let i = 0; i < list.length; i += EMBED_BATCH) {
      const part = list.slice(i, i + EMBED_BATCH);
      const vectors = pool.config.similarity === 'embeddings' ? await this.#embed(pool.config, part.map((g) => g.text)) : null;
      part.forEach((g, j) => rows.push({ source: pool.key, inference_id: g.inference.id, created_at: g.inference.created_at, text: g.text, shot: g.shot, embedding: vectors ? Float32Array.from(vectors[j]) : null }));
    }
    for (const r of rows) pool.add(r);
    if (this.#o.persist !== false) await this.#o.store.optimize.addExamples(rows);
  }

  async #embed(ex: ExamplesConfig, texts: string[]): Promise<number[][]> {
    const r = await this.#o.gateway.embed({ model: ex.embedding_model!, input: texts }, { tags: { source: 'optimize' } });
    return r.response.vectors;
  }
}
