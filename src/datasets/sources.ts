import type { Store, InferenceQuery } from '../store/types.js';
import { exampleFromDatapoint, exampleFromInference, type Example } from './example.js';

// Streams of examples, one page at a time, so memory stays flat however many rows match.

export interface QuerySourceOptions {
  /** Replace the stored output by the newest demonstration when there is one. */
  useDemonstrations?: boolean;
  /** Skip inferences that did not succeed or have no output. Default true. */
  onlyOk?: boolean;
  /** Stop after this many examples. */
  max?: number;
  pageSize?: number;
}

export async function* examplesFromQuery(store: Store, query: InferenceQuery, opts: QuerySourceOptions = {}): AsyncGenerator<Example> {
  let cursor = query.cursor;
  let n = 0;
  const max = opts.max ?? Infinity;
  for (;;) {
    const page = await store.queryInferences({ ...query, order: query.order ?? 'asc', limit: opts.pageSize ?? 500, cursor });
    const feedback = await store.feedback.listForInferences(page.items.map((i) => i.id));
    const byId = new Map<string, typeof feedback>();
    for (const f of feedback) byId.set(f.target_id, [...(byId.get(f.target_id) ?? []), f]);
    for (const inf of page.items) {
      if ((opts.onlyOk ?? true) && inf.status !== 'ok') continue;
      if (inf.kind === 'embedding') continue;
      const e = exampleFromInference(inf, byId.get(inf.id) ?? [], opts);
      if (!e.output) continue;
      yield e;
      if (++n >= max) return;
    }
    if (!page.next_cursor) return;
    cursor = page.next_cursor;
  }
}

export async function* examplesFromDataset(store: Store, name: string, version?: number): AsyncGenerator<Example> {
  let cursor: string | undefined;
  for (;;) {
    const page = await store.datasets.listDatapoints(name, { version, cursor, limit: 500 });
    for (const d of page.items) yield exampleFromDatapoint(d);
    if (!page.next_cursor) return;
    cursor = page.next_cursor;
  }
}

/**
 * Preference pairs from a boolean metric: inferences with the same input (messages + tools) where
 * one got the metric true and another false. Only unmatched inputs are held in memory.
 */
export async function* preferencePairsFromMetric(store: Store, query: InferenceQuery, metric: string): AsyncGenerator<Example> {
  const pending = new Map<string, { good?: Example; bad?: Example }>();
  for await (const e of examplesFromQuery(store, { ...query, metric: { name: metric } }, { useDemonstrations: false })) {
    const fb = await store.feedback.listForTarget('inference', e.id);
    const v = fb.filter((f) => f.metric_name === metric).pop()?.value;
    if (v !== 0 && v !== 1) continue;
    const key = JSON.stringify([e.messages, e.tools]);
    const slot = pending.get(key) ?? {};
    if (v === 1) slot.good ??= e;
    else slot.bad ??= e;
    if (slot.good && slot.bad) {
      pending.delete(key);
      yield { ...slot.good, rejected: slot.bad.output };
    } else pending.set(key, slot);
  }
}
