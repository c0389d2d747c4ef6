import type { ProviderTarget } from './types.js';
import type { CallSignal } from './call-signal.js';
import { abortError, bodyText, errorFromBody, transportError } from './http.js';
import { JsonAnswer } from './json-answer.js';
import { dispatchPost, SignalledHandler } from './dispatch-call.js';

// A JSON answer's bytes from an upstream, through undici's dispatch with a handler of our own.
// undici's request() (api-request.js) wraps every answer in a Readable stream with its async
// resource, parses every header into an object and resolves a promise before the body is read;
// a JSON answer needs only its status and bytes, and its headers only when the status is an error
// (retry hints). The handler is the one undici's own request() implements (onConnect, onHeaders,
// onData, onComplete, onError), without the stream. Measured in one process: ~9 µs a request less
// (docs/performance.md, "perf-18"). Streams have their own handler (stream-call.ts).

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
  return new Promise((resolve, reject) => dispatchPost(url, headers, body, new AnswerHandler(signal, target, parsed, resolve, reject)));
}

class AnswerHandler extends SignalledHandler {
  #settled = false;

  constructor(
    signal: CallSignal,
    target: ProviderTarget,
    private readonly parsed: boolean,
    private readonly resolve: (answer: JsonAnswer) => void,
    private readonly reject: (err: Error) => void,
  ) {
    super(signal, target);
  }

  onHeaders(statusCode: number, rawHeaders: Buffer[]): boolean {
    this.finalHeaders(statusCode, rawHeaders);
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.gather(chunk);
    return true;
  }

  onComplete(): void {
    if (this.#settle()) return;
    const bytes = this.gathered();
    try {
      if (this.status >= 300) throw errorFromBody(this.status, bodyText(bytes), this.headers(), this.target);
      const answer = new JsonAnswer(this.status, bytes, this.target);
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
    this.unfollow();
    return false;
  }
}
