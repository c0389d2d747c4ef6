// A small Server-Sent Events parser (WHATWG "event stream interpretation"): lines end in \n, \r\n
// or \r; `data:` lines join with \n; a blank line dispatches; `:` lines are comments. It works
// chunk by chunk and never buffers more than one unfinished line, so streams stay streams.
// `feed` is synchronous and returns the events one network chunk completes, so adapters pay one
// async step per chunk rather than one per event.

import { Utf8Chunks } from './utf8-chunks.js';

export interface SseEvent {
  /** The `event:` field, '' when absent (the spec's default "message"). */
  event: string;
  data: string;
}

const NONE: SseEvent[] = [];

export class SseDecoder {
  readonly #decoder = new Utf8Chunks();
  #buf = '';
  #event = '';
  #data: string | undefined;
  // A chunk may end between \r and \n; the next chunk's leading \n then belongs to that line end.
  #skipLf = false;

  feed(chunk: Uint8Array | string): SseEvent[] {
    const text = typeof chunk === 'string' ? chunk : this.#decoder.decode(chunk);
    const buf = this.#buf.length ? this.#buf + text : text;
    let out: SseEvent[] = NONE;
    let start = 0;
    if (this.#skipLf && buf.charCodeAt(0) === 10) start = 1;
    this.#skipLf = false;
    const n = buf.length;
    for (let i = start; i < n; i++) {
      const c = buf.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const ev = this.#line(buf, start, i);
      if (c === 13) {
        if (i + 1 < n) {
          if (buf.charCodeAt(i + 1) === 10) i++;
        } else this.#skipLf = true;
      }
      start = i + 1;
      if (ev) {
        if (out === NONE) out = [];
        out.push(ev);
      }
    }
    this.#buf = start >= n ? '' : buf.slice(start);
    return out;
  }

  /** End of stream: the unfinished line, and a last event servers sometimes send without the blank line. */
  end(): SseEvent[] {
    const rest = this.#buf + this.#decoder.end();
    this.#buf = '';
    if (rest.length) this.#line(rest, 0, rest.length);
    if (this.#data === undefined) return NONE;
    const ev = { event: this.#event, data: this.#data };
    this.#data = undefined;
    this.#event = '';
    return [ev];
  }

  #line(buf: string, start: number, end: number): SseEvent | undefined {
    if (start === end) {
      if (this.#data === undefined) {
        this.#event = '';
        return undefined;
      }
      const ev = { event: this.#event, data: this.#data };
      this.#event = '';
      this.#data = undefined;
      return ev;
    }
    if (buf.charCodeAt(start) === 58 /* : */) return undefined;
    const colon = buf.indexOf(':', start);
    const hasColon = colon !== -1 && colon < end;
    const field = buf.slice(start, hasColon ? colon : end);
    let vs = hasColon ? colon + 1 : end;
    if (vs < end && buf.charCodeAt(vs) === 32) vs++;
    if (field === 'data') {
      const value = buf.slice(vs, end);
      this.#data = this.#data === undefined ? value : `${this.#data}\n${value}`;
    } else if (field === 'event') this.#event = buf.slice(vs, end);
    return undefined;
  }
}

/** The events of a byte stream, in the batches each network chunk completes. */
export async function* sseBatches(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<SseEvent[]> {
  const d = new SseDecoder();
  for await (const chunk of source) {
    const evs = d.feed(chunk);
    if (evs.length) yield evs;
  }
  const last = d.end();
  if (last.length) yield last;
}

/** One SSE event back to its wire text (multi-line data keeps its lines). */
export function serializeEvent(ev: SseEvent): string {
  const data = ev.data.includes('\n') ? ev.data.split('\n').map((l) => `data: ${l}`).join('\n') : `data: ${ev.data}`;
  return `${ev.event ? `event: ${ev.event}\n` : ''}${data}\n\n`;
}

/** The events of SSE text this process wrote (held pass-through bytes): blocks end in a blank line. */
export function parseEventText(text: string): SseEvent[] {
  return text
    .split('\n\n')
    .filter((b) => b.trim())
    .map((block) => {
      let event = '';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      return { event, data: data.join('\n') };
    });
}
