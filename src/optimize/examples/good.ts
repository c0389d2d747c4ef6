import { createHash } from 'node:crypto';
import { queryTextOf, type Shot } from '../../core/examples.js';
import type { ExampleSourceConfig, ExamplesConfig } from '../../config/optimize-schema.js';
import { exampleFromInference } from '../../datasets/example.js';
import type { FeedbackRecord } from '../../store/feedback-types.js';
import type { InferenceRecord, Store } from '../../store/types.js';

// "Good examples": stored chat inferences of a route whose feedback on the source metric (on the
// inference, or on its episode) meets the source's bar. A demonstration replaces what the model
// said. Traffic the optimizer and the eval runner made themselves never counts.

export interface GoodExample {
  inference: InferenceRecord;
  text: string;
  shot: Shot;
}

/** Tags of calls Switchyard made itself (evals, optimizer proposals) — never examples of real traffic. */
const OWN_TRAFFIC = new Set(['eval', 'optimize']);

/** The pool a variant's examples come from: same source, same pool, whichever variant uses it. */
export function poolKey(route: string, ex: Pick<ExamplesConfig, 'source' | 'similarity' | 'embedding_model'>): string {
  const s = ex.source;
  const identity = [route, s.route ?? route, s.metric, s.value ?? null, s.min ?? null, s.since ?? null, ex.similarity, ex.similarity === 'embeddings' ? ex.embedding_model : null];
  return `pool-${createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 16)}`;
}

/** Does this feedback value meet the source's bar? */
export function isGood(source: ExampleSourceConfig, value: number | null): boolean {
  if (value === null) return false;
  if (source.min !== undefined) return value >= source.min;
  const want = source.value === undefined ? 1 : Number(source.value);
  return value === want;
}

export function shotOf(inf: InferenceRecord, feedback: FeedbackRecord[]): GoodExample | null {
  if (inf.status !== 'ok' || inf.kind === 'embedding' || OWN_TRAFFIC.has(inf.tags?.source ?? '')) return null;
  const e = exampleFromInference(inf, feedback, { useDemonstrations: true });
  if (!e.output) return null;
  const text = queryTextOf(e.messages);
  if (!text.trim()) return null;
  const output: Shot['output'] = {};
  if (e.output.tool_calls?.length) output.tool_calls = e.output.tool_calls;
  else output.content = typeof e.output.content === 'string' ? e.output.content : null;
  if (!output.tool_calls && !output.content) return null;
  return { inference: inf, text, shot: { input: text, output, source_inference_id: inf.id } };
}

/** Latest value of `metric` for the inference: its own feedback first, else its episode's. */
function latestValue(metric: string, own: FeedbackRecord[], episode: FeedbackRecord[]): number | null {
  const pick = (list: FeedbackRecord[]) => list.filter((f) => f.metric_name === metric).at(-1)?.value ?? null;
  return pick(own) ?? pick(episode);
}

/** Every good example of the source, oldest first, a page at a time. */
export async function* goodExamples(store: Store, route: string, source: ExampleSourceConfig, opts: { until?: string; max?: number } = {}): AsyncGenerator<GoodExample> {
  let cursor: string | undefined;
  let n = 0;
  const max = opts.max ?? Infinity;
  for (;;) {
    const page = await store.queryInferences({ route: source.route ?? route, metric: { name: source.metric }, since: source.since, until: opts.until, order: 'asc', limit: 1000, cursor });
    const feedback = await store.feedback.listForInferences(page.items.map((i) => i.id));
    const byId = new Map<string, FeedbackRecord[]>();
    for (const f of feedback) byId.set(f.target_id, [...(byId.get(f.target_id) ?? []), f]);
    const episodes = new Map<string, FeedbackRecord[]>();
    for (const sid of new Set(page.items.map((i) => i.session_id).filter((s): s is string => !!s))) {
      episodes.set(sid, await store.feedback.listForTarget('episode', sid));
    }
    for (const inf of page.items) {
      const own = byId.get(inf.id) ?? [];
      if (!isGood(source, latestValue(source.metric, own, inf.session_id ? episodes.get(inf.session_id) ?? [] : []))) continue;
      const good = shotOf(inf, own);
      if (!good) continue;
      yield good;
      if (++n >= max) return;
    }
    if (!page.next_cursor) return;
    cursor = page.next_cursor;
  }
}
