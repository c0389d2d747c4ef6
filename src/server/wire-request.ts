import type { ChatRequest } from '../core/types.js';
import type { WireFormat } from '../providers/types.js';
import { parseChatBody } from './chat-schema.js';
import { parseMessagesBody } from './anthropic/request.js';
import { parseResponsesBody, withHistory } from './responses/request.js';

// A client's request body in its own wire format -> the normalized request. The surfaces record
// the client's body as it arrived (cheaper than serializing the normalized request of a 50 KB
// agent turn); reading the record converts it here, with the code the surface converted it with,
// so a record reads back as the normalized request it always held.

export function chatRequestOf(format: WireFormat, body: unknown): ChatRequest {
  if (format === 'anthropic') return parseMessagesBody(body).request;
  if (format === 'openai-chat') return parseChatBody(body).request;
  return responsesRequest(parseResponsesBody(body));
}

/**
 * A stored client text read back as the normalized request. A body that never passed the surface's
 * checks (the upstream was left to refuse it) reads back with no messages and the reason in
 * `untranslatable`.
 */
export function requestFromSent(format: WireFormat, text: string): ChatRequest {
  const body = JSON.parse(text) as Record<string, unknown>;
  try {
    return chatRequestOf(format, body);
  } catch (err) {
    return { model: typeof body.model === 'string' ? body.model : '', messages: [], untranslatable: [`request: ${(err as Error).message}`] };
  }
}

/**
 * A Responses body (with the conversation of its previous_response_id chain, if any). What the
 * normalized request cannot carry is listed in `untranslatable`: lost only when a target
 * translates (a native target gets it all), the gateway records it per serving attempt.
 */
export function responsesRequest(parsed: ReturnType<typeof parseResponsesBody>, history: Parameters<typeof withHistory>[1] = []): ChatRequest {
  const request = withHistory(parsed, history);
  if (parsed.dropped.size) request.untranslatable = [...parsed.dropped];
  return request;
}
