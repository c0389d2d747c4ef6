import type { Dispatcher } from 'undici';
import { util } from 'undici';
import type { ProviderTarget } from './types.js';
import type { CallSignal } from './call-signal.js';
import { upstreamPool } from './pools.js';
import { abortError, errorFromBody, splitUrl, transportError } from './http.js';
import { decoded, JsonAnswer } from './json-answer.js';

// A JSON answer's bytes from an upstream, through undici's dispatch with a handler of our own.
// undici's request() (api-request.js) wraps every answer in a Readable stream with its async
// resource, parses every header into an object and resolves a promise before the body is read;
// a JSON answer needs only its status and bytes, and its headers only when the status is an error
// (retry hints). The handler is the one undici's own request() implements (onConnect, onHeaders,
// onData, onComplete, onError), without the stream. Measured in one process: ~9 µs a request less
// (docs/performance.md, "perf-18"). Streams keep request(): the relay reads the body as it comes.

/**
 * POSTs `body` and reads the whole answer, parsed. A transport failure, an abort or a timeout is a
 * ProviderError as with postJson; a status of 300 or more is the error errorFromBody makes of it;
 * a body that is not a JSON object is `malformed`.
 */
export function postForJson(url: string, headers: Record<string, string>, body: string | Buffer, signal: CallSignal, target: ProviderTarget): Promise<JsonAnswer> {
  return post(url, headers, body, signal, target, true);
}

/** postForJson, with the answer parsed only as far as it is read (src/providers/json-answer.ts): a body that is not JSON is `malformed` when read. */
export function postForAnswer(url: string, headers: Record<string, string>, body: string | Buffer, signal: CallSignal, target: ProviderTarget): Promise<JsonAnswer> {
  return post(url, headers, body, signal, target, false);
}

function post(url: string, headers: Record<string, string>, body: string | Buffer, signal: CallSignal, target: ProviderTarget, parsed: boolean): Promise<JsonAnswer> {
  if (signal.aborted) return Promise.reject(abortError(signal, target));
  return new Promise((resolve, reject) => {
    const handler = new AnswerHandler(signal, target, parsed, resolve, reject);
    try {
      const { origin, path } = splitUrl(url);
      upstreamPool(origin).dispatch({ method: 'POST', path, headers, body }, handler);
    } catch (err) {
      handler.onError(err as Error);
    }
  });
}

class AnswerHandler implements Dispatcher.DispatchHandler {
  #abort: ((err?: Error) => void) | undefined;
  #status = 0;
  #rawHeaders: Buffer[] = [];
  readonly #chunks: Buffer[] = [];
  #length = 0;
  #settled = false;
  readonly #onAbort = () => this.#abort?.(this.signal.reason as Error);

  constructor(
    private readonly signal: CallSignal,
    private readonly target: ProviderTarget,
    private readonly parsed: boolean,
    private readonly resolve: (answer: JsonAnswer) => void,
    private readonly reject: (err: Error) => void,
  ) {
    listen(signal, this.#onAbort);
  }

  onConnect(abort: (err?: Error) => void): void {
    // Aborted while the request waited for a connection: undici reports the reason to onError.
    if (this.signal.aborted) abort(this.signal.reason as Error);
    else this.#abort = abort;
  }

  onHeaders(statusCode: number, rawHeaders: Buffer[]): boolean {
    // 1xx answers are informational: the final one follows.
    if (statusCode < 200) return true;
    this.#status = statusCode;
    this.#rawHeaders = rawHeaders;
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.#chunks.push(chunk);
    this.#length += chunk.length;
    return true;
  }

  onComplete(): void {
    if (this.#settle()) return;
    const bytes = this.#chunks.length === 1 ? this.#chunks[0] : Buffer.concat(this.#chunks, this.#length);
    try {
      if (this.#status >= 300) {
        const headers = util.parseHeaders(this.#rawHeaders) as Record<string, string | string[] | undefined>;
        throw errorFromBody(this.#status, decoded(bytes), headers, this.target);
      }
      const answer = new JsonAnswer(this.#status, bytes, this.target);
      // Parsed here (a body that is not JSON rejects the call) unless the caller reads it in parts.
      if (this.parsed) void answer.raw;
      this.resolve(answer);
    } catch (err) {
      this.reject(err as Error);
    }
  }

  onError(err: Error): void {
    if (this.#settle()) return;
    this.reject(transportError(err, this.signal, this.target));
  }

  /** True when the call was already settled; else marks it so and stops listening for an abort. */
  #settle(): boolean {
    if (this.#settled) return true;
    this.#settled = true;
    unlisten(this.signal, this.#onAbort);
    return false;
  }
}

function listen(signal: CallSignal, fn: () => void): void {
  if ('addEventListener' in signal) signal.addEventListener('abort', fn, { once: true });
  else signal.once('abort', fn);
}

function unlisten(signal: CallSignal, fn: () => void): void {
  if ('removeEventListener' in signal) signal.removeEventListener('abort', fn);
  else signal.removeListener('abort', fn);
}
