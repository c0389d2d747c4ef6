import type { ServerResponse } from 'node:http';
import { json, startRecordingUpstream, type Recorded, type RecordingUpstream } from './recording-upstream.js';

// A mock OpenAI Responses API upstream on 127.0.0.1 (POST /v1/responses): it answers a scripted
// list of output items as a Response object, or, for `stream: true`, as the typed event stream in
// the order OpenAI sends it (response.created, response.in_progress, per item
// response.output_item.added, its part/delta/done events, response.output_item.done, then
// response.completed), each event with `event:` and `data:` lines and a sequence_number. It keeps
// every request's exact bytes and the exact event text it sent.

export type ScriptItem =
  | { type: 'reasoning'; summary?: string; encrypted_content?: string }
  | { type: 'message'; text: string }
  | { type: 'function_call'; call_id: string; name: string; arguments: string }
  | { type: 'web_search_call'; query: string };

export interface Script {
  items: ScriptItem[];
  usage?: Record<string, unknown>;
  /** Answer with this HTTP status and an OpenAI error body instead. */
  status?: number;
}

export interface ResponsesUpstream extends RecordingUpstream {
  baseURL: string;
  /** The SSE text of every streamed answer, in order. */
  sent: string[];
  /** The Response objects answered (JSON, or the one response.completed carried). */
  answered: Record<string, unknown>[];
}

export const USAGE = { input_tokens: 1200, input_tokens_details: { cached_tokens: 1024 }, output_tokens: 90, output_tokens_details: { reasoning_tokens: 64 }, total_tokens: 1290 };

let counter = 0;
const hex48 = () => (++counter).toString(16).padStart(48, 'a');

function itemsOf(script: ScriptItem[]): Record<string, unknown>[] {
  return script.map((s) => {
    switch (s.type) {
      case 'reasoning':
        return { id: `rs_${hex48()}`, type: 'reasoning', summary: s.summary ? [{ type: 'summary_text', text: s.summary }] : [], ...(s.encrypted_content ? { encrypted_content: s.encrypted_content } : {}) };
      case 'message':
        return { id: `msg_${hex48()}`, type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', annotations: [], logprobs: [], text: s.text }] };
      case 'function_call':
        return { id: `fc_${hex48()}`, type: 'function_call', status: 'completed', arguments: s.arguments, call_id: s.call_id, name: s.name };
      case 'web_search_call':
        return { id: `ws_${hex48()}`, type: 'web_search_call', status: 'completed', action: { type: 'search', query: s.query } };
    }
  });
}

function responseOf(body: Record<string, unknown>, output: Record<string, unknown>[], usage: Record<string, unknown> | null, status: string): Record<string, unknown> {
  return {
    id: `resp_${hex48()}`, object: 'response', created_at: 1764300000, status, background: false, error: null, incomplete_details: null,
    instructions: body.instructions ?? null, max_output_tokens: body.max_output_tokens ?? null, model: `${String(body.model)}-2026-01-01`, output,
    parallel_tool_calls: body.parallel_tool_calls ?? true, previous_response_id: body.previous_response_id ?? null,
    reasoning: body.reasoning ?? { effort: null, summary: null }, store: body.store ?? true, temperature: 1, text: body.text ?? { format: { type: 'text' } },
    tool_choice: body.tool_choice ?? 'auto', tools: body.tools ?? [], top_p: 1, truncation: 'disabled', usage, user: null, metadata: body.metadata ?? {},
  };
}

/** The event stream of one answer, in OpenAI's order. */
function eventsOf(response: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const started = { ...response, status: 'in_progress', output: [], usage: null };
  out.push({ type: 'response.created', response: started }, { type: 'response.in_progress', response: started });
  (response.output as Record<string, any>[]).forEach((item, output_index) => {
    const where = { item_id: item.id, output_index };
    if (item.type === 'reasoning') {
      out.push({ type: 'response.output_item.added', output_index, item: { id: item.id, type: 'reasoning', summary: [] } });
      for (const [summary_index, part] of (item.summary as { text: string }[]).entries()) {
        out.push({ type: 'response.reasoning_summary_part.added', ...where, summary_index, part: { type: 'summary_text', text: '' } });
        out.push({ type: 'response.reasoning_summary_text.delta', ...where, summary_index, delta: part.text });
        out.push({ type: 'response.reasoning_summary_text.done', ...where, summary_index, text: part.text });
        out.push({ type: 'response.reasoning_summary_part.done', ...where, summary_index, part: { type: 'summary_text', text: part.text } });
      }
    } else if (item.type === 'message') {
      const text = item.content[0].text as string;
      out.push({ type: 'response.output_item.added', output_index, item: { ...item, status: 'in_progress', content: [] } });
      out.push({ type: 'response.content_part.added', ...where, content_index: 0, part: { type: 'output_text', annotations: [], logprobs: [], text: '' } });
      const half = Math.ceil(text.length / 2);
      for (const delta of [text.slice(0, half), text.slice(half)]) out.push({ type: 'response.output_text.delta', ...where, content_index: 0, delta, logprobs: [] });
      out.push({ type: 'response.output_text.done', ...where, content_index: 0, text, logprobs: [] });
      out.push({ type: 'response.content_part.done', ...where, content_index: 0, part: item.content[0] });
    } else if (item.type === 'function_call') {
      out.push({ type: 'response.output_item.added', output_index, item: { ...item, status: 'in_progress', arguments: '' } });
      const args = item.arguments as string;
      const half = Math.ceil(args.length / 2);
      for (const delta of [args.slice(0, half), args.slice(half)]) out.push({ type: 'response.function_call_arguments.delta', ...where, delta });
      out.push({ type: 'response.function_call_arguments.done', ...where, arguments: args });
    } else if (item.type === 'web_search_call') {
      out.push({ type: 'response.output_item.added', output_index, item: { id: item.id, type: 'web_search_call', status: 'in_progress' } });
      for (const phase of ['in_progress', 'searching', 'completed']) out.push({ type: `response.web_search_call.${phase}`, ...where });
    }
    out.push({ type: 'response.output_item.done', output_index, item });
  });
  out.push({ type: 'response.completed', response });
  return out.map((e, sequence_number) => ({ type: e.type, sequence_number, ...e }));
}

function streamOf(res: ServerResponse, events: Record<string, unknown>[]): string {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  let text = '';
  for (const e of events) text += `event: ${String(e.type)}\ndata: ${JSON.stringify(e)}\n\n`;
  res.end(text);
  return text;
}

export async function startResponsesUpstream(script: (req: Recorded) => Script): Promise<ResponsesUpstream> {
  const sent: string[] = [];
  const answered: Record<string, unknown>[] = [];
  const up = await startRecordingUpstream((req, res) => {
    if (req.url !== '/v1/responses') return json(res, { error: { message: `no route ${req.url}`, type: 'invalid_request_error' } }, 404);
    const s = script(req);
    if (s.status) return json(res, { error: { message: 'upstream is overloaded', type: 'server_error', code: 'server_error' } }, s.status);
    const response = responseOf(req.body, itemsOf(s.items), s.usage ?? USAGE, 'completed');
    answered.push(response);
    if (req.body.stream === true) sent.push(streamOf(res, eventsOf(response)));
    else json(res, response);
  });
  return { ...up, baseURL: `${up.origin}/v1`, sent, answered };
}
