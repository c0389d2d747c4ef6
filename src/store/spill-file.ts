import { dirname } from 'node:path';
import { closeSync, existsSync, mkdirSync, fsyncSync, ftruncateSync, openSync, readSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';

// Rows the store could not write yet and that no longer fit in memory, as JSON lines on disk
// (mode 0600: they hold prompts). Read back oldest first once the store accepts writes again;
// the stores insert with "ignore duplicates", so replaying a line twice (a crash mid-replay) is safe.

const READ_CHUNK = 4 * 1024 * 1024;

export class SpillFile<T> {
  #readOffset = 0;
  #rows = 0;
  #fd: number | undefined;
  /** The last append failed part-way: start the next one on a fresh line. */
  #torn = false;

  constructor(readonly path: string) {
    if (existsSync(path)) {
      chmodSync(path, 0o600);
      this.#rows = countLines(path);
    }
  }

  /** Rows waiting in the file. */
  get rows(): number {
    return this.#rows;
  }

  /** Appends rows durably (fsync); throws when the disk refuses (the caller counts them dropped). */
  append(rows: T[]): void {
    if (rows.length === 0) return;
    const text = (this.#torn ? '\n' : '') + rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
    try {
      if (this.#fd === undefined) {
        mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
        this.#fd = openSync(this.path, 'a', 0o600);
      }
      const fd = this.#fd;
      writeSync(fd, text);
      fsyncSync(fd);
      this.#torn = false;
    } catch (err) {
      this.#torn = true;
      // A partial line may be left behind; read() skips lines that do not parse.
      this.#closeFd();
      throw err;
    }
    this.#rows += rows.length;
  }

  /** Up to `max` rows from the oldest unread line, and a commit function to call once they are stored. */
  read(max: number): { rows: T[]; bad: number; commit: () => void } | undefined {
    if (this.#rows === 0 || !existsSync(this.path)) return undefined;
    const size = statSync(this.path).size;
    if (this.#readOffset >= size) {
      this.#reset();
      return undefined;
    }
    const fd = openSync(this.path, 'r');
    let text: string;
    try {
      const buf = Buffer.alloc(Math.min(READ_CHUNK, size - this.#readOffset));
      const n = readSync(fd, buf, 0, buf.length, this.#readOffset);
      text = buf.subarray(0, n).toString('utf8');
    } finally {
      closeSync(fd);
    }
    const rows: T[] = [];
    let bad = 0;
    let consumed = 0;
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      // A last line without its newline is either being written or torn: only whole lines count,
      // unless the chunk holds nothing else (then the line is torn and skipped).
      if (nl < 0) {
        if (start === 0 && this.#readOffset + Buffer.byteLength(text) >= size) {
          consumed = Buffer.byteLength(text);
          if (text.trim()) bad++;
        }
        break;
      }
      const line = text.slice(start, nl);
      start = nl + 1;
      consumed = Buffer.byteLength(text.slice(0, start));
      if (line.trim()) {
        try {
          rows.push(JSON.parse(line) as T);
        } catch {
          bad++;
        }
      }
      if (rows.length >= max) break;
    }
    const offset = this.#readOffset + consumed;
    return {
      rows,
      bad,
      commit: () => {
        this.#readOffset = offset;
        this.#rows = Math.max(0, this.#rows - rows.length - bad);
        if (this.#readOffset >= statSync(this.path).size) this.#reset();
      },
    };
  }

  close(): void {
    this.#closeFd();
  }

  #reset(): void {
    this.#closeFd();
    this.#readOffset = 0;
    this.#rows = 0;
    try {
      const fd = openSync(this.path, 'r+');
      ftruncateSync(fd, 0);
      closeSync(fd);
      unlinkSync(this.path);
    } catch {
      // Already gone, or the disk is read-only: the next start replays it (duplicates are ignored).
    }
  }

  #closeFd(): void {
    if (this.#fd !== undefined) {
      try {
        closeSync(this.#fd);
      } catch {
        // closing a file on a failed disk can fail too; nothing more to do
      }
      this.#fd = undefined;
    }
  }
}

function countLines(path: string): number {
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(1 << 20);
  let n = 0;
  let pos = 0;
  try {
    for (;;) {
      const read = readSync(fd, buf, 0, buf.length, pos);
      if (read === 0) break;
      for (let i = 0; i < read; i++) if (buf[i] === 10) n++;
      pos += read;
    }
  } finally {
    closeSync(fd);
  }
  return n;
}
