import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';

// A JSONL file written with backpressure: write() waits for 'drain' when the OS buffer is full,
// so a fast source cannot pile lines up in memory.
export class JsonlWriter {
  readonly #out: WriteStream;
  lines = 0;

  constructor(path: string) {
    this.#out = createWriteStream(path, { encoding: 'utf8' });
  }

  async write(obj: object): Promise<void> {
    this.lines++;
    if (!this.#out.write(`${JSON.stringify(obj)}\n`)) await once(this.#out, 'drain');
  }

  async close(): Promise<void> {
    this.#out.end();
    await finished(this.#out);
  }
}
