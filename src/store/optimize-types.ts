import type { Shot } from '../core/examples.js';

// What `switchyard optimize` keeps: the example pools behind dynamic in-context examples (text,
// the answer, and the vector when similarity is by embeddings) and every optimize run with the
// result of each step (optimize, offline eval, canary), for the CLI and the console.

export interface StoredExample {
  /** The pool: a key derived from the variant's examples source (route, metric, filter, embedding model). */
  source: string;
  inference_id: string;
  created_at: string;
  /** What requests are matched on (the example's user turn). */
  text: string;
  shot: Shot;
  /** float32 vector from the pool's embedding model; null for BM25 pools. */
  embedding: Float32Array | null;
}

export type OptimizeMethod = 'dicl' | 'fewshot' | 'prompt';
export type OptimizeStatus = 'proposed' | 'evaluated' | 'rejected' | 'canary_started' | 'failed';
export type OptimizeStepName = 'optimize' | 'eval' | 'canary';

export interface OptimizeStep {
  step: OptimizeStepName;
  at: string;
  ok: boolean;
  summary: string;
  details: Record<string, unknown> | null;
}

export interface OptimizeRun {
  id: string;
  created_at: string;
  updated_at: string;
  route: string;
  method: OptimizeMethod;
  status: OptimizeStatus;
  /** The proposed variant's name and the variant it is compared with. */
  candidate: string;
  control: string;
  /** The variant config fragment (as it goes under routes.<route>.variants.<candidate>). */
  variant: Record<string, unknown>;
  steps: OptimizeStep[];
  /** Everything the report says (data used, search trace, eval summary). */
  report: Record<string, unknown>;
}

export type OptimizeRunSummary = Omit<OptimizeRun, 'variant' | 'report' | 'steps'> & { last_step: OptimizeStep | null };

export interface OptimizeRepo {
  /** Inserts pool rows; a (source, inference) already stored is left as is. Returns rows added. */
  addExamples(rows: StoredExample[]): Promise<number>;
  /** Pool rows after `afterSeq` in insertion order (seq is the store's own counter). */
  listExamples(source: string, afterSeq: number, limit: number): Promise<(StoredExample & { seq: number })[]>;
  /** Inserts or replaces the run with this id. */
  saveRun(run: OptimizeRun): Promise<void>;
  /** By id or a unique id prefix; null when none matches. */
  getRun(idOrPrefix: string): Promise<OptimizeRun | null>;
  /** Newest first. */
  listRuns(opts?: { route?: string; limit?: number }): Promise<OptimizeRunSummary[]>;
}

export function summaryOf(run: OptimizeRun): OptimizeRunSummary {
  const { variant: _v, report: _r, steps, ...rest } = run;
  return { ...rest, last_step: steps[steps.length - 1] ?? null };
}
