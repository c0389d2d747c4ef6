import { EventEmitter } from 'node:events';

// A call's cancellation as an upstream HTTP call needs it: whether and why it was aborted, and an
// 'abort' event. undici takes an EventEmitter as well as an AbortSignal, and the adapters read
// only `aborted` and `reason`; creating an AbortSignal (and its first listener) costs Node 20
// ~6-13 µs, more than the rest of an attempt's bookkeeping, so the fallback chain hands the
// upstream call this instead. `signal` makes a real AbortSignal, on first use, for the APIs
// that take nothing else.

export type CallSignal = AbortSignal | UpstreamAbort;

export class UpstreamAbort extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;
  #controller: AbortController | undefined;

  /** Same reason as AbortController.abort() when none is given (an AbortError). */
  abort(reason: unknown = new DOMException('This operation was aborted', 'AbortError')): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.#controller?.abort(reason);
    this.emit('abort');
  }

  /** A real AbortSignal that follows this one. */
  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.aborted) this.#controller.abort(this.reason);
    }
    return this.#controller.signal;
  }
}

/** The AbortSignal of either kind of call signal (for APIs that accept nothing else). */
export function abortSignalOf(signal: CallSignal): AbortSignal {
  return signal instanceof UpstreamAbort ? signal.signal : signal;
}

/** Calls `fn` once when the signal aborts (either kind of call signal). */
export function onAbort(signal: CallSignal, fn: () => void): void {
  if ('addEventListener' in signal) signal.addEventListener('abort', fn, { once: true });
  else signal.once('abort', fn);
}

/** Stops listening with a function given to onAbort. */
export function offAbort(signal: CallSignal, fn: () => void): void {
  if ('removeEventListener' in signal) signal.removeEventListener('abort', fn);
  else signal.removeListener('abort', fn);
}
