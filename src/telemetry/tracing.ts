import { ROOT_CONTEXT, SpanKind, SpanStatusCode, defaultTextMapGetter, trace, type Context, type Span, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler } from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import type { Config } from '../config/schema.js';
import type { AttemptLog } from '../routing/attempts.js';
import type { InferenceRecord } from '../store/types.js';
import { attemptAttributes, inferenceAttributes } from './attributes.js';

// One trace per inference: the inference span (continuing the client's W3C traceparent), one child
// per provider attempt, and children for the firewall's assessment and approval wait. Spans are
// built when the gateway records the inference, with the start times routing measured, so the hot
// path does nothing extra; an HTTP request's inference span stays open until its reply is finished
// so the firewall's spans fall inside it.

/** W3C trace context headers of the request that caused an inference. */
export interface TraceCarrier {
  traceparent?: string;
  tracestate?: string;
  /** True when the HTTP layer will call settle() once the reply is done. */
  held?: boolean;
}

const HOLD_LIMIT = 10_000; // open spans kept for replies still running; the oldest is ended beyond that

export class Tracing {
  readonly #provider: BasicTracerProvider;
  readonly #tracer: Tracer;
  readonly #config: Config;
  readonly #propagator = new W3CTraceContextPropagator();
  readonly #open = new Map<string, Span>();
  /** Replies that finished before their inference was recorded (a client gone mid-stream). */
  readonly #finished = new Set<string>();

  constructor(config: Config, headers: Record<string, string>, version: string) {
    const t = config.telemetry;
    this.#config = config;
    this.#provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: t.service_name, [ATTR_SERVICE_VERSION]: version }),
      sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(t.sample_ratio) }),
      spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: t.otlp_endpoint, headers }), { scheduledDelayMillis: 1000 })],
    });
    this.#tracer = this.#provider.getTracer('switchyard', version);
  }

  /** The gateway's inference observer. */
  onInference(record: InferenceRecord, attempts: AttemptLog[], carrier: TraceCarrier | undefined): void {
    const parent = carrier?.traceparent ? this.#propagator.extract(ROOT_CONTEXT, carrier, defaultTextMapGetter) : ROOT_CONTEXT;
    const start = Date.parse(record.created_at);
    const providerType = this.#providerType(record.provider);
    const attributes = inferenceAttributes(record, providerType);
    const span = this.#tracer.startSpan(`${attributes['gen_ai.operation.name']} ${attributes['gen_ai.request.model']}`, { kind: SpanKind.SERVER, startTime: start, attributes }, parent);
    if (record.status !== 'ok') span.setStatus({ code: SpanStatusCode.ERROR, message: record.error ?? record.status });
    const ctx = trace.setSpan(ROOT_CONTEXT, span);
    for (const a of attempts) {
      const aStart = Date.parse(a.created_at);
      const child = this.#tracer.startSpan(`${attributes['gen_ai.operation.name']} ${a.upstream_model}`, {
        kind: SpanKind.CLIENT, startTime: aStart, attributes: attemptAttributes(a, this.#providerType(a.provider), String(attributes['gen_ai.operation.name'])),
      }, ctx);
      if (a.outcome === 'error') child.setStatus({ code: SpanStatusCode.ERROR, message: a.error_kind ?? 'error' });
      child.end(aStart + a.latency_ms);
    }
    if (!carrier?.held || this.#finished.delete(record.id)) {
      span.end(start + record.latency_ms);
      return;
    }
    if (this.#open.size >= HOLD_LIMIT) this.settle(this.#open.keys().next().value!);
    this.#open.set(record.id, span);
  }

  /** Ends the inference span of a finished HTTP reply. */
  settle(inferenceId: string | undefined): void {
    if (!inferenceId) return;
    const span = this.#open.get(inferenceId);
    if (!span) {
      this.#finished.add(inferenceId);
      if (this.#finished.size > HOLD_LIMIT) this.#finished.delete(this.#finished.values().next().value!);
      return;
    }
    this.#open.delete(inferenceId);
    // Wall-clock times, as the span's start (the record's created_at) and its children's: OTel's
    // default end time runs on a clock anchored at each span's start, so a child could end after
    // its parent by a millisecond of drift between the two clocks.
    span.end(Date.now());
  }

  /** Runs `fn` inside a child span of an inference still open (the firewall's assessment and approval wait). */
  async child<T>(inferenceId: string, name: string, attributes: Record<string, string | number | boolean>, fn: () => Promise<T>): Promise<T> {
    const parent = this.#open.get(inferenceId);
    const ctx: Context = parent ? trace.setSpan(ROOT_CONTEXT, parent) : ROOT_CONTEXT;
    const span = this.#tracer.startSpan(name, { kind: SpanKind.INTERNAL, attributes, startTime: Date.now() }, ctx);
    try {
      return await fn();
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
      throw err;
    } finally {
      span.end(Date.now());
    }
  }

  #providerType(provider: string | null): string | undefined {
    return provider ? this.#config.providers[provider]?.type : undefined;
  }

  /** Ends open spans and exports everything queued. */
  async shutdown(): Promise<void> {
    for (const id of [...this.#open.keys()]) this.settle(id);
    await this.#provider.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.#provider.forceFlush();
  }
}
