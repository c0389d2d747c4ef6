import type { StreamChunk } from '../core/types.js';
import type { ProviderTarget } from './types.js';
import { transportError, type UpstreamResponse } from './http.js';
import { serializeEvent, sseBatches } from './sse.js';
import type { CallSignal } from './call-signal.js';

// The copy path of a forwarded event stream (Anthropic, OpenAI chat and Responses): each upstream event
// goes on as a `raw` chunk carrying its own bytes, right after the typed chunks a per-format
// mapper parsed from it (for recording, usage, fallback and the firewall).

type Raw = Extract<StreamChunk, { type: 'raw' }>;

export interface EventMapper {
  /** `withhold`: the event's typed chunks count, its bytes are not forwarded. */
  map(data: string): { chunks: StreamChunk[]; tools?: number[]; final?: boolean; withhold?: boolean };
  /** Chunks owed at the end of the stream; throws when the stream ended before its terminal event. */
  end(): StreamChunk[];
}

/** `finished`: the terminal event was seen, so later bytes are drained rather than parsed. */
export async function* relayEvents(res: UpstreamResponse, target: ProviderTarget, signal: CallSignal, mapper: EventMapper, finished: () => boolean): AsyncGenerator<StreamChunk> {
  try {
    for await (const batch of sseBatches(res.body)) {
      for (const ev of batch) {
        if (finished()) continue; // drain to the end so the socket returns to the pool
        const m = mapper.map(ev.data);
        yield* m.chunks;
        if (m.withhold) continue;
        const raw: Raw = { type: 'raw', data: serializeEvent(ev) };
        if (m.tools) raw.tools = m.tools;
        if (m.final) raw.final = true;
        yield raw;
      }
    }
  } catch (err) {
    throw transportError(err, signal, target);
  } finally {
    if (!finished()) res.body.destroy();
  }
  yield* mapper.end();
}
