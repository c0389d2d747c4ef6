import { InvalidRequestError } from '../core/errors.js';
import { queryTextOf, type Shot } from '../core/examples.js';
import type { ChatMessage, ToolDefinition } from '../core/types.js';
import type { ExampleSourceConfig } from '../config/optimize-schema.js';
import { examplesFromDataset } from '../datasets/sources.js';
import { isTest } from '../export/split.js';
import type { EvalItem } from '../evals/types.js';
import type { Store } from '../store/types.js';
import { goodExamples } from './examples/good.js';

// The data an optimizer learns from and is judged on: good examples of a route (by a feedback
// metric) or a named dataset, split into train and held-out test by a seeded hash of each id, so
// the same seed gives the same split on every run and new data never moves old rows.

export interface DataPoint {
  id: string;
  inferenceId: string | null;
  messages: ChatMessage[];
  tools: ToolDefinition[] | null;
  shot: Shot;
}

export interface OptimizeData {
  train: DataPoint[];
  test: DataPoint[];
  /** Everything the optimizer saw was created before this (offline evals never see later data). */
  cutoff: string;
  source: string;
}

interface DataOptions {
  route: string;
  source?: ExampleSourceConfig;
  dataset?: string;
  testFraction: number;
  seed: number;
  max?: number;
}

/** "task_success=true", "quality>=0.8", "rating=4" -> an examples source (value default true). */
export function parseMetricFilter(text: string, since?: string): ExampleSourceConfig {
  const m = /^([A-Za-z0-9_.:-]+)\s*(>=|=)?\s*(.*)$/.exec(text.trim());
  if (!m || !m[1]) throw new InvalidRequestError(`--metric must look like name, name=true, name=1 or name>=0.8; got "${text}"`, 'metric');
  const [, name, op, raw] = m;
  const src: ExampleSourceConfig = { metric: name, ...(since ? { since } : {}) };
  if (!op) return src;
  const value = raw === 'true' ? true : raw === 'false' ? false : Number(raw);
  if (typeof value === 'number' && (raw.trim() === '' || !Number.isFinite(value))) throw new InvalidRequestError(`--metric value must be true, false or a number; got "${raw}"`, 'metric');
  if (op === '>=') {
    if (typeof value !== 'number') throw new InvalidRequestError('--metric name>=X needs a number', 'metric');
    return { ...src, min: value };
  }
  return { ...src, value };
}

export async function loadOptimizeData(store: Store, o: DataOptions): Promise<OptimizeData> {
  const cutoff = new Date().toISOString();
  await store.flush();
  const points: DataPoint[] = [];
  const max = o.max ?? 100_000;
  if (o.dataset) {
    for await (const e of examplesFromDataset(store, o.dataset)) {
      const out = e.output;
      if (!out) continue;
      const shot: Shot = { input: queryTextOf(e.messages), output: out.tool_calls?.length ? { tool_calls: out.tool_calls } : { content: typeof out.content === 'string' ? out.content : null } };
      if (!shot.input.trim() || (!shot.output.tool_calls && !shot.output.content)) continue;
      points.push({ id: e.id, inferenceId: e.source_inference_id ?? null, messages: e.messages, tools: e.tools, shot });
      if (points.length >= max) break;
    }
  } else if (o.source) {
    for await (const g of goodExamples(store, o.route, o.source, { until: cutoff, max })) {
      const req = g.inference.request as { messages: ChatMessage[]; tools?: ToolDefinition[] };
      points.push({ id: g.inference.id, inferenceId: g.inference.id, messages: req.messages, tools: req.tools ?? null, shot: g.shot });
    }
  } else {
    throw new InvalidRequestError('give --metric (good examples by feedback) or --dataset', 'metric');
  }
  const train: DataPoint[] = [];
  const test: DataPoint[] = [];
  for (const p of points) (isTest(p.id, o.seed, o.testFraction) ? test : train).push(p);
  const source = o.dataset ? `dataset ${o.dataset}` : `route ${o.source!.route ?? o.route}, metric ${describeSource(o.source!)}`;
  return { train, test, cutoff, source };
}

function describeSource(s: ExampleSourceConfig): string {
  return `${s.metric}${s.min !== undefined ? ` >= ${s.min}` : ` = ${s.value ?? true}`}${s.since ? ` since ${s.since}` : ''}`;
}

/** A data point as an eval item: the stored conversation, the good answer as the expectation. */
export function evalItemOf(p: DataPoint): EvalItem {
  const call = p.shot.output.tool_calls?.[0];
  return {
    id: p.id,
    messages: p.messages,
    ...(p.tools?.length ? { tools: p.tools } : {}),
    expected: call ? { tool_call: { tool: call.function.name, args: [], position: 'any' } } : { text: p.shot.output.content ?? '' },
  };
}
