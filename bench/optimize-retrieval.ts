import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfigText } from '../src/config/load.js';
import type { ExamplesConfig } from '../src/config/optimize-schema.js';
import { ProviderRegistry } from '../src/providers/registry.js';
import { mulberry32 } from '../src/providers/simulated/random.js';
import { Gateway } from '../src/routing/gateway.js';
import { openStore } from '../src/store/open.js';
import type { StoredExample } from '../src/store/optimize-types.js';
import { attachExamples } from '../src/optimize/examples/attach.js';
import { poolKey } from '../src/optimize/examples/good.js';

// The added latency of dynamic in-context examples per request: the same simulated model (no
// latency of its own) served plain, with BM25 retrieval and with embedding retrieval over pools of
// BENCH_EXAMPLES stored examples (default 100k), requests interleaved in one run. Prints per-request
// times and the ratio to the plain request, plus the time to load a pool from the store.

const EXAMPLES = Number(process.env.BENCH_EXAMPLES ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1500);
const DIMS = 256;

const dir = mkdtempSync(join(tmpdir(), 'switchyard-bench-opt-'));
const yaml = `
storage: { kind: sqlite, path: ${JSON.stringify(join(dir, 'b.db'))} }
metrics: { good: { type: boolean } }
providers: { sim: { type: simulated, seed: 1, embedding_dimensions: ${DIMS} } }
models: { m: { targets: [ { provider: sim, model: m-1 } ] } }
routes:
  plain: { model: m }
  lexical: { variants: { v: { weight: 1, model: m, examples: { source: { metric: good }, k: 4, similarity: bm25 } } } }
  vectors: { variants: { v: { weight: 1, model: m, examples: { source: { metric: good }, k: 4, similarity: embeddings, embedding_model: m } } } }
`;
const { config } = parseConfigText(yaml, 'bench.yaml', {});
const store = await openStore(config.storage);

// User turns as text: words drawn from a 20k-word vocabulary with Zipf's law (as in real text, a few
// words such as "the" are in most examples and most words are rare).
const VOCAB = 20_000;
const rng = mulberry32(7);
const cdf = new Float64Array(VOCAB);
for (let i = 0, sum = 0; i < VOCAB; i++) cdf[i] = sum += 1 / (i + 1);
const word = () => {
  const u = rng() * cdf[VOCAB - 1];
  let lo = 0;
  let hi = VOCAB - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return `w${lo.toString(36)}`;
};
const sentence = () => Array.from({ length: 8 + Math.floor(rng() * 12) }, word).join(' ');

async function fill(route: string, vectors: boolean): Promise<void> {
  const ex = config.routes[route].variants!.v.examples as ExamplesConfig;
  const key = poolKey(route, ex);
  for (let i = 0; i < EXAMPLES; i += 10_000) {
    const rows: StoredExample[] = Array.from({ length: Math.min(10_000, EXAMPLES - i) }, (_, j) => {
      const text = sentence();
      const v = vectors ? Float32Array.from({ length: DIMS }, () => rng() - 0.5) : null;
      return { source: key, inference_id: `${route}-${i + j}`, created_at: new Date().toISOString(), text, shot: { input: text, output: { content: `answer ${i + j}` } }, embedding: v };
    });
    await store.optimize.addExamples(rows);
  }
}

let t = performance.now();
await fill('lexical', false);
await fill('vectors', true);
console.log(`stored ${EXAMPLES} examples in each of two pools in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const gateway = new Gateway({ config, store, providers: new ProviderRegistry(), env: {} });
t = performance.now();
const service = attachExamples(gateway, store, { refreshMs: 0 })!;
await service.warm();
console.log(`loaded both pools from the store into memory in ${((performance.now() - t) / 1000).toFixed(1)} s (${service.pools.map((p) => p.size).join(' + ')} examples)`);

const times: Record<string, number[]> = { plain: [], lexical: [], vectors: [] };
for (let i = 0; i < REQUESTS + 100; i++) {
  for (const route of ['plain', 'lexical', 'vectors']) {
    const started = performance.now();
    const r = await gateway.complete({ model: route, messages: [{ role: 'user', content: sentence() }] });
    if (route !== 'plain' && !(r.plan.routing.examples as unknown[] | undefined)?.length) throw new Error(`no examples retrieved on ${route}: ${JSON.stringify(r.plan.routing)}`);
    if (i >= 100) times[route].push(performance.now() - started); // the first 100 warm the JIT
  }
}
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, p50: s[Math.floor(s.length / 2)], p99: s[Math.floor(s.length * 0.99)] };
};
const base = stats(times.plain);
console.log(`\nper request, ${REQUESTS} requests each, pools of ${EXAMPLES} examples, k=4:`);
console.log('variant                    mean ms   p50 ms   p99 ms   mean vs plain');
for (const [route, label] of [['plain', 'plain (no examples)'], ['lexical', 'dynamic examples, BM25'], ['vectors', `dynamic examples, ${DIMS}-d vectors`]] as const) {
  const s = stats(times[route]);
  console.log(`${label.padEnd(26)} ${s.mean.toFixed(3).padStart(7)}  ${s.p50.toFixed(3).padStart(7)}  ${s.p99.toFixed(3).padStart(7)}   ${(s.mean / base.mean).toFixed(2)}x`);
}
service.stop();
await store.close();
rmSync(dir, { recursive: true, force: true });
