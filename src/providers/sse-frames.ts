import { SseDecoder, serializeEvent, type SseEvent } from './sse.js';
import { Utf8Chunks } from './utf8-chunks.js';

// Splits a forwarded event stream into events that keep their own wire text, so a same-format
// pass-through can send the upstream's bytes on instead of re-serializing every event. The fast
// path covers streams whose lines end in \n (every upstream we forward to): an event is the text
// up to a blank line. A stream that uses \r anywhere goes through the WHATWG decoder (sse.ts)
// from then on, and its events are re-serialized as before, so held bytes the firewall edits
// and the stamps that rewrite ids always see \n-separated events.

export interface SseFrame extends SseEvent {
  /** The event's wire text, ending in a blank line (\n\n). */
  text: string;
}

const NONE: SseFrame[] = [];

export class SseFramer {
  readonly #decoder = new Utf8Chunks();
  #buf = '';
  #slow: SseDecoder | undefined;

  /** The events one network chunk completes. */
  feed(chunk: Uint8Array): SseFrame[] {
    const text = this.#decoder.decode(chunk);
    if (this.#slow || text.includes('\r')) return this.#slowFeed(text);
    const buf = this.#buf.length ? this.#buf + text : text;
    let out = NONE;
    let pos = 0;
    const n = buf.length;
    for (;;) {
      while (pos < n && buf.charCodeAt(pos) === 10) pos++; // blank lines with nothing pending dispatch nothing
      const end = buf.indexOf('\n\n', pos);
      if (end < 0) break;
      const ev = parseBlock(buf, pos, end);
      if (ev) {
        if (out === NONE) out = [];
        out.push({ event: ev.event, data: ev.data, text: buf.slice(pos, end + 2) });
      }
      pos = end + 2;
    }
    this.#buf = pos >= n ? '' : buf.slice(pos);
    return out;
  }

  /** End of stream: a last event servers sometimes send without the blank line. */
  end(): SseFrame[] {
    const slow = this.#slow ?? new SseDecoder();
    const rest = this.#buf + this.#decoder.end();
    this.#buf = '';
    return [...slow.feed(rest), ...slow.end()].map(framed);
  }

  #slowFeed(text: string): SseFrame[] {
    if (!this.#slow) {
      // #buf always starts at an event's first line, so the decoder starts in a clean state.
      this.#slow = new SseDecoder();
      text = this.#buf + text;
      this.#buf = '';
    }
    return this.#slow.feed(text).map(framed);
  }
}

const framed = (ev: SseEvent): SseFrame => ({ event: ev.event, data: ev.data, text: serializeEvent(ev) });

/** One event's fields from its lines (start..end, \n-separated); undefined when it has no data line. */
function parseBlock(buf: string, start: number, end: number): SseEvent | undefined {
  let event = '';
  let data: string | undefined;
  while (start < end) {
    let eol = buf.indexOf('\n', start);
    if (eol < 0 || eol > end) eol = end;
    if (buf.charCodeAt(start) !== 58 /* : comment */) {
      const colon = buf.indexOf(':', start);
      const hasColon = colon !== -1 && colon < eol;
      const field = buf.slice(start, hasColon ? colon : eol);
      let vs = hasColon ? colon + 1 : eol;
      if (vs < eol && buf.charCodeAt(vs) === 32) vs++;
      if (field === 'data') data = data === undefined ? buf.slice(vs, eol) : `${data}\n${buf.slice(vs, eol)}`;
      else if (field === 'event') event = buf.slice(vs, eol);
    }
    start = eol + 1;
  }
  return data === undefined ? undefined : { event, data };
}
