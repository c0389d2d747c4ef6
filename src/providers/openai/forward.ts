import { withKeys } from '../../core/with-keys.js';
import type { StreamChunk } from '../../core/types.js';
import type { FirewallEdit, ForwardedResponse, NativeRequest, Passthrough, ProviderCallOptions, ProviderTarget } from '../types.js';
import { inBandError } from '../http.js';
import { postForJson } from '../json-call.js';
import { postForEvents } from '../stream-call.js';
import { relayEvents, type EventMapper, type UpstreamBody } from '../relay.js';
import { parseEventText, serializeEvent } from '../sse.js';
import { OpenAiEventMapper } from './events.js';
import { clientBytes } from '../forward-bytes.js';
import { nativeField } from '../client-native.js';
import { chunksOfResponse, parseResponse } from './response.js';
import type { CallSignal } from '../call-signal.js';

// OpenAI chat client -> OpenAI-compatible upstream, unchanged: the client's body (non-standard
// fields included) with the target's model name and forced params, the target's credential.
// Streams always ask the upstream for usage (recording needs it); a client that did not ask
// never sees the usage-only chunk.

export interface OpenAiEndpoint {
  url: string;
  headers: Record<string, string>;
}

type Raw = Extract<StreamChunk, { type: 'raw' }>;

export class OpenAiPassthrough implements Passthrough {
  readonly format = 'openai-chat' as const;

  constructor(private readonly endpointOf: (target: ProviderTarget) => OpenAiEndpoint) {}

  async chat(target: ProviderTarget, native: NativeRequest, options: ProviderCallOptions): Promise<ForwardedResponse> {
    const ep = this.endpointOf(target);
    const { status, raw, bytes } = await postForJson(ep.url, ep.headers, forwardedBody(native, target, false), options.signal, target);
    return { raw, bytes, response: parseResponse(raw, target, status) };
  }

  async stream(target: ProviderTarget, native: NativeRequest, options: ProviderCallOptions): Promise<AsyncIterable<StreamChunk>> {
    const ep = this.endpointOf(target);
    const answer = await postForEvents(ep.url, ep.headers, forwardedBody(native, target, true), options.signal, target);
    const wantsUsage = (nativeField(native, 'stream_options') as { include_usage?: unknown } | undefined)?.include_usage === true;
    if (!answer.events) {
      // Some servers answer a stream request with a JSON error (or a whole non-streamed reply).
      if (answer.json.error) throw inBandError(answer.json.error as Record<string, unknown>, target);
      return chunksOfResponse(parseResponse(answer.json, target, answer.status));
    }
    return relay(answer.events, target, options.signal, wantsUsage);
  }

  editJson(raw: Record<string, unknown>, edit: FirewallEdit): Record<string, unknown> {
    const choices = (raw.choices as Record<string, unknown>[]).map((c, i) => {
      if (i !== 0) return c;
      const m = { ...(c.message as Record<string, unknown>) };
      const calls = ((m.tool_calls ?? []) as { id: string }[]).filter((tc) => !edit.drop.has(tc.id));
      if (calls.length) m.tool_calls = calls;
      else delete m.tool_calls;
      m.content = [typeof m.content === 'string' ? m.content : '', edit.text].filter(Boolean).join('\n\n');
      return { ...c, message: m, finish_reason: !calls.length && c.finish_reason === 'tool_calls' ? 'stop' : c.finish_reason };
    });
    return { ...raw, choices };
  }

  editStream(held: Raw[], edit: FirewallEdit): string {
    const dropped = new Set<number>();
    const kept: number[] = [];
    let out = '';
    for (const ev of held.flatMap((h) => parseEventText(h.data))) {
      if (ev.data === '[DONE]') {
        out += serializeEvent(ev);
        continue;
      }
      const e = JSON.parse(ev.data) as Record<string, unknown>;
      const choice = (e.choices as Record<string, unknown>[] | undefined)?.[0];
      const delta = choice?.delta as Record<string, unknown> | undefined;
      if (delta && Array.isArray(delta.tool_calls)) {
        const calls = (delta.tool_calls as { index: number; id?: string }[]).filter((tc) => {
          if (tc.id && edit.drop.has(tc.id)) dropped.add(tc.index);
          if (dropped.has(tc.index)) return false;
          if (!kept.includes(tc.index)) kept.push(tc.index);
          return true;
        });
        if (!calls.length && !delta.content && !choice?.finish_reason) continue;
        delta.tool_calls = calls.map((tc) => ({ ...tc, index: kept.indexOf(tc.index) }));
        if (!calls.length) delete delta.tool_calls;
      }
      if (choice?.finish_reason) {
        out += `data: ${JSON.stringify({ ...e, choices: [{ index: 0, delta: { content: `\n\n${edit.text}` }, finish_reason: null }] })}\n\n`;
        if (!kept.length && choice.finish_reason === 'tool_calls') choice.finish_reason = 'stop';
      }
      out += `data: ${JSON.stringify(e)}\n\n`;
    }
    return out;
  }
}

/** The client's body with the target's model: its own bytes when they already ask for what we need, else re-serialized. */
function forwardedBody(native: NativeRequest, target: ProviderTarget, stream: boolean): string | Buffer {
  // Top-level fields read from their own bytes while the body is not parsed (ClientNative).
  const streams = nativeField(native, 'stream') === true;
  const asks = streams && (nativeField(native, 'stream_options') as { include_usage?: unknown } | undefined)?.include_usage === true;
  const spliced = !target.params && (stream ? asks : !streams) ? clientBytes(native, target.model) : undefined;
  if (spliced !== undefined) return spliced;
  const body: Record<string, unknown> = withKeys(native.body, { model: target.model, ...target.params });
  if (stream) {
    body.stream = true;
    body.stream_options = { ...(native.body.stream_options as object | undefined), include_usage: true };
  }
  return JSON.stringify(body);
}

function relay(body: UpstreamBody, target: ProviderTarget, signal: CallSignal, wantsUsage: boolean): AsyncIterable<StreamChunk> {
  const mapper = new OpenAiEventMapper(target);
  // The usage-only chunk the gateway asked for on the client's behalf is read, not forwarded.
  const forClient: EventMapper = {
    map: (data) => {
      const m = mapper.map(data);
      // withKeys, not `{ ...m, withhold }`: a key added after a spread makes a new hidden class each time on Node 20.
      return m.usageOnly && !wantsUsage && data !== '[DONE]' ? withKeys(m, { withhold: true }) : m;
    },
    end: () => mapper.end(),
  };
  return relayEvents(body, target, signal, forClient, () => mapper.done);
}
