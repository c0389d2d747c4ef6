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
    const transfer: ArrayBuffer[] = [];
    return this.#post({ batch: batch.map((w) => withTransferableRequest(w, transfer)) }, transfer);
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
 * A compact row whose request is the client's bytes, with those bytes in an ArrayBuffer of their
 * own that postMessage moves to the writer thread instead of serializing: the structured clone of
 * a 50 KB body cost the request thread more than the copy made here. The queued row keeps its own
 * bytes: a batch that fails is posted again.
 */
function withTransferableRequest(w: InferenceWrite, transfer: ArrayBuffer[]): InferenceWrite {
  if (!Array.isArray(w)) return w;
  const cell = w[REQUEST_CELL];
  if (!(cell instanceof Uint8Array)) return w;
  const copy = new Uint8Array(cell); // its own ArrayBuffer, exactly the body's length
  transfer.push(copy.buffer);
  const out = w.slice();
  out[REQUEST_CELL] = copy;
  return out;
}
