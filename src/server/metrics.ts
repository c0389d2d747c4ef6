import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AttemptLog } from '../routing/attempts.js';
import type { BreakerBank } from '../routing/breaker-bank.js';
import type { InferenceRecord } from '../store/types.js';
import { InferenceTally, type HistogramTally } from './metrics-tally.js';

// Prometheus metrics, fed by the gateway's inference observer (never by the request handlers).
// Per request they are plain additions to an InferenceTally (metrics-tally.ts); the prom-client
// metrics take them over when /metrics is scraped, so the exposition is prom-client's own
// (metrics.test.ts holds it to what updating prom-client on every request exposes).

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

export class Metrics {
  readonly registry = new Registry();
  readonly #tally = new InferenceTally(LATENCY_BUCKETS);
  // Every one of these folds the tally in when scraped (whichever is read first does the work).
  readonly #collect = { collect: () => this.#fold() };
  readonly requests = new Counter({ name: 'switchyard_requests_total', help: 'Inferences by outcome', labelNames: ['route', 'model', 'provider', 'status', 'stream'], registers: [this.registry], ...this.#collect });
  readonly latency = new Histogram({ name: 'switchyard_request_duration_seconds', help: 'End-to-end inference latency', labelNames: ['route', 'model', 'provider'], buckets: LATENCY_BUCKETS, registers: [this.registry], ...this.#collect });
  readonly ttft = new Histogram({ name: 'switchyard_time_to_first_token_seconds', help: 'Streams: time to first token', labelNames: ['route', 'model', 'provider'], buckets: LATENCY_BUCKETS, registers: [this.registry], ...this.#collect });
  readonly tokens = new Counter({ name: 'switchyard_tokens_total', help: 'Tokens by direction', labelNames: ['route', 'model', 'provider', 'type'], registers: [this.registry], ...this.#collect });
  readonly errors = new Counter({ name: 'switchyard_errors_total', help: 'Failed provider attempts by kind', labelNames: ['model', 'provider', 'kind'], registers: [this.registry], ...this.#collect });
  readonly attempts = new Counter({ name: 'switchyard_attempts_total', help: 'Provider attempts by outcome', labelNames: ['provider', 'outcome'], registers: [this.registry], ...this.#collect });
  readonly httpErrors = new Counter({ name: 'switchyard_http_errors_total', help: 'Error responses by HTTP status and error code (core/error-codes.ts)', labelNames: ['status', 'code'], registers: [this.registry] });

  constructor(breakers?: BreakerBank) {
    collectDefaultMetrics({ register: this.registry, prefix: 'switchyard_process_' });
    if (breakers) {
      const registry = this.registry;
      new Gauge({
        name: 'switchyard_circuit_state',
        help: 'Circuit breaker state per target (0 closed, 1 half-open, 2 open)',
        labelNames: ['target'],
        registers: [registry],
        collect() {
          this.reset();
          for (const b of breakers.snapshot()) this.set({ target: b.target }, b.state === 'closed' ? 0 : b.state === 'half_open' ? 1 : 2);
        },
      });
    }
  }

  observe(record: InferenceRecord, attempts: AttemptLog[]): void {
    this.#tally.add(record, attempts);
  }

  /** Moves what the tally counted since the last scrape into the prom-client metrics. */
  #fold(): void {
    this.#tally.drain({
      requests: (labels, n) => this.requests.inc(labels, n),
      tokens: (labels, n) => this.tokens.inc(labels, n),
      attempts: (labels, n) => this.attempts.inc(labels, n),
      errors: (labels, n) => this.errors.inc(labels, n),
      latency: (labels, h) => addToHistogram(this.latency, labels, h),
      ttft: (labels, h) => addToHistogram(this.ttft, labels, h),
    });
  }
}

/** prom-client keeps one entry per label set: { labels, bucketValues (per bound, not cumulative), sum, count }. */
type HistogramEntry = { labels: Record<string, string>; bucketValues: Record<number, number>; sum: number; count: number };

/**
 * Adds tallied observations to a prom-client histogram. prom-client has no public call for "n
 * observations in this bucket", so this adds to the entry it keeps for the label set (created by
 * the public `zero`); the exposition stays prom-client's, tested against per-request observe.
 */
function addToHistogram(h: Histogram<string>, labels: Record<string, string>, t: HistogramTally): void {
  const map = (h as unknown as { hashMap: Record<string, HistogramEntry> }).hashMap;
  const find = () => Object.values(map).find((e) => sameLabels(e.labels, labels));
  let entry = find();
  if (!entry) {
    h.zero(labels);
    entry = find()!;
  }
  LATENCY_BUCKETS.forEach((bound, i) => (entry.bucketValues[bound] += t.buckets[i]));
  entry.sum += t.sum;
  entry.count += t.count;
}

function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(b);
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}
