import { isAscii } from 'node:buffer';
import { TextDecoder } from 'node:util';

// A stream's network chunks as text, decoded as one streaming TextDecoder would decode them. A
// streaming decode opens an ICU converter per decoder on its first call (~1 µs a stream, the
// profile's `getConverter`) and skips Node's UTF-8 fast path, while the SSE an upstream sends is
// mostly ASCII: an ASCII chunk leaves a streaming decoder with no bytes pending, so it is decoded
// by one shared decoder until the first chunk that is not, and a streaming decoder takes over from
// there. Once any byte has gone by, a streaming decoder would keep a later U+FEFF, so the late one
// is told to keep it too.

const ONE_SHOT = new TextDecoder();

export class Utf8Chunks {
  #stream: TextDecoder | undefined;
  #started = false;

  decode(chunk: Uint8Array): string {
    if (!this.#stream) {
      if (isAscii(chunk)) {
        if (chunk.length) this.#started = true;
        return ONE_SHOT.decode(chunk);
      }
      this.#stream = new TextDecoder('utf-8', { ignoreBOM: this.#started });
    }
    return this.#stream.decode(chunk, { stream: true });
  }

  /** What the last chunks left pending (an incomplete sequence decodes as U+FFFD). */
  end(): string {
    return this.#stream ? this.#stream.decode() : '';
  }
}
