import { InvalidRequestError } from '../../core/errors.js';
import type { ChatMessage, ChatRequest } from '../../core/types.js';
import { parseInput } from '../../core/validate.js';
import { inputItems, itemsToMessages, type Item } from './items.js';
import { TranslationRefusal } from './refusal.js';
import { KNOWN_KEYS, responsesBody, type ResponsesBody } from './schema.js';
import { convertToolChoice, convertTools, type ToolMap } from './tools.js';

// Inbound Responses API body -> ChatRequest, so a Responses request takes the same routing,
// fallbacks, variants, recording and firewall as chat completions. `dropped` lists what the
// normalized request cannot carry; it goes to the inference record and x-switchyard-dropped-fields.

export interface ParsedResponses {
  body: ResponsesBody;
  /** The request without the history of previous_response_id (see withHistory). */
  request: ChatRequest;
  /** This request's input, as stored for later turns (ids assigned). */
  input: Item[];
  tools: ToolMap;
  dropped: Set<string>;
  /** What only a native Responses target can serve; a translated target must refuse the request. */
  refusals: TranslationRefusal[];
  /** store: false keeps no conversation state (the inference is still recorded). */
  store: boolean;
  includeEncryptedReasoning: boolean;
}

// Fields that are echoed or honoured but have no place in the normalized request.
const ECHO_ONLY = new Set(['model', 'input', 'instructions', 'tools', 'tool_choice', 'metadata', 'store', 'stream', 'stream_options', 'previous_response_id', 'include', 'truncation']);

export function parseResponsesBody(raw: unknown): ParsedResponses {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new InvalidRequestError('request body must be a JSON object', 'body');
  const body = parseInput(responsesBody, raw);
  if (body.background) throw new InvalidRequestError('background: background responses are not supported; use stream: true for long responses', 'background');
  if (body.conversation != null) throw new InvalidRequestError('conversation: the Conversations API is not supported; chain turns with previous_response_id', 'conversation');
  if (body.prompt != null) throw new InvalidRequestError('prompt: stored prompt templates are not supported; send instructions and input', 'prompt');
  if (body.input === undefined && !body.previous_response_id) throw new InvalidRequestError('input: required (a string or a list of input items)', 'input');

  const dropped = new Set<string>();
  const refusals: TranslationRefusal[] = [];
  const converted = convertTools(body.tools);
  for (const h of converted.hosted) dropped.add(`${h.path}=${h.type}`);
  let toolChoice: ReturnType<typeof convertToolChoice>;
  try {
    toolChoice = convertToolChoice(body.tool_choice, converted);
  } catch (err) {
    if (!(err instanceof TranslationRefusal)) throw err;
    refusals.push(err);
  }
  if (toolChoice === 'required' && converted.tools.length === 0 && converted.hosted.length > 0) {
    refusals.push(new TranslationRefusal('tool_choice: "required" with only hosted tools, which run only on OpenAI\'s own Responses API', 'tool_choice'));
    toolChoice = undefined;
  }

  const messages: ChatMessage[] = [];
  if (body.instructions) messages.push({ role: 'system', content: body.instructions });
  const input = inputItems(body.input);
  itemsToMessages(input, (i) => `input[${i}]`, messages, dropped, refusals);

  const request: ChatRequest = { model: body.model, messages };
  if (converted.tools.length) request.tools = converted.tools;
  if (toolChoice && converted.tools.length) request.tool_choice = toolChoice;
  if (body.parallel_tool_calls != null) request.parallel_tool_calls = body.parallel_tool_calls;
  if (body.temperature != null) request.temperature = body.temperature;
  if (body.top_p != null) request.top_p = body.top_p;
  if (body.max_output_tokens != null) request.max_tokens = body.max_output_tokens;
  const fmt = body.text?.format;
  if (fmt?.type === 'json_object') request.response_format = { type: 'json_object' };
  if (fmt?.type === 'json_schema') {
    request.response_format = {
      type: 'json_schema',
      json_schema: { name: fmt.name, schema: fmt.schema, ...(fmt.strict != null ? { strict: fmt.strict } : {}), ...(fmt.description ? { description: fmt.description } : {}) },
    };
  }
  if (body.user) request.user = body.user;
  if (body.stream) request.stream = true;

  // Chat Completions has these under the same meaning; OpenAI-compatible targets receive them.
  const extra: Record<string, unknown> = {};
  if (body.reasoning?.effort) extra.reasoning_effort = body.reasoning.effort;
  if (body.safety_identifier) extra.safety_identifier = body.safety_identifier;
  if (body.prompt_cache_key) extra.prompt_cache_key = body.prompt_cache_key;
  if (body.service_tier) extra.service_tier = body.service_tier;
  if (body.text?.verbosity) extra.verbosity = body.text.verbosity;
  if (Object.keys(extra).length) request.extra = extra;

  if (body.max_tool_calls != null) dropped.add('max_tool_calls');
  if (body.top_logprobs) dropped.add('top_logprobs');
  if (body.prompt_cache_retention) dropped.add('prompt_cache_retention');
  for (const k of Object.keys(body)) if (!KNOWN_KEYS.has(k) && !ECHO_ONLY.has(k)) dropped.add(k);

  return {
    body,
    request,
    input,
    tools: converted.map,
    dropped,
    refusals,
    store: body.store !== false,
    includeEncryptedReasoning: body.include?.includes('reasoning.encrypted_content') ?? false,
  };
}

/**
 * The request with the conversation of a previous_response_id chain between the instructions and
 * the new input. Converted as one list so a tool call and its output merge across the boundary.
 */
export function withHistory(parsed: ParsedResponses, history: Item[]): ChatRequest {
  if (history.length === 0) return parsed.request;
  const messages: ChatMessage[] = [];
  if (parsed.body.instructions) messages.push({ role: 'system', content: parsed.body.instructions });
  const seen = new Set<string>();
  itemsToMessages(history, (i) => `history[${i}]`, messages, seen, parsed.refusals);
  // Items of earlier turns were accepted then; what they lose is reported once per kind.
  for (const d of seen) parsed.dropped.add(`previous_response_id:${d.slice(d.indexOf('=') + 1)}`);
  itemsToMessages(parsed.input, (i) => `input[${i}]`, messages, new Set(), []);
  return { ...parsed.request, messages };
}
