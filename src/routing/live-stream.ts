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
// This is a module-level generator on purpose, never a generator function declared inside the
// per-request method: each such closure is a new constructor with its own prototype, so V8 makes
// a new Map for its generator object, and Maps live in the old generation. A scavenge keeps
// whatever an old object points at, so the dead Map kept the closure, its context and through it
// the request (the 49 KB Claude Code body and its parse) alive until a full GC: every stream's
// body was promoted (~7 MB per scavenge; docs/performance.md, "Stream bodies promoted").

interface LiveStream {
  head: StreamChunk[];
  iterator: AsyncIterator<StreamChunk>;
  assembled: StreamAssembler;
  client: ClientAbort;
  chain: Pick<ChainResult<unknown>, 'attempts' | 'done' | 'tick' | 'timedOut' | 'target'>;
  /** Records the inference (and writes the cache on a miss); its promise ends the stream (storage.sync). */
  finish(status: InferenceStatus, error: string | null, response: ChatResponse): Promise<void>;
}

export async function* liveChunks(s: LiveStream): AsyncGenerator<StreamChunk> {
  const { head, iterator, assembled, client, chain } = s;
  const target = chain.target;
  let status: InferenceStatus = 'ok';
  let error: string | null = null;
  try {
    for (const c of head) {
      assembled.push(c);
      yield c;
    }
    for (;;) {
      let next: IteratorResult<StreamChunk>;
      try {
        next = await iterator.next();
      } catch (err) {
        if (client.aborted) throw err;
        const e = err instanceof ProviderError ? err : undefined;
        // The attempt's own deadline (idle or total) cut it: say so, as a timeout.
        const timedOut = chain.timedOut();
        if (timedOut) {
          throw new ProviderError(`stream from ${target.key} timed out after it started: ${timedOut}`, { kind: 'timeout', provider: target.provider.providerName, cause: err });
        }
        throw new ProviderError(`stream from ${target.key} broke after it started: ${e?.message ?? (err as Error).message}`, {
          kind: 'stream_interrupted', provider: target.provider.providerName, upstreamStatus: e?.upstreamStatus, cause: err,
        });
      }
      if (next.done) break;
      chain.tick();
      assembled.push(next.value);
      yield next.value;
    }
  } catch (err) {
    status = client.aborted ? 'aborted' : 'interrupted';
    error = (err as Error).message;
    throw err;
  } finally {
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
    await s.finish(status, error, assembled.response());
  }
}
