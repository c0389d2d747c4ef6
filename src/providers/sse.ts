// A small Server-Sent Events parser (WHATWG "event stream interpretation"): lines end in \n, \r\n
// or \r; `data:` lines join with \n; a blank line dispatches; `:` lines are comments. It works
// chunk by chunk and never buffers more than one unfinished line, so streams stay streams.

export interface SseEvent {
  /** The `event:` field, '' when absent (the spec's default "message"). */
  event: string;
  data: string;
}

export async function* parseSse(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder();
  let buf = '';
  let event = '';
  let data: string | undefined;
  // A chunk may end between \r and \n; remember to drop a leading \n of the next chunk.
  let skipLf = false;

  const line = (l: string): SseEvent | undefined => {
    if (l.length === 0) {
      if (data === undefined) {
        event = '';
        return undefined;
      }
      const out = { event, data };
      event = '';
      data = undefined;
      return out;
    }
    if (l.charCodeAt(0) === 58 /* : */) return undefined;
    const colon = l.indexOf(':');
    const field = colon === -1 ? l : l.slice(0, colon);
    let value = colon === -1 ? '' : l.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === 'data') data = data === undefined ? value : `${data}\n${value}`;
    else if (field === 'event') event = value;
    return undefined;
  };

  for await (const chunk of source) {
    buf += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    if (skipLf && buf.charCodeAt(0) === 10) start = 1;
    skipLf = false;
    const n = buf.length;
    for (let i = start; i < n; i++) {
      const c = buf.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const ev = line(buf.slice(start, i));
      if (c === 13) {
        if (i + 1 < n) {
          if (buf.charCodeAt(i + 1) === 10) i++;
        } else skipLf = true;
      }
      start = i + 1;
      if (ev) yield ev;
    }
    buf = start === 0 ? buf : buf.slice(start);
  }
  buf += decoder.decode();
  if (buf.length > 0) line(buf);
  // Be lenient with servers that end the stream without the final blank line.
  if (data !== undefined) yield { event, data };
}
