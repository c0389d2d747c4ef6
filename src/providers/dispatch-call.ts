import type { Dispatcher } from 'undici';
import type { ProviderTarget } from './types.js';
import { offAbort, onAbort, type CallSignal } from './call-signal.js';
import { upstreamPool } from './pools.js';
import { splitUrl } from './http.js';

// What the two dispatch handlers share (json-call.ts for a JSON answer, stream-call.ts for a
// stream): the POST dispatched to its origin's pool, and the call's signal followed, an abort
// ending the upstream call through the `abort` undici hands onConnect.

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

  onConnect(abort: (err?: Error) => void): void {
    // Aborted while the request waited for a connection: undici reports the reason to onError.
    if (this.signal.aborted) abort(this.signal.reason as Error);
    else this.#abort = abort;
  }

  abstract onError(err: Error): void;

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
