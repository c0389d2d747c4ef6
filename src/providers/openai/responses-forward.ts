import { newId } from '../../core/ids.js';
import type { StreamChunk } from '../../core/types.js';
import type { FirewallEdit, ForwardedResponse, NativeRequest, Passthrough, ProviderCallOptions, ProviderTarget } from '../types.js';
import { inBandError, malformed } from '../http.js';
import { postForAnswer } from '../json-call.js';
import { postForEvents } from '../stream-call.js';
import { parseEventText, serializeEvent } from '../sse.js';
import { relayEvents } from '../relay.js';
import { forwardedBody } from '../forward-bytes.js';
import { RESPONSE_READS, ResponsesEventMapper, parseResponsesJson } from './responses-events.js';
import { ForwardedJson } from '../forwarded-json.js';
import type { OpenAiEndpoint } from './forward.js';

// Responses API client -> an upstream that serves POST /responses (OpenAI's own, or a server
// configured with `responses_api: true`), unchanged: the client's body with the target's model
// name and forced params, the client's openai-beta header, the target's credential. Hosted
// tools, `include`, reasoning items with encrypted_content and every other field reach the
// upstream as sent; answers come back as the upstream's JSON or typed SSE events.

type Obj = Record<string, unknown>;
type Raw = Extract<StreamChunk, { type: 'raw' }>;

const FORWARDED_HEADERS = ['openai-beta'];

/** Chat Completions names of forced params that the Responses API spells differently. */
export function responsesParams(params: Obj | undefined): Obj {
  if (!params) return {};
  const { max_tokens, max_completion_tokens, ...rest } = params;
  const max = max_completion_tokens ?? max_tokens;
  return max === undefined ? rest : { ...rest, max_output_tokens: max };
}

export class OpenAiResponsesPassthrough implements Passthrough {
  readonly format = 'openai-responses' as const;

  constructor(private readonly endpointOf: (target: ProviderTarget) => OpenAiEndpoint) {}

  async chat(target: ProviderTarget, native: NativeRequest, options: ProviderCallOptions): Promise<ForwardedResponse> {
    const call = this.#call(target, native, false);
    // Only the members the normalized response needs are parsed; the whole Response when stored or edited.
    const answer = await postForAnswer(call.url, call.headers, call.body, options.signal, target);
    return new ForwardedJson(answer, parseResponsesJson(answer.members(RESPONSE_READS), target, answer.status));
  }

  async stream(target: ProviderTarget, native: NativeRequest, options: ProviderCallOptions): Promise<AsyncIterable<StreamChunk>> {
    const call = this.#call(target, native, true);
    const answer = await postForEvents(call.url, call.headers, call.body, options.signal, target);
    if (!answer.events) {
      if (answer.json.error) throw inBandError(answer.json.error as Obj, target);
      throw malformed(target, 'expected an event stream', answer.status);
    }
    const mapper = new ResponsesEventMapper(target);
    return relayEvents(answer.events, target, options.signal, mapper, () => mapper.done);
  }

  #call(target: ProviderTarget, native: NativeRequest, stream: boolean): { url: string; headers: Record<string, string>; body: string | Buffer } {
    const ep = this.endpointOf(target);
    const headers: Record<string, string> = { ...ep.headers };
    for (const name of FORWARDED_HEADERS) if (native.headers[name]) headers[name] = native.headers[name];
    return { url: ep.url, headers, body: forwardedBody(native, target.model, target.params && responsesParams(target.params), stream) };
  }

  editJson(raw: Obj, edit: FirewallEdit): Obj {
    const output = ((raw.output ?? []) as Obj[]).filter((item) => !isDropped(item, edit));
    output.push(noticeItem(edit.text));
    return { ...raw, output };
  }

  editStream(held: Raw[], edit: FirewallEdit): string {
    // Items of dropped calls go; later items move down so output indexes stay contiguous (the
    // SDK's accumulator appends items in order and checks every index); the notice goes last.
    // Sequence numbers are renumbered from the first held event so they stay strictly increasing.
    const dropped = new Set<number>();
    const shift = (i: number) => i - [...dropped].filter((d) => d < i).length;
    let seq: number | undefined;
    let out = '';
    const emit = (event: string, e: Obj) => {
      if (typeof e.sequence_number === 'number') e.sequence_number = seq = (seq === undefined ? e.sequence_number : seq + 1);
      out += serializeEvent({ event, data: JSON.stringify(e) });
    };
    for (const { event, data } of held.flatMap((h) => parseEventText(h.data))) {
      const e = JSON.parse(data) as Obj;
      const index = typeof e.output_index === 'number' ? e.output_index : undefined;
      if (e.type === 'response.output_item.added' && index !== undefined && isDropped((e.item ?? {}) as Obj, edit)) dropped.add(index);
      if (index !== undefined) {
        if (dropped.has(index)) continue;
        e.output_index = shift(index);
      }
      if (e.type === 'response.completed' || e.type === 'response.incomplete') {
        const response = e.response as Obj;
        const item = noticeItem(edit.text);
        const output = ((response.output ?? []) as Obj[]).filter((o) => !isDropped(o, edit));
        for (const [type, fields] of noticeEvents(item, output.length)) emit(event && type, { type, sequence_number: 0, ...fields });
        e.response = { ...response, output: [...output, item] };
      }
      emit(event, e);
    }
    return out;
  }
}

function isDropped(item: Obj, edit: FirewallEdit): boolean {
  return (item.type === 'function_call' || item.type === 'custom_tool_call') && edit.drop.has(String(item.call_id));
}

function noticeItem(text: string): Obj {
  return { id: `msg_${newId().replace(/-/g, '')}`, type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text, annotations: [], logprobs: [] }] };
}

/** The events that announce, fill and close a finished message item, as OpenAI streams them. */
function noticeEvents(item: Obj, outputIndex: number): [string, Obj][] {
  const part = (item.content as Obj[])[0];
  const where = { item_id: item.id, output_index: outputIndex, content_index: 0 };
  return [
    ['response.output_item.added', { output_index: outputIndex, item: { ...item, status: 'in_progress', content: [] } }],
    ['response.content_part.added', { ...where, part: { ...part, text: '' } }],
    ['response.output_text.delta', { ...where, delta: part.text, logprobs: [] }],
    ['response.output_text.done', { ...where, text: part.text, logprobs: [] }],
    ['response.content_part.done', { ...where, part }],
    ['response.output_item.done', { output_index: outputIndex, item }],
  ];
}
