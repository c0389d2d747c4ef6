import { util, type Dispatcher } from 'undici';
import type { ProviderTarget } from './types.js';
import { offAbort, onAbort, type CallSignal } from './call-signal.js';
import { upstreamPool } from './pools.js';
import { splitUrl } from './http.js';

// What the two dispatch handlers share (json-call.ts for a JSON answer, stream-call.ts for a
// stream): the POST dispatched to its origin's pool, the call's signal followed (an abort ends
// the upstream call through the `abort` undici hands onConnect), the final answer's status and
// raw headers (parsed only for an error status: retry hints), and the bytes of a body read whole.

/** A dispatch handler that follows its call's signal until the call ends. */
export abstract class SignalledHandler implements Dispatcher.DispatchHandler {
  #abort: ((err?: Error) => void) | undefined;
  readonly #onAbort = () => this.#abort?.(this.signal.reason as Error);

  constructor(
    protected readonly signal: CallSignal,
    protected readonly target: ProviderTarget,
  ) {
    onAbort(signal, this.#onAbort);
  }

  /** The final answer's status: 0 until its headers arrive. */
  protected status = 0;
  #rawHeaders: Buffer[] = [];
  readonly #chunks: Buffer[] = [];
  #length = 0;

  onConnect(abort: (err?: Error) => void): void {
    // Aborted while the request waited for a connection: undici reports the reason to onError.
    if (this.signal.aborted) abort(this.signal.reason as Error);
    else this.#abort = abort;
  }

  abstract onError(err: Error): void;

  /** Keeps the final answer's status and raw headers; false for a 1xx answer (informational: the final one follows). */
  protected finalHeaders(statusCode: number, rawHeaders: Buffer[]): boolean {
    if (statusCode < 200) return false;
    this.status = statusCode;
    this.#rawHeaders = rawHeaders;
    return true;
  }

  /** The final answer's headers as an object. */
  protected headers(): Record<string, string | string[] | undefined> {
    return util.parseHeaders(this.#rawHeaders) as Record<string, string | string[] | undefined>;
  }

  /** Adds a network chunk to the body read whole. */
  protected gather(chunk: Buffer): void {
    this.#chunks.push(chunk);
    this.#length += chunk.length;
  }

  /** The body read whole. */
  protected gathered(): Buffer {
    return this.#chunks.length === 1 ? this.#chunks[0] : Buffer.concat(this.#chunks, this.#length);
  }

  /** The call ended: stop following the signal. */
  protected unfollow(): void {
    offAbort(this.signal, this.#onAbort);
  }

  /** Ends the upstream call now (undici reports `err` to onError). */
  protected abortCall(err: Error): void {
    this.#abort?.(err);
  }
}

/** POSTs `body` to `url` with `handler`; a URL or argument undici refuses goes to handler.onError. */
export function dispatchPost(url: string, headers: Record<string, string>, body: string | Buffer, handler: SignalledHandler): void {
  try {
    const { origin, path } = splitUrl(url);
    upstreamPool(origin).dispatch({ method: 'POST', path, headers, body }, handler);
  } catch (err) {
    handler.onError(err as Error);
  }
}
