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
    return this.#post({ batch: batch.map(withTightRequest) });
  }

  writeTraces(traces: TraceWrite[]): Promise<void> {
    return this.#post({ traces });
  }

  #post(msg: { batch: InferenceWrite[] } | { traces: TraceWrite[] }): Promise<void> {
    if (this.#dead) return Promise.reject(this.#dead);
    const seq = ++this.#seq;
    return new Promise((resolve, reject) => {
      this.#pending.set(seq, { resolve, reject });
      this.#worker.postMessage({ seq, ...msg });
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
 * A compact row whose request is the client's bytes goes to the writer thread by the structured
 * clone, which copies the whole ArrayBuffer under the view: one memcpy into the message, cheaper on
 * the request thread than allocating an ArrayBuffer of its own to transfer (measured: ~5 vs ~25 µs
 * for 50 KB), and the queued row keeps its bytes for a batch posted again. A body is normally a
 * view of a buffer of its own size (Buffer.concat of the chunks); a small view of a larger buffer
 * (a pooled slice) is copied first so the clone carries only its bytes.
 */
function withTightRequest(w: InferenceWrite): InferenceWrite {
  if (!Array.isArray(w)) return w;
  const cell = w[REQUEST_CELL];
  if (!(cell instanceof Uint8Array) || cell.buffer.byteLength <= 2 * cell.byteLength) return w;
  const out = w.slice();
  out[REQUEST_CELL] = new Uint8Array(cell); // its own ArrayBuffer, exactly the body's length
  return out;
}
