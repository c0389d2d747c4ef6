import { Worker } from 'node:worker_threads';
import { REQUEST_CELL, type InferenceWrite } from './inference-writes.js';
import type { PiiOptions } from '../redact-pii.js';
import type { TraceWrite } from '../trace-writes.js';

/** The request-thread side of the writer thread: post a batch, get a promise of its commit. */
export class WriterThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: () => void; reject: (err: Error) => void }>();
  #seq = 0;
  #dead: Error | undefined;

  constructor(path: string, secrets: string[], pii?: PiiOptions) {
    // Under tsx (tests, `npm run dev`) this module is .ts and needs the loader in the worker too.
    const fromSource = import.meta.url.endsWith('.ts');
    const entry = new URL(fromSource ? './writer-worker-dev.mjs' : './writer-worker.js', import.meta.url);
    this.#worker = new Worker(entry, { workerData: { path, secrets, pii } });
    this.#worker.on('message', (msg: { seq?: number; ok?: boolean; error?: string; code?: string }) => {
      if (msg.seq === undefined) return;
      const p = this.#pending.get(msg.seq);
      this.#pending.delete(msg.seq);
      if (msg.ok) p?.resolve();
      else p?.reject(Object.assign(new Error(`sqlite writer: ${msg.error}`), { code: msg.code }));
    });
    const fail = (err: Error) => {
      this.#dead = err;
      for (const p of this.#pending.values()) p.reject(err);
      this.#pending.clear();
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', (code) => fail(new Error(`sqlite writer thread exited (${code})`)));
  }

  /** True once the thread has died; a write error reported by a live thread leaves it false. */
  get dead(): boolean {
    return this.#dead !== undefined;
  }

  write(batch: InferenceWrite[]): Promise<void> {
    const packed = withPackedRequests(batch);
    return this.#post({ batch: packed.batch }, packed.transfer);
  }

  writeTraces(traces: TraceWrite[]): Promise<void> {
    return this.#post({ traces });
  }

  #post(msg: { batch: InferenceWrite[] } | { traces: TraceWrite[] }, transfer: ArrayBuffer[] = []): Promise<void> {
    if (this.#dead) return Promise.reject(this.#dead);
    const seq = ++this.#seq;
    return new Promise((resolve, reject) => {
      this.#pending.set(seq, { resolve, reject });
      this.#worker.postMessage({ seq, ...msg }, transfer);
    });
  }

  async close(): Promise<void> {
    if (!this.#dead) {
      // The worker answers once its connection is closed; an error or exit ends the wait too.
      await new Promise<void>((resolve) => {
        const done = () => {
          this.#worker.off('message', onMessage).off('error', done).off('exit', done);
          resolve();
        };
        const onMessage = (msg: { closed?: boolean }) => msg.closed && done();
        this.#worker.on('message', onMessage).once('error', done).once('exit', done);
        this.#worker.postMessage({ close: true });
      });
    }
    await this.#worker.terminate();
  }
}

/**
 * Request bytes at least this long travel in an ArrayBuffer of their own. The writer keeps each
 * session's last request (store/clean-requests.ts): a view of a shared batch buffer would keep the
 * whole batch alive, so it copied such views, a second copy of a Claude Code body (50 KB and more)
 * a request; a buffer of its own it keeps as it came. A small request stays packed: a moved buffer
 * of its own costs ~1.7 µs a row (above), more than copying a few KB (the bar is not tuned between;
 * a 14.6 KB Codex body already saves, bench/writer-hand-off.ts).
 */
export const OWN_BUFFER_BYTES = 8192;

/**
 * The batch with every compact row's request bytes copied into ArrayBuffers moved to the writer
 * thread instead of serialized (the views arrive as views of the moved buffers): the large ones
 * each into their own, the others together into one. The structured clone of a 50 KB body cost the
 * request thread more than the copy made here, and one moved buffer per batch costs a fraction of
 * one per row (a median ~1.7 µs a row less in 150-row batches, measured). The queued rows keep their own bytes: a batch that fails
 * is posted again.
 */
export function withPackedRequests(batch: InferenceWrite[]): { batch: InferenceWrite[]; transfer: ArrayBuffer[] } {
  let size = 0;
  let own = 0;
  for (const w of batch) {
    const cell = requestCell(w);
    if (!cell) continue;
    if (cell.byteLength >= OWN_BUFFER_BYTES) own++;
    else size += cell.byteLength;
  }
  if (size === 0 && own === 0) return { batch, transfer: [] };
  // Every byte is copied over below: not zero-filled first (a 54 KB Claude Code body's memset was as
  // much as its copy), and not from Buffer's shared pool, so its ArrayBuffer is its own to move.
  const packed = size > 0 ? Buffer.allocUnsafeSlow(size) : undefined;
  const transfer: ArrayBuffer[] = packed ? [packed.buffer] : [];
  let offset = 0;
  const out = batch.map((w) => {
    const cell = requestCell(w);
    if (!cell) return w;
    const row = (w as unknown[]).slice();
    if (cell.byteLength >= OWN_BUFFER_BYTES) {
      const copy = Buffer.allocUnsafeSlow(cell.byteLength);
      copy.set(cell);
      transfer.push(copy.buffer);
      row[REQUEST_CELL] = copy;
      return row;
    }
    packed!.set(cell, offset);
    row[REQUEST_CELL] = packed!.subarray(offset, offset + cell.byteLength);
    offset += cell.byteLength;
    return row;
  });
  return { batch: out, transfer };
}

/** A compact row's request when it is the client's bytes. */
function requestCell(w: InferenceWrite): Uint8Array | undefined {
  if (!Array.isArray(w)) return undefined;
  const cell = w[REQUEST_CELL];
  return cell instanceof Uint8Array ? cell : undefined;
}
