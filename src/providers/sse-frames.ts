import { SseDecoder, serializeEvent, type SseEvent } from './sse.js';
import { Utf8Chunks } from './utf8-chunks.js';

// Splits a forwarded event stream into events that keep their own wire text, so a same-format
// pass-through can send the upstream's bytes on instead of re-serializing every event. The fast
// path covers streams whose lines end in \n (every upstream we forward to): an event is the text
// up to a blank line. A stream that uses \r anywhere goes through the WHATWG decoder (sse.ts)
// from then on, and its events are re-serialized as before, so held bytes the firewall edits
// and the stamps that rewrite ids always see \n-separated events.

export interface SseFrame extends SseEvent {
  /** Where the event's wire text, ending in a blank line (\n\n), lies in its batch's `text`. */
  start: number;
  end: number;
}

/**
 * The events one network chunk completes and the text they lie in. Consecutive events are
 * adjacent there (an event's `start` is the one before's `end`) unless a comment or an extra
 * blank line lies between them, so a run of them is one slice of the text, not a string each.
 */
export interface SseFrames {
  text: string;
  frames: SseFrame[];
}

const NONE: SseFrames = { text: '', frames: [] };

export class SseFramer {
  readonly #decoder = new Utf8Chunks();
  #buf = '';
  #slow: SseDecoder | undefined;

  /** The events one network chunk completes. */
  feed(chunk: Uint8Array): SseFrames {
    const text = this.#decoder.decode(chunk);
    if (this.#slow || text.includes('\r')) return this.#slowFeed(text);
    const buf = this.#buf.length ? this.#buf + text : text;
    let frames: SseFrame[] | undefined;
    let pos = 0;
    const n = buf.length;
    for (;;) {
      while (pos < n && buf.charCodeAt(pos) === 10) pos++; // blank lines with nothing pending dispatch nothing
      const end = buf.indexOf('\n\n', pos);
      if (end < 0) break;
      const frame = parseBlock(buf, pos, end);
      if (frame) (frames ??= []).push(frame);
      pos = end + 2;
    }
    this.#buf = pos >= n ? '' : buf.slice(pos);
    return frames ? { text: buf, frames } : NONE;
  }

  /** End of stream: a last event servers sometimes send without the blank line. */
  end(): SseFrames {
    const slow = this.#slow ?? new SseDecoder();
    const rest = this.#buf + this.#decoder.end();
    this.#buf = '';
    return serialized([...slow.feed(rest), ...slow.end()]);
  }

  #slowFeed(text: string): SseFrames {
    if (!this.#slow) {
      // #buf always starts at an event's first line, so the decoder starts in a clean state.
      this.#slow = new SseDecoder();
      text = this.#buf + text;
      this.#buf = '';
    }
    return serialized(this.#slow.feed(text));
  }
}

/** Events the WHATWG decoder read, each re-serialized with \n line ends. */
function serialized(events: SseEvent[]): SseFrames {
  if (!events.length) return NONE;
  let text = '';
  const frames = events.map((ev): SseFrame => {
    const start = text.length;
    text += serializeEvent(ev);
    return { event: ev.event, data: ev.data, start, end: text.length };
  });
  return { text, frames };
}

/** One event from its lines (start..end, \n-separated, the blank line after it); undefined when it has no data line. */
function parseBlock(buf: string, start: number, end: number): SseFrame | undefined {
  // The usual event, one `data: ` line, read without splitting it into fields.
  if (buf.startsWith('data: ', start) && buf.indexOf('\n', start) === end) return { event: '', data: buf.slice(start + 6, end), start, end: end + 2 };
  const first = start;
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
  return data === undefined ? undefined : { event, data, start: first, end: end + 2 };
}
