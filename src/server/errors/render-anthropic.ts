import type { SwitchyardError } from '../../core/errors.js';
import { codeInfo } from '../../core/error-codes.js';
import type { ErrorReply } from './handler.js';

// Anthropic's error shape: `{type: "error", error: {type, message}}`, with its own status for
// overload (529), so the Anthropic SDK raises the same class it would against api.anthropic.com.

export function renderAnthropicError(err: SwitchyardError): ErrorReply {
  const status = codeInfo(err.code)?.anthropicStatus ?? err.status;
  return { status, body: { type: 'error', error: { type: anthropicErrorType(status), message: err.message } } };
}

/** Anthropic's error `type` for an HTTP status. */
function anthropicErrorType(status: number): string {
  if (status === 400) return 'invalid_request_error';
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 413) return 'request_too_large';
  if (status === 429) return 'rate_limit_error';
  if (status === 529) return 'overloaded_error';
  if (status === 504) return 'timeout_error';
  return 'api_error';
}
