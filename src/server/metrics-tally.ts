import type { AttemptLog } from '../routing/attempts.js';
import type { InferenceRecord } from '../store/types.js';

// Per-request metric updates as plain additions: one map lookup per inference (and per attempt)
// and a few number increments, instead of prom-client hashing the labels of five metrics on
// every request. What was counted since the last scrape is drained into prom-client then.

type Labels = Record<string, string>;
interface Cell { labels: Labels; n: number; dirty: boolean }
interface HistCell { labels: Labels; buckets: number[]; sum: number; count: number; dirty: boolean }
export type HistogramTally = Pick<HistCell, 'buckets' | 'sum' | 'count'>;

interface TallySink {
  requests(labels: Labels, n: number): void;
  tokens(labels: Labels, n: number): void;
  attempts(labels: Labels, n: number): void;
  errors(labels: Labels, n: number): void;
  latency(labels: Labels, h: HistogramTally): void;
  ttft(labels: Labels, h: HistogramTally): void;
}

/** The cells one (route, model, provider, status, stream) combination updates. */
interface Cells { requests: Cell; latency: HistCell; ttft: HistCell; prompt: Cell; completion: Cell }

export class InferenceTally {
  readonly #bounds: number[];
  readonly #byInference = new Map<string, Cells>();
  readonly #byLatency = new Map<string, { latency: HistCell; ttft: HistCell; prompt: Cell; completion: Cell }>();
  readonly #byAttempt = new Map<string, Cell>();
  readonly #byError = new Map<string, Cell>();
  // Cells changed since the last drain, per metric, in the order they were first changed (the
  // order prom-client would have created its entries in).
  readonly #dirty = { requests: [] as Cell[], tokens: [] as Cell[], attempts: [] as Cell[], errors: [] as Cell[], latency: [] as HistCell[], ttft: [] as HistCell[] };

  constructor(bounds: number[]) {
    this.#bounds = bounds;
  }

  add(record: InferenceRecord, attempts: AttemptLog[]): void {
    const route = record.route ?? '';
    const model = record.model ?? '';
    const provider = record.provider ?? '';
    const key = `${route}\0${model}\0${provider}\0${record.status}\0${record.stream}`;
    const c = this.#byInference.get(key) ?? this.#cells(key, route, model, provider, record);
    this.#inc(c.requests, 1, this.#dirty.requests);
    this.#observe(c.latency, record.latency_ms / 1000, this.#dirty.latency);
    if (record.ttft_ms != null) this.#observe(c.ttft, record.ttft_ms / 1000, this.#dirty.ttft);
    if (record.usage) {
      this.#inc(c.prompt, record.usage.prompt_tokens, this.#dirty.tokens);
      this.#inc(c.completion, record.usage.completion_tokens, this.#dirty.tokens);
    }
    for (const a of attempts) {
      const ak = `${a.provider}\0${a.outcome}`;
      let cell = this.#byAttempt.get(ak);
      if (!cell) this.#byAttempt.set(ak, (cell = cellOf({ provider: a.provider, outcome: a.outcome })));
      this.#inc(cell, 1, this.#dirty.attempts);
      if (a.error_kind) {
        const ek = `${model}\0${a.provider}\0${a.error_kind}`;
        let e = this.#byError.get(ek);
        if (!e) this.#byError.set(ek, (e = cellOf({ model, provider: a.provider, kind: a.error_kind })));
        this.#inc(e, 1, this.#dirty.errors);
      }
    }
  }

  /** Hands every change since the last drain to `sink` and starts counting from zero. */
  drain(sink: TallySink): void {
    const d = this.#dirty;
    const counters = [[d.requests, sink.requests], [d.tokens, sink.tokens], [d.attempts, sink.attempts], [d.errors, sink.errors]] as const;
    for (const [cells, put] of counters) {
      for (const c of cells) {
        put(c.labels, c.n);
        c.n = 0;
        c.dirty = false;
      }
      cells.length = 0;
    }
    for (const [cells, put] of [[d.latency, sink.latency], [d.ttft, sink.ttft]] as const) {
      for (const h of cells) {
        put(h.labels, h);
        h.buckets.fill(0);
        h.sum = 0;
        h.count = 0;
        h.dirty = false;
      }
      cells.length = 0;
    }
  }

  #cells(key: string, route: string, model: string, provider: string, record: InferenceRecord): Cells {
    // Latency, TTFT and tokens are labelled without status and stream: shared by those keys.
    const lk = `${route}\0${model}\0${provider}`;
    let shared = this.#byLatency.get(lk);
    if (!shared) {
      const base = { route, model, provider };
      shared = {
        latency: this.#hist(base),
        ttft: this.#hist(base),
        prompt: cellOf({ ...base, type: 'prompt' }),
        completion: cellOf({ ...base, type: 'completion' }),
      };
      this.#byLatency.set(lk, shared);
    }
    const cells = { requests: cellOf({ route, model, provider, status: record.status, stream: String(record.stream) }), ...shared };
    this.#byInference.set(key, cells);
    return cells;
  }

  #hist(labels: Labels): HistCell {
    return { labels, buckets: new Array<number>(this.#bounds.length).fill(0), sum: 0, count: 0, dirty: false };
  }

  #inc(c: Cell, n: number, dirty: Cell[]): void {
    c.n += n;
    if (!c.dirty) {
      c.dirty = true;
      dirty.push(c);
    }
  }

  #observe(h: HistCell, v: number, dirty: HistCell[]): void {
    const b = this.#bounds;
    for (let i = 0; i < b.length; i++) {
      if (v <= b[i]) {
        h.buckets[i]++;
        break;
      }
    }
    h.sum += v;
    h.count++;
    if (!h.dirty) {
      h.dirty = true;
      dirty.push(h);
    }
  }
}

const cellOf = (labels: Labels): Cell => ({ labels, n: 0, dirty: false });
