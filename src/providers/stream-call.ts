import type { ProviderTarget } from './types.js';
import type { CallSignal } from './call-signal.js';
import { abortError, bodyText, errorFromBody, jsonObject, transportError } from './http.js';
import { dispatchPost, SignalledHandler } from './dispatch-call.js';
import type { UpstreamBody } from './relay.js';

// A streamed answer from an upstream through undici's dispatch with a handler of our own, as
// postForJson (json-call.ts) does for JSON answers. undici's request() hands a stream's body over
// as a Readable (its buffer, events and async iterator, one promise chain per network chunk) and
// parses every header into an object; the relay needs only the network chunks in order, the
// content type, and the headers of an error status (retry hints). The handler is the interface
// undici's own request() implements (onConnect, onHeaders, onData, onComplete, onError); its
// controls are the `abort` of onConnect, the `resume` of onHeaders and onData's return value
// (false pauses the parser and the socket). Not the controller interface (onRequestStart, …):
// undici 7 adapts that one to this with a wrapper per call that parses every header.
//
// Backpressure: onData hands a chunk to a waiting reader, else queues it; past HIGH_WATER bytes
// queued it pauses the upstream, and the reader resumes it once it has taken the queue. The
// reader is the relay, pulled by the generators between it and the client's socket, which stop
// pulling while that socket's write waits for 'drain' (SseOut): a client that reads slowly
// pauses the upstream. An abort of the call's signal (the client went away, a deadline) ends the
// upstream call and fails the reader.

/** Bytes queued before the upstream is paused: the highWaterMark of undici's own body Readable. */
const HIGH_WATER = 64 * 1024;

/** A stream's answer: its events, or, when the upstream answered 2xx with something else, that body as JSON. */
type StreamAnswer = { events: EventBody; json?: undefined } | { events?: undefined; json: Record<string, unknown>; status: number };

/** Thrown into undici's abort when the gateway stops reading a stream before its end. */
class StreamClosedError extends Error {
  constructor() {
    super('the gateway stopped reading the stream');
    this.name = 'StreamClosedError';
  }
}

/**
 * POSTs `body` for a streamed answer. Resolves when the headers arrive with a 2xx status; a status
 * of 300 or more is read whole and rejected as the error errorFromBody makes of it; a transport
 * failure, an abort or a timeout before the headers is a ProviderError as with postJson. A 2xx
 * answer that is not `text/event-stream` is read whole as JSON (`malformed` when it is not).
 */
export function postForEvents(url: string, headers: Record<string, string>, body: string | Buffer, signal: CallSignal, target: ProviderTarget): Promise<StreamAnswer> {
  if (signal.aborted) return Promise.reject(abortError(signal, target));
  return new Promise((resolve, reject) => dispatchPost(url, headers, body, new EventBody(signal, target, resolve, reject)));
}

/** What the handler does with the body: stream it as events, or read it whole (an error status, or JSON). */
const enum Mode {
  Waiting,
  Events,
  StatusError,
  Json,
}

/** The dispatch handler of one streamed call, and the body it reads (an async iterable of network chunks). */
export class EventBody extends SignalledHandler implements UpstreamBody, AsyncIterator<Uint8Array> {
  #mode = Mode.Waiting;
  #resume: (() => void) | undefined;
  /** Chunks not yet read (events). */
  #queue: Buffer[] = [];
  #queued = 0;
  #paused = false;
  #waiter: { resolve: (r: IteratorResult<Uint8Array>) => void; reject: (err: Error) => void } | undefined;
  #ended = false;
  #error: Error | undefined;
  #closed = false;

  constructor(
    signal: CallSignal,
    target: ProviderTarget,
    private readonly resolve: (answer: StreamAnswer) => void,
    private readonly reject: (err: Error) => void,
  ) {
    super(signal, target);
  }

  /** Whether the upstream is paused because the reader has not taken what came (for tests and diagnostics). */
  get paused(): boolean {
    return this.#paused;
  }

  onHeaders(statusCode: number, rawHeaders: Buffer[], resume: () => void): boolean {
    if (!this.finalHeaders(statusCode, rawHeaders)) return true;
    if (statusCode >= 300) this.#mode = Mode.StatusError;
    else if (isEventStream(rawHeaders)) {
      this.#mode = Mode.Events;
      this.#resume = resume;
      this.resolve({ events: this });
    } else this.#mode = Mode.Json;
    return true;
  }

  onData(chunk: Buffer): boolean {
    if (this.#mode !== Mode.Events) {
      this.gather(chunk);
      return true;
    }
    if (this.#closed) return true;
    const waiter = this.#waiter;
    if (waiter) {
      this.#waiter = undefined;
      waiter.resolve({ value: chunk, done: false });
      return true;
    }
    this.#queue.push(chunk);
    this.#queued += chunk.length;
    if (this.#queued < HIGH_WATER) return true;
    this.#paused = true;
    return false;
  }

  onComplete(): void {
    this.unfollow();
    if (this.#mode === Mode.Events) {
      this.#ended = true;
      const waiter = this.#waiter;
      this.#waiter = undefined;
      waiter?.resolve({ value: undefined, done: true });
      return;
    }
    const text = bodyText(this.gathered());
    try {
      if (this.#mode === Mode.StatusError) throw errorFromBody(this.status, text, this.headers(), this.target);
      this.resolve({ json: jsonObject(text, this.status, this.target), status: this.status });
    } catch (err) {
      this.reject(err as Error);
    }
  }

  onError(err: Error): void {
    this.unfollow();
    if (this.#mode === Mode.Events) {
      // As a destroyed Readable: what was queued is dropped, the reader gets the error.
      this.#queue = [];
      this.#queued = 0;
      if (this.#closed) return;
      this.#error = err;
      const waiter = this.#waiter;
      this.#waiter = undefined;
      waiter?.reject(err);
      return;
    }
    // An error status whose body could not be read is still that status (as statusError did).
    if (this.#mode === Mode.StatusError && !this.signal.aborted) this.reject(errorFromBody(this.status, '', this.headers(), this.target));
    else this.reject(transportError(err, this.signal, this.target));
  }

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return this;
  }

  next(): Promise<IteratorResult<Uint8Array>> {
    if (this.#queue.length) {
      const value = this.#queue.shift() as Buffer;
      this.#queued -= value.length;
      if (this.#paused && !this.#queue.length) {
        this.#paused = false;
        this.#resume?.();
      }
      return Promise.resolve({ value, done: false });
    }
    if (this.#error) return Promise.reject(this.#error);
    if (this.#ended || this.#closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject };
    });
  }

  /** A reader that stops early (for await … break, or a throw) ends the upstream call. */
  return(): Promise<IteratorResult<Uint8Array>> {
    this.destroy();
    return Promise.resolve({ value: undefined, done: true });
  }

  /** Ends the upstream call unless it has ended; later data is dropped. */
  destroy(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue = [];
    this.#queued = 0;
    if (this.#ended || this.#error) return;
    this.unfollow();
    this.abortCall(new StreamClosedError());
  }
}

/** Whether the (first) content type says `text/event-stream`, read off undici's raw headers without parsing the others. */
function isEventStream(rawHeaders: Buffer[]): boolean {
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i];
    if (name.length === 12 && name.toString('latin1').toLowerCase() === 'content-type') return rawHeaders[i + 1].toString('latin1').includes('text/event-stream');
  }
  return false;
}
