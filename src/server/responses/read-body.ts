import type { ChatRequest } from '../../core/types.js';
import type { JsonBody } from '../../core/json-body.js';
import { deferredRequest } from '../../routing/deferred-request.js';
import { responsesRequest } from '../wire-request.js';
import { parseResponsesBody, type ParsedResponses } from './request.js';
import type { Item } from './items.js';
import { responsesBody } from './schema.js';

// What POST /v1/responses reads of its body before it knows how the request is served. A Codex
// turn forwarded to a Responses upstream goes as the client's bytes; converting it (validating
// every input item and tool, the normalized request) is needed only when a target translates it,
// a cached answer is rendered from it or its conversation is stored. So a scanned body
// (src/core/json-syntax.ts) whose routing fields check out is read field by field and its
// request deferred (src/routing/deferred-request.ts), as on the Messages route; any other body
// is converted at once, as before.

const head = responsesBody.pick({ model: true, stream: true, store: true, metadata: true });
const HEAD_KEYS = Object.keys(head.shape);
// Fields whose mere presence the conversion refuses, or that need the stored conversation.
const CONVERTED_AT_ONCE = ['previous_response_id', 'background', 'conversation', 'prompt'];

interface ResponsesBodyRead {
  /** Whether the body was left unparsed: nothing has been validated past the routing fields. */
  readonly deferred: boolean;
  readonly previousResponseId: string | undefined;
  readonly metadata: Record<string, string> | undefined;
  /** store: false keeps no conversation state. */
  readonly store: boolean;
  /** The normalized request with the conversation of its previous_response_id chain (deferred when the body is). */
  request(history: Item[]): ChatRequest;
  /** The whole conversion, made on first call (a 400 naming the field when the body is invalid). */
  full(): ParsedResponses;
}

export function readResponsesBody(json: JsonBody): ResponsesBodyRead {
  let parsed: ParsedResponses | undefined;
  const full = () => (parsed ??= parseResponsesBody(json.value));
  const fields = json.isParsed ? undefined : json.fields;
  const h = fields && fields.has('input') && !CONVERTED_AT_ONCE.some((k) => fields.has(k))
    ? head.safeParse(json.pick(HEAD_KEYS))
    : undefined;
  if (h?.success) {
    const known = { model: h.data.model, ...(h.data.stream ? { stream: true } : {}) };
    const request = deferredRequest(known, () => responsesRequest(full()));
    return { deferred: true, previousResponseId: undefined, metadata: h.data.metadata ?? undefined, store: h.data.store !== false, request: () => request, full };
  }
  const p = full();
  return {
    deferred: false, previousResponseId: p.body.previous_response_id ?? undefined, metadata: p.body.metadata ?? undefined, store: p.store,
    request: (history) => responsesRequest(p, history), full,
  };
}
