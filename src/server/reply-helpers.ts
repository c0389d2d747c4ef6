import type { HttpReply, HttpRequest } from './http-types.js';
import type { ServerResponse } from 'node:http';
import { ClientAbort } from '../routing/client-abort.js';
import type { CompletedEmbedding, CompletedInference, StreamingInference } from '../routing/gateway.js';
import type { Tracing } from '../telemetry/tracing.js';

/** With telemetry on, an inference's span ends when its reply is finished (src/telemetry/tracing.ts). */
export function settleOnClose(tracing: Tracing, reply: HttpReply): void {
  reply.raw.once('close', () => tracing.settle(reply.getHeader('x-switchyard-inference-id') as string | undefined));
}

/** Aborts when the client goes away before the response finished, so the upstream call stops too. */
export function abortOnDisconnect(req: HttpRequest, reply: HttpReply): ClientAbort {
  const abort = new ClientAbort();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) abort.abort();
  });
  req.raw.once('aborted', () => abort.abort());
  return abort;
}

export function setGatewayHeaders(reply: HttpReply, r: CompletedInference | StreamingInference | CompletedEmbedding): void {
  reply.header('x-switchyard-inference-id', r.inferenceId);
  reply.header('x-switchyard-model', r.plan.model.name);
  reply.header('x-switchyard-provider', r.target.provider.providerName);
  if (r.plan.route) reply.header('x-switchyard-route', r.plan.route);
  if (r.plan.variant) reply.header('x-switchyard-variant', r.plan.variant);
  if (r.limitHeaders) reply.headers(r.limitHeaders);
  if ('passthrough' in r && r.passthrough) reply.header('x-switchyard-passthrough', '1');
  // What the serving target's wire format could not carry: never dropped silently.
  if ('dropped' in r && r.dropped.length) reply.header('x-switchyard-dropped-fields', droppedHeader(r.dropped).replace(/[^\x20-\x7e]/g, '?'));
  if ('cache' in r && r.cache) reply.header('x-switchyard-cache', r.cache);
}

/** Client headers a same-format upstream needs; credentials and hop-by-hop headers never pass. */
export function forwardedHeaders(req: HttpRequest, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const v = req.headers[name];
    if (typeof v === 'string') out[name] = v;
    else if (Array.isArray(v)) out[name] = v.join(',');
  }
  return out;
}

/** Takes over the raw response for server-sent events, keeping headers already set on the reply. */
export function beginSse(reply: HttpReply): ServerResponse {
  // Keys copied in a loop, not spread into the literal: spreads that add keys take V8's slow path
  // (measured with the lean reply's getHeaders: two spreads 3.7-6.2 µs, the loops 1.8-2.9, loaded machine).
  const headers: Record<string, unknown> = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' };
  const set = reply.getHeaders();
  for (const name of Object.keys(set)) headers[name] = set[name];
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, headers as Record<string, string>);
  return res;
}

/**
 * One client's event stream. The events one upstream network chunk produces are written in the
 * same turn of the event loop; they are joined into one string and written once, at the end of
 * that turn (setImmediate), so a burst becomes one socket write (and, when the stream ends in the
 * same turn, the end goes with it). Backpressure: a write waits for 'drain' while the socket's
 * buffer is full. (A socket write per event cost a syscall each: ten per 10-chunk stream.)
 */
export class SseOut {
  #pending = '';
  #scheduled = false;

  constructor(readonly res: ServerResponse) {}

  /**
   * A promise only while the socket's buffer is full (wait for it before writing more); otherwise
   * undefined, so a stream's loop pays no await per chunk (`const wait = out.write(t); if (wait) await wait;`).
   */
  write(text: string): Promise<void> | undefined {
    if (!text) return undefined;
    this.#pending += text;
    if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(flush, this);
    }
    return this.res.writableNeedDrain ? drained(this.res) : undefined;
  }

  /** Writes what is pending now. */
  flush(): void {
    this.#scheduled = false;
    const text = this.#pending;
    this.#pending = '';
    if (text && !this.res.writableEnded && !this.res.destroyed) this.res.write(text);
  }

  /** Ends the response with what is pending and `text`, in one write. */
  end(text = ''): void {
    const all = this.#pending + text;
    this.#pending = '';
    this.res.end(all || undefined);
  }
}

function flush(out: SseOut): void {
  out.flush();
}

/** The socket drained or closed; both listeners go (a wait left the other behind: one per wait, for the life of a slow client's stream). */
function drained(res: ServerResponse): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

/**
 * The `switchyard` object a JSON response carries: which route, model, variant and provider served
 * it. A fresh object on every call: the routes add their keys to it with Object.assign (on Node 20
 * `{ ...gatewayExtension(r), more }` makes a new hidden class per request: docs/performance.md,
 * "Dead requests promoted").
 */
export function gatewayExtension(r: CompletedInference): Record<string, unknown> {
  return {
    inference_id: r.inferenceId,
    route: r.plan.route,
    model: r.plan.model.name,
    variant: r.plan.variant,
    provider: r.target.provider.providerName,
    attempts: r.attempts.length,
    routing: r.plan.routing,
    ...(r.cache ? { cache: r.cache } : {}),
  };
}

/**
 * The dropped-fields list for a response header: items of one kind are grouped
 * (`input[2,5,9]=reasoning`) and long groups cut, so a long agent session cannot grow the header
 * past what HTTP clients accept. The inference record keeps the full list.
 */
export function droppedHeader(dropped: string[], maxIndexes = 5): string {
  const groups = new Map<string, number[]>();
  const out: string[] = [];
  for (const d of dropped) {
    const m = /^(input|history)\[(\d+)\]=(.+)$/.exec(d);
    if (!m) {
      out.push(d);
      continue;
    }
    const key = `${m[1]}\u0000${m[3]}`;
    const list = groups.get(key) ?? [];
    if (!groups.has(key)) {
      groups.set(key, list);
      out.push(key);
    }
    list.push(Number(m[2]));
  }
  return out
    .map((entry) => {
      const list = groups.get(entry);
      if (!list) return entry;
      const [where, kind] = entry.split('\u0000');
      const shown = list.slice(0, maxIndexes).join(',') + (list.length > maxIndexes ? `,+${list.length - maxIndexes} more` : '');
      return `${where}[${shown}]=${kind}`;
    })
    .join(', ');
}
