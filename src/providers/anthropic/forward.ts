import type { StreamChunk } from '../../core/types.js';
import type { FirewallEdit, ForwardedResponse, NativeRequest, Passthrough, ProviderCallOptions, ProviderTarget } from '../types.js';
import { inBandError, malformed } from '../http.js';
import { postForJson } from '../json-call.js';
import { postForEvents } from '../stream-call.js';
import { parseEventText as parseEvents } from '../sse.js';
import { relayEvents } from '../relay.js';
import { AnthropicEventMapper } from './events.js';
import { forwardedBody } from '../forward-bytes.js';
import { withKeys } from '../../core/with-keys.js';
import { parseAnthropicResponse } from './response.js';
import type { Block } from './request.js';

// Anthropic client -> Anthropic upstream, unchanged: the client's body with the target's model
// name (and the target's forced params), the client's anthropic-beta / anthropic-version headers,
// the target's credential. Answers come back as the upstream's own JSON or SSE events.

export interface AnthropicEndpoint {
  url: string;
  headers: Record<string, string>;
  /** The config set `version` explicitly: it wins over the client's anthropic-version. */
  pinnedVersion: boolean;
}

type Raw = Extract<StreamChunk, { type: 'raw' }>;

export class AnthropicPassthrough implements Passthrough {
  readonly format = 'anthropic' as const;

  constructor(private readonly endpointOf: (target: ProviderTarget) => AnthropicEndpoint) {}

  async chat(target: ProviderTarget, native: NativeRequest, options: ProviderCallOptions): Promise<ForwardedResponse> {
    const call = this.#call(target, native, false);
    const { status, raw, bytes } = await postForJson(call.url, call.headers, call.body, options.signal, target);
    return { raw, bytes, response: parseAnthropicResponse(raw, target, status) };
  }

  async stream(target: ProviderTarget, native: NativeRequest, options: ProviderCallOptions): Promise<AsyncIterable<StreamChunk>> {
    const call = this.#call(target, native, true);
    const answer = await postForEvents(call.url, call.headers, call.body, options.signal, target);
    if (!answer.events) {
      if (answer.json.type === 'error') throw inBandError(answer.json.error as Record<string, unknown>, target);
      throw malformed(target, 'expected an event stream', answer.status);
    }
    const mapper = new AnthropicEventMapper(target);
    return relayEvents(answer.events, target, options.signal, mapper, () => mapper.stopped);
  }

  #call(target: ProviderTarget, native: NativeRequest, stream: boolean): { url: string; headers: Record<string, string>; body: string | Buffer } {
    const ep = this.endpointOf(target);
    const forwarded: Record<string, string> = {};
    for (const name of ['anthropic-beta', 'anthropic-version']) {
      const v = native.headers[name];
      if (v && !(name === 'anthropic-version' && ep.pinnedVersion)) forwarded[name] = v;
    }
    // Not `{ ...ep.headers }` plus keys: on Node 20 each key added to a spread's copy makes a new
    // hidden class, one per request (docs/performance.md, "Dead requests promoted").
    const headers = withKeys(ep.headers, forwarded);
    return { url: ep.url, headers, body: forwardedBody(native, target.model, target.params, stream) };
  }

  editJson(raw: Record<string, unknown>, edit: FirewallEdit): Record<string, unknown> {
    const content = ((raw.content ?? []) as Block[]).filter((b) => !(b.type === 'tool_use' && edit.drop.has(String(b.id))));
    content.push({ type: 'text', text: edit.text });
    const toolsLeft = content.some((b) => b.type === 'tool_use');
    return { ...raw, content, stop_reason: !toolsLeft && raw.stop_reason === 'tool_use' ? 'end_turn' : raw.stop_reason };
  }

  editStream(held: Raw[], edit: FirewallEdit): string {
    // Blocks of dropped calls go; later blocks move down so indexes stay contiguous (the SDKs
    // append blocks in order and address deltas by index); the text block goes last.
    const dropped = new Set<number>();
    let next = -1;
    let out = '';
    const events = held.flatMap((h) => parseEvents(h.data));
    let toolsLeft = false;
    const shift = (i: number) => i - [...dropped].filter((d) => d < i).length;
    for (const { event, data } of events) {
      const e = JSON.parse(data) as Record<string, unknown>;
      const index = typeof e.index === 'number' ? e.index : undefined;
      if (e.type === 'content_block_start' && index !== undefined) {
        const b = e.content_block as Block;
        if (b.type === 'tool_use' && edit.drop.has(String(b.id))) {
          dropped.add(index);
          continue;
        }
        if (b.type === 'tool_use') toolsLeft = true;
      }
      if (index !== undefined) {
        if (dropped.has(index)) continue;
        e.index = shift(index);
        next = Math.max(next, e.index as number);
      }
      if (e.type === 'message_delta') {
        const at = next + 1;
        out += sse('content_block_start', { type: 'content_block_start', index: at, content_block: { type: 'text', text: '' } });
        out += sse('content_block_delta', { type: 'content_block_delta', index: at, delta: { type: 'text_delta', text: edit.text } });
        out += sse('content_block_stop', { type: 'content_block_stop', index: at });
        const d = e.delta as Record<string, unknown>;
        if (!toolsLeft && d?.stop_reason === 'tool_use') e.delta = { ...d, stop_reason: 'end_turn' };
      }
      out += sse(event, e);
    }
    return out;
  }
}

/** One SSE event's text. */
function sse(event: string, data: unknown): string {
  return `${event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`;
}
