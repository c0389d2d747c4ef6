import type { ProviderFailureKind } from './errors.js';

// Every `code` a client can see in an error body, one row each (cf. Fastify's lib/errors.js).
// `status` is the HTTP status on the OpenAI surfaces; the Anthropic surface differs only where
// `anthropicStatus` says so. docs/errors.md is this table in prose; keep the two together.

interface ErrorCodeInfo {
  status: number;
  /** OpenAI-shaped error `type`. */
  type: string;
  anthropicStatus?: number;
  /** What it means and what the client can do about it. */
  description: string;
}

export const ERROR_CODES = {
  invalid_request: { status: 400, type: 'invalid_request_error', description: 'The request body or a header is wrong; `param` names the field.' },
  invalid_json: { status: 400, type: 'invalid_request_error', description: 'The body is not valid JSON.' },
  unsupported_media_type: { status: 415, type: 'invalid_request_error', description: 'Content-Type must be application/json.' },
  json_too_deep: { status: 400, type: 'invalid_request_error', description: 'The JSON body nests deeper than server.max_json_depth.' },
  body_too_large: { status: 413, type: 'invalid_request_error', description: 'The body is larger than server.max_body_bytes.' },
  unsupported_capability: { status: 400, type: 'invalid_request_error', description: 'The model asked for cannot do this (e.g. embeddings from a chat-only provider); the message names the model.' },
  context_length_exceeded: { status: 400, type: 'invalid_request_error', description: 'The prompt does not fit the model, and no target with a larger context_window was left.' },
  upstream_rejected: { status: 400, type: 'invalid_request_error', description: 'The upstream refused the request as invalid (its message is included); retrying the same request will not help.' },
  invalid_api_key: { status: 401, type: 'authentication_error', description: 'Missing or wrong gateway key (server.api_keys).' },
  forbidden: { status: 403, type: 'permission_error', description: 'The credential is valid but not for this endpoint (admin or approver token needed).' },
  not_found: { status: 404, type: 'not_found_error', description: 'The resource (inference, dataset, approval…) does not exist.' },
  model_not_found: { status: 404, type: 'not_found_error', description: 'No route or model has this name; the message lists the names served.' },
  unknown_endpoint: { status: 404, type: 'not_found_error', description: 'No such method and path; the message lists the endpoints this gateway serves.' },
  invalid_config: { status: 422, type: 'invalid_request_error', description: 'POST /v1/admin/reload: the config file is invalid; `file` and `issues` say where. The old config keeps serving.' },
  conflict: { status: 409, type: 'invalid_request_error', description: 'The resource changed state (approval already answered, experiment moved on).' },
  rate_limited: { status: 429, type: 'rate_limit_error', description: 'A Switchyard rate limit or budget (limits.rules) refused the request; Retry-After, x-switchyard-limit and x-ratelimit-* say which and when.' },
  rate_limit_exceeded: { status: 429, type: 'rate_limit_error', description: 'Every target was rate-limited upstream. Retry-After / retry-after-ms say when to retry.' },
  client_closed: { status: 499, type: 'api_error', description: 'The client went away before the answer (recorded, never seen by the client).' },
  internal_error: { status: 500, type: 'server_error', description: 'A bug in Switchyard; the log line with this x-request-id has the details.' },
  upstream_error: { status: 502, type: 'upstream_error', description: 'Targets failed for different reasons; the message names each attempt.' },
  upstream_server_error: { status: 502, type: 'upstream_error', description: 'Every target answered with a 5xx.' },
  upstream_unreachable: { status: 502, type: 'upstream_error', description: 'No target could be connected to (refused, reset, DNS).' },
  upstream_malformed: { status: 502, type: 'upstream_error', description: 'An upstream answered with something that is not its wire format.' },
  upstream_empty: { status: 502, type: 'upstream_error', description: 'An upstream answered with no content and no tool calls.' },
  upstream_auth_failed: { status: 502, type: 'upstream_error', description: "Switchyard's credential for the provider was refused or is not set (the gateway's configuration, not the client's key)." },
  stream_interrupted: { status: 502, type: 'upstream_error', description: 'The upstream stream broke after the first bytes reached the client (sent in-band).' },
  upstream_overloaded: { status: 503, type: 'overloaded_error', anthropicStatus: 529, description: 'Every target said it is overloaded (HTTP 529 / overloaded_error). Retry-After when known.' },
  overloaded: { status: 503, type: 'server_error', description: 'The gateway holds more in-flight request bytes than server.max_inflight_body_bytes; Retry-After says when to retry.' },
  limits_unavailable: { status: 503, type: 'server_error', description: 'The shared limits store (Redis) is unreachable and limits.on_store_error is deny.' },
  store_unavailable: { status: 503, type: 'server_error', description: 'The store cannot record (disk full, read-only, database down) and storage.on_write_failure is reject, or a read failed; retry later.' },
  circuit_open: { status: 503, type: 'upstream_error', description: "Every target's circuit breaker is open after repeated failures; Retry-After is the shortest cooldown left." },
  upstream_timeout: { status: 504, type: 'upstream_error', description: 'Every target missed its deadline (timeout_ms / ttft_timeout_ms).' },
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The client-facing code when every target failed with this kind. */
export const CODE_FOR_KIND: Record<ProviderFailureKind, ErrorCode> = {
  rate_limited: 'rate_limit_exceeded',
  server_error: 'upstream_server_error',
  timeout: 'upstream_timeout',
  connection: 'upstream_unreachable',
  malformed: 'upstream_malformed',
  empty: 'upstream_empty',
  context_length: 'context_length_exceeded',
  bad_request: 'upstream_rejected',
  auth: 'upstream_auth_failed',
  circuit_open: 'circuit_open',
  stream_interrupted: 'stream_interrupted',
  aborted: 'client_closed',
};

export function codeInfo(code: string): ErrorCodeInfo | undefined {
  return (ERROR_CODES as Record<string, ErrorCodeInfo>)[code];
}
