import type { SwitchyardError } from '../../core/errors.js';
import type { ErrorReply } from './handler.js';

/** OpenAI's error shape: `{error: {message, type, code, param}}` (the Responses surface uses it too). */
export function renderOpenAiError(err: SwitchyardError): ErrorReply {
  return { status: err.status, body: { error: { message: err.message, type: err.type, code: err.code, param: err.param ?? null } } };
}
