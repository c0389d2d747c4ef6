// A request's cancellation by its client, without an AbortSignal unless someone needs one.
// Creating an AbortSignal costs Node 20 more than the rest of the request's bookkeeping (~5-13 µs
// each, measured), and a request used to create two: the route's and each attempt's. Now the
// route creates none; the fallback chain subscribes with a plain callback and creates the one
// signal the upstream call needs. `signal` still exists, made on first use, for the consumers
// that want a real one (the firewall's approval wait, retry sleeps, cache replay).

export class ClientAbort {
  #controller: AbortController | undefined;
  readonly #external: AbortSignal | undefined;
  #aborted = false;
  #listeners: (() => void)[] | undefined;

  /** @param external an existing signal to follow (in-process callers that hold one). */
  constructor(external?: AbortSignal) {
    this.#external = external;
  }

  get aborted(): boolean {
    return this.#aborted || this.#external?.aborted === true;
  }

  get signal(): AbortSignal {
    if (this.#external) return this.#external;
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#aborted) this.#controller.abort();
    }
    return this.#controller.signal;
  }

  /** The client went away (idempotent). */
  abort(): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#controller?.abort();
    const listeners = this.#listeners;
    this.#listeners = undefined;
    if (listeners) for (const l of listeners) l();
  }

  /** Calls `fn` once when the client goes away; returns the unsubscribe. */
  onAbort(fn: () => void): () => void {
    if (this.#external) {
      this.#external.addEventListener('abort', fn, { once: true });
      return () => this.#external!.removeEventListener('abort', fn);
    }
    (this.#listeners ??= []).push(fn);
    return () => {
      const i = this.#listeners?.indexOf(fn) ?? -1;
      if (i >= 0) this.#listeners!.splice(i, 1);
    };
  }
}
