import type { ChatRequest } from '../core/types.js';
import type { InferenceRecord } from './types.js';

// `storage.content: metadata_only`: what an inference row keeps when its content must not be
// stored. Ids, route, model, usage, latency, status and cost stay; messages, tools, response text
// and tool-call arguments go. The shapes stay readable by every consumer of records (an empty
// message list, an assistant message with null content).

export type StorageContent = 'full' | 'redacted' | 'metadata_only';

/** The row to store for `metadata_only`; the writer still redacts error text as in `redacted`. */
export function withoutContent(row: InferenceRecord): InferenceRecord {
  const req = row.request as Partial<ChatRequest> & { input?: unknown[] };
  const request = {
    model: req.model ?? '',
    ...(req.input ? { input: [] } : { messages: [] }),
    content_omitted: true,
    ...(req.messages ? { message_count: req.messages.length } : {}),
    ...(req.tools ? { tool_count: req.tools.length } : {}),
    ...(req.stream !== undefined ? { stream: req.stream } : {}),
  } as unknown as InferenceRecord['request'];
  const res = row.response as { model?: string; finish_reason?: string; message?: { tool_calls?: unknown[] } } | null;
  const response = res == null
    ? null
    : {
        content_omitted: true,
        ...(res.model ? { model: res.model } : {}),
        ...(res.finish_reason ? { finish_reason: res.finish_reason } : {}),
        ...(res.message ? { message: { role: 'assistant', content: null }, tool_call_count: res.message.tool_calls?.length ?? 0 } : {}),
      };
  // Error text stays (operators need it) but gets the personal-data redaction of `redacted`.
  return { ...row, request, response };
}
