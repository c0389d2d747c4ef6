import { ProviderError } from '../core/errors.js';
import type { ChatResponse, StreamChunk } from '../core/types.js';
import type { InferenceStatus } from '../store/types.js';
import type { StreamAssembler } from './assemble.js';
import type { ChainResult } from './chain.js';
import type { ClientAbort } from './client-abort.js';

// The chunks of a live stream after its first delta: the held head, then the rest of the
// upstream's iterator; the attempt's deadlines follow every chunk, and at the end (done, broken
// or abandoned by the client) the attempt log is settled and `finish` records the inference.
//
// A class of iterator, not an async generator: a generator step costs each chunk a resumption and
// its promises (docs/performance.md, "The stream's CPU, fourth pass"). Nor a generator function
// declared inside the per-request method: each such closure is a new constructor with its own
// prototype, so V8 makes a new Map for its generator object, and Maps live in the old generation.
// A scavenge keeps whatever an old object points at, so the dead Map kept the closure, its
// context and through it the request (the 49 KB Claude Code body and its parse) alive until a
// full GC: every stream's body was promoted (~7 MB per scavenge; docs/performance.md, "Stream
// bodies promoted").
//
// Read as `for await` reads it: one `next` at a time, `return` only between them.

interface LiveStream {
  head: StreamChunk[];
  iterator: AsyncIterator<StreamChunk>;
  assembled: StreamAssembler;
  client: ClientAbort;
  chain: Pick<ChainResult<unknown>, 'attempts' | 'done' | 'tick' | 'timedOut' | 'target'>;
  /** Records the inference (and writes the cache on a miss); its promise ends the stream (storage.sync). */
  finish(status: InferenceStatus, error: string | null, response: ChatResponse): Promise<void>;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

export function liveChunks(s: LiveStream): AsyncIterableIterator<StreamChunk> {
  return new LiveChunks(s);
}

class LiveChunks implements AsyncIterableIterator<StreamChunk> {
  #held = 0;
  #closed = false;

  constructor(private readonly s: LiveStream) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<StreamChunk>> {
    if (this.#closed) return Promise.resolve(DONE);
    const { head } = this.s;
    if (this.#held < head.length) {
      const c = head[this.#held++];
      this.s.assembled.push(c);
      return Promise.resolve({ done: false, value: c });
    }
    return this.s.iterator.next().then(this.#took, this.#broke);
  }

  /** The client stopped reading (or went away): the upstream call ends and the inference is recorded. */
  async return(): Promise<IteratorResult<StreamChunk>> {
    if (!this.#closed) await this.#close('ok', null);
    return DONE;
  }

  // Not async: a chunk goes on in the same microtask its upstream `next` settled in.
  readonly #took = (next: IteratorResult<StreamChunk>): IteratorResult<StreamChunk> | Promise<IteratorResult<StreamChunk>> => {
    if (next.done) return this.#close('ok', null).then(() => DONE);
    try {
      this.s.chain.tick();
      this.s.assembled.push(next.value);
    } catch (err) {
      return this.#fail(err);
    }
    return next;
  };

  readonly #broke = async (err: unknown): Promise<never> => {
    const { client, chain } = this.s;
    if (client.aborted) return this.#fail(err);
    const target = chain.target;
    const e = err instanceof ProviderError ? err : undefined;
    // The attempt's own deadline (idle or total) cut it: say so, as a timeout.
    const timedOut = chain.timedOut();
    if (timedOut) {
      return this.#fail(new ProviderError(`stream from ${target.key} timed out after it started: ${timedOut}`, { kind: 'timeout', provider: target.provider.providerName, cause: err }));
    }
    return this.#fail(new ProviderError(`stream from ${target.key} broke after it started: ${e?.message ?? (err as Error).message}`, {
      kind: 'stream_interrupted', provider: target.provider.providerName, upstreamStatus: e?.upstreamStatus, cause: err,
    }));
  };

  async #fail(err: unknown): Promise<never> {
    await this.#close(this.s.client.aborted ? 'aborted' : 'interrupted', (err as Error).message);
    throw err;
  }

  /** The end however it came (done, broken or abandoned by the client): the attempt log is settled and the inference recorded. */
  async #close(status: InferenceStatus, error: string | null): Promise<void> {
    this.#closed = true;
    const { client, chain, iterator } = this.s;
    if (client.aborted && status === 'ok') {
      status = 'aborted';
      error = 'client disconnected';
    }
    chain.done();
    await iterator.return?.().catch(() => undefined);
    if (status !== 'ok') {
      const last = chain.attempts[chain.attempts.length - 1];
      last.outcome = 'error';
      last.error_kind = status === 'aborted' ? 'aborted' : 'stream_interrupted';
      last.error = error;
    }
    await this.s.finish(status, error, this.s.assembled.response());
  }
}
