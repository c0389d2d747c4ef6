import type { StreamChunk } from '../core/types.js';
import type { ProviderTarget } from './types.js';
import { transportError } from './http.js';
import { SseFramer, type SseFrames } from './sse-frames.js';
import type { CallSignal } from './call-signal.js';

// The copy path of a forwarded event stream (Anthropic, OpenAI chat and Responses): the events one
// upstream network chunk completes go on as one `raw` chunk carrying their own bytes, right after
// the typed chunks a per-format mapper read from them (for recording, usage, fallback and the
// firewall). Every chunk costs a step through each async generator between here and the socket
// (relay, gateway, firewall, route), so a network chunk's events travel together: one raw chunk,
// and consecutive text deltas joined into one typed chunk.

type Raw = Extract<StreamChunk, { type: 'raw' }>;

/** A stream's body as the relay reads it: its network chunks in order (EventBody in stream-call.ts, or a Readable). */
export interface UpstreamBody extends AsyncIterable<Uint8Array> {
  /** Ends the upstream call before its end. */
  destroy(): void;
}

export interface EventMapper {
  /** `withhold`: the event's typed chunks count, its bytes are not forwarded. */
  map(data: string): { chunks: StreamChunk[]; tools?: number[]; final?: boolean; withhold?: boolean };
  /** Chunks owed at the end of the stream; throws when the stream ended before its terminal event. */
  end(): StreamChunk[];
}

/** `finished`: the terminal event was seen, so later bytes are drained rather than parsed. */
export async function* relayEvents(body: UpstreamBody, target: ProviderTarget, signal: CallSignal, mapper: EventMapper, finished: () => boolean): AsyncGenerator<StreamChunk> {
  const framer = new SseFramer();
  try {
    for await (const bytes of body) {
      if (finished()) continue; // drain to the end so the socket returns to the pool
      const frames = framer.feed(bytes);
      if (!frames.frames.length) continue;
      const batch = relayBatch(frames, mapper, finished);
      for (const c of batch.chunks) yield c;
      if (batch.error) throw batch.error;
    }
    const batch = relayBatch(framer.end(), mapper, finished);
    for (const c of batch.chunks) yield c;
    if (batch.error) throw batch.error;
  } catch (err) {
    throw transportError(err, signal, target);
  } finally {
    if (!finished()) body.destroy();
  }
  yield* mapper.end();
}

/**
 * The chunks of one network chunk's events. In enforce mode the firewall holds every raw chunk
 * from the first one that carries a tool call or ends the message, so the events before such an
 * event go in a raw chunk of their own and it and all after it in another: the client receives
 * the same bytes at the same moments as with one raw chunk per event. An event the mapper
 * rejects ends the batch: what came before it is still delivered, then the error.
 */
function relayBatch({ text: source, frames }: SseFrames, mapper: EventMapper, finished: () => boolean): { chunks: StreamChunk[]; error?: unknown } {
  const chunks: StreamChunk[] = [];
  let text = '';
  // The forwarded events not yet in `text`: a run of adjacent ones in `source`, sliced once.
  let from = 0;
  let to = 0;
  let tagged: Raw | undefined;
  const close = () => {
    text += source.slice(from, to);
    from = to;
    if (tagged) {
      tagged.data = text;
      chunks.push(tagged);
    } else if (text) chunks.push({ type: 'raw', data: text });
    text = '';
  };
  for (const frame of frames) {
    if (finished()) break; // later bytes are drained unread
    let m: ReturnType<EventMapper['map']>;
    try {
      m = mapper.map(frame.data);
    } catch (error) {
      close();
      return { chunks, error };
    }
    for (const c of m.chunks) pushTyped(chunks, c);
    if (m.withhold) continue;
    if (!tagged && (m.tools?.length || m.final)) {
      close();
      tagged = { type: 'raw', data: '' };
    }
    if (tagged) {
      if (m.tools?.length) tagged.tools = [...(tagged.tools ?? []), ...m.tools];
      if (m.final) tagged.final = true;
    }
    if (frame.start !== to) {
      text += source.slice(from, to);
      from = frame.start;
    }
    to = frame.end;
  }
  close();
  return { chunks };
}

/** Appends a typed chunk, joining a text or reasoning delta into the delta just before it. */
function pushTyped(chunks: StreamChunk[], c: StreamChunk): void {
  const prev = chunks[chunks.length - 1];
  if (c.type === 'delta' && prev?.type === 'delta' && !c.tool_calls && !prev.tool_calls) {
    if (c.content) prev.content = (prev.content ?? '') + c.content;
    if (c.reasoning) prev.reasoning = (prev.reasoning ?? '') + c.reasoning;
    return;
  }
  chunks.push(c);
}
